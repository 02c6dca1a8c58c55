import { createLedger, type LedgerEntry } from '../sim-ledger.js';
import type { Faults } from '../sim-faults.js';
import { jsonObject } from '../sim-json.js';
import { startSimServer, type SimAnswer, type SimRequest } from '../sim-server.js';
import { checkPayout, type PayoutRequest } from './smilepayz-payout-checks.js';
import { refuseHeaders, type SimMerchant } from './smilepayz-sim-auth.js';
import { docsStrictness, exampleMerchantAccountNo, payoutTradeType, simErrorCodes, simPaths, simStatus, successCode, type SmilepayzSimStrictness } from './smilepayz-sim-wire.js';

export type SmilepayzSimSecrets = SimMerchant & {
  /** The merchant's account number for inquiry-balance (from the back office, not the merchant id). */
  readonly accountNo?: string;
};

export type SmilepayzSimOptions = { readonly strict?: Partial<SmilepayzSimStrictness> };

/**
 * SmilePayz's VN pay-out, status and balance calls as its pages describe them: header signature
 * and clock checks, the pay-out page's field rules, one payout per orderNo, answers in the
 * documented shapes. Stricter checks than the pages make are switches, off by default.
 */
export async function startSmilepayzSim(secrets: SmilepayzSimSecrets, faults: Faults, port = 0, options: SmilepayzSimOptions = {}) {
  // Like the faults, changeable while the simulator runs.
  const strict: { -readonly [K in keyof SmilepayzSimStrictness]: boolean } = { ...docsStrictness, ...options.strict };
  const accountNo = secrets.accountNo ?? exampleMerchantAccountNo;
  const ledger = createLedger({ openingBalanceMinor: 10_000_000_000, faults, ...(faults.books ? { books: faults.books } : {}) });
  const orders = new Map<string, PayoutRequest>();

  const answer = (json: Record<string, unknown>): SimAnswer => ({ status: 200, json, headers: { 'X-TIMESTAMP': vietnamTime(new Date(), true) } });
  const refuse = (code: string, message: string) => answer({ code, message });

  function stateOf(entry: LedgerEntry): string {
    const state = ledger.stateOf(entry);
    return state === 'processing' ? simStatus.processing : state === 'success' ? simStatus.success : simStatus.failed;
  }

  // The pay-out page's answer example, field for field.
  function payoutAnswer(entry: LedgerEntry, order: PayoutRequest): SimAnswer {
    return answer({
      code: successCode,
      message: 'successful',
      orderNo: entry.orderId,
      tradeNo: entry.providerRef,
      merchant: { merchantId: secrets.merchantId, merchantName: 'Paybatch Practice', accountNo },
      money: { currency: 'VND', amount: entry.amountMinor },
      disbursementTime: vietnamTime(new Date(entry.recordedAt), false),
      channel: { paymentMethod: order.paymentMethod, cashAccount: order.cashAccount, accountName: order.receiverName },
      status: stateOf(entry),
    });
  }

  // inquiry-status: by orderNo or by tradeNo ("at least one of tradeNo or orderNo").
  function statusAnswer(body: Record<string, unknown>): SimAnswer {
    const tradeType = body['tradeType'];
    const orderNo = typeof body['orderNo'] === 'string' ? body['orderNo'] : '';
    const tradeNo = typeof body['tradeNo'] === 'string' ? body['tradeNo'] : '';
    if ((tradeType !== 1 && tradeType !== 2) || (orderNo === '' && tradeNo === '')) return refuse(simErrorCodes.badRequest, 'tradeType 1 or 2 and orderNo or tradeNo are required');
    const byOrder = orderNo === '' ? undefined : ledger.find(orderNo);
    const entry = orderNo === '' ? ledger.entries().find((e) => e.providerRef === tradeNo) : byOrder && (tradeNo === '' || byOrder.providerRef === tradeNo) ? byOrder : undefined;
    // The payment method from the books when the order was recorded before a restart.
    const paymentMethod = entry && (orders.get(entry.orderId)?.paymentMethod ?? entry.details?.['paymentMethod']);
    if (tradeType !== payoutTradeType || !entry || !paymentMethod) return refuse(simErrorCodes.orderNotFound, 'order not found');
    return answer({ code: successCode, message: 'Successful', orderNo: entry.orderId, tradeNo: entry.providerRef, tradeType, paymentMethod, money: { currency: 'VND', amount: entry.amountMinor }, status: stateOf(entry) });
  }

  // inquiry-balance: the account named must be the merchant's; accountInfos[] with amount{currency, value}.
  function balanceAnswer(body: Record<string, unknown>): SimAnswer {
    const types = body['balanceTypes'];
    if (typeof body['accountNo'] !== 'string' || body['accountNo'].length > 128 || !Array.isArray(types) || types.length === 0) return refuse(simErrorCodes.badRequest, 'accountNo and balanceTypes are required');
    if (body['accountNo'] !== accountNo) return refuse(simErrorCodes.balanceAccountNotFound, 'account not found');
    return answer({ code: successCode, message: 'Successful', accountNo, accountInfos: [{ balanceType: 'BALANCE', amount: { currency: 'VND', value: String(ledger.balanceMinor()) } }] });
  }

  function payout(body: Record<string, unknown>): SimAnswer {
    const checked = checkPayout(body, secrets.merchantId, strict);
    if (!checked.ok) return refuse(simErrorCodes.badRequest, checked.problems.join('; '));
    const order = checked.request;
    if (ledger.find(order.orderNo)) return refuse(simErrorCodes.duplicateOrder, 'orderNo already used');
    if (ledger.balanceMinor() < order.amount) return refuse(simErrorCodes.insufficientBalance, 'insufficient balance');
    const { entry } = ledger.record(order.orderNo, order.amount, order.cashAccount, { paymentMethod: order.paymentMethod });
    orders.set(order.orderNo, order);
    return { ...payoutAnswer(entry, order), recordedPayout: true };
  }

  async function handle(request: SimRequest): Promise<SimAnswer> {
    const route = request.method === 'POST' ? ({ [simPaths.payout]: payout, [simPaths.status]: statusAnswer, [simPaths.balance]: balanceAnswer } as Record<string, (body: Record<string, unknown>) => SimAnswer>)[request.path] : undefined;
    if (!route) return { status: 404, json: { code: '404', message: 'not found' } };
    const refusal = refuseHeaders(secrets, request.headers, request.body);
    if (refusal) return answer({ ...refusal });
    const body = jsonObject(request.body);
    return body ? route(body) : refuse(simErrorCodes.badRequest, 'body is not a JSON object');
  }

  const server = await startSimServer(handle, faults, port);
  return { ...server, ledger, strict };
}

/** Vietnam time (UTC+7) as SmilePayz writes it: with `+07:00` in headers, bare in `disbursementTime`. */
function vietnamTime(at: Date, withOffset: boolean): string {
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19);
  return withOffset ? `${local}+07:00` : local;
}
