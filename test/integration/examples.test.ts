import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMinor } from '../../shared/import/format-amount.js';
import { importFile, readSheet, type ImportResult } from '../../shared/import/import-file.js';
import type { PayeeField } from '../../shared/import/model.js';
import { cellText } from '../../shared/import/raw-sheet.js';
import { readWorkbookSax } from '../../shared/import/xlsx/read-workbook-sax.js';
import { defaultRuleLimits } from '../../shared/providers/default-rule-limits.js';
import type { Operation } from '../../shared/providers/operations.js';
import type { ProviderId } from '../../shared/providers/provider-ids.js';
import { bankResolverFor, rulesFor } from '../../shared/providers/provider-rules.js';
import type { ProviderRules, RuleContext } from '../../shared/providers/rule-context.js';
import type { CheckedRow } from '../../shared/review/check-rows.js';
import { editRow } from '../../shared/review/edit-row.js';
import { reviewRowOf, type ReviewRow } from '../../shared/review/review-row.js';
import { checkRows } from '../../shared/review/review-state.js';
import { summarize } from '../../shared/review/review-summary.js';
import { repoRoot } from '../support/paybatch-process.js';
import { useTempDir } from '../support/temp-dir.js';

/**
 * The sample payrolls of Practice mode (examples/), and the sample refund sheet, read as the app
 * reads them and checked against their provider's rules for their operation: every row read,
 * exactly the problem rows examples/README.md lists, each put right by what the README says
 * (Review's one-click fix, acknowledging a warning, a small edit, or excluding a row pasted
 * twice), and the totals it states.
 */
const examples = join(repoRoot, 'examples');
const tempDir = useTempDir();

/** How Review puts a problem row right. */
type Resolution =
  | { readonly by: 'fix' }
  | { readonly by: 'acknowledge' }
  | { readonly by: 'edit'; readonly field: PayeeField; readonly text: string }
  | { readonly by: 'exclude' }
  /** A duplicate's first row: its warning goes when `row`, the copy, is excluded. */
  | { readonly by: 'excluding'; readonly row: number };

type Problem = { readonly codes: readonly string[]; readonly resolution: Resolution; readonly params?: Readonly<Record<string, string>> };

type Example = {
  readonly file: string;
  readonly provider: ProviderId;
  /** What the sheet is imported and checked as: payouts unless it says (a refund sheet). */
  readonly operation?: Operation;
  /** The first and last payee rows; every row between is one. */
  readonly rows: readonly [number, number];
  readonly leftOut: ReadonlyArray<readonly [number, string]>;
  /** Minor units: the rows as written, and what the batch pays once the problems are put right. */
  readonly total: number;
  readonly batchTotal: number;
  readonly problems: Readonly<Record<number, Problem>>;
  /** Cells Excel kept as numbers that still read without a question: [row, field, what it reads as]. */
  readonly numberCells?: ReadonlyArray<readonly [number, PayeeField, string]>;
};

const acknowledge = { by: 'acknowledge' } as const;
const fix = { by: 'fix' } as const;
const edit = (field: PayeeField, text: string): Resolution => ({ by: 'edit', field, text });

const cases: readonly Example[] = [
  {
    file: 'hitechpay-payroll.csv',
    provider: 'hitechpay',
    rows: [5, 32],
    leftOut: [
      [33, 'totals_row'],
      [35, 'below_totals'],
    ],
    total: 189_650_000,
    batchTotal: 184_400_000,
    problems: {
      14: { codes: ['phone_leading_zero_restored'], resolution: acknowledge },
      20: { codes: ['phone_unusual', 'phone_format'], resolution: edit('phone', '0389 527 314') },
      21: { codes: ['duplicate_payee'], resolution: { by: 'excluding', row: 31 } },
      31: { codes: ['duplicate_payee'], resolution: { by: 'exclude' } },
    },
  },
  {
    file: 'smilepayz-payroll.xlsx',
    provider: 'smilepayz',
    rows: [6, 35],
    leftOut: [],
    total: 81_985_000,
    batchTotal: 81_985_000,
    problems: {
      18: { codes: ['bank_unknown'], params: { closest: 'VietinBank' }, resolution: edit('bank', 'VietinBank') },
      21: { codes: ['phone_leading_zero_restored'], resolution: acknowledge },
      26: { codes: ['email_invalid'], resolution: edit('email', 'thao.ctv@saoviet.example') },
      29: { codes: ['description_too_long'], resolution: edit('description', 'Hoa hồng CTV tháng 11/2026') },
    },
  },
  {
    file: 'appotapay-payroll.xlsx',
    provider: 'appotapay',
    rows: [6, 39],
    leftOut: [
      [40, 'totals_row'],
      [42, 'below_totals'],
      [46, 'below_totals'],
    ],
    total: 736_300_000,
    batchTotal: 736_300_000,
    problems: {
      13: { codes: ['account_chars'], resolution: edit('accountNo', '19036712345018') },
      19: { codes: ['account_name_chars'], resolution: fix },
      25: { codes: ['message_chars'], resolution: fix },
    },
  },
  {
    file: 'haipay-payroll.csv',
    provider: 'haipay',
    rows: [5, 28],
    leftOut: [[29, 'totals_row']],
    total: 60_230_250,
    batchTotal: 60_230_250,
    problems: {
      11: { codes: ['phone_leading_zero_restored'], resolution: acknowledge },
      16: { codes: ['name_chars'], resolution: edit('name', 'Somsri Jaidee') },
      18: { codes: ['bank_unknown'], params: { closest: 'Siam Commercial Bank' }, resolution: edit('bank', 'SCB') },
      22: { codes: ['account_chars'], resolution: edit('accountNo', '6782419350') },
    },
  },
  {
    file: 'hitechpay-refunds.xlsx',
    provider: 'hitechpay',
    operation: 'refund',
    rows: [5, 24],
    leftOut: [[25, 'totals_row']],
    total: 94_940_000,
    batchTotal: 94_940_000,
    problems: {
      9: { codes: ['refund_repeated'], params: { transaction: '261106000274651', total: '5,250,000 VND' }, resolution: acknowledge },
      10: { codes: ['refund_repeated'], params: { transaction: '261106000274651', total: '5,250,000 VND' }, resolution: acknowledge },
      14: { codes: ['transaction_format'], resolution: edit('transactionId', '261110000529841') },
      16: { codes: ['refund_fee_not_below_amount'], resolution: edit('refundFee', '85.000') },
    },
    numberCells: [[13, 'transactionId', '261109000647318']],
  },
];

function rulesOf(example: Example): ProviderRules {
  return rulesFor(example.provider, example.operation ?? 'payout');
}

/**
 * A sample file read as the app reads it (the SAX workbook reader of the window's worker and
 * `paybatch validate`), as a payroll or a refund sheet, in the provider's currency.
 */
async function importExample(example: Example, folder = examples): Promise<ImportResult> {
  const bytes = readFileSync(join(folder, example.file));
  const options = { currency: rulesOf(example).currency, ...(example.operation ? { operation: example.operation } : {}) };
  return importFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), example.file, options, readWorkbookSax);
}

/** As `paybatch validate` checks a file (validate-command.ts): its provider's rules for its operation, with the published limits. */
async function imported(example: Example): Promise<{ result: ImportResult; rows: ReviewRow[]; checked: CheckedRow[] }> {
  const result = await importExample(example);
  const rows = result.rows.map(reviewRowOf);
  return { result, rows, checked: checkRows(rows, rulesOf(example), contextOf(example.provider)) };
}

function contextOf(provider: ProviderId): RuleContext {
  return { limits: defaultRuleLimits[provider], resolveBank: bankResolverFor(provider) };
}

/** Each row as the accountant leaves it after doing what the README says. */
function resolved(example: Example, result: ImportResult, rows: readonly ReviewRow[], checked: readonly CheckedRow[]): ReviewRow[] {
  return rows.map((row, index) => {
    const resolution = example.problems[row.row]?.resolution;
    const issues = checked[index]?.issues ?? [];
    switch (resolution?.by) {
      case undefined:
      case 'excluding':
        return row;
      case 'exclude':
        return { ...row, excluded: true };
      case 'acknowledge':
        return { ...row, acknowledged: issues.map((i) => i.code) };
      case 'edit':
        return editRow(row, resolution.field, resolution.text, result.currency, result.amountFormat);
      case 'fix':
        // As the engine applies a fix (draft-changes.ts): the fix's value typed into its field.
        return issues.reduce((fixed, issue) => (issue.fix && issue.field ? editRow(fixed, issue.field, issue.fix.value, result.currency, result.amountFormat) : fixed), row);
    }
  });
}

/** examples/README.md's paragraph for a file. */
function readmeSection(file: string): string {
  const readme = readFileSync(join(examples, 'README.md'), 'utf8');
  const start = readme.indexOf(`### ${file}\n`);
  if (start < 0) throw new Error(`examples/README.md has no section for ${file}`);
  const end = readme.indexOf('\n### ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe.each(cases.map((example) => [example.file, example.provider, example] as const))('examples/%s (%s)', (_file, provider, example) => {
  const rules = rulesOf(example);
  const currency = rules.currency;

  it('reads every numbered row of the sheet as a payee and leaves out only the totals and signatures', async () => {
    const { result } = await imported(example);
    const [first, last] = example.rows;
    expect(result.rows.map((r) => r.row)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    expect(result.excludedRows.map((r) => [r.row, r.code])).toEqual(example.leftOut);
    // Counted apart from the import: the rows whose first cell is the sheet's own number (STT, ลำดับ), 1 to N.
    const bytes = readFileSync(join(examples, example.file));
    const { sheet } = await readSheet(new Uint8Array(bytes), example.file, {}, readWorkbookSax);
    const numbered = sheet.rows.flatMap((cells, index) => (/^\d+$/.test(cellText(cells?.[0]).trim()) ? [[index + 1, Number(cellText(cells?.[0]))]] : []));
    expect(numbered).toEqual(result.rows.map((r, i) => [r.row, i + 1]));
    expect(result.rows.length).toBeGreaterThanOrEqual(20);
    expect(result.rows.length).toBeLessThanOrEqual(40);
    // The cells Excel kept as numbers the README names are numbers in the file, and read whole.
    for (const [row, field, reads] of example.numberCells ?? []) {
      const column = result.columns.find((c) => c.header === result.mapping[field]);
      const cell = sheet.rows[row - 1]?.[column?.index ?? -1];
      expect(typeof cell === 'object' && cell !== null && cell.kind === 'number', `row ${row}: a number cell`).toBe(true);
      expect(result.rows.find((r) => r.row === row)?.payee[field], `row ${row}`).toBe(reads);
    }
  });

  it('has exactly the problem rows the README lists, each with the problem it says', async () => {
    const { checked } = await imported(example);
    const found = Object.fromEntries(checked.filter((r) => r.issues.length > 0).map((r) => [r.row, r.issues.map((i) => i.code)]));
    expect(found).toEqual(Object.fromEntries(Object.entries(example.problems).map(([row, p]) => [row, p.codes])));
    for (const [row, problem] of Object.entries(example.problems)) {
      if (!problem.params) continue;
      const issue = checked.find((r) => r.row === Number(row))?.issues.find((i) => i.code === problem.codes[0]);
      expect(issue?.params, `row ${row}`).toMatchObject(problem.params);
    }
    const listed = [...readmeSection(example.file).matchAll(/\*\*row (\d+)\*\*/g)].map((m) => Number(m[1]));
    expect(listed).toEqual(Object.keys(example.problems).map(Number));
  });

  it('puts every problem right the way the README says: one click, or a small edit', async () => {
    const { result, rows, checked } = await imported(example);
    const section = readmeSection(example.file);
    for (const row of checked) {
      const resolution = example.problems[row.row]?.resolution;
      if (resolution === undefined) continue;
      const where = `row ${row.row}`;
      if (resolution.by === 'fix') expect(row.issues.every((i) => i.fix !== undefined), where).toBe(true);
      if (resolution.by === 'acknowledge') expect(row.issues.every((i) => i.severity === 'warning'), where).toBe(true);
      if (resolution.by === 'exclude' || resolution.by === 'excluding') expect(row.issues.map((i) => i.severity), where).toEqual(['warning']);
      if (resolution.by === 'edit') {
        expect(row.issues.some((i) => i.fix !== undefined), `${where}: a fix is offered, so it is one click`).toBe(false);
        expect(section, `${where}: the README gives the value to type`).toContain(resolution.text);
      }
    }
    const after = checkRows(resolved(example, result, rows, checked), rules, contextOf(provider));
    const left = after.filter((r) => r.state !== 'ok' && r.state !== 'excluded').map((r) => [r.row, r.issues.map((i) => i.message)]);
    expect(left).toEqual([]);
    expect(summarize(after, currency)).toMatchObject({ errors: 0, warnings: 0, total: example.batchTotal, blocker: null });
  });

  it('adds up to the totals the README states, and the sheet’s own totals line agrees', async () => {
    const { result } = await imported(example);
    expect(result.rows.reduce((sum, r) => sum + (r.payee.amount ?? 0), 0)).toBe(example.total);
    // A totals line that disagreed with the rows would carry both amounts.
    for (const excluded of result.excludedRows) expect(excluded.params).not.toHaveProperty('stated');
    const section = readmeSection(example.file);
    expect(section).toContain(formatMinor(example.total, currency));
    expect(section).toContain(formatMinor(example.batchTotal, currency));
  });
});

describe('examples/make-examples.ts', () => {
  it('writes the files committed beside it', async () => {
    const out = tempDir();
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(examples, 'make-examples.ts'), out], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    for (const example of cases) {
      const { file } = example;
      if (file.endsWith('.csv')) {
        expect(readFileSync(join(out, file)).equals(readFileSync(join(examples, file))), file).toBe(true);
        continue;
      }
      // A workbook's zip entries carry the time it was written: its content is compared, read as the app reads it.
      const [made, committed] = await Promise.all([importExample(example, out), importExample(example)]);
      expect(made, file).toEqual(committed);
    }
  });
});
