import type { PayeeField, RowIssue } from '../import/model.js';
import type { RuleContext, ProviderRules } from '../providers/rule-context.js';
import { findDuplicates } from './find-duplicates.js';
import type { ReviewRow } from './review-row.js';
import type { Finding, ReviewIssue, WireFacts } from './review-types.js';

export type RowState = 'excluded' | 'error' | 'warning' | 'ok';

export type CheckedRow = ReviewRow & {
  readonly issues: readonly ReviewIssue[];
  readonly wire: WireFacts;
  readonly state: RowState;
};

export const duplicateCode = 'duplicate_payee';

/**
 * Every row against the provider's rules, plus the cross-row duplicate check. A row is
 * 'warning' only while it has warnings the accountant has not acknowledged.
 */
export function checkRows(rows: readonly ReviewRow[], rules: ProviderRules, context: RuleContext): CheckedRow[] {
  return withDuplicates(
    rows.map((row) => checkOne(row, rules, context)),
    rules.usesBank,
  );
}

/**
 * The cross-row check on rows already checked one by one: duplicate warnings are recomputed
 * from scratch (an edit can make or end a duplicate anywhere), rows that did not change keep
 * their object so a grid re-renders only what changed.
 */
export function withDuplicates(rows: readonly CheckedRow[], usesBank: boolean): CheckedRow[] {
  const duplicates = findDuplicates(rows, usesBank);
  return rows.map((row, index) => {
    const repeats = duplicates.get(index);
    const had = row.issues.find((i) => i.code === duplicateCode);
    if (!repeats) return had ? withState({ ...row, issues: row.issues.filter((i) => i.code !== duplicateCode) }) : row;
    const text = `the same ${usesBank ? 'account, bank' : 'phone'} and amount as row${repeats.length > 1 ? 's' : ''} ${repeats.join(', ')}. If every payment is meant, acknowledge this warning; otherwise exclude the extra row.`;
    const message = `Row ${row.row}: ${text}`;
    if (had?.message === message) return row;
    const others = row.issues.filter((i) => i.code !== duplicateCode);
    return withState({ ...row, issues: [...others, { field: null, column: null, severity: 'warning', code: duplicateCode, message }] });
  });
}

export function checkOne(row: ReviewRow, rules: ProviderRules, context: RuleContext): CheckedRow {
  const { findings, wire } = rules.check(row.payee, context);
  // A field the import already explained (digits lost, amount unreadable) is not explained twice.
  const explained = new Set<PayeeField | null>(row.entryIssues.filter((i) => i.severity === 'error').map((i) => i.field));
  const issues: ReviewIssue[] = [...row.entryIssues];
  for (const finding of findings) {
    if (finding.field !== null && explained.has(finding.field)) continue;
    issues.push(toIssue(row, finding));
  }
  return withState({ ...row, issues, wire, state: 'ok' });
}

function toIssue(row: ReviewRow, finding: Finding): ReviewIssue {
  const column = finding.field ? (row.sources[finding.field] ?? null) : null;
  const issue: RowIssue = { field: finding.field, column, severity: finding.severity, code: finding.code, message: `Row ${row.row}${column ? `, column ${column}` : ''}: ${finding.text}` };
  return finding.fix ? { ...issue, fix: finding.fix } : issue;
}

function withState(row: Omit<CheckedRow, 'state'> & { state?: RowState }): CheckedRow {
  return { ...row, state: stateOf(row) };
}

export function stateOf(row: Pick<CheckedRow, 'excluded' | 'issues' | 'acknowledged'>): RowState {
  if (row.excluded) return 'excluded';
  if (row.issues.some((i) => i.severity === 'error')) return 'error';
  if (row.issues.some((i) => i.severity === 'warning' && !row.acknowledged.includes(i.code))) return 'warning';
  return 'ok';
}
