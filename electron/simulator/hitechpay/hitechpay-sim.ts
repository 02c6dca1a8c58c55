import { createHash, type KeyObject } from 'node:crypto';
import { macFieldsFor, macOver, verifyHitechpaySig } from '../../engine/providers/hitechpay/hitechpay-sign.js';
import { hitechpayPaths, returnCode, subCodes, topupStatus } from '../../engine/providers/hitechpay/hitechpay-wire.js';
import { reserved } from '../reserved-values.js';
import { createLedger } from '../sim-ledger.js';
import type { Faults } from '../sim-faults.js';
import { parseJson } from '../../engine/providers/http-transport.js';
import { startSimServer, type SimAnswer, type SimRequest } from '../sim-server.js';

export type HitechpaySimSecrets = { readonly appId: string; readonly paymentId: string; readonly key1: string; readonly merchantPublicKey: KeyObject };

/** HiTechPAY as our client meets it: macs and the top-up signature checked, wallets by phone, idempotent orders. */
export async function startHitechpaySim(secrets: HitechpaySimSecrets, faults: Faults, port = 0) {
  const ledger = createLedger({ openingBalanceMinor: 20_000_000_000 });
  const refunds = createLedger({ openingBalanceMinor: 0 });
  const wallets = new Map<string, string>();
  const mUidOf = (phone: string) => `MU${createHash('sha256').update(phone).digest('hex').slice(0, 12)}`;
  const ok = (data: Record<string, unknown>, extra: Record<string, unknown> = {}): SimAnswer => ({ status: 200, json: { return_code: returnCode.success, return_message: 'Giao dịch thành công', sub_return_code: 1, sub_return_message: '', data, ...extra } });
  const no = (sub: number, message: string, data: Record<string, unknown> = {}): SimAnswer => ({ status: 200, json: { return_code: returnCode.fail, return_message: 'Giao dịch thất bại', sub_return_code: sub, sub_return_message: message, data } });

  function topupStatusOf(orderId: string): SimAnswer {
    const entry = ledger.find(orderId);
    if (!entry) return no(subCodes.notFound, 'Order not found');
    const state = ledger.stateOf(entry);
    const status = entry.target === reserved.phoneHeldForReview ? topupStatus.pendingManual : state === 'success' ? topupStatus.success : state === 'failed' ? topupStatus.fail : topupStatus.processing;
    return ok({ order_id: entry.providerRef, status, m_u_id: mUidOf(entry.target), phone: entry.target, amount: entry.amountMinor });
  }

  function refundStatusOf(refundId: string): SimAnswer {
    const entry = refunds.find(refundId);
    if (!entry) return no(subCodes.notFound, 'Refund not found');
    const state = refunds.stateOf(entry);
    return { status: 200, json: { return_code: state === 'success' ? returnCode.success : state === 'failed' ? returnCode.fail : returnCode.processing, sub_return_code: state === 'failed' ? subCodes.badParams : 1, return_message: state, refund_id: entry.providerRef } };
  }

  async function handle(request: SimRequest): Promise<SimAnswer> {
    const body = parseJson(request.body);
    if (!body || String(body['app_id']) !== secrets.appId) return no(subCodes.badParams, 'Invalid app_id or body');
    const values = body as Record<string, string | number>;
    const macIs = (fields: readonly string[]) => body['mac'] === macOver(secrets.key1, values, fields);

    switch (request.path) {
      case hitechpayPaths.user: {
        if (!macIs(macFieldsFor.user)) return no(subCodes.unauthorized, 'Invalid mac');
        const phone = String(body['phone'] ?? '');
        if (!/^0\d{9}$/.test(phone)) return no(subCodes.badParams, 'Invalid phone');
        if (phone === reserved.phoneWithoutWallet) return no(subCodes.notFound, 'User not found', { onboarding_url: 'https://hitechpay.vn/onboarding' });
        const mUid = mUidOf(phone);
        wallets.set(mUid, phone);
        return ok({ reference_id: `REF${mUid.slice(2, 10)}`, m_u_id: mUid, name: reserved.holderName, phone });
      }
      case hitechpayPaths.topup: {
        const mac = macOver(secrets.key1, values, macFieldsFor.topup);
        if (!verifyHitechpaySig(secrets.merchantPublicKey, mac, String(body['sig'] ?? ''))) return no(subCodes.unauthorized, 'Invalid sig');
        if (body['payment_id'] !== secrets.paymentId) return no(subCodes.badParams, 'Invalid payment_id');
        const amount = body['amount'];
        if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) return no(subCodes.badParams, 'Invalid amount');
        const phone = wallets.get(String(body['m_u_id'] ?? ''));
        if (!phone) return no(subCodes.notFound, 'Wallet not found');
        const orderId = String(body['partner_order_id'] ?? '');
        if (orderId === '') return no(subCodes.badParams, 'partner_order_id required');
        if (ledger.find(orderId)) return no(subCodes.duplicate, 'Duplicate partner_order_id');
        if (ledger.balanceMinor() < amount) return no(subCodes.badParams, 'Merchant balance is not enough');
        ledger.record(orderId, amount, phone, faults.settleMs, faults.failTargets.has(phone) ? 'failed' : 'success');
        return { ...topupStatusOf(orderId), recordedPayout: true };
      }
      case hitechpayPaths.txn:
        if (!macIs(macFieldsFor.txn)) return no(subCodes.unauthorized, 'Invalid mac');
        return topupStatusOf(String(body['partner_order_id'] ?? ''));
      case hitechpayPaths.balance:
        if (!macIs(macFieldsFor.balance)) return no(subCodes.unauthorized, 'Invalid mac');
        return ok({ balance: ledger.balanceMinor() });
      case hitechpayPaths.refund: {
        if (!macIs(body['refund_fee_amount'] === undefined ? macFieldsFor.refund : macFieldsFor.refundWithFee)) return no(subCodes.unauthorized, 'Invalid mac');
        const refundId = String(body['m_refund_id'] ?? '');
        if (!new RegExp(`^\\d{6}_${secrets.appId}_\\w+$`).test(refundId)) return no(subCodes.badParams, 'm_refund_id must be yymmdd_appid_xxx');
        const amount = Number(body['amount']);
        if (!Number.isSafeInteger(amount) || amount <= 0) return no(subCodes.badParams, 'Invalid amount');
        if (refunds.find(refundId)) return no(subCodes.duplicate, 'Duplicate m_refund_id');
        refunds.record(refundId, amount, String(body['zp_trans_id']), faults.settleMs, faults.failTargets.has(String(body['zp_trans_id'])) ? 'failed' : 'success');
        return { ...refundStatusOf(refundId), recordedPayout: true };
      }
      case hitechpayPaths.queryRefund:
        if (!macIs(macFieldsFor.queryRefund)) return no(subCodes.unauthorized, 'Invalid mac');
        return refundStatusOf(String(body['m_refund_id'] ?? ''));
      default:
        return { status: 404, json: { return_code: returnCode.fail, sub_return_code: -404, return_message: 'Not found' } };
    }
  }

  const server = await startSimServer(handle, faults, port);
  return { ...server, ledger, refunds };
}
