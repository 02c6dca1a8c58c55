import type { KeyObject } from 'node:crypto';
import { happens, type Faults } from '../sim-faults.js';
import { jsonObject } from '../sim-json.js';
import { createLedger, type LedgerEntry } from '../sim-ledger.js';
import { startSimServer, type SimAnswer, type SimRequest } from '../sim-server.js';
import { applyRefusal } from './haipay-apply-checks.js';
import { simSign, simSignHolds } from './haipay-sim-sign.js';
import { simEnvelope, simOrderStatus, simPaths, standInErrors } from './haipay-sim-wire.js';

export type HaipaySimSecrets = { readonly appId: string; readonly secretKey: string; readonly merchantPublicKey: KeyObject; readonly platformPrivateKey: KeyObject };

/** HaiPay as its pages describe it: the seed's field rules, RSA checks both ways, one order per orderId. */
export async function startHaipaySim(secrets: HaipaySimSecrets, faults: Faults, port = 0) {
  const ledger = createLedger({ openingBalanceMinor: 500_000_000, faults, ...(faults.books ? { books: faults.books } : {}) });

  const refuse = (error: string, msg: string): SimAnswer => ({ status: 200, json: { status: simEnvelope.exception, error, msg } });
  function normal(data: Record<string, unknown>): SimAnswer {
    const sign = happens(faults.badSignature) ? simSign(secrets.platformPrivateKey, { ...data, tampered: 1 }, secrets.secretKey) : simSign(secrets.platformPrivateKey, data, secrets.secretKey);
    return { status: 200, json: { status: simEnvelope.normal, error: simEnvelope.okError, msg: '', data: { ...data, sign } } };
  }

  function query(params: Readonly<Record<string, unknown>>): SimAnswer {
    const entry = ledger.find(String(params['orderId'] ?? ''));
    const orderNo = params['orderNo'];
    if (!entry || (typeof orderNo === 'string' && orderNo !== '' && orderNo !== orderNoOf(entry))) return refuse(standInErrors.orderNotFound, 'order not exist');
    const state = ledger.stateOf(entry);
    const status = state === 'success' ? simOrderStatus.success : state === 'failed' ? simOrderStatus.failure : simOrderStatus.pending;
    return normal({
      orderId: entry.orderId,
      orderNo: orderNoOf(entry),
      amount: baht(entry.amountMinor),
      fee: '0.00',
      status,
      ...(state === 'processing' ? {} : { payTime: thaiTime(entry.settlesAt) }),
      ...(state === 'failed' ? { errorMsg: 'beneficiary account rejected' } : {}),
    });
  }

  async function handle(request: SimRequest): Promise<SimAnswer> {
    const params = jsonObject(request.body);
    if (!params) return refuse(standInErrors.badParams, 'body is not JSON');
    const appId = params['appId'];
    if (typeof appId !== 'number' || !Number.isInteger(appId) || String(appId) !== secrets.appId) return refuse(standInErrors.badAppId, 'appId invalid');
    if (!simSignHolds(secrets.merchantPublicKey, params, secrets.secretKey)) return refuse(standInErrors.badSign, 'sign error');
    if (request.path === simPaths.query) return query(params);
    if (request.path === simPaths.ledger) {
      const balance = baht(ledger.balanceMinor());
      return normal({ bal: balance, availableBal: balance, frzBal: '0.00', unSettleBal: '0.00' });
    }
    if (request.path !== simPaths.apply) return { status: 404, json: { status: simEnvelope.exception, error: '404', msg: 'not found' } };

    const refusal = applyRefusal(params);
    if (refusal) return refuse(refusal.error, refusal.msg);
    const orderId = String(params['orderId']);
    const amountMinor = Number(String(params['amount']).replace('.', ''));
    const accountNo = String(params['accountNo']);
    if (ledger.find(orderId)) return refuse(standInErrors.duplicateOrder, 'orderId repeated');
    if (ledger.balanceMinor() < amountMinor) return refuse(standInErrors.insufficientBalance, 'insufficient balance');
    const { entry } = ledger.record(orderId, amountMinor, accountNo);
    return { ...normal({ orderId, orderNo: orderNoOf(entry) }), recordedPayout: true };
  }

  const server = await startSimServer(handle, faults, port);
  return { ...server, ledger };
}

const orderNoOf = (entry: LedgerEntry) => `HP${entry.providerRef}`;

function baht(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/** "yyyy-MM-dd HH:mm:ss" in Bangkok time: our reading of payTime, which the pages name but do not show. */
function thaiTime(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
