import { jwtVerify } from 'jose';
import { appotapayBankCodes } from '../../../shared/banks/codes/appotapay-bank-codes.js';
import { appotapaySignature } from '../../engine/providers/appotapay/appotapay-sign.js';
import { parseJson } from '../../engine/providers/http-transport.js';
import { appotapayCodes, appotapayPaths } from '../../engine/providers/appotapay/appotapay-wire.js';
import { reserved } from '../reserved-values.js';
import { createLedger } from '../sim-ledger.js';
import { happens, type Faults } from '../sim-faults.js';
import { startSimServer, type SimAnswer, type SimRequest } from '../sim-server.js';

export type AppotapaySimSecrets = { readonly partnerCode: string; readonly apiKey: string; readonly secretKey: string };

const knownBanks = new Set<string>(Object.values(appotapayBankCodes));

/** AppotaPay as our client meets it: JWT and signature checks, field rules, idempotent transfers. */
export async function startAppotapaySim(secrets: AppotapaySimSecrets, faults: Faults, port = 0) {
  const ledger = createLedger({ openingBalanceMinor: 50_000_000_000 });
  const sign = (fields: Record<string, unknown>) => appotapaySignature(secrets.secretKey, fields);
  const signAnswer = (fields: Record<string, unknown>) => (happens(faults.badSignature) ? appotapaySignature(`${secrets.secretKey}-wrong`, fields) : sign(fields));
  const answer = (errorCode: number, message: string, extra: Record<string, unknown> = {}): SimAnswer => ({ status: 200, json: { errorCode, message, ...extra } });

  function signedTransaction(errorCode: number, message: string, entry: ReturnType<typeof ledger.record>['entry'], status?: string): SimAnswer {
    const transaction = { amount: entry.amountMinor, transferAmount: entry.amountMinor, appotapayTransId: `AP${entry.providerRef}`, time: formatTime(entry.recordedAt), ...(status ? { status, partnerRefId: entry.orderId } : {}) };
    const signature = signAnswer({ amount: transaction.amount, appotapayTransId: transaction.appotapayTransId, errorCode, time: transaction.time, transferAmount: transaction.transferAmount });
    return answer(errorCode, message, { transaction, account: { balance: ledger.balanceMinor() }, signature });
  }

  async function authorized(request: SimRequest): Promise<boolean> {
    const header = request.headers['x-appotapay-auth'];
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : '';
    try {
      const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secrets.secretKey), { algorithms: ['HS256'] });
      return protectedHeader.cty === 'appotapay-api;v=1' && payload.iss === secrets.partnerCode && payload['api_key'] === secrets.apiKey && typeof payload.jti === 'string' && payload.jti.startsWith(`${secrets.apiKey}-`);
    } catch {
      return false;
    }
  }

  function fieldProblem(b: Record<string, unknown>): string | null {
    const accountNo = String(b['accountNo'] ?? '');
    if (!/^[A-Za-z0-9]{3,22}$/.test(accountNo)) return 'accountNo must be 3-22 characters';
    if (b['accountType'] !== 'account' && b['accountType'] !== 'card') return 'accountType must be account or card';
    if (!knownBanks.has(String(b['bankCode']))) return 'bankCode not supported';
    return null;
  }

  async function handle(request: SimRequest): Promise<SimAnswer> {
    if (!(await authorized(request))) return { status: 401, json: { errorCode: appotapayCodes.signature, message: 'Unauthorized' } };
    if (request.method === 'GET' && request.path === appotapayPaths.balance) return answer(0, 'Thành công', { account: { balance: ledger.balanceMinor() } });
    if (request.method === 'GET' && request.path.startsWith(appotapayPaths.status(''))) {
      const entry = ledger.find(decodeURIComponent(request.path.slice(appotapayPaths.status('').length)));
      if (!entry) return answer(appotapayCodes.notFound, 'Giao dịch không tồn tại');
      const state = ledger.stateOf(entry);
      return signedTransaction(0, 'Thành công', entry, state === 'processing' ? 'processing' : state);
    }
    const b = parseJson(request.body);
    if (request.method !== 'POST' || !b) return answer(appotapayCodes.params, 'Bad request');
    const { signature, ...fields } = b;
    if (signature !== sign(fields)) return answer(appotapayCodes.signature, 'Sai chữ ký');

    if (request.path === appotapayPaths.accountInfo) {
      const problem = fieldProblem({ ...fields, accountType: fields['accountType'] ?? 'account' });
      if (problem) return answer(appotapayCodes.params, problem);
      if (fields['accountNo'] === reserved.missingAccount) return answer(appotapayCodes.notFound, 'Tài khoản không tồn tại');
      const accountName = fields['accountNo'] === reserved.mismatchedAccount ? reserved.mismatchedName : reserved.holderName;
      return answer(0, 'Thành công', { accountName, accountNo: fields['accountNo'], signature: signAnswer({ accountName, accountNo: fields['accountNo'], errorCode: 0 }) });
    }
    if (request.path !== appotapayPaths.transfer) return { status: 404, json: { errorCode: 404, message: 'Not found' } };

    const problem = fieldProblem(fields);
    if (problem) return answer(appotapayCodes.params, problem);
    const amount = fields['amount'];
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) return answer(appotapayCodes.badAmount, 'Số tiền không hợp lệ');
    if (!/^[A-Za-z0-9 .\-,_&]+$/.test(String(fields['accountName'] ?? ''))) return answer(appotapayCodes.params, 'accountName invalid');
    const message = String(fields['message'] ?? '');
    if (message.length > 100 || !/^[A-Za-z0-9 ]*$/.test(message)) return answer(appotapayCodes.params, 'message invalid');
    if (fields['feeType'] !== 'payer' && fields['feeType'] !== 'receiver') return answer(appotapayCodes.params, 'feeType invalid');
    const orderId = String(fields['partnerRefId'] ?? '');
    if (orderId === '') return answer(appotapayCodes.params, 'partnerRefId required');
    if (fields['accountNo'] === reserved.missingAccount) return answer(appotapayCodes.notFound, 'Tài khoản không tồn tại');
    if (!ledger.find(orderId) && ledger.balanceMinor() < amount) return answer(appotapayCodes.insufficientBalance, 'Số dư không đủ');

    const target = String(fields['accountNo']);
    const { entry, duplicate } = ledger.record(orderId, amount, target, faults.settleMs, faults.failTargets.has(target) ? 'failed' : 'success');
    if (duplicate) return answer(appotapayCodes.duplicate, 'partnerRefId đã tồn tại');
    const settled = ledger.stateOf(entry) !== 'processing';
    if (settled && entry.settlesAs === 'failed') return { ...answer(appotapayCodes.failed, 'Giao dịch thất bại'), recordedPayout: true };
    return { ...signedTransaction(settled ? appotapayCodes.success : appotapayCodes.pending, settled ? 'Thành công' : 'Đang xử lý', entry), recordedPayout: true };
  }

  const server = await startSimServer(handle, faults, port);
  return { ...server, ledger };
}

function formatTime(ms: number): string {
  const d = new Date(ms + 7 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}-${two(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}
