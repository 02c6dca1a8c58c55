import type { RuleContext, ProviderRules } from '../providers/rule-context.js';
import type { ReviewRow } from './review-row.js';
import type { DuplicateRule } from './duplicate-rule.js';
import type { Finding, IssueParams, ReviewIssue, WireFacts } from './review-types.js';

export type RowState = 'excluded' | 'error' | 'warning' | 'ok';

export type CheckedRow = ReviewRow & {
  readonly issues: readonly ReviewIssue[];
  readonly wire: WireFacts;
  readonly state: RowState;
};

/** Rows a duplicate warning names before it says how many more there are. */
const namedRepeats = 5;

/**
 * One row's findings as its issues will show them: those on a field the import already
 * explained (digits lost, amount unreadable) left out, and the state its issues give it.
 * checkOne words them; `paybatch validate --json` writes them as issues without making one.
 */
export type RowFindings = { readonly shown: readonly Finding[]; readonly wire: WireFacts; readonly state: RowState };

export function findingsOf(row: ReviewRow, rules: ProviderRules, context: RuleContext): RowFindings {
  const { findings, wire } = rules.check(row.payee, context);
  const entry = row.entryIssues;
  const shown = findings.length === 0 || entry.length === 0 ? findings : findings.filter((f) => f.field === null || !entry.some((i) => i.severity === 'error' && i.field === f.field));
  return { shown, wire, state: stateOfBoth(row, shown) };
}

/** One row against the provider's rules, without the cross-row duplicate check. */
export function checkOne(row: ReviewRow, rules: ProviderRules, context: RuleContext): CheckedRow {
  const { shown, wire, state } = findingsOf(row, rules, context);
  const entry = row.entryIssues;
  // map and concat size the array exactly; a spread leaves room to grow in every row's array.
  const found = shown.map((f) => toIssue(row, f));
  const issues: readonly ReviewIssue[] = found.length === 0 ? entry : entry.length === 0 ? found : entry.concat(found);
  return { row: row.row, payee: row.payee, sources: row.sources, entryIssues: row.entryIssues, excluded: row.excluded, acknowledged: row.acknowledged, issues, wire, state };
}

/** Where a duplicate group's rows are: their sheet rows and amounts, by index. */
export type GroupRows = { readonly rowAt: (index: number) => number; readonly amountAt: (index: number) => number };

/**
 * The row with its duplicate warning set to name `group`'s other rows (group: row indexes
 * sharing its key, in order), or removed when the group is empty. A row whose warning would
 * not change is returned as it is.
 */
export function withDuplicateIssue(row: CheckedRow, self: number, group: readonly number[], { rowAt, amountAt }: GroupRows, rule: DuplicateRule): CheckedRow {
  const had = row.issues.find((i) => i.code === rule.code);
  if (group.length < 2) return had ? withState({ ...row, issues: row.issues.filter((i) => i !== had) }) : row;
  const named: number[] = [];
  for (const index of group) {
    if (index === self) continue;
    if (named.length === namedRepeats) break;
    named.push(rowAt(index));
  }
  const others = group.length - 1;
  const { text, params } = rule.say({ payee: row.payee, rows: named.join(', '), others, more: others - named.length, total: () => group.reduce((sum, index) => sum + amountAt(index), 0) });
  const message = `Row ${row.row}: ${text}`;
  if (had?.message === message) return row;
  const kept = row.issues.filter((i) => i !== had);
  return withState({ ...row, issues: [...kept, { field: null, column: null, severity: 'warning', code: rule.code, message, params }] });
}

/** A finding's params for an issue on no column ("Row N: …"), made once per params object. */
const rowPlaced = new WeakMap<IssueParams, IssueParams>();

function atRow(params: IssueParams): IssueParams {
  let placed = rowPlaced.get(params);
  if (placed === undefined) {
    placed = { ...params, at: 'row' };
    rowPlaced.set(params, placed);
  }
  return placed;
}

function toIssue(row: ReviewRow, finding: Finding): ReviewIssue {
  const { field, severity, code, text, fix } = finding;
  const column = columnOf(row, finding);
  // Joined into one flat string: a template literal keeps every piece, the rule's sentence's
  // pieces too, as a chain of some ten string objects per row, and the garbage collector's
  // pauses while 100,000 rows are checked on the window's thread grow with the objects it
  // copies and marks, more than with their bytes.
  const message = (column ? ['Row ', String(row.row), ', column ', column, ': ', text] : ['Row ', String(row.row), ': ', text]).join('');
  const params = paramsOf(finding, column);
  // One literal per shape: adding `fix` to a copy puts it in a separate property store.
  return fix ? { field, column, severity, code, message, params, fix } : { field, column, severity, code, message, params };
}

/** The column a finding's issue names: its field's, or null for a field no column holds. */
export function columnOf(row: Pick<ReviewRow, 'sources'>, finding: Finding): string | null {
  return finding.field ? (row.sources[finding.field] ?? null) : null;
}

/**
 * A finding's issue's params: its own when the field has a column (shared by every row that
 * says the same); a field no column holds is a rule's constant sentence, whose row form is kept.
 */
export function paramsOf(finding: Finding, column: string | null): IssueParams {
  return column ? finding.params : atRow(finding.params);
}

function withState(row: Omit<CheckedRow, 'state'>): CheckedRow {
  return { ...row, state: stateOf(row) };
}

/** stateOf the row's entry issues and then `shown`'s, without joining them. */
function stateOfBoth(row: ReviewRow, shown: readonly Finding[]): RowState {
  const entry = stateOf({ excluded: row.excluded, issues: row.entryIssues, acknowledged: row.acknowledged });
  if (entry === 'excluded' || entry === 'error' || shown.length === 0) return entry;
  const found = stateOf({ excluded: false, issues: shown, acknowledged: row.acknowledged });
  return found === 'ok' ? entry : found;
}

export function stateOf(row: Pick<CheckedRow, 'excluded' | 'acknowledged'> & { readonly issues: readonly Pick<ReviewIssue, 'severity' | 'code'>[] }): RowState {
  if (row.excluded) return 'excluded';
  let state: RowState = 'ok';
  for (const issue of row.issues) {
    if (issue.severity === 'error') return 'error';
    if (issue.severity === 'warning' && !row.acknowledged.includes(issue.code)) state = 'warning';
  }
  return state;
}
