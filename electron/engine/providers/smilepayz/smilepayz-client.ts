import type { KeyObject } from 'node:crypto';
import { outcomeOfTransportError, parseJson, type HttpTransport } from '../http-transport.js';
import type { BalanceResult, PayoutOrder, PayoutOutcome, ProviderClient } from '../payout-outcome.js';
import { smilepayzSignature, smilepayzTimestamp } from './smilepayz-sign.js';
import { smilepayzCodes, smilepayzPaths, smilepayzPhone } from './smilepayz-wire.js';

export type SmilepayzConfig = { readonly baseUrl: string; readonly merchantId: string; readonly merchantSecret: string; readonly privateKey: KeyObject; readonly balanceAccountNo?: string };

/** SmilePayz VND pay-outs: RSA-signed requests; any answer but "00" is resolved by a query. */
export function createSmilepayzClient(config: SmilepayzConfig, http: HttpTransport): ProviderClient {
  async function call(path: string, payload: Record<string, unknown>): Promise<Record<string, unknown> | { transportError: unknown }> {
    const body = JSON.stringify(payload);
    const timestamp = smilepayzTimestamp();
    const headers = { 'Content-Type': 'application/json', 'X-TIMESTAMP': timestamp, 'X-PARTNER-ID': config.merchantId, 'X-SIGNATURE': smilepayzSignature(config.privateKey, timestamp, config.merchantSecret, body) };
    try {
      const answer = await http.send('POST', `${config.baseUrl.replace(/\/$/, '')}${path}`, headers, body);
      return parseJson(answer.text) ?? { unreadable: `HTTP ${answer.status}: ${answer.text.slice(0, 120)}` };
    } catch (error) {
      return { transportError: error };
    }
  }

  function fromStatus(response: Record<string, unknown>): PayoutOutcome {
    const ref = typeof response['tradeNo'] === 'string' ? response['tradeNo'] : null;
    switch (response['status']) {
      case 'SUCCESS':
        return { kind: 'succeeded', providerRef: ref };
      case 'FAILED':
      case 'EXPIRED':
      case 'CANCELLED':
        return { kind: 'failed', code: String(response['status']), message: String(response['message'] ?? '') };
      default:
        return { kind: 'accepted', providerRef: ref };
    }
  }

  return {
    async payout(order: PayoutOrder) {
      const response = await call(smilepayzPaths.payout, {
        orderNo: order.orderId,
        purpose: order.description,
        merchant: { merchantId: config.merchantId },
        money: { currency: 'VND', amount: order.amountMinor },
        paymentMethod: order.bankCode,
        cashAccount: order.accountNo,
        receiver: { name: order.name, phone: smilepayzPhone(order.phone), email: order.email },
      });
      if ('transportError' in response) return outcomeOfTransportError(response['transportError'], 'SmilePayz');
      if ('unreadable' in response) return { kind: 'unknown', reason: String(response['unreadable']) };
      if (response['code'] !== smilepayzCodes.ok) return { kind: 'unknown', reason: `SmilePayz ${String(response['code'])}: ${String(response['message'] ?? '')} (query before deciding)` };
      return fromStatus(response);
    },
    async status(orderId: string) {
      const response = await call(smilepayzPaths.status, { tradeType: 2, orderNo: orderId });
      if ('transportError' in response) return outcomeOfTransportError(response['transportError'], 'SmilePayz');
      if ('unreadable' in response) return { kind: 'unknown', reason: String(response['unreadable']) };
      if (response['code'] === smilepayzCodes.notFound) return { kind: 'not_found' };
      if (response['code'] !== smilepayzCodes.ok) return { kind: 'unknown', reason: `SmilePayz ${String(response['code'])}: ${String(response['message'] ?? '')}` };
      return fromStatus(response);
    },
    async balance(): Promise<BalanceResult> {
      const response = await call(smilepayzPaths.balance, { accountNo: config.balanceAccountNo ?? config.merchantId, balanceTypes: ['BALANCE'] });
      if ('transportError' in response) return { ok: false, reason: String(response['transportError']) };
      const list = Array.isArray(response['balanceList']) ? response['balanceList'] : [];
      const entry: unknown = list.find((b: unknown) => b && typeof b === 'object' && 'balanceType' in b && b.balanceType === 'BALANCE');
      const amount = entry && typeof entry === 'object' && 'amount' in entry ? Number(entry.amount) : NaN;
      return response['code'] === smilepayzCodes.ok && Number.isSafeInteger(amount) ? { ok: true, balanceMinor: amount } : { ok: false, reason: `SmilePayz ${String(response['code'])}: ${String(response['message'] ?? 'no balance in the answer')}` };
    },
  };
}
