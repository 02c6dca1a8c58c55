import type { KeyObject } from 'node:crypto';
import { sendJson, type HttpTransport, type JsonAnswer } from '../http-transport.js';
import type { BalanceResult, PayoutOrder, ProviderClient } from '../payout-outcome.js';
import { balanceResult, payoutOutcome, statusOutcome } from './smilepayz-answers.js';
import { smilepayzSignature, smilepayzTimestamp } from './smilepayz-sign.js';
import { payoutTradeType, smilepayzPaths, smilepayzPhone } from './smilepayz-wire.js';

export type SmilepayzConfig = {
  readonly baseUrl: string;
  readonly merchantId: string;
  readonly merchantSecret: string;
  readonly privateKey: KeyObject;
  /** The merchant's account number from SmilePayz's back office; inquiry-balance asks for it, not the merchant id. */
  readonly balanceAccountNo?: string;
};

/** SmilePayz VND pay-outs: RSA-signed requests; any answer but "00" is resolved by a query. */
export function createSmilepayzClient(config: SmilepayzConfig, http: HttpTransport): ProviderClient {
  async function call(path: string, payload: Record<string, unknown>): Promise<JsonAnswer> {
    const body = JSON.stringify(payload);
    const timestamp = smilepayzTimestamp();
    const headers = { 'Content-Type': 'application/json', 'X-TIMESTAMP': timestamp, 'X-PARTNER-ID': config.merchantId, 'X-SIGNATURE': smilepayzSignature(config.privateKey, timestamp, config.merchantSecret, body) };
    return sendJson(http, 'SmilePayz', 'POST', config.baseUrl, path, headers, body);
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
      return answer.ok ? payoutOutcome(answer.body, order.orderId) : answer.outcome;
    },
    async status(orderId: string) {
      const answer = await call(smilepayzPaths.status, { tradeType: payoutTradeType, orderNo: orderId });
      return answer.ok ? statusOutcome(answer.body, orderId) : answer.outcome;
    },
    async balance(): Promise<BalanceResult> {
      if (!config.balanceAccountNo) return { ok: false, reason: "SmilePayz's balance needs your merchant account number (SmilePayz back office), which is not set: add balanceAccountNo to the credentials." };
      const answer = await call(smilepayzPaths.balance, { accountNo: config.balanceAccountNo, balanceTypes: ['BALANCE'] });
      return answer.ok ? balanceResult(answer.body) : { ok: false, reason: answer.reason };
    },
  };
}
