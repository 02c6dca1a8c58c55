import type { KeyObject } from 'node:crypto';
import { sendJson, type HttpTransport, type JsonAnswer } from '../http-transport.js';
import type { BalanceResult, PayoutOrder, PayoutOutcome, ProviderClient } from '../payout-outcome.js';
import { smilepayzSignature, smilepayzTimestamp } from './smilepayz-sign.js';
import { smilepayzCodes, smilepayzPaths, smilepayzPhone } from './smilepayz-wire.js';

export type SmilepayzConfig = { readonly baseUrl: string; readonly merchantId: string; readonly merchantSecret: string; readonly privateKey: KeyObject; readonly balanceAccountNo?: string };

/** SmilePayz VND pay-outs: RSA-signed requests; any answer but "00" is resolved by a query. */
export function createSmilepayzClient(config: SmilepayzConfig, http: HttpTransport): ProviderClient {
  async function call(path: string, payload: Record<string, unknown>): Promise<JsonAnswer> {
    const body = JSON.stringify(payload);
    const timestamp = smilepayzTimestamp();
    const headers = { 'Content-Type': 'application/json', 'X-TIMESTAMP': timestamp, 'X-PARTNER-ID': config.merchantId, 'X-SIGNATURE': smilepayzSignature(config.privateKey, timestamp, config.merchantSecret, body) };
    return sendJson(http, 'SmilePayz', 'POST', config.baseUrl, path, headers, body);
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
      const answer = await call(smilepayzPaths.payout, {
        orderNo: order.orderId,
        purpose: order.description,
        merchant: { merchantId: config.merchantId },
        money: { currency: 'VND', amount: order.amountMinor },
        paymentMethod: order.bankCode,
        cashAccount: order.accountNo,
        receiver: { name: order.name, phone: smilepayzPhone(order.phone), email: order.email },
      });
      if (!answer.ok) return answer.outcome;
      const response = answer.body;
      if (response['code'] !== smilepayzCodes.ok) return { kind: 'unknown', reason: `SmilePayz ${String(response['code'])}: ${String(response['message'] ?? '')} (query before deciding)` };
      return fromStatus(response);
    },
    async status(orderId: string) {
      const answer = await call(smilepayzPaths.status, { tradeType: 2, orderNo: orderId });
      if (!answer.ok) return answer.outcome;
      const response = answer.body;
      if (response['code'] === smilepayzCodes.notFound) return { kind: 'not_found' };
      if (response['code'] !== smilepayzCodes.ok) return { kind: 'unknown', reason: `SmilePayz ${String(response['code'])}: ${String(response['message'] ?? '')}` };
      return fromStatus(response);
    },
    async balance(): Promise<BalanceResult> {
      const answer = await call(smilepayzPaths.balance, { accountNo: config.balanceAccountNo ?? config.merchantId, balanceTypes: ['BALANCE'] });
      if (!answer.ok) return { ok: false, reason: answer.reason };
      const response = answer.body;
      const list = Array.isArray(response['balanceList']) ? response['balanceList'] : [];
      const entry: unknown = list.find((b: unknown) => b && typeof b === 'object' && 'balanceType' in b && b.balanceType === 'BALANCE');
      const amount = entry && typeof entry === 'object' && 'amount' in entry ? Number(entry.amount) : NaN;
      return response['code'] === smilepayzCodes.ok && Number.isSafeInteger(amount) ? { ok: true, balanceMinor: amount } : { ok: false, reason: `SmilePayz ${String(response['code'])}: ${String(response['message'] ?? 'no balance in the answer')}` };
    },
  };
}
