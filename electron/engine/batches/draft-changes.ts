import type { BatchChange } from '../../../shared/batches/batch-contract.js';
import type { AmountFormat, Currency, Payee, PayeeField } from '../../../shared/import/model.js';
import type { CheckedRow } from '../../../shared/review/check-rows.js';
import { editRow } from '../../../shared/review/edit-row.js';
import type { ReviewRow } from '../../../shared/review/review-row.js';
import { EngineError } from '../engine-error.js';
import type { RowDelta, StoredChange } from './draft-store.js';

/** A change worked out over the rows, not yet applied: each row's next state and the record of it. */
export type PlannedChange = { readonly index: number; readonly next: ReviewRow; readonly record: StoredChange };

/** Rows a bulk change may touch: included ones (an excluded row is out of the batch). */
type Rows = readonly CheckedRow[];

/**
 * What `change` does to which rows, as the rows are now. Single-row changes that no longer fit
 * the row (a fix the row no longer offers) are refused rather than guessed at.
 */
export function planChange(change: Exclude<BatchChange, { kind: 'undo' }>, rows: Rows, currency: Currency, amountFormat: AmountFormat): PlannedChange[] {
  const one = (index: number): CheckedRow => {
    const row = rows[index];
    if (!row) throw new EngineError('not_found', `This batch has no row number ${index + 1}.`, undefined, { reason: 'no_such_row', row: index + 1 });
    return row;
  };
  const plan: PlannedChange[] = [];
  const add = (index: number, row: CheckedRow, next: ReviewRow, field: PayeeField | null): void => {
    plan.push({ index, next, record: { index, field, before: deltaOf(row, next, field, 'before'), after: deltaOf(row, next, field, 'after') } });
  };
  switch (change.kind) {
    case 'set': {
      const row = one(change.index);
      const next = editRow(row, change.field, change.text, currency, amountFormat);
      // A typed amount that cannot be read is refused, not saved as an empty amount: the cell
      // keeps what it had, and the accountant is told why at once.
      const unread = (change.field === 'amount' || change.field === 'refundFee') && next.payee[change.field] === null && change.text.trim() !== '' ? next.entryIssues.find((i) => i.field === change.field) : undefined;
      if (unread) {
        const example = currency === 'THB' ? '1,234.50' : '1.500.000';
        throw new EngineError('refused', `Row ${row.row}: "${change.text.trim()}" cannot be read as an amount in ${currency} (type it like ${example}). The amount was not changed.`, unread.message, { reason: 'typed_amount_unreadable', row: row.row, written: change.text.trim(), currency, example });
      }
      // Leaving a cell as it was is no change: what the import said about it (an account
      // number Excel stored as a number) stays to be looked at.
      if (next.payee[change.field] === row.payee[change.field]) break;
      add(change.index, row, next, change.field);
      break;
    }
    case 'fix': {
      const row = one(change.index);
      const fix = row.issues.find((i) => i.field === change.field && i.fix?.kind === change.fix)?.fix;
      if (!fix) throw new EngineError('refused', `Row ${row.row} no longer needs this fix: it was changed since. Look at the row again.`, undefined, { reason: 'fix_outdated', row: row.row });
      add(change.index, row, editRow(row, change.field, fix.value, currency, amountFormat), change.field);
      break;
    }
    case 'exclude': {
      const row = one(change.index);
      if (row.excluded !== change.excluded) add(change.index, row, { ...row, excluded: change.excluded }, null);
      break;
    }
    case 'acknowledge': {
      const row = one(change.index);
      if (!row.issues.some((i) => i.code === change.code && i.severity === 'warning')) throw new EngineError('refused', `Row ${row.row} has no such warning to acknowledge now.`, undefined, { reason: 'no_warning_to_acknowledge', row: row.row });
      if (!row.acknowledged.includes(change.code)) add(change.index, row, { ...row, acknowledged: [...row.acknowledged, change.code] }, null);
      break;
    }
    case 'fixAll':
      rows.forEach((row, index) => {
        if (row.excluded) return;
        const fix = row.issues.find((i) => i.field === change.field && i.fix?.kind === change.fix)?.fix;
        if (fix) add(index, row, editRow(row, change.field, fix.value, currency, amountFormat), change.field);
      });
      break;
    case 'acknowledgeAll':
      rows.forEach((row, index) => {
        if (!row.excluded && !row.acknowledged.includes(change.code) && row.issues.some((i) => i.code === change.code && i.severity === 'warning')) {
          add(index, row, { ...row, acknowledged: [...row.acknowledged, change.code] }, null);
        }
      });
      break;
    case 'excludeAll':
      rows.forEach((row, index) => {
        const fits = change.code === null ? row.state === 'error' : row.issues.some((i) => i.code === change.code);
        if (!row.excluded && fits) add(index, row, { ...row, excluded: true }, null);
      });
      break;
  }
  return plan;
}

/** The part of a row a change touched, as it was (`before`) or became (`after`). */
function deltaOf(row: ReviewRow, next: ReviewRow, field: PayeeField | null, side: 'before' | 'after'): RowDelta {
  const from = side === 'before' ? row : next;
  // A payee field's value is one of the payee's own; the computed key loses that to TypeScript.
  const payee = field ? ({ [field]: from.payee[field] } as Partial<Payee>) : null;
  // The import's issues only when the change moved them: a bulk fix of names leaves them as
  // they were on every row, and writing them twice per row was a quarter of its step.
  const issuesMoved = !sameIssues(row.entryIssues, next.entryIssues);
  return {
    ...(payee ? { payee, ...(issuesMoved ? { entryIssues: from.entryIssues } : {}) } : {}),
    ...(row.excluded === next.excluded ? {} : { excluded: from.excluded }),
    ...(row.acknowledged === next.acknowledged ? {} : { acknowledged: from.acknowledged }),
  };
}

function sameIssues(a: ReviewRow['entryIssues'], b: ReviewRow['entryIssues']): boolean {
  return a === b || (a.length === b.length && a.every((issue, i) => issue === b[i]));
}

/** `row` with `delta` laid over it: how undo puts a row back. */
export function withDelta(row: ReviewRow, delta: RowDelta): ReviewRow {
  return {
    ...row,
    ...(delta.payee ? { payee: { ...row.payee, ...delta.payee } } : {}),
    ...(delta.entryIssues ? { entryIssues: delta.entryIssues } : {}),
    ...(delta.excluded === undefined ? {} : { excluded: delta.excluded }),
    ...(delta.acknowledged ? { acknowledged: delta.acknowledged } : {}),
  };
}

/** A value as the preview shows it: what the cell said before and after. */
export function shown(value: Payee[PayeeField] | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}
