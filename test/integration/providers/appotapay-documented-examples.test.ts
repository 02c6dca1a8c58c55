import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createAppotapayClient } from '../../../electron/engine/providers/appotapay/appotapay-client.js';
import { appotapayJwt } from '../../../electron/engine/providers/appotapay/appotapay-sign.js';
import { startAppotapaySim } from '../../../electron/simulator/appotapay/appotapay-sim.js';
import { appotapayExample, signedExample, type AppotapayExampleName } from '../../support/appotapay-examples.js';
import { startCannedProvider } from '../../support/canned-provider.js';
import { useSims } from '../../support/sim-harness.js';

const sims = useSims();
const secrets = { partnerCode: 'PB-PARTNER', apiKey: 'PB-API-KEY', secretKey: 'appota-secret-for-tests' };
const hmac = (text: string) => createHmac('sha256', secrets.secretKey).update(text, 'utf8').digest('hex');

/** Sends one documented request, signed with the test secret, over loopback as AppotaPay's pages show it. */
async function send(baseUrl: string, method: 'GET' | 'POST', path: string, body?: Record<string, unknown>): Promise<Record<string, unknown>> {
  const token = await appotapayJwt(secrets.partnerCode, secrets.apiKey, secrets.secretKey);
  const response = await fetch(`${baseUrl}${path}`, { method, headers: { 'Content-Type': 'application/json', 'X-APPOTAPAY-AUTH': `Bearer ${token}` }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return (await response.json()) as Record<string, unknown>;
}

/** Every key of the documented answer, at every level, with the JSON type it has there. */
function shapeOf(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shapeOf(inner)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  return value === null ? 'null' : typeof value;
}

const nested = (answer: Record<string, unknown>, key: string) => answer[key] as Record<string, unknown>;

async function simulator() {
  return sims.track(await startAppotapaySim(secrets, sims.faults()));
}

describe('AppotaPay simulator answers each documented example request with the documented answer', () => {
  it.each(['transfer.request.json', 'transfer-sandbox.request.json'] as const)('transfer/make %s: errorCode 0, transaction{amount, transferAmount, appotapayTransId, time}, account{balance}, signed', async (name) => {
    const sim = await simulator();
    const request = signedExample(name, secrets.secretKey);
    const answer = await send(sim.baseUrl, 'POST', '/api/v1/service/transfer/make', request);
    expect(shapeOf(answer)).toEqual(shapeOf(appotapayExample('transfer.response.json')));
    const transaction = nested(answer, 'transaction');
    expect(answer).toMatchObject({ errorCode: 0, message: 'Thành công', transaction: { amount: request['amount'], transferAmount: request['amount'] } });
    expect(transaction['time']).toMatch(/^\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(answer['signature']).toBe(hmac(`amount=${String(transaction['amount'])}&appotapayTransId=${String(transaction['appotapayTransId'])}&errorCode=0&time=${String(transaction['time'])}&transferAmount=${String(transaction['transferAmount'])}`));
  });

  it('transaction/{partnerRefId}: no status field; errorCode 0 and the documented transaction, time an integer, signed', async () => {
    const sim = await simulator();
    await send(sim.baseUrl, 'POST', '/api/v1/service/transfer/make', signedExample('transfer.request.json', secrets.secretKey));
    const answer = await send(sim.baseUrl, 'GET', '/api/v1/service/transfer/transaction/Partner9999');
    expect(shapeOf(answer)).toEqual(shapeOf(appotapayExample('transaction-status.response.json')));
    const transaction = nested(answer, 'transaction');
    expect(answer).toMatchObject({ errorCode: 0, message: 'Thành công', transaction: { phoneNumber: '0374720460', amount: 50000, transferAmount: 50000, accountNo: '132100132400000', accountName: 'NGUYEN VAN A' } });
    expect(transaction).not.toHaveProperty('status');
    expect(transaction).not.toHaveProperty('partnerRefId');
    expect(answer['signature']).toBe(hmac(`amount=50000&appotapayTransId=${String(transaction['appotapayTransId'])}&errorCode=0&time=${String(transaction['time'])}&transferAmount=50000`));
  });

  it('transaction/{partnerRefId} of a transfer it never saw: errorCode 36, nothing else', async () => {
    const sim = await simulator();
    expect(await send(sim.baseUrl, 'GET', '/api/v1/service/transfer/transaction/5f61cf4f41e2b')).toEqual({ errorCode: 36, message: 'Giao dịch không tồn tại' });
  });

  it('bank/account/info: errorCode 0 and the data nested under accountInfo, signed over its accountName and accountNo', async () => {
    const sim = await simulator();
    const answer = await send(sim.baseUrl, 'POST', '/api/v1/service/transfer/bank/account/info', signedExample('account-info.request.json', secrets.secretKey));
    // The page writes accountInfo.accountNo as a JSON number; the simulator keeps the account's digits as text.
    const documented = appotapayExample('account-info.response.json');
    expect(shapeOf(answer)).toEqual(shapeOf({ ...documented, accountInfo: { ...nested(documented, 'accountInfo'), accountNo: 'text' } }));
    const info = nested(answer, 'accountInfo');
    expect(answer).toMatchObject({ errorCode: 0, message: 'Thành công', accountInfo: { accountNo: '132100132400000', bankCode: 'TPBANK', accountType: 'account' } });
    expect(answer['signature']).toBe(hmac(`accountName=${String(info['accountName'])}&accountNo=132100132400000&errorCode=0`));
  });

  it('the published placeholder signature is refused: errorCode 2, nothing paid', async () => {
    const sim = await simulator();
    expect(await send(sim.baseUrl, 'POST', '/api/v1/service/transfer/make', appotapayExample('transfer.request.json'))).toEqual({ errorCode: 2, message: 'Signature không hợp lệ' });
    expect(sim.ledger.entries()).toEqual([]);
  });
});

describe('AppotaPay’s documented answers, reaching the client over loopback, map to the right outcome', () => {
  /** A client whose loopback provider gives the one documented answer at `path`. */
  async function answering(path: string, name: AppotapayExampleName | Record<string, unknown>) {
    const canned = sims.track(await startCannedProvider());
    canned.answer(path, typeof name === 'string' ? signedExample(name, secrets.secretKey) : name);
    return createAppotapayClient({ baseUrl: canned.baseUrl, ...secrets, feeType: 'payer' }, sims.http());
  }
  const order = { orderId: 'Partner9999', amountMinor: 50000, name: 'NGUYEN VAN A', accountNo: '132100132400000', accountType: 'account', bankCode: 'TPBANK', phone: null, email: null, description: 'ck tien', partnerUserId: null };

  it('transfer/make answer: succeeded, with AppotaPay’s transaction id', async () => {
    expect(await (await answering('/api/v1/service/transfer/make', 'transfer.response.json')).payout(order)).toEqual({ kind: 'succeeded', providerRef: 'AP19992831832' });
  });

  it('transaction-status answer: succeeded (it has no status field; errorCode 0 is the success)', async () => {
    expect(await (await answering('/api/v1/service/transfer/transaction/Partner9999', 'transaction-status.response.json')).status('Partner9999')).toEqual({ kind: 'succeeded', providerRef: '01EQTH129581' });
  });

  it('account inquiry answer: the name inside accountInfo', async () => {
    expect(await (await answering('/api/v1/service/transfer/bank/account/info', 'account-info.response.json')).inquireName?.(order)).toEqual({ kind: 'found', name: 'NGUYEN VAN A' });
  });

  it.each([
    [{ errorCode: 36, message: 'Giao dịch không tồn tại' }, { kind: 'not_found' }],
    [{ errorCode: 33, message: 'Giao dịch không thành công' }, { kind: 'failed', code: '33' }],
    [{ errorCode: 35, message: 'Giao dịch đang chờ xử lý vui lòng kiểm tra lại sau' }, { kind: 'accepted' }],
    [{ errorCode: 99, message: 'Lỗi không xác định, vui lòng kiểm tra lại giao dịch sau' }, { kind: 'unknown' }],
  ])('status answer %o → %o', async (answer, outcome) => {
    expect(await (await answering('/api/v1/service/transfer/transaction/Partner9999', answer)).status('Partner9999')).toMatchObject(outcome);
  });
});
