import type { KeyObject } from 'node:crypto';
import { sendJson, type HttpTransport, type JsonAnswer } from '../http-transport.js';
import type { BalanceResult, PayoutOrder, PayoutOutcome, ProviderClient } from '../payout-outcome.js';
import { haipaySign, verifyHaipaySign } from './haipay-sign.js';
import { definiteNoErrors, haipayAmount, haipayEnvelope, haipayErrors, haipayPaths, haipayStatus, minorOfHaipayAmount } from './haipay-wire.js';

export type HaipayConfig = { readonly baseUrl: string; readonly appId: string; readonly secretKey: string; readonly privateKey: KeyObject; readonly platformPublicKey: KeyObject };

/** HaiPay THB pay-outs: RSA-signed both ways; an answer HaiPay did not sign is never believed. */
export function createHaipayClient(config: HaipayConfig, http: HttpTransport): ProviderClient {
  async function call(path: string, params: Record<string, unknown>): Promise<JsonAnswer> {
    const body = JSON.stringify({ ...params, sign: haipaySign(config.privateKey, params, config.secretKey) });
    return sendJson(http, 'HaiPay', 'POST', config.baseUrl, path, { 'Content-Type': 'application/json' }, body);
  }

  /**
   * `data` when the envelope is normal and HaiPay's signature on it holds; else what that means.
   * Only a documented refusal is a definite no: any other exception is unknown, never "not found".
   */
  function signedData(answer: JsonAnswer): { data: Record<string, unknown> } | { problem: PayoutOutcome } {
    if (!answer.ok) return { problem: answer.outcome };
    const response = answer.body;
    const data = response['data'];
    if (response['status'] !== haipayEnvelope.normal || response['error'] !== haipayErrors.ok || !data || typeof data !== 'object') {
      const error = String(response['error'] ?? '');
      const message = String(response['msg'] ?? '');
      return { problem: definiteNoErrors.has(error) ? { kind: 'rejected', code: error, message } : { kind: 'unknown', reason: `HaiPay ${error}: ${message}` } };
    }
    const record = data as Record<string, unknown>;
    if (!verifyHaipaySign(config.platformPublicKey, record, config.secretKey)) return { problem: { kind: 'unknown', reason: 'HaiPay’s answer had a wrong signature' } };
    return { data: record };
  }

  /** An answer about another order than the one asked for says nothing about ours. */
  const aboutOther = (data: Record<string, unknown>, orderId: string) => data['orderId'] !== undefined && data['orderId'] !== orderId;
  const orderNoOf = (data: Record<string, unknown>) => (typeof data['orderNo'] === 'string' ? data['orderNo'] : null);

  return {
    async payout(order: PayoutOrder): Promise<PayoutOutcome> {
      const result = signedData(
        await call(haipayPaths.apply, {
          appId: Number(config.appId),
          orderId: order.orderId,
          amount: haipayAmount(order.amountMinor),
          accountType: order.accountType,
          bankCode: order.bankCode,
          accountNo: order.accountNo,
          name: order.name,
          phone: order.phone,
          email: order.email,
          partnerUserId: order.partnerUserId,
          subject: order.description,
        }),
      );
      if ('problem' in result) return result.problem;
      if (aboutOther(result.data, order.orderId)) return { kind: 'unknown', reason: `HaiPay answered about order ${String(result.data['orderId'])}` };
      return { kind: 'accepted', providerRef: orderNoOf(result.data) };
    },
    async status(orderId: string): Promise<PayoutOutcome> {
      const result = signedData(await call(haipayPaths.query, { appId: Number(config.appId), orderId }));
      // HaiPay publishes no "no such order" answer: a refused query is never a reason to resend.
      if ('problem' in result) return result.problem.kind === 'rejected' ? { kind: 'unknown', reason: `HaiPay refused the query: ${result.problem.message}` } : result.problem;
      if (aboutOther(result.data, orderId)) return { kind: 'unknown', reason: `HaiPay answered about order ${String(result.data['orderId'])}` };
      const status = wholeNumber(result.data['status']);
      const ref = orderNoOf(result.data);
      if (status === null) return { kind: 'unknown', reason: `HaiPay answered status ${JSON.stringify(result.data['status'])}` };
      if (status === haipayStatus.success) return { kind: 'succeeded', providerRef: ref };
      if (status === haipayStatus.failure) return { kind: 'failed', code: String(status), message: String(result.data['errorMsg'] ?? '') };
      return { kind: 'accepted', providerRef: ref };
    },
    async balance(): Promise<BalanceResult> {
      const result = signedData(await call(haipayPaths.ledger, { appId: Number(config.appId) }));
      if ('problem' in result) return { ok: false, reason: result.problem.kind === 'unknown' ? result.problem.reason : result.problem.kind };
      const available = minorOfHaipayAmount(result.data['availableBal']);
      return available === null ? { ok: false, reason: 'HaiPay sent no readable balance' } : { ok: true, balanceMinor: available };
    },
  };
}

/** The docs type `status` as an integer; a string of digits is read the same, anything else is not a status. */
function wholeNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : null;
}
