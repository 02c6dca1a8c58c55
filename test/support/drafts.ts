import { api, type MethodInput, type MethodName, type MethodOutput } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import { dispatch } from '../../electron/engine/dispatch.js';
import type { Engine } from '../../electron/engine/engine.js';
import type { Payee } from '../../shared/import/model.js';
import type { ProviderId } from '../../shared/providers/provider-ids.js';
import { providerRules } from '../../shared/providers/provider-rules.js';
import { goodPayee } from './payees.js';

export const ctx = { transport: 'ipc' } as const;

/** A contract call through the engine's one door (schema-checked, errors as data), typed by its method. */
export async function call<M extends MethodName>(engine: Engine, method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
  const result = await dispatch(engine, method, input, ctx);
  // Every answer a test sees is held to the contract's output schema, as the window's bridge holds it.
  if (result.ok) api[method].output.parse(result.value);
  return result as Result<MethodOutput<M>>;
}

type ImportedRowInput = MethodInput<'batch.addRows'>['rows'][number];

export const sources = { name: 'Họ và tên', accountNo: 'Số tài khoản', bank: 'Ngân hàng', amount: 'Số tiền', phone: 'SĐT', email: 'Email', description: 'Nội dung', partnerUserId: 'Mã NV' } as const;

/** A sheet row as the import hands it over: sheet row `n`, a payee the provider accepts unless overridden. */
export function importedRow(provider: ProviderId, n: number, overrides: Partial<Payee> = {}): ImportedRowInput {
  return { row: n, payee: goodPayee(provider, { accountNo: String(1_000_000 + n), ...overrides }), sources: { ...sources }, issues: [] };
}

/** The value of a Result the test expects to succeed; its error, readable, when it does not. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Imports `rows` as a draft through the contract, as the window does, and waits until it is checked. */
export async function draftOf(engine: Engine, provider: ProviderId, rows: readonly ImportedRowInput[], fileHash = 'b'.repeat(64), fileName = 'Bảng lương T10.xlsx'): Promise<string> {
  const { batchId } = valueOf(
    await call(engine, 'batch.create', { provider, currency: providerRules[provider].currency, fileName, fileHash, sheet: 'Lương', headerSignature: 'ho va ten|so tai khoan', mapping: { ...sources }, amountFormat: 'auto', rowCount: rows.length }),
  );
  for (let from = 0; from < rows.length; from += 5000) valueOf(await call(engine, 'batch.addRows', { batchId, rows: rows.slice(from, from + 5000) }));
  await checked(engine, batchId);
  return batchId;
}

/** Asks for the draft until the engine has checked every row. */
export async function checked(engine: Engine, batchId: string) {
  for (;;) {
    const got = valueOf(await call(engine, 'batch.get', { batchId, limit: 0 }));
    if (!got.checking) return got;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The change Undo offers now, named by its step as the window sends it. */
export async function undoOffered(engine: Engine, batchId: string): Promise<{ kind: 'undo'; step: number }> {
  const offer = (await checked(engine, batchId)).undo;
  if (!offer) throw new Error('the draft offers nothing to undo');
  return { kind: 'undo', step: offer.step };
}

/** Every warning the draft offers acknowledged, as an accountant who checked them would. */
export async function acknowledgeWarnings(engine: Engine, batchId: string): Promise<void> {
  const { offers } = valueOf(await call(engine, 'batch.get', { batchId, limit: 0 }));
  for (const { code } of offers.warnings) valueOf(await call(engine, 'batch.edit', { batchId, change: { kind: 'acknowledgeAll', code } }));
}
