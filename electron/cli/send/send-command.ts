import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { environments, type Environment } from '../../../shared/credentials/credential-fields.js';
import { issueText } from '../../../shared/i18n/issue-text.js';
import type { Translator } from '../../../shared/i18n/translator.js';
import { providerRules, rulesFor } from '../../../shared/providers/provider-rules.js';
import { EngineError } from '../../engine/engine-error.js';
import type { EngineHost } from '../../engine/host/engine-host.js';
import type { CliIo } from '../cli-io.js';
import { cliTranslator } from '../cli-language.js';
import { importWith, inspectOptions } from '../inspect-command.js';
import { operationOption } from '../operation-option.js';
import { providerOption } from '../provider-option.js';
import { UsageError } from '../usage-error.js';
import { exitCodeOf, stateOf, writeBatchJson, writeBatchText } from './batch-report.js';
import { ask, openCliEngine, watchRuns } from './cli-engine.js';
import { answerAtTerminal, confirmAtTerminal } from './confirm.js';
import { draftFromImport } from './draft-from-file.js';
import { showProgress } from './follow-batch.js';
import { refuseBlockedMapping } from './mapping-blocks.js';
import { sendWords } from './operation-words.js';
import { partialRefundsAllowed } from './partial-refunds.js';

const options = {
  ...inspectOptions,
  provider: { type: 'string' },
  env: { type: 'string' },
  yes: { type: 'boolean' },
  concurrency: { type: 'string' },
  'data-dir': { type: 'string' },
  'allow-duplicate-file': { type: 'boolean' },
  'partial-refunds': { type: 'boolean' },
  'name-mismatch': { type: 'string' },
} as const;

/** Rows shown when a sheet has errors: enough to act on, not a screenful of the same. */
const shownProblems = 20;

/**
 * `paybatch send FILE --provider P --env E [--operation refund]`: the file read, checked by the
 * engine, approved (after the accountant's yes), sent, and followed until every row is final.
 * Exit 0 when every row succeeded, 1 when some did not, 2 when nothing was sent.
 */
export async function runSend(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  const provider = providerOption(values.provider);
  const operation = operationOption(values.operation, provider);
  if (values['partial-refunds'] && operation !== 'refund') throw new UsageError('cli.refund.partialWithoutRefunds');
  const environment = environments.find((e) => e === values.env?.toLowerCase());
  if (!environment) throw new UsageError('cli.send.env', { given: values.env ?? '' });
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 64)) throw new UsageError('cli.send.concurrency', { given: values.concurrency ?? '' });
  const nameDecision = values['name-mismatch'];
  if (nameDecision !== undefined && nameDecision !== 'keep' && nameDecision !== 'exclude') throw new UsageError('cli.send.nameDecision', { given: nameDecision });
  const rules = rulesFor(provider, operation);
  const words = sendWords(operation);
  const file = positionals[0];
  const { result } = await importWith({ ...values, operation, currency: values.currency ?? rules.currency }, file);
  if (result.currency !== rules.currency) throw new UsageError('cli.validate.currency', { name: rules.name, currency: rules.currency, given: result.currency });
  const tr = cliTranslator();
  refuseBlockedMapping(result, provider, operation, tr);
  const fileHash = createHash('sha256').update(await readFile(file ?? '')).digest('hex');

  const engine = await openCliEngine(values['data-dir'], 'paybatch send');
  try {
    const { batchId, head } = await draftFromImport(engine, provider, operation, result, fileHash);
    const tally = head.tally;
    if (!tally) throw new Error('the engine checked the draft without a tally');
    if (tally.errors > 0) {
      await listProblems(engine, batchId, 'errors', tally.errors, 'cli.send.errors', io, tr);
      io.stderr.write(`${tr.t('cli.send.fixFirst')}\n`);
      await ask(engine, 'batch.discard', { batchId });
      return 2;
    }
    const earlier = head.approval?.earlier.find((e) => e.status !== 'draft' && e.status !== 'discarded');
    // The same payments approved by an earlier `send` that stopped before sending anything:
    // this run is that one again, so it sends that batch (same order ids), never a second.
    const unsent = earlier && earlier.sameContent && earlier.status === 'approved' ? earlier : undefined;
    if (earlier && !unsent && !values['allow-duplicate-file']) {
      io.stderr.write(`paybatch send: ${tr.t(words.duplicate, { sameContent: earlier.sameContent ? 'yes' : 'no', batch: earlier.batchId.slice(0, 8), fileName: earlier.fileName, rowCount: earlier.rowCount, approvedOn: earlier.approvedAt ? tr.date(earlier.approvedAt) : '' })}\n`);
      await ask(engine, 'batch.discard', { batchId });
      return 2;
    }
    // Warnings after the refusals above: a refused file's reason is not buried under them.
    if (tally.warnings > 0) await listProblems(engine, batchId, 'warnings', tally.warnings, 'cli.send.warnings', io, tr);
    // Before the question: a refund repeated needs its own flag, which a yes cannot give.
    if (!(await partialRefundsAllowed(engine, batchId, head.offers.warnings, values['partial-refunds'] === true, io, tr))) {
      await ask(engine, 'batch.discard', { batchId });
      return 2;
    }
    io.stderr.write(`${tr.t(words.summary, { rows: tally.included, total: tr.money(tally.total, tally.currency), name: rules.name, environment, file: result.file })}\n`);
    if (!values.yes) {
      const yes = await confirmAtTerminal(io, tr.t(words.ask));
      if (yes !== true) {
        io.stderr.write(`${tr.t(yes === null ? 'cli.send.needYes' : 'cli.send.declined')}\n`);
        if (yes === null) await ask(engine, 'batch.discard', { batchId });
        return 2;
      }
    }
    if (unsent) {
      await ask(engine, 'batch.discard', { batchId });
      io.stderr.write(`${tr.t('cli.send.continuing', { batch: unsent.batchId.slice(0, 8) })}\n`);
      return await sendAndFollow(engine, unsent.batchId, { environment, concurrency, nameDecision, json: values.json === true }, io, tr);
    }
    // Paying someone the same amount twice — twice in this sheet, or again within 30 days — is
    // what --allow-duplicate-file confirms, as --partial-refunds confirms a refund repeated;
    // --yes acknowledges the other warnings it listed, never those.
    const twice = head.offers.warnings.find((w) => w.code === 'duplicate_payee' || w.code === 'paid_recently');
    if (twice && !values['allow-duplicate-file']) {
      io.stderr.write(`paybatch send: ${tr.t(twice.code === 'duplicate_payee' ? 'cli.send.duplicatePayees' : 'cli.send.paidRecently')}\n`);
      await ask(engine, 'batch.discard', { batchId });
      return 2;
    }
    for (const { code } of head.offers.warnings) await ask(engine, 'batch.edit', { batchId, change: { kind: 'acknowledgeAll', code } });
    const typedTotal = tally.currency === 'THB' ? (tally.total / 100).toFixed(2) : String(tally.total);
    await approve(engine, batchId, typedTotal, values['allow-duplicate-file'] === true);
    return await sendAndFollow(engine, batchId, { environment, concurrency, nameDecision, json: values.json === true }, io, tr);
  } finally {
    await engine.close();
  }
}

/** Approves; a repeat of an approved batch only when --allow-duplicate-file said so (never --yes). */
async function approve(engine: EngineHost, batchId: string, typedTotal: string, allowDuplicate: boolean): Promise<void> {
  try {
    await ask(engine, 'batch.approve', { batchId, typedTotal });
  } catch (error) {
    const earlier = error instanceof EngineError && error.params?.['reason'] === 'approved_before' ? error.params['earlierBatchId'] : undefined;
    if (!allowDuplicate || typeof earlier !== 'string') throw error;
    await ask(engine, 'batch.approve', { batchId, typedTotal, payAgain: earlier });
  }
}

type SendChoices = { readonly environment: Environment; readonly concurrency: number | undefined; readonly nameDecision: 'keep' | 'exclude' | undefined; readonly json: boolean };

/** Checks, sends, follows every row to its end, and reports. */
async function sendAndFollow(engine: EngineHost, batchId: string, { environment, concurrency, nameDecision, json }: SendChoices, io: CliIo, tr: Translator): Promise<number> {
  if (!(await presendDecided(engine, batchId, environment, nameDecision, io, tr))) return 2;
  // Watched from before the start: a small batch may end before send.start has answered.
  const runs = watchRuns(engine);
  const { operation } = await stateOf(engine, batchId);
  const stop = showProgress(engine, io, tr, () => operation);
  // Ctrl+C stops following, not the books: what is in flight is asked about next time.
  let interrupted = false;
  const interrupt = new Promise<void>((resolve) => process.once('SIGINT', () => {
    interrupted = true;
    resolve();
  }));
  try {
    const started = await ask(engine, 'send.start', { batchId, environment, ...(concurrency ? { concurrency } : {}) });
    io.stderr.write(`${tr.t(sendWords(started.operation).started, { batch: batchId.slice(0, 8), rows: started.rowCount, name: providerRules[started.provider].name, environment })}\n`);
    if (!started.running) runs.alreadyEnded(batchId);
    await Promise.race([runs.ended([batchId]), interrupt]);
  } finally {
    stop();
    runs.stop();
  }
  if (interrupted) {
    io.stderr.write(`${tr.t('cli.send.waitingStopped', { batch: batchId.slice(0, 8) })}\n`);
    return 1;
  }
  const state = await stateOf(engine, batchId);
  if (json) await writeBatchJson(engine, state, io);
  else await writeBatchText(engine, state, io, tr);
  return exitCodeOf(state);
}

async function listProblems(engine: EngineHost, batchId: string, filter: 'errors' | 'warnings', count: number, title: 'cli.send.errors' | 'cli.send.warnings', io: CliIo, tr: Translator): Promise<void> {
  io.stderr.write(`${tr.t(title, { count })}\n`);
  const { rows } = await ask(engine, 'batch.get', { batchId, filter, limit: shownProblems });
  for (const row of rows) {
    for (const issue of row.issues) {
      if ((filter === 'errors') === (issue.severity === 'error')) io.stderr.write(`  ${issueText(tr, issue, row.row)}\n`);
    }
  }
  if (count > rows.length) io.stderr.write(`  …\n`);
}

/**
 * The pre-send checks, as the Send screen shows them: the balance (short: the engine refuses
 * to start), and payees the provider names differently or does not know, each kept or
 * excluded by --name-mismatch or by the answer typed here. False when nobody decided.
 */
async function presendDecided(engine: EngineHost, batchId: string, environment: Environment, given: 'keep' | 'exclude' | undefined, io: CliIo, tr: Translator): Promise<boolean> {
  const check = await ask(engine, 'send.check', { batchId, environment });
  const { balance } = check;
  // A refund is paid back from the payment it refunds: there is no balance to have read.
  const { operation, currency } = await stateOf(engine, batchId);
  if (balance.state === 'unreadable' && operation !== 'refund') io.stderr.write(`${tr.t('cli.send.balanceUnreadable', { reason: balance.reason ?? '', needed: tr.money(balance.neededMinor, currency) })}\n`);
  const undecided = check.inquiry.findings.filter((f) => f.decision === null);
  if (undecided.length === 0) return true;
  io.stderr.write(`${tr.t('cli.send.findings', { count: undecided.length })}\n`);
  for (const f of undecided.slice(0, shownProblems)) io.stderr.write(`${tr.t('cli.send.finding', { row: f.row, name: f.name ?? '', result: f.result, found: f.found ?? '', message: f.message ?? 'none' })}\n`);
  if (undecided.length > shownProblems) io.stderr.write('  …\n');
  let decision = given;
  if (!decision) {
    const answer = await answerAtTerminal(io, tr.t('cli.send.askKeep'));
    if (answer === 'keep' || answer === 'exclude') decision = answer;
  }
  if (!decision) {
    io.stderr.write(`${tr.t('cli.send.needDecision')}\n`);
    return false;
  }
  for (let from = 0; from < undecided.length; from += 500) {
    await ask(engine, 'send.decide', { batchId, decisions: undecided.slice(from, from + 500).map((f) => ({ seq: f.seq, decision: decision })) });
  }
  return true;
}
