import { parseArgs } from 'node:util';
import type { CliIo } from '../cli-io.js';
import { cliTranslator } from '../cli-language.js';
import { UsageError } from '../usage-error.js';
import { batchIdFrom } from './batch-id-from.js';
import { exitCodeOf, stateOf, writeBatchJson, writeBatchText } from './batch-report.js';
import { ask, openCliEngine } from './cli-engine.js';

const options = { 'data-dir': { type: 'string' }, json: { type: 'boolean' } } as const;

/** `paybatch status BATCH`: where every row of a batch stands (any unique start of its id will do). */
export async function runStatus(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  const given = positionals[0];
  if (!given) throw new UsageError('cli.status.nameBatch');
  const tr = cliTranslator();
  const engine = await openCliEngine(values['data-dir'], 'paybatch status');
  try {
    const batchId = await batchIdFrom(engine, given);
    const state = await stateOf(engine, batchId);
    if (values.json) await writeBatchJson(engine, state, io);
    else await writeBatchText(engine, state, io, tr);
    return exitCodeOf(state);
  } finally {
    await engine.close();
  }
}

/** `paybatch batches`: every batch but discarded ones, newest first; a refund batch says so. */
export async function runBatches(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...args], options, allowPositionals: false, strict: true });
  const tr = cliTranslator();
  const engine = await openCliEngine(values['data-dir'], 'paybatch batches');
  try {
    const batches = (await ask(engine, 'batch.list', {})).sort((a, b) => (b.approvedAt ?? b.createdAt).localeCompare(a.approvedAt ?? a.createdAt));
    if (values.json) {
      io.stdout.write(`${JSON.stringify(batches.map((b) => ({ batchId: b.batchId, provider: b.provider, operation: b.operation, environment: b.environment, status: b.status, rows: b.rowCount, total: b.total, approvedAt: b.approvedAt })), null, 2)}\n`);
    } else if (batches.length === 0) {
      io.stdout.write(`${tr.t('cli.batches.none', { dataDir: engine.dataDir })}\n`);
    } else {
      for (const b of batches) {
        io.stdout.write(`${tr.t(b.operation === 'refund' ? 'cli.batches.refundLine' : 'cli.batches.line', { batch: b.batchId.slice(0, 8), provider: b.provider, environment: b.environment ? (tr.maybe(`settings.env.${b.environment}`) ?? b.environment) : '-', status: tr.t('sendStatus.batch', { status: b.status }), rows: b.rowCount, total: tr.money(b.total, b.currency), file: b.fileName })}\n`);
      }
    }
    return 0;
  } finally {
    await engine.close();
  }
}
