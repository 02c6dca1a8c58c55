import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { textEncodings, type TextEncoding } from '../../shared/import/decode-text.js';
import { ImportFailure } from '../../shared/import/import-failure.js';
import { importFile, type ImportOptions, type ImportResult } from '../../shared/import/import-file.js';
import { fileTooLarge, maxFileBytes } from '../../shared/import/import-limits.js';
import type { AmountFormat, Currency } from '../../shared/import/model.js';
import type { WorkbookReader } from '../../shared/import/workbook-read.js';
import type { Operation } from '../../shared/providers/operations.js';
import type { CliIo } from './cli-io.js';
import { importedRowJson, writeImportFacts } from './import-report-json.js';
import { writeJsonObject } from './json-stream.js';
import { operationOption } from './operation-option.js';
import { providerOption } from './provider-option.js';
import { UsageError } from './usage-error.js';

export const inspectOptions = {
  sheet: { type: 'string' },
  mapping: { type: 'string' },
  currency: { type: 'string' },
  encoding: { type: 'string' },
  'amount-format': { type: 'string' },
  'header-row': { type: 'string' },
  operation: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** inspect alone may name the provider: then --operation must be one it offers. */
const inspectOwnOptions = { ...inspectOptions, provider: { type: 'string' } } as const;

type InspectValues = { [K in keyof typeof inspectOptions]?: (typeof inspectOptions)[K]['type'] extends 'boolean' ? boolean : string };

/** Reads FILE with the CLI's import options; throws UsageError or ImportFailure with a message. */
export async function importFromCli(args: readonly string[]): Promise<{ result: ImportResult; json: boolean; operation: Operation }> {
  const { values, positionals } = parseArgs({ args: [...args], options: inspectOwnOptions, allowPositionals: true, strict: true });
  const provider = values.provider === undefined ? undefined : providerOption(values.provider);
  const operation = operationOption(values.operation, provider);
  return { ...(await importWith(values, positionals[0])), operation };
}

/** The import itself, from options already parsed (validate parses a few more of its own). */
export async function importWith(values: InspectValues, file: string | undefined): Promise<{ result: ImportResult; json: boolean }> {
  if (file === undefined) throw new UsageError('cli.usage.nameFile');
  const options: ImportOptions = {
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
    // A refund sheet's columns (transaction id, refund fee…) are looked for only when asked.
    ...(values.operation !== undefined ? { operation: operationOption(values.operation) } : {}),
    ...(values.currency !== undefined ? { currency: oneOf<Currency>(values.currency, ['VND', 'THB'], '--currency') } : {}),
    ...(values.encoding !== undefined ? { encoding: oneOf<TextEncoding>(values.encoding, textEncodings, '--encoding') } : {}),
    ...(values['amount-format'] !== undefined ? { amountFormat: oneOf<AmountFormat>(values['amount-format'], ['auto', 'dot-decimal', 'comma-decimal'], '--amount-format') } : {}),
    ...(values['header-row'] !== undefined ? { headerRow: wholeNumber(values['header-row'], '--header-row') } : {}),
    ...(values.mapping !== undefined ? await mappingOptions(values.mapping) : {}),
  };
  const bytes = readWhole(file);
  const result = await importFile(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(file), options, readWorkbookWhenNeeded);
  return { result, json: values.json === true };
}

/**
 * The same SAX reader as the window's worker, loaded only for a workbook. exceljs's streaming
 * reader broke a Vietnamese letter split across two of its read chunks into "�" (22 names
 * in the 100,000-row bench file), a known exceljs fault; this one decodes as a stream.
 */
const readWorkbookWhenNeeded: WorkbookReader = async (bytes, fileName, wantedSheet) => {
  const { readWorkbookSax } = await import('../../shared/import/xlsx/read-workbook-sax.js');
  return readWorkbookSax(bytes, fileName, wantedSheet);
};

export async function runInspect(args: readonly string[], io: CliIo): Promise<number> {
  const { result, json, operation } = await importFromCli(args);
  if (!json) {
    // The words (and the catalogues with @formatjs behind them) load only for the table.
    const [{ cliTranslator }, { formatImportTable }] = await Promise.all([import('./cli-language.js'), import('./format-import-table.js')]);
    io.stdout.write(formatImportTable(result, cliTranslator(), operation));
    return 0;
  }
  const report = writeJsonObject(io.stdout);
  await writeImportFacts(report, result);
  await report.list('rows', result.rows, importedRowJson());
  await report.end();
  return 0;
}

/** In one read: the promise-based reader goes in 512 KB turns, twice as long for a 10 MB payroll. */
function readWhole(file: string): Buffer {
  try {
    // Sized before it is read: a file too large for a payroll is refused without loading it.
    const { size } = statSync(file);
    if (size > maxFileBytes) throw fileTooLarge(basename(file), size);
    return readFileSync(file);
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    throw new ImportFailure('unreadable', code === 'ENOENT' ? `${file} does not exist. Check the path.` : `${file} could not be opened (${reason}).`, undefined, { file, missing: code === 'ENOENT' ? 'yes' : 'no', reason });
  }
}

async function mappingOptions(path: string): Promise<Pick<ImportOptions, 'mapping' | 'currency' | 'amountFormat'>> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new UsageError('cli.usage.mappingUnreadable', { path });
  });
  // Its schema needs zod, which an import without a mapping file does not load.
  const { parseMappingFile } = await import('../../shared/import/mapping-file.js');
  const parsed = parseMappingFile(text, basename(path));
  if (!parsed.ok) throw new UsageError(null, {}, parsed.message);
  return {
    mapping: parsed.file.columns,
    ...(parsed.file.currency ? { currency: parsed.file.currency } : {}),
    ...(parsed.file.amountFormat ? { amountFormat: parsed.file.amountFormat } : {}),
  };
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const found = allowed.find((option) => option.toLowerCase() === value.toLowerCase());
  if (!found) throw new UsageError('cli.usage.oneOf', { flag, allowed: allowed.join(', '), value });
  return found;
}

function wholeNumber(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError('cli.usage.rowNumber', { flag, value });
  return number;
}
