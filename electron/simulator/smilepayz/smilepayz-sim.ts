import type { KeyObject } from 'node:crypto';
import { smilepayzBankCodes } from '../../../shared/banks/codes/smilepayz-bank-codes.js';
import { verifySmilepayzSignature } from '../../engine/providers/smilepayz/smilepayz-sign.js';
import { smilepayzCodes, smilepayzPaths, timestampToleranceMs } from '../../engine/providers/smilepayz/smilepayz-wire.js';
import { createLedger } from '../sim-ledger.js';
import type { Faults } from '../sim-faults.js';
import { parseJson } from '../../engine/providers/http-transport.js';
import { field } from '../sim-json.js';
import { startSimServer, type SimAnswer, type SimRequest } from '../sim-server.js';

export type SmilepayzSimSecrets = { readonly merchantId: string; readonly merchantSecret: string; readonly merchantPublicKey: KeyObject };

const knownMethods = new Set<string>(Object.values(smilepayzBankCodes));

/** SmilePayz as our client meets it: signature and clock checks, the seed's field rules, idempotent orderNo. */
export async function startSmilepayzSim(secrets: SmilepayzSimSecrets, faults: Faults, port = 0) {
  const ledger = createLedger({ openingBalanceMinor: 10_000_000_000 });
  const answer = (code: string, message: string, extra: Record<string, unknown> = {}): SimAnswer => ({ status: 200, json: { code, message, ...extra } });

  function statusAnswer(orderNo: string): SimAnswer {
    const entry = ledger.find(orderNo);
    if (!entry) return answer(smilepayzCodes.notFound, 'order not found');
    const state = ledger.stateOf(entry);
    return answer(smilepayzCodes.ok, 'successful', { orderNo, tradeNo: entry.providerRef, money: { currency: 'VND', amount: entry.amountMinor }, status: state === 'processing' ? 'PROCESSING' : state === 'success' ? 'SUCCESS' : 'FAILED' });
  }

  async function handle(request: SimRequest): Promise<SimAnswer> {
    const timestamp = String(request.headers['x-timestamp'] ?? '');
    const signature = String(request.headers['x-signature'] ?? '');
    if (request.headers['x-partner-id'] !== secrets.merchantId) return answer(smilepayzCodes.badRequest, 'unknown partner');
    const sentAt = Date.parse(timestamp);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/.test(timestamp) || !(Math.abs(Date.now() - sentAt) <= timestampToleranceMs)) return answer(smilepayzCodes.timestampSkew, 'X-TIMESTAMP invalid or outside ±5 minutes');
    if (!verifySmilepayzSignature(secrets.merchantPublicKey, timestamp, secrets.merchantSecret, request.body, signature)) return answer(smilepayzCodes.badSignature, 'signature verification failed');
    const body = parseJson(request.body);
    if (!body) return answer(smilepayzCodes.badRequest, 'body is not JSON');

    if (request.path === smilepayzPaths.status) return statusAnswer(String(body['orderNo'] ?? ''));
    if (request.path === smilepayzPaths.balance) return answer(smilepayzCodes.ok, 'successful', { balanceList: [{ balanceType: 'BALANCE', amount: ledger.balanceMinor() }] });
    if (request.path !== smilepayzPaths.payout) return { status: 404, json: { code: '404', message: 'not found' } };

    const orderNo = String(body['orderNo'] ?? '');
    const amount = field(body['money'], 'amount');
    const receiver = body['receiver'];
    const cashAccount = String(body['cashAccount'] ?? '');
    const problems = [
      !/^[A-Za-z0-9]{6,32}$/.test(orderNo) && 'orderNo must be 6-32 letters or digits',
      String(body['purpose'] ?? '').length > 64 && 'purpose longer than 64',
      field(body['merchant'], 'merchantId') !== secrets.merchantId && 'merchantId mismatch',
      field(body['money'], 'currency') !== 'VND' && 'currency must be VND',
      !(typeof amount === 'number' && Number.isInteger(amount) && amount >= 50_000 && amount <= 5_000_000) && 'amount must be an integer 50000-5000000',
      !knownMethods.has(String(body['paymentMethod'])) && 'unknown paymentMethod',
      !/^[A-Za-z0-9]{1,32}$/.test(cashAccount) && 'cashAccount must be 1-32 letters or digits',
      !field(receiver, 'name') && 'receiver.name required',
      !/^84\d{9}$/.test(String(field(receiver, 'phone') ?? '')) && 'receiver.phone must be 84 and 9 digits',
      !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(field(receiver, 'email') ?? '')) && 'receiver.email invalid',
    ].filter(Boolean);
    if (problems.length > 0) return answer(smilepayzCodes.badRequest, problems.join('; '));
    if (ledger.find(orderNo)) return answer(smilepayzCodes.duplicate, 'duplicate orderNo');
    if (typeof amount !== 'number' || ledger.balanceMinor() < amount) return answer(smilepayzCodes.insufficientBalance, 'insufficient balance');
    ledger.record(orderNo, amount, cashAccount, faults.settleMs, faults.failTargets.has(cashAccount) ? 'failed' : 'success');
    return { ...statusAnswer(orderNo), recordedPayout: true };
  }

  const server = await startSimServer(handle, faults, port);
  return { ...server, ledger };
}
