import { parseArgs } from 'node:util';
import { auditActions, isAuditAction } from '../../shared/audit/audit-actions.js';
import { auditPageMax, type AuditEntry, type AuditFilter } from '../../shared/audit/audit-contract.js';
import type { Translator } from '../../shared/i18n/translator.js';
import type { EngineHost } from '../engine/host/engine-host.js';
import { writeFileAtomically } from '../engine/reports/write-file-atomically.js';
import type { CliIo } from './cli-io.js';
import { cliTranslator } from './cli-language.js';
import { batchIdFrom, type BatchIdRefusals } from './send/batch-id-from.js';
import { ask, openCliEngine } from './send/cli-engine.js';
import { UsageError } from './usage-error.js';

const options = { 'data-dir': { type: 'string' }, batch: { type: 'string' }, action: { type: 'string' }, json: { type: 'boolean' }, out: { type: 'string' } } as const;

/**
 * `paybatch audit verify|list|export`: the audit log's chain checked (exit 1 naming the first
 * broken entry), its entries listed, or written as CSV. Through the same engine as the app, so
 * the export is itself recorded.
 */
export async function runAudit(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  const tr = cliTranslator();
  const [action, ...extra] = positionals;
  if ((action !== 'verify' && action !== 'list' && action !== 'export') || extra.length > 0) throw new UsageError(null, {}, tr.t('audit.cli.use'));
  if (action === 'export' && !values.out) throw new UsageError(null, {}, tr.t('audit.cli.nameOut'));
  if (values.action !== undefined && !isAuditAction(values.action)) throw new UsageError(null, {}, tr.t('audit.cli.unknownAction', { action: values.action, actions: auditActions.join(', ') }));
  const engine = await openCliEngine(values['data-dir'], 'paybatch audit');
  try {
    if (action === 'verify') return await verify(engine, io, tr);
    const filter: AuditFilter = {
      ...(values.action !== undefined && isAuditAction(values.action) ? { action: values.action } : {}),
      ...(values.batch !== undefined ? { batchId: await batchIdFrom(engine, values.batch, { includeDiscarded: true, refusals: batchRefusals(tr) }) } : {}),
    };
    if (action === 'list') return await list(engine, filter, values.json === true, io, tr);
    return await exportTo(engine, filter, values.out ?? '', io, tr);
  } finally {
    await engine.close();
  }
}

async function verify(engine: EngineHost, io: CliIo, tr: Translator): Promise<number> {
  const verdict = await ask(engine, 'audit.verify', {});
  if (verdict.ok) {
    io.stdout.write(`${tr.t('audit.cli.ok', { count: verdict.entries })}\n`);
    return 0;
  }
  const broken = verdict.broken ?? { seq: 0, reason: 'edited' };
  io.stdout.write(`${tr.t('audit.cli.broken', { seq: broken.seq, reason: broken.reason })}\n`);
  return 1;
}

/** Oldest first, a page at a time: a long log is printed as it is read. */
async function list(engine: EngineHost, filter: AuditFilter, json: boolean, io: CliIo, tr: Translator): Promise<number> {
  let offset = 0;
  let shown = 0;
  if (json) io.stdout.write('[');
  for (;;) {
    const page = await ask(engine, 'audit.list', { ...filter, offset, limit: auditPageMax, oldestFirst: true });
    for (const entry of page.entries) {
      await written(io, json ? `${shown === 0 ? '\n' : ',\n'}  ${JSON.stringify(entry)}` : `${lineOf(entry)}\n`);
      shown += 1;
    }
    offset += page.entries.length;
    if (page.entries.length === 0 || offset >= page.matching) break;
  }
  if (json) io.stdout.write(shown === 0 ? ']\n' : '\n]\n');
  else if (shown === 0) io.stdout.write(`${tr.t('audit.cli.none')}\n`);
  return 0;
}

async function exportTo(engine: EngineHost, filter: AuditFilter, out: string, io: CliIo, tr: Translator): Promise<number> {
  const file = await ask(engine, 'audit.export', filter);
  // Either the old file or all of the new one, never a part (write-file-atomically.ts).
  try {
    await writeFileAtomically(out, Buffer.from(file.base64, 'base64'));
  } catch (error) {
    throw new UsageError(null, {}, tr.t('audit.cli.unwritable', { file: out, problem: error instanceof Error ? error.message : String(error) }));
  }
  io.stdout.write(`${tr.t('audit.cli.exported', { count: file.entries, file: out })}\n`);
  return 0;
}

/** One entry on one line: number, time, action, batch (its first 8 characters), then its details. */
function lineOf(entry: AuditEntry): string {
  const details = Object.entries(entry.details)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${name}=${typeof value === 'string' && /\s/.test(value) ? JSON.stringify(value) : String(value)}`)
    .join(' ');
  return `${String(entry.seq).padStart(6)}  ${entry.at}  ${entry.action.padEnd(16)}  ${entry.batchId ? entry.batchId.slice(0, 8) : '-'.padEnd(8)}  ${details}`;
}

/** Waits when the pipe is full, so a long log never piles up in memory. */
function written(io: CliIo, text: string): Promise<void> {
  return io.stdout.write(text) ? Promise.resolve() : new Promise((resolve) => io.stdout.once('drain', () => resolve()));
}

/** The audit log's own words for a --batch that names no batch, or more than one (discarded ones included). */
function batchRefusals(tr: Translator): BatchIdRefusals {
  return {
    notFound: (id, dataDir) => new UsageError(null, {}, tr.t('audit.cli.batchNotFound', { id, dataDir })),
    ambiguous: (id) => new UsageError(null, {}, tr.t('audit.cli.batchAmbiguous', { id })),
  };
}
