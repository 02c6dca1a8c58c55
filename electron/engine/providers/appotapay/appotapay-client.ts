import { sendJson, type HttpTransport, type JsonAnswer } from '../http-transport.js';
import type { BalanceResult, NameInquiry, PayoutOrder, PayoutOutcome, ProviderClient } from '../payout-outcome.js';
import { balanceOfAnswer, nameOfAccountInfoAnswer, outcomeOfStatusAnswer, outcomeOfTransferAnswer } from './appotapay-answers.js';
import { appotapayJwt, appotapaySignature } from './appotapay-sign.js';
import { appotapayPaths } from './appotapay-wire.js';

export type AppotapayConfig = { readonly baseUrl: string; readonly partnerCode: string; readonly apiKey: string; readonly secretKey: string; readonly feeType: 'payer' | 'receiver' };

/** AppotaPay firm-banking transfers: signed requests, verified answers, one outcome each. */
export function createAppotapayClient(config: AppotapayConfig, http: HttpTransport): ProviderClient {
  const headers = async () => ({ 'Content-Type': 'application/json', 'X-APPOTAPAY-AUTH': `Bearer ${await appotapayJwt(config.partnerCode, config.apiKey, config.secretKey)}` });
  async function call(method: 'GET' | 'POST', path: string, body?: Record<string, unknown>): Promise<JsonAnswer> {
    return sendJson(http, 'AppotaPay', method, config.baseUrl, path, await headers(), body ? JSON.stringify({ ...body, signature: appotapaySignature(config.secretKey, body) }) : undefined);
  }

  return {
    async payout(order: PayoutOrder): Promise<PayoutOutcome> {
      const body = sent({
        bankCode: order.bankCode,
        accountNo: order.accountNo,
        accountType: order.accountType ?? 'account',
        accountName: order.name,
        amount: order.amountMinor,
        feeType: config.feeType,
        partnerRefId: order.orderId,
        message: order.description,
      });
      const answer = await call('POST', appotapayPaths.transfer, body);
      return answer.ok ? outcomeOfTransferAnswer(config.secretKey, answer.body) : answer.outcome;
    },
    async status(orderId: string): Promise<PayoutOutcome> {
      const answer = await call('GET', appotapayPaths.status(orderId));
      return answer.ok ? outcomeOfStatusAnswer(config.secretKey, answer.body) : answer.outcome;
    },
    async balance(): Promise<BalanceResult> {
      const answer = await call('GET', appotapayPaths.balance);
      return answer.ok ? balanceOfAnswer(answer.body) : { ok: false, reason: answer.reason };
    },
    async inquireName(order): Promise<NameInquiry> {
      const answer = await call('POST', appotapayPaths.accountInfo, { bankCode: order.bankCode, accountNo: order.accountNo, accountType: order.accountType ?? 'account', partnerRefId: `${order.orderId}Q` });
      return answer.ok ? nameOfAccountInfoAnswer(config.secretKey, answer.body) : { kind: 'unknown', reason: answer.reason };
    },
  };
}

/** A field without a value is left out of the body, so it is neither sent nor signed. */
function sent(fields: Record<string, string | number | null>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== ''));
}
