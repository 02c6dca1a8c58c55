import { parseArgs } from 'node:util';
import { errorText } from '../../../shared/i18n/issue-text.js';
import type { ApiError } from '../../../shared/result.js';
import type { EngineHost } from '../../engine/host/engine-host.js';
import type { CliIo } from '../cli-io.js';
import { cliTranslator } from '../cli-language.js';
import { exitCodeOf, stateOf, writeBatchText } from './batch-report.js';
import { ask, openCliEngine, watchRuns } from './cli-engine.js';
import { showProgress } from './follow-batch.js';

const options = { 'data-dir': { type: 'string' }, 'no-wait': { type: 'boolean' }, json: { type: 'boolean' } } as const;

/**
 * `paybatch resume`: every unfinished batch goes on, paused ones too. Rows left in flight are
 * asked about first; then the rest are sent. Waits until every row is final unless --no-wait,
 * which stops once every row has been sent and answered (accepted rows settle later, and are
 * followed the next time Paybatch or resume runs).
 */
export async function runResume(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...args], options, allowPositionals: false, strict: true });
  const tr = cliTranslator();
  const engine = await openCliEngine(values['data-dir'], 'paybatch resume');
  const runs = watchRuns(engine);
  try {
    const { batchIds, held } = await ask(engine, 'send.resume', { continuePaused: true });
    for (const h of held) io.stderr.write(`${tr.t('cli.resume.held', { batch: h.batchId.slice(0, 8), why: errorText(tr, { code: h.error.code as ApiError['code'], message: h.error.message, ...(h.error.params ? { params: h.error.params as ApiError['params'] } : {}) }) })}\n`);
    if (batchIds.length === 0 && held.length > 0) return 2;
    if (batchIds.length === 0) {
      io.stdout.write(values.json ? '[]\n' : `${tr.t('cli.resume.nothing', { dataDir: engine.dataDir })}\n`);
      return 0;
    }
    io.stderr.write(`${tr.t('cli.resume.resuming', { count: batchIds.length })}\n`);
    const before = await Promise.all(batchIds.map((id) => stateOf(engine, id)));
    const operations = new Map(before.map((s) => [s.batchId, s.operation]));
    const stop = showProgress(engine, io, tr, (id) => operations.get(id) ?? 'payout');
    try {
      for (const state of before) if (!state.running) runs.alreadyEnded(state.batchId);
      if (values['no-wait']) await untilAllSent(engine, batchIds);
      else await runs.ended(batchIds);
    } finally {
      stop();
    }
    const states = await Promise.all(batchIds.map((id) => stateOf(engine, id)));
    if (values.json) io.stdout.write(`${JSON.stringify(states.map((s) => ({ batchId: s.batchId, provider: s.provider, operation: s.operation, environment: s.environment, status: s.status, counts: s.counts })), null, 2)}\n`);
    else for (const state of states) await writeBatchText(engine, state, io, tr);
    return states.every((s) => exitCodeOf(s) === 0) ? 0 : 1;
  } finally {
    runs.stop();
    await engine.close();
  }
}

/** Every row has been sent and answered at least once (nothing ready, sending or unclear), or its run ended. */
async function untilAllSent(engine: EngineHost, batchIds: readonly string[]): Promise<void> {
  for (;;) {
    const states = await Promise.all(batchIds.map((id) => stateOf(engine, id)));
    if (states.every((s) => !s.running || (s.counts.ready ?? 0) + (s.counts.sending ?? 0) + (s.counts.unknown ?? 0) === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
