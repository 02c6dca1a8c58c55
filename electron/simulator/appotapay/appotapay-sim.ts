import { jwtVerify } from 'jose';
import { reserved } from '../reserved-values.js';
import { happens, type Faults } from '../sim-faults.js';
import { jsonObject } from '../sim-json.js';
import { createLedger, type LedgerEntry } from '../sim-ledger.js';
import { createHolders } from '../sim-holders.js';
import { startSimServer, type SimAnswer, type SimRequest } from '../sim-server.js';
import { accountInfoRefusal, transferRefusal } from './appotapay-request-checks.js';
import { simSign, simSignatureMatches, simSignedPart } from './appotapay-sim-sign.js';
import { simErrors, simPaths, simSignedFields, simulatedReceiverFeeMinor, statusTime, transferTime, type SimError } from './appotapay-sim-wire.js';

export type AppotapaySimSecrets = { readonly partnerCode: string; readonly apiKey: string; readonly secretKey: string };

/** What a transfer request said beyond the ledger's amount and target: the status answer repeats it. */
type TransferFacts = { readonly feeType: string; readonly accountName: string; readonly phoneNumber: string };

/**
 * AppotaPay's firm banking as its pages describe it: JWT and signature checks, the seed's field
 * rules, idempotent transfers by partnerRefId, and answers in the documented shapes (the state in
 * `errorCode`, signed data nested under `transaction` or `accountInfo`).
 */
export async function startAppotapaySim(secrets: AppotapaySimSecrets, faults: Faults, port = 0) {
  const ledger = createLedger({ openingBalanceMinor: 50_000_000_000, faults, ...(faults.books ? { books: faults.books } : {}) });
  const transfers = new Map<string, TransferFacts>();
  const holders = createHolders();
  const signAnswer = (fields: Record<string, unknown>) => simSign(happens(faults.badSignature) ? `${secrets.secretKey}-wrong` : secrets.secretKey, fields);
  const plain = (error: SimError): SimAnswer => ({ status: 200, json: { errorCode: error.errorCode, message: error.message } });

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

  const transferAmountOf = (entry: LedgerEntry) => (transfers.get(entry.orderId)?.feeType === 'receiver' ? entry.amountMinor - simulatedReceiverFeeMinor : entry.amountMinor);

  /** transfer/make's answer: transaction{amount, transferAmount, appotapayTransId, time}, account{balance}. */
  function transferAnswer(result: SimError, entry: LedgerEntry): SimAnswer {
    const transaction = { amount: entry.amountMinor, transferAmount: transferAmountOf(entry), appotapayTransId: `AP${entry.providerRef}`, time: transferTime(entry.recordedAt) };
    const signature = signAnswer(simSignedPart(transaction, result.errorCode, simSignedFields.transfer));
    return { status: 200, json: { errorCode: result.errorCode, message: result.message, transaction, account: { balance: ledger.balanceMinor() }, signature } };
  }

  /** transaction/{partnerRefId}: no status field; errorCode 0, 35 or 33 is the state. */
  function statusAnswer(partnerRefId: string): SimAnswer {
    const entry = ledger.find(partnerRefId);
    if (!entry) return plain(simErrors.notFound);
    const state = ledger.stateOf(entry);
    const result = state === 'processing' ? simErrors.pending : state === 'success' ? simErrors.success : simErrors.failed;
    const facts = transfers.get(partnerRefId);
    const transaction = {
      phoneNumber: facts?.phoneNumber ?? '',
      amount: entry.amountMinor,
      transferAmount: transferAmountOf(entry),
      appotapayTransId: `AP${entry.providerRef}`,
      accountNo: entry.target,
      accountName: facts?.accountName ?? '',
      time: statusTime(entry.recordedAt),
    };
    const signature = signAnswer(simSignedPart(transaction, result.errorCode, simSignedFields.status));
    return { status: 200, json: { errorCode: result.errorCode, message: result.message, transaction, signature } };
  }

  function accountInfoAnswer(fields: Record<string, unknown>): SimAnswer {
    const refusal = accountInfoRefusal(fields);
    if (refusal) return plain(refusal);
    const accountNo = String(fields['accountNo']);
    if (accountNo === reserved.missingAccount) return plain(simErrors.wrongAccount);
    const accountName = holders.nameOf(accountNo, accountNo === reserved.mismatchedAccount);
    const accountInfo = { accountNo, accountName, bankCode: fields['bankCode'], accountType: fields['accountType'] };
    const signature = signAnswer(simSignedPart(accountInfo, simErrors.success.errorCode, simSignedFields.accountInfo));
    return { status: 200, json: { ...simErrors.success, accountInfo, signature } };
  }

  function transfer(fields: Record<string, unknown>): SimAnswer {
    const refusal = transferRefusal(fields);
    if (refusal) return plain(refusal);
    const amount = Number(fields['amount']);
    const target = String(fields['accountNo']);
    const orderId = String(fields['partnerRefId']);
    if (fields['feeType'] === 'receiver' && amount <= simulatedReceiverFeeMinor) return plain(simErrors.badAmount);
    if (target === reserved.missingAccount) return plain(simErrors.wrongAccount);
    if (!ledger.find(orderId) && ledger.balanceMinor() < amount) return plain(simErrors.insufficientBalance);
    const { entry, duplicate } = ledger.record(orderId, amount, target);
    if (duplicate) return plain(simErrors.duplicate);
    transfers.set(orderId, { feeType: String(fields['feeType']), accountName: String(fields['accountName']), phoneNumber: typeof fields['customerPhoneNumber'] === 'string' ? fields['customerPhoneNumber'] : '' });
    const state = ledger.stateOf(entry);
    if (state === 'failed') return { ...plain(simErrors.failed), recordedPayout: true };
    return { ...transferAnswer(state === 'success' ? simErrors.success : simErrors.pending, entry), recordedPayout: true };
  }

  async function handle(request: SimRequest): Promise<SimAnswer> {
    // Our reading: a token AppotaPay does not accept is answered 401 with errorCode 2.
    if (!(await authorized(request))) return { status: 401, json: { errorCode: simErrors.badSignature.errorCode, message: 'Unauthorized' } };
    if (request.method === 'GET' && request.path === simPaths.balance) return { status: 200, json: { ...simErrors.success, account: { balance: ledger.balanceMinor() } } };
    if (request.method === 'GET' && request.path.startsWith(simPaths.statusPrefix)) return statusAnswer(decodeURIComponent(request.path.slice(simPaths.statusPrefix.length)));
    if (request.method !== 'POST' || (request.path !== simPaths.transfer && request.path !== simPaths.accountInfo)) return { status: 404, json: { errorCode: 404, message: 'Not found' } };
    const body = jsonObject(request.body);
    if (!body) return plain(simErrors.badRequest);
    if (!simSignatureMatches(secrets.secretKey, body, body['signature'])) return plain(simErrors.badSignature);
    return request.path === simPaths.accountInfo ? accountInfoAnswer(body) : transfer(body);
  }

  const server = await startSimServer(handle, faults, port);
  return {
    ...server,
    ledger,
    holders,
    /** Who the transfer said pays its fee, as received: tests prove the setting reached the wire. */
    feeTypeOf: (partnerRefId: string) => transfers.get(partnerRefId)?.feeType,
  };
}
