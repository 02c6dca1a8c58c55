import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import type { ImportResult } from '../../shared/import/import-file.js';
import type { ProviderId } from '../../shared/providers/provider-ids.js';
import { bankResolverFor, rulesFor } from '../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../shared/providers/default-rule-limits.js';
import type { RuleLimits } from '../../shared/providers/rule-limits.js';
import type { CheckedRow, RowFindings } from '../../shared/review/check-rows.js';
import { checkedInOrder, findingsInOrder } from '../../shared/review/checked-in-order.js';
import { reviewRowOf, type ReviewRow } from '../../shared/review/review-row.js';
import { defaultDataDir } from '../engine/default-data-dir.js';
import type { CliIo } from './cli-io.js';
import { findingsRowJson } from './finding-json.js';
import { rowJsonParts, writeImportFacts } from './import-report-json.js';
import { importWith, inspectOptions } from './inspect-command.js';
import type { JsonBytes } from './json-bytes.js';
import { writeJsonObject } from './json-stream.js';
import { operationOption } from './operation-option.js';
import { providerOption } from './provider-option.js';
import { UsageError } from './usage-error.js';

const validateOptions = { ...inspectOptions, provider: { type: 'string' }, 'data-dir': { type: 'string' } } as const;

/**
 * `paybatch validate FILE --provider P [--operation refund]`: the import, checked offline
 * against the provider's rules for that operation (a refund sheet against its refund rules).
 */
export async function runValidate(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: validateOptions, allowPositionals: true, strict: true });
  const provider = providerOption(values.provider);
  const operation = operationOption(values.operation, provider);
  const rules = rulesFor(provider, operation);
  const { result, json } = await importWith({ ...values, operation, currency: values.currency ?? rules.currency }, positionals[0]);
  if (result.currency !== rules.currency) throw new UsageError('cli.validate.currency', { name: rules.name, currency: rules.currency, given: result.currency });

  const context = { limits: await limitsFor(provider, values['data-dir']), resolveBank: bankResolverFor(provider) };
  const reviewRows = result.rows.map(reviewRowOf);
  // Counted as the rows go by: the JSON report never holds every row's issues at once.
  const tally = { rows: 0, invalid: 0, warnings: 0, total: 0 };
  const count = (row: CheckedRow): void => {
    tally.rows += 1;
    if (row.state === 'error') tally.invalid += 1;
    if (row.issues.some((i) => i.severity === 'warning')) tally.warnings += 1;
    tally.total += row.payee.amount ?? 0;
  };
  const countFindings = (row: ReviewRow, { state, shown }: RowFindings): void => {
    tally.rows += 1;
    if (state === 'error') tally.invalid += 1;
    if (row.entryIssues.some((i) => i.severity === 'warning') || shown.some((f) => f.severity === 'warning')) tally.warnings += 1;
    tally.total += row.payee.amount ?? 0;
  };
  if (json) {
    // Every object made from here on lives for one row. V8 moves an allocation site's objects
    // straight to the old generation when one young collection finds most of them alive, and
    // now and then (a run in five) a collection met hundreds of rows' issues still in the
    // making: from then on each row's garbage went old, and the peak rose from 200 to 350 MB.
    // The import's sites keep the decisions already made.
    setFlagsFromString('--no-allocation-site-pretenuring');
    // inspect's report with each row's rule issues and wire facts, then the provider and a summary.
    const report = writeJsonObject(io.stdout);
    await writeImportFacts(report, result);
    const rowJson = checkedRowJson();
    const findingsJson = findingsRowJson();
    await report.list('rows', findingsInOrder(reviewRows, rules, context), (item, out) => {
      if (item.checked === null) {
        countFindings(item.row, item.findings);
        findingsJson(item.row, item.findings, out);
      } else {
        count(item.checked);
        rowJson(item.checked, out);
      }
    });
    await report.field('provider', provider);
    await report.field('operation', operation);
    const { rows, invalid, warnings, total } = tally;
    await report.field('summary', { rows, valid: rows - invalid, invalid, warnings, currency: rules.currency, total });
    await report.end();
  } else {
    const checked = [...checkedInOrder(reviewRows, rules, context)];
    checked.forEach(count);
    const [{ cliTranslator }, { formatImportTable }] = await Promise.all([import('./cli-language.js'), import('./format-import-table.js')]);
    const tr = cliTranslator();
    io.stdout.write(formatImportTable({ ...result, rows: checked.map((r) => ({ row: r.row, payee: r.payee, sources: r.sources, issues: r.issues })) } satisfies ImportResult, tr, operation));
    const name = operation === 'refund' ? tr.t('refund.providerOperation', { provider: rules.name, operation: tr.t('operation.refund') }) : rules.name;
    io.stdout.write(`\n${tr.t('cli.validate.summary', { name, valid: tally.rows - tally.invalid, errors: tally.invalid, warnings: tally.warnings })}\n`);
  }
  return tally.invalid > 0 ? 1 : 0;
}

/** A checked row as JSON.stringify({ row, payee, bankCode, accountType, sources, issues }) writes it. */
export function checkedRowJson(): (row: CheckedRow, out: JsonBytes) => void {
  const parts = rowJsonParts();
  return (r, out) => {
    parts.checkedHead(r.row, r.payee, r.wire, out);
    parts.sourcesAndIssues(r.sources, r.issues, out);
  };
}

/** Stored channel limits when the data folder has them; the published defaults otherwise. */
async function limitsFor(provider: ProviderId, dataDir: string | undefined): Promise<RuleLimits> {
  const file = join(dataDir ?? defaultDataDir(), 'paybatch.sqlite');
  if (!existsSync(file)) return { ...defaultRuleLimits[provider] };
  // SQLite is loaded only when there is a database to read.
  const [{ openDatabase }, { createLimitsStore }] = await Promise.all([import('../engine/store/database.js'), import('../engine/store/limits-store.js')]);
  const db = openDatabase(file);
  try {
    return createLimitsStore(db).get(provider);
  } finally {
    db.close();
  }
}
