import type { ReviewRowView, RowFilter } from '../../../shared/batches/batch-contract.js';
import { payeeFields, type Payee } from '../../../shared/import/model.js';
import type { CheckedRow } from '../../../shared/review/check-rows.js';
import type { StoredRow } from './draft-store.js';

type Imported = StoredRow['imported'];

/** A checked row as Review shows it, with the import's value beside each field the accountant changed. */
export function viewOf(index: number, row: CheckedRow, imported: Imported | undefined): ReviewRowView {
  const original: Partial<Record<keyof Payee, string | number | null>> = {};
  if (imported && imported.payee !== row.payee) {
    for (const field of payeeFields) {
      if (row.payee[field] === imported.payee[field]) continue;
      // A cell the import could not read was not empty: it is shown as it was written.
      const written = imported.issues.find((i) => i.field === field && typeof i.params?.['written'] === 'string')?.params?.['written'];
      original[field] = imported.payee[field] ?? written ?? null;
    }
  }
  return {
    index,
    row: row.row,
    payee: row.payee,
    sources: row.sources,
    issues: row.issues.map((i) => ({ ...i })),
    excluded: row.excluded,
    acknowledged: [...row.acknowledged],
    state: row.state,
    original,
    written: writtenOf(row),
  };
}

/** What a cell said where it could not be read, from the issue that says so. */
function writtenOf(row: CheckedRow): Partial<Record<keyof Payee, string>> {
  const written: Partial<Record<keyof Payee, string>> = {};
  for (const issue of row.issues) {
    const text = issue.params?.['written'];
    if (issue.field && typeof text === 'string') written[issue.field] = text;
  }
  return written;
}

export function isEdited(row: CheckedRow, imported: Imported | undefined): boolean {
  if (!imported || imported.payee === row.payee) return false;
  return payeeFields.some((field) => row.payee[field] !== imported.payee[field]);
}

/** Does `row` belong under `filter`? */
export function matcherOf(filter: RowFilter, importedAt: (index: number) => Imported | undefined): (row: CheckedRow, index: number) => boolean {
  if (typeof filter === 'object') return (row) => !row.excluded && row.issues.some((i) => i.code === filter.code);
  switch (filter) {
    case 'all':
      return () => true;
    case 'problems':
      return (row) => row.state === 'error' || row.state === 'warning';
    case 'errors':
      return (row) => row.state === 'error';
    case 'warnings':
      return (row) => row.state === 'warning';
    case 'excluded':
      return (row) => row.state === 'excluded';
    case 'edited':
      return (row, index) => isEdited(row, importedAt(index));
  }
}
