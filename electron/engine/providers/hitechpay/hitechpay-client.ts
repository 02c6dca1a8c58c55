import type { KeyObject } from 'node:crypto';
import { sameName } from '../../send/presend/name-match.js';
import { sendJson, withOwnReason, type HttpTransport, type JsonAnswer } from '../http-transport.js';
import type { BalanceResult, NameInquiry, PayoutOrder, PayoutOutcome, ProviderClient } from '../payout-outcome.js';
import { hitechpaySig, macFieldsFor, macOver } from './hitechpay-sign.js';
import { hitechpayWhy, refundAnswerOutcome, refundQueryAnswerOutcome } from './hitechpay-refund-answers.js';
import { hitechpayPaths, returnCode, subCodes, topupDefiniteNo, topupStatus } from './hitechpay-wire.js';

export type HitechpayConfig = { readonly baseUrl: string; readonly appId: string; readonly paymentId: string; readonly key1: string; readonly privateKey: KeyObject };

export type RefundRequest = { readonly refundId: string; readonly zpTransId: string; readonly amountMinor: number; readonly description: string; readonly refundFeeMinor?: number };

/** HiTechPAY wallet top-ups (wallet found by phone) and refunds of captured payments. */
export function createHitechpayClient(config: HitechpayConfig, http: HttpTransport) {
  const appId = Number(config.appId);
  async function call(path: string, body: Record<string, string | number>): Promise<JsonAnswer> {
    return sendJson(http, 'HiTechPAY', 'POST', config.baseUrl, path, { 'Content-Type': 'application/json' }, JSON.stringify(body));
  }
  const signed = (body: Record<string, string | number>, fields: readonly string[]) => ({ ...body, mac: macOver(config.key1, body, fields) });
  const data = (response: Record<string, unknown>): Record<string, unknown> => {
    const value = response['data'];
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  };

  function fromStatus(response: Record<string, unknown>, kind: 'payout' | 'status'): PayoutOutcome {
    const status = Number(data(response)['status']);
    const ref = typeof data(response)['order_id'] === 'string' ? String(data(response)['order_id']) : null;
    if (status === topupStatus.success) return { kind: 'succeeded', providerRef: ref };
    if (status === topupStatus.fail) return kind === 'payout' ? { kind: 'rejected', code: 'status_2', message: hitechpayWhy(response) } : { kind: 'failed', code: 'status_2', message: hitechpayWhy(response) };
    if (status === topupStatus.processing) return { kind: 'accepted', providerRef: ref };
    if (status === topupStatus.pendingManual) {
      return withOwnReason({ kind: 'unknown', reason: 'HiTechPAY holds this top-up for manual handling (status 4): do not resend; ask HiTechPAY.', needsReview: true }, 'hitechpay_held');
    }
    return withOwnReason({ kind: 'unknown', reason: `HiTechPAY answered status ${status}` }, 'hitechpay_status_unknown', { status: String(status) });
  }

  async function user(phone: string): Promise<{ mUid: string; referenceId: string; name: string } | { outcome: PayoutOutcome; notFound?: string }> {
    const answer = await call(hitechpayPaths.user, signed({ app_id: appId, phone, time: Date.now() }, macFieldsFor.user));
    // Whatever went wrong with the lookup, no top-up left the machine.
    if (!answer.ok) {
      if (answer.outcome.kind === 'rejected') return { outcome: answer.outcome };
      return { outcome: withOwnReason({ kind: 'rejected', code: 'not_sent', message: `The wallet could not be looked up (${answer.reason}); no top-up was sent.` }, 'wallet_lookup_no_answer', { detail: answer.reason }) };
    }
    const response = answer.body;
    const d = data(response);
    if (Number(response['return_code']) === returnCode.success && typeof d['m_u_id'] === 'string') return { mUid: d['m_u_id'], referenceId: String(d['reference_id'] ?? ''), name: String(d['name'] ?? '') };
    const sub = Number(response['sub_return_code']);
    if (sub === subCodes.noWallet) {
      const url = typeof d['onboarding_url'] === 'string' ? d['onboarding_url'] : null;
      const message = `No HiTechPAY wallet for ${phone}. The payee must create one first${url !== null ? ` (${url})` : ''}.`;
      return { outcome: withOwnReason({ kind: 'rejected', code: 'wallet_not_found', message }, 'wallet_not_found', { phone, url: url ?? 'none' }), notFound: message };
    }
    if (sub === subCodes.walletLocked) {
      return { outcome: withOwnReason({ kind: 'rejected', code: 'wallet_locked', message: `The HiTechPAY wallet of ${phone} is locked; no top-up was sent.` }, 'wallet_locked', { phone }) };
    }
    const why = hitechpayWhy(response);
    return { outcome: withOwnReason({ kind: 'rejected', code: 'not_sent', message: `The wallet lookup failed (${why}); no top-up was sent.` }, 'wallet_lookup_failed', { answer: why }) };
  }

  const client: ProviderClient & { refund(request: RefundRequest): Promise<PayoutOutcome>; refundStatus(refundId: string): Promise<PayoutOutcome> } = {
    async payout(order: PayoutOrder) {
      if (!order.phone) return withOwnReason({ kind: 'rejected', code: 'phone_missing', message: 'HiTechPAY finds the wallet by phone, and this row has none.' }, 'phone_missing');
      const wallet = await user(order.phone);
      if ('outcome' in wallet) return wallet.outcome;
      if (order.holder && !sameName(order.holder, wallet.name)) {
        return withOwnReason(
          { kind: 'rejected', code: 'wallet_holder_changed', message: `The HiTechPAY wallet of ${order.phone} is now held by ${wallet.name}, not ${order.holder} as checked; no top-up was sent. Check the payee, then send them again.` },
          'wallet_holder_changed',
          { phone: order.phone, found: wallet.name, expected: order.holder },
        );
      }
      const body = {
        app_id: appId,
        payment_id: config.paymentId,
        partner_order_id: order.orderId,
        m_u_id: wallet.mUid,
        amount: order.amountMinor,
        description: order.description,
        partner_embed_data: '{}',
        extra_info: '{}',
        time: Date.now(),
      };
      const mac = macOver(config.key1, body, macFieldsFor.topup);
      const answer = await call(hitechpayPaths.topup, { ...body, reference_id: wallet.referenceId, sig: hitechpaySig(config.privateKey, mac) });
      if (!answer.ok) return answer.outcome;
      const response = answer.body;
      if (Number(response['return_code']) === returnCode.success) return fromStatus(response, 'payout');
      const sub = Number(response['sub_return_code']);
      return topupDefiniteNo.has(sub) ? { kind: 'rejected', code: String(sub), message: hitechpayWhy(response) } : { kind: 'unknown', reason: hitechpayWhy(response) };
    },
    async status(orderId: string) {
      const answer = await call(hitechpayPaths.txn, signed({ app_id: appId, partner_order_id: orderId, time: Date.now() }, macFieldsFor.txn));
      if (!answer.ok) return answer.outcome;
      const response = answer.body;
      if (Number(response['return_code']) === returnCode.success) return fromStatus(response, 'status');
      if (Number(response['sub_return_code']) === subCodes.orderNotFound) return { kind: 'not_found' };
      return { kind: 'unknown', reason: hitechpayWhy(response) };
    },
    async balance(): Promise<BalanceResult> {
      const answer = await call(hitechpayPaths.balance, signed({ app_id: appId, payment_id: config.paymentId, time: Date.now() }, macFieldsFor.balance));
      if (!answer.ok) return { ok: false, reason: answer.reason };
      const response = answer.body;
      const balance = Number(data(response)['balance']);
      return Number(response['return_code']) === returnCode.success && Number.isSafeInteger(balance) ? { ok: true, balanceMinor: balance } : { ok: false, reason: hitechpayWhy(response) };
    },
    async inquireName(order): Promise<NameInquiry> {
      if (!order.phone) return { kind: 'not_found', message: 'no phone' };
      const wallet = await user(order.phone);
      if ('mUid' in wallet) return { kind: 'found', name: wallet.name };
      return wallet.notFound ? { kind: 'not_found', message: wallet.notFound } : { kind: 'unknown', reason: wallet.outcome.kind === 'rejected' ? wallet.outcome.message : 'lookup failed' };
    },
    async refund(request: RefundRequest) {
      const base = { app_id: appId, m_refund_id: request.refundId, zp_trans_id: request.zpTransId, amount: request.amountMinor, description: request.description, timestamp: Date.now() };
      const body = request.refundFeeMinor === undefined ? signed(base, macFieldsFor.refund) : signed({ ...base, refund_fee_amount: request.refundFeeMinor }, macFieldsFor.refundWithFee);
      const answer = await call(hitechpayPaths.refund, body);
      return answer.ok ? refundAnswerOutcome(answer.body) : answer.outcome;
    },
    async refundStatus(refundId: string) {
      const answer = await call(hitechpayPaths.queryRefund, signed({ app_id: appId, m_refund_id: refundId, timestamp: Date.now() }, macFieldsFor.queryRefund));
      return answer.ok ? refundQueryAnswerOutcome(answer.body) : answer.outcome;
    },
  };

  return client;
}
