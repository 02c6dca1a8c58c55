import { sendJson, type HttpTransport, type JsonAnswer } from '../http-transport.js';
import type { BalanceResult, NameInquiry, PayoutOrder, PayoutOutcome, ProviderClient } from '../payout-outcome.js';
import { accountInfoResponseFields, appotapayJwt, appotapaySignature, transferResponseFields, verifyAppotapaySignature } from './appotapay-sign.js';
import { ambiguousCodes, appotapayCodes, appotapayPaths, definiteNoCodes } from './appotapay-wire.js';

export type AppotapayConfig = { readonly baseUrl: string; readonly partnerCode: string; readonly apiKey: string; readonly secretKey: string; readonly feeType: 'payer' | 'receiver' };

/** AppotaPay firm-banking transfers: signed requests, verified answers, one outcome each. */
export function createAppotapayClient(config: AppotapayConfig, http: HttpTransport): ProviderClient {
  const headers = async () => ({ 'Content-Type': 'application/json', 'X-APPOTAPAY-AUTH': `Bearer ${await appotapayJwt(config.partnerCode, config.apiKey, config.secretKey)}` });
  async function call(method: 'GET' | 'POST', path: string, body?: Record<string, unknown>): Promise<JsonAnswer> {
    return sendJson(http, 'AppotaPay', method, config.baseUrl, path, await headers(), body ? JSON.stringify({ ...body, signature: appotapaySignature(config.secretKey, body) }) : undefined);
  }

  /** Flattens the transaction fields next to errorCode, as the response signature covers them. */
  function signedFields(response: Record<string, unknown>): Record<string, unknown> {
    const transaction = response['transaction'];
    return { ...(transaction && typeof transaction === 'object' ? transaction : {}), errorCode: response['errorCode'], signature: response['signature'] };
  }

  function outcomeOf(answer: JsonAnswer, kind: 'transfer' | 'status'): PayoutOutcome {
    if (!answer.ok) return answer.outcome;
    const response = answer.body;
    const code = Number(response['errorCode']);
    const message = String(response['message'] ?? '');
    if (kind === 'status' && code === appotapayCodes.notFound) return { kind: 'not_found' };
    if (code === appotapayCodes.success || code === appotapayCodes.pending) {
      // A success or pending answer counts only if AppotaPay really signed it.
      if (!verifyAppotapaySignature(config.secretKey, signedFields(response), transferResponseFields)) return { kind: 'unknown', reason: 'AppotaPay’s answer had a wrong signature' };
      const transaction = signedFields(response);
      const ref = typeof transaction['appotapayTransId'] === 'string' ? transaction['appotapayTransId'] : null;
      const status = transaction['status'];
      if (kind === 'status') {
        if (status === 'success') return { kind: 'succeeded', providerRef: ref };
        if (status === 'failed') return { kind: 'failed', code: String(transaction['failureCode'] ?? appotapayCodes.failed), message: String(transaction['failureMessage'] ?? message) };
        return { kind: 'accepted', providerRef: ref };
      }
      return code === appotapayCodes.success ? { kind: 'succeeded', providerRef: ref } : { kind: 'accepted', providerRef: ref };
    }
    if (ambiguousCodes.has(code)) return { kind: 'unknown', reason: `AppotaPay ${code}: ${message}` };
    if (definiteNoCodes.has(code)) return kind === 'status' ? { kind: 'failed', code: String(code), message } : { kind: 'rejected', code: String(code), message };
    return { kind: 'unknown', reason: `AppotaPay answered an unlisted code ${code}: ${message}` };
  }

  return {
    async payout(order: PayoutOrder) {
      const body = {
        bankCode: order.bankCode,
        accountNo: order.accountNo,
        accountType: order.accountType ?? 'account',
        accountName: order.name,
        amount: order.amountMinor,
        feeType: config.feeType,
        partnerRefId: order.orderId,
        message: order.description,
      };
      return outcomeOf(await call('POST', appotapayPaths.transfer, body), 'transfer');
    },
    async status(orderId: string) {
      return outcomeOf(await call('GET', appotapayPaths.status(orderId)), 'status');
    },
    async balance(): Promise<BalanceResult> {
      const answer = await call('GET', appotapayPaths.balance);
      if (!answer.ok) return { ok: false, reason: answer.reason };
      const response = answer.body;
      const account = response['account'];
      const balance = account && typeof account === 'object' && 'balance' in account ? Number(account.balance) : NaN;
      return Number(response['errorCode']) === 0 && Number.isSafeInteger(balance) ? { ok: true, balanceMinor: balance } : { ok: false, reason: `AppotaPay ${String(response['errorCode'])}: ${String(response['message'] ?? 'no balance in the answer')}` };
    },
    async inquireName(order): Promise<NameInquiry> {
      const answer = await call('POST', appotapayPaths.accountInfo, { bankCode: order.bankCode, accountNo: order.accountNo, accountType: order.accountType ?? 'account', partnerRefId: `${order.orderId}Q` });
      if (!answer.ok) return { kind: 'unknown', reason: answer.reason };
      const response = answer.body;
      const code = Number(response['errorCode']);
      if (code === appotapayCodes.notFound) return { kind: 'not_found', message: String(response['message'] ?? '') };
      if (code !== 0) return { kind: 'unknown', reason: `AppotaPay ${code}: ${String(response['message'] ?? '')}` };
      if (!verifyAppotapaySignature(config.secretKey, response, accountInfoResponseFields)) return { kind: 'unknown', reason: 'AppotaPay’s answer had a wrong signature' };
      return { kind: 'found', name: String(response['accountName'] ?? '') };
    },
  };
}
