import type { Engine } from '../../electron/engine/engine.js';
import type { MethodInput } from '../../shared/api.js';
import type { Payee } from '../../shared/import/model.js';
import { call, checked, valueOf } from './drafts.js';
import { goodRefund } from './payees.js';

type ImportedRowInput = MethodInput<'batch.addRows'>['rows'][number];

/** A refund sheet's columns, as an order system exports them. */
export const refundSources = { transactionId: 'Mã giao dịch', amount: 'Số tiền hoàn', refundFee: 'Phí hoàn tiền', description: 'Lý do hoàn tiền', reference: 'Mã đơn hàng' } as const;

/** A refund row as the import hands it over: sheet row `n`, its own transaction unless overridden. */
export function refundRow(n: number, overrides: Partial<Payee> = {}): ImportedRowInput {
  return { row: n, payee: goodRefund({ transactionId: `26112100001${String(n).padStart(4, '0')}`, reference: `DH${n}`, ...overrides }), sources: { ...refundSources }, issues: [] };
}

/** A HiTechPAY refund draft of `rows` through the contract, as the window makes it, checked. */
export async function refundDraftOf(engine: Engine, rows: readonly ImportedRowInput[], fileHash = 'e'.repeat(64), fileName = 'Hoàn tiền 21-11.xlsx'): Promise<string> {
  const { batchId } = valueOf(
    await call(engine, 'batch.create', { provider: 'hitechpay', operation: 'refund', currency: 'VND', fileName, fileHash, sheet: 'Refunds', headerSignature: 'ma giao dich|so tien hoan', mapping: { ...refundSources }, amountFormat: 'auto', rowCount: rows.length }),
  );
  valueOf(await call(engine, 'batch.addRows', { batchId, rows: [...rows] }));
  await checked(engine, batchId);
  return batchId;
}

/** An approved refund batch of these rows (every warning acknowledged, as the accountant would). */
export async function approvedRefunds(engine: Engine, rows: readonly ImportedRowInput[], fileHash = 'e'.repeat(64)): Promise<{ batchId: string; total: number }> {
  const batchId = await refundDraftOf(engine, rows, fileHash);
  const { offers } = valueOf(await call(engine, 'batch.get', { batchId, limit: 0 }));
  for (const { code } of offers.warnings) valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'acknowledgeAll', code } }));
  const total = rows.reduce((sum, r) => sum + (r.payee.amount ?? 0), 0);
  valueOf(await call(engine, 'batch.approve', { batchId, typedTotal: String(total) }));
  return { batchId, total };
}
