import { parseArgs } from 'node:util';
import type { Engine } from '../../engine/engine.js';
import type { CliIo } from '../cli-io.js';
import { cliTranslator } from '../cli-language.js';
import { exitCodeOf, writeBatchText } from './batch-report.js';
import { openCliEngine } from './cli-engine.js';
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
  const engine = openCliEngine(values['data-dir'], 'paybatch resume');
  try {
    const resumed = await engine.send.resumeAll({ continuePaused: true });
    if (resumed.length === 0) {
      io.stdout.write(values.json ? '[]\n' : `${tr.t('cli.resume.nothing', { dataDir: engine.dataDir })}\n`);
      return 0;
    }
    io.stderr.write(`${tr.t('cli.resume.resuming', { count: resumed.length })}\n`);
    const stop = showProgress(engine, io, tr);
    try {
      if (values['no-wait']) await untilAllSent(engine, resumed);
      else await engine.send.idle();
    } finally {
      stop();
    }
    const states = resumed.map((id) => engine.send.state(id));
    if (values.json) io.stdout.write(`${JSON.stringify(states.map((s) => ({ batchId: s.batchId, provider: s.provider, environment: s.environment, status: s.status, counts: s.counts })), null, 2)}\n`);
    else for (const state of states) await writeBatchText(engine, state, io, tr);
    return states.every((s) => exitCodeOf(s) === 0) ? 0 : 1;
  } finally {
    await engine.close();
  }
}

/** Every row has been sent and answered at least once (nothing ready, sending or unclear), or its run ended. */
async function untilAllSent(engine: Engine, batchIds: readonly string[]): Promise<void> {
  for (;;) {
    const waiting = batchIds.filter((id) => {
      const counts = engine.send.journal.counts(id).byStatus;
      return engine.send.running(id) && (counts.ready ?? 0) + (counts.sending ?? 0) + (counts.unknown ?? 0) > 0;
    });
    if (waiting.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
