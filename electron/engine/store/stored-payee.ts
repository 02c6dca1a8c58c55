import type { ImportedRow, Payee } from '../../../shared/import/model.js';

/** Fields a payee stored by an earlier version may lack: what they meant then. */
const addedSince = { transactionId: null, refundFee: null } as const;

/** A payee as stored (batch_row.payee_json), whichever version wrote it. */
export function storedPayee(json: string): Payee {
  return { ...addedSince, ...(JSON.parse(json) as Payee) };
}

/** A draft row as stored (draft_row.imported_json), whichever version wrote it. */
export function storedImportedRow(json: string): ImportedRow {
  const row = JSON.parse(json) as ImportedRow;
  const payee: Partial<Payee> = row.payee;
  return payee.transactionId !== undefined ? row : { ...row, payee: { ...addedSince, ...row.payee } };
}
