import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Translator } from '../../shared/i18n/translator.js';
import type { ReportFormat } from '../../shared/reports/report-contract.js';
import { writeFileAtomically } from '../engine/reports/write-file-atomically.js';
import type { CliIo } from './cli-io.js';
import { cliTranslator } from './cli-language.js';
import { batchIdFrom } from './send/batch-id-from.js';
import { ask, openCliEngine } from './send/cli-engine.js';
import { UsageError } from './usage-error.js';

const options = { out: { type: 'string', short: 'o' }, 'data-dir': { type: 'string' }, json: { type: 'boolean' } } as const;

/**
 * `paybatch report BATCH --out FILE.xlsx|FILE.csv`: a batch's result report (any unique start
 * of its id will do), in the format the file's extension names and in the reader's language,
 * written atomically: a file already there is replaced whole or left as it was.
 */
export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  const tr = cliTranslator();
  const given = positionals[0];
  const out = values.out;
  if (given === undefined || out === undefined || out === '' || positionals.length > 1) throw said(tr.t('report.cli.usage'));
  const format = formatOf(out);
  if (!format) throw said(tr.t('report.cli.extension', { file: out }));
  const target = resolve(out);
  // Before the engine is opened: a report that cannot be written is not made.
  await checkWritable(target, tr);

  const engine = await openCliEngine(values['data-dir'], 'paybatch report');
  try {
    const batchId = await batchIdFrom(engine, given);
    const made = await ask(engine, 'report.export', { batchId, format, language: tr.language });
    try {
      await writeFileAtomically(target, Buffer.from(made.base64, 'base64'));
    } catch (error) {
      throw writeFailure(error, target, tr);
    }
    if (values.json) io.stdout.write(`${JSON.stringify({ batchId, file: target, format, rows: made.rows }, null, 2)}\n`);
    else io.stdout.write(`${tr.t('report.cli.written', { batch: batchId.slice(0, 8), rows: made.rows, file: target })}\n`);
    return 0;
  } finally {
    await engine.close();
  }
}

/** The format a file's extension names (in any case), or null. */
export function formatOf(file: string): ReportFormat | null {
  const extension = extname(file).toLowerCase();
  return extension === '.xlsx' ? 'xlsx' : extension === '.csv' ? 'csv' : null;
}

/** A sentence already in the reader's language, printed as it is (exit 2). */
function said(text: string): UsageError {
  return new UsageError(null, {}, text);
}

/** The folder must exist and take new files, and the name must not be a folder's. */
async function checkWritable(target: string, tr: Translator): Promise<void> {
  const folder = dirname(target);
  const found = await stat(folder).catch(() => null);
  if (!found?.isDirectory()) throw said(tr.t('report.cli.noFolder', { folder }));
  if ((await stat(target).catch(() => null))?.isDirectory()) throw said(tr.t('report.cli.isFolder', { file: target }));
  try {
    await access(folder, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw said(tr.t('report.cli.notWritable', { folder, problem: codeOf(error) }));
  }
}

function writeFailure(error: unknown, target: string, tr: Translator): UsageError {
  const code = codeOf(error);
  if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST') return said(tr.t('report.cli.isFolder', { file: target }));
  // The folder took files a moment ago: what fails now is this file (on Windows, one open in Excel).
  return said(tr.t('report.cli.notWritten', { file: target, problem: code }));
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}
