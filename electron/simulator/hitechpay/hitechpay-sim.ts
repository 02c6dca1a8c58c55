import { createHash, type KeyObject } from 'node:crypto';
import { reserved } from '../reserved-values.js';
import type { Faults } from '../sim-faults.js';
import { jsonObject } from '../sim-json.js';
import { createLedger } from '../sim-ledger.js';
import { createHolders } from '../sim-holders.js';
import { startSimServer, type SimAnswer, type SimRequest } from '../sim-server.js';
import { createCaptures } from './hitechpay-sim-captures.js';
import { callRefusal, refused, succeeded, walletPhone, type SimBody } from './hitechpay-sim-checks.js';
import { createRefundDesk } from './hitechpay-sim-refunds.js';
import { simMac, simSigHolds } from './hitechpay-sim-sign.js';
import { defaultStrictness, simCalls, simPaths, simSub, simTopupStatus, standIns, type HitechpayStrictness } from './hitechpay-sim-wire.js';

export type HitechpaySimSecrets = { readonly appId: string; readonly paymentId: string; readonly key1: string; readonly merchantPublicKey: KeyObject };

/** HiTechPAY as its pages and ZaloPay's spec describe it: macs and the top-up's sig checked, wallets by phone, one order per id. */
export async function startHitechpaySim(secrets: HitechpaySimSecrets, faults: Faults, port = 0, strictness: Partial<HitechpayStrictness> = {}) {
  const strict = { ...defaultStrictness, ...strictness };
  const ledger = createLedger({ openingBalanceMinor: 20_000_000_000, faults, ...(faults.books ? { books: faults.books } : {}) });
  const captures = createCaptures();
  const desk = createRefundDesk(secrets, faults, captures);
  const holders = createHolders();
  const wallets = new Map<string, string>();
  const mUidOf = (phone: string) => `MU${createHash('sha256').update(phone).digest('hex').slice(0, 12)}`;
  const orders = new Map<string, { description: string; extraInfo: string }>();

  function orderAnswer(orderId: string): SimAnswer {
    const entry = ledger.find(orderId);
    if (!entry) return refused(simSub.orderNotFound, 'Order not found');
    const state = ledger.stateOf(entry);
    const status = entry.target === reserved.phoneHeldForReview ? simTopupStatus.pending : state === 'success' ? simTopupStatus.success : state === 'failed' ? simTopupStatus.fail : simTopupStatus.processing;
    const order = orders.get(orderId);
    return succeeded({ order_id: entry.providerRef, status, m_u_id: mUidOf(entry.target), phone: entry.target, amount: entry.amountMinor, description: order?.description ?? '', partner_fee: 0, zlp_fee: 0, extra_info: order?.extraInfo ?? '{}', time: entry.recordedAt });
  }

  function user(body: SimBody, now: number): SimAnswer {
    const refusal = callRefusal('user', body, secrets.appId, secrets.key1, now);
    if (refusal) return refusal;
    const phone = walletPhone(String(body['phone']), strict.strictPhone);
    if (phone === null && strict.strictPhone) return refused(simSub.paramIllegal, 'Invalid phone');
    if (phone === null || phone === reserved.phoneWithoutWallet) return refused(simSub.userNotExists, 'User wallet account not exists', { onboarding_url: 'https://hitechpay.vn/onboarding' });
    const mUid = mUidOf(phone);
    wallets.set(mUid, phone);
    const name = holders.nameOf(phone, phone === reserved.phoneOfOtherName);
    return succeeded({ reference_id: `REF${mUid.slice(2, 10)}`, m_u_id: mUid, name, phone });
  }

  function topup(body: SimBody, now: number): SimAnswer {
    const refusal = callRefusal('topup', body, secrets.appId, secrets.key1, now);
    if (refusal) return refusal;
    if (!simSigHolds(secrets.merchantPublicKey, simMac(secrets.key1, body, simCalls.topup.mac), body['sig'])) return refused(simSub.unauthorized, 'Invalid sig');
    if (body['payment_id'] !== secrets.paymentId) return refused(simSub.paramIllegal, 'Invalid payment_id');
    const amount = Number(body['amount']);
    if (amount <= 0) return refused(simSub.paramIllegal, 'Invalid amount');
    const phone = wallets.get(String(body['m_u_id']));
    if (!phone) return refused(simSub.userNotExists, 'User wallet account not exists');
    const orderId = String(body['partner_order_id']);
    if (orderId === '') return refused(simSub.paramIllegal, 'partner_order_id required');
    if (ledger.find(orderId)) return refused(simSub.duplicate, 'Duplicate partner_order_id');
    if (ledger.balanceMinor() < amount) return refused(standIns.balanceTooLowSub, 'Merchant balance is not enough');
    ledger.record(orderId, amount, phone);
    orders.set(orderId, { description: String(body['description']), extraInfo: String(body['extra_info']) });
    return { ...orderAnswer(orderId), recordedPayout: true };
  }

  async function handle(request: SimRequest): Promise<SimAnswer> {
    const body = jsonObject(request.body);
    if (!body) return refused(simSub.paramIllegal, 'Body is not JSON');
    const now = Date.now();
    switch (request.path) {
      case simPaths.user:
        return user(body, now);
      case simPaths.topup:
        return topup(body, now);
      case simPaths.txn:
        return callRefusal('txn', body, secrets.appId, secrets.key1, now) ?? orderAnswer(String(body['partner_order_id']));
      case simPaths.balance:
        return callRefusal('balance', body, secrets.appId, secrets.key1, now) ?? (body['payment_id'] === secrets.paymentId ? succeeded({ balance: ledger.balanceMinor() }) : refused(simSub.paramIllegal, 'Invalid payment_id'));
      case simPaths.refund:
        return desk.refund(body, now);
      case simPaths.queryRefund:
        return desk.query(body, now);
      default:
        return { status: 404, json: { return_code: 2, sub_return_code: -404, return_message: 'Not found' } };
    }
  }

  const server = await startSimServer(handle, faults, port);
  return { ...server, ledger, holders, captures, refunds: desk.refunds };
}
