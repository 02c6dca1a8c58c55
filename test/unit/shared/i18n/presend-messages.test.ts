import { describe, expect, it } from 'vitest';
import { paidRecentlyCode, withPaidRecently } from '../../../../electron/engine/batches/paid-recently.js';
import { dispatch } from '../../../../electron/engine/dispatch.js';
import { createEngine, type Engine } from '../../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../../electron/engine/keys/memory-key-store.js';
import { reserved } from '../../../../electron/simulator/reserved-values.js';
import { generateSimCredentials } from '../../../../electron/simulator/sim-credentials.js';
import { startSimulator } from '../../../../electron/simulator/start-simulator.js';
import type { Faults } from '../../../../electron/simulator/sim-faults.js';
import { issueText } from '../../../../shared/i18n/issue-text.js';
import { languages } from '../../../../shared/i18n/languages.js';
import { presendMessages } from '../../../../shared/i18n/messages/presend.js';
import { translator } from '../../../../shared/i18n/translator.js';
import { bankResolverFor, providerRules } from '../../../../shared/providers/provider-rules.js';
import { defaultRuleLimits } from '../../../../shared/providers/rule-limits.js';
import { checkRows } from '../../../../shared/review/review-state.js';
import type { ApiError, Result } from '../../../../shared/result.js';
import { approvedBatch, approvedBatchOf, checkedToSend, quickPolicy } from '../../../support/sending.js';
import { useSims } from '../../../support/sim-harness.js';
import { refusalsInEveryLanguage } from '../../../support/refusal-texts.js';
import { useTempDir } from '../../../support/temp-dir.js';
import type { ProviderId } from '../../../../shared/providers/provider-ids.js';

/**
 * Every refusal of the checks before sending, provoked the way the window meets it (dispatch
 * on a real engine, a real SQLite file, real HTTP to a simulator): its `error.<reason>` says in
 * English exactly what its `message` says, and in Vietnamese and Thai formats with every value
 * given. And Review's paid-recently warning, said again from the catalogue.
 */
const sims = useSims();
const tempDir = useTempDir();
const ctx = { transport: 'ipc' } as const;

function engineIn(): Engine {
  return sims.track(createEngine({ dataDir: tempDir(), keyStore: createMemoryKeyStore(), sendPolicy: quickPolicy }));
}

async function simFor(engine: Engine, provider: ProviderId, faults: Partial<Faults> = {}) {
  const credentials = generateSimCredentials(provider);
  const sim = sims.track(await startSimulator(provider, credentials, sims.faults({ settleMs: 30, ...faults })));
  expect(await dispatch(engine, 'keys.import', { provider, environment: 'practice', creds: { ...credentials.creds, baseUrl: sim.baseUrl } }, ctx)).toMatchObject({ ok: true });
  return sim;
}

function refusal(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}

async function provoked(): Promise<Array<[string, ApiError]>> {
  const found: Array<[string, ApiError]> = [];
  const add = (reason: string, result: Result<unknown>): void => void found.push([reason, refusal(result)]);
  const check = (e: Engine, batchId: string) => dispatch(e, 'send.check', { batchId, environment: 'practice' }, ctx);
  const decide = (e: Engine, batchId: string, seq: number, decision: 'keep' | 'exclude') => dispatch(e, 'send.decide', { batchId, decisions: [{ seq, decision }] }, ctx);
  const start = (e: Engine, batchId: string) => dispatch(e, 'send.start', { batchId, environment: 'practice' }, ctx);

  // Findings, decisions, and what start says of them (Practice's own AppotaPay simulator).
  const e = engineIn();
  const { batchId } = await approvedBatchOf(e, 'appotapay', [{ amount: 1_000_000 }, { accountNo: reserved.mismatchedAccount, amount: 1_001_000 }, { accountNo: reserved.missingAccount, amount: 1_002_000 }]);
  add('presend_not_checked', await start(e, batchId));
  add('presend_nothing_to_decide', await decide(e, batchId, 2, 'keep'));
  expect(await check(e, batchId)).toMatchObject({ ok: true });
  add('presend_undecided', await start(e, batchId));
  add('presend_no_such_row', await decide(e, batchId, 44, 'keep'));
  add('presend_no_finding', await decide(e, batchId, 1, 'keep'));
  expect(await decide(e, batchId, 3, 'exclude')).toMatchObject({ ok: true });
  add('presend_row_not_ready', await decide(e, batchId, 3, 'keep'));
  expect(await decide(e, batchId, 2, 'keep')).toMatchObject({ ok: true });
  // One finding left undecided says so in the singular.
  const { batchId: single } = await approvedBatchOf(e, 'appotapay', [{ accountNo: reserved.mismatchedAccount, amount: 1_003_000 }], 'e'.repeat(64));
  expect(await check(e, single)).toMatchObject({ ok: true });
  add('presend_undecided', await start(e, single));

  // Too little money, a check under way, a batch being sent, a check cut short.
  const s = engineIn();
  const sim = await simFor(s, 'smilepayz', { latencyMs: 120 });
  const { batchId: short, total } = await approvedBatch(s, 'smilepayz', 2);
  sim.ledger.record('ELSEWHERE', 10_000_000_000 - total + 1, 'someone');
  expect(await check(s, short)).toMatchObject({ ok: true, value: { balance: { state: 'short' } } });
  add('presend_balance_short', await start(s, short));
  const running = check(s, short);
  await new Promise((resolve) => setTimeout(resolve, 20));
  add('presend_busy', await decide(s, short, 1, 'keep'));
  await running;
  const enough = engineIn();
  await simFor(enough, 'appotapay', { latencyMs: 150 });
  const { batchId: slow } = await approvedBatch(enough, 'appotapay', 4);
  // Approved before the first is paid: the same payees would be warned of as paid recently.
  // Other payees than the batch above: the same ones, still to be paid there, would be warned about.
  const { batchId: cut } = await approvedBatchOf(enough, 'appotapay', Array.from({ length: 12 }, (_, i) => ({ accountNo: String(7_000_000 + i), amount: 1_500_000 + i * 1000 })), 'a'.repeat(64));
  await checkedToSend(enough, slow);
  expect(await start(enough, slow)).toMatchObject({ ok: true });
  add('presend_while_sending', await check(enough, slow));
  expect(await dispatch(enough, 'send.cancel', { batchId: slow }, ctx)).toMatchObject({ ok: true });
  await enough.send.idle(slow);
  const cutShort = check(enough, cut);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await enough.close();
  add('presend_interrupted', await cutShort);
  return found;
}

describe('pre-send refusals in every language', async () => {
  const cases = await provoked();

  refusalsInEveryLanguage(cases, Object.keys(presendMessages).filter((id) => id.startsWith('error.')).map((id) => id.replace(/^error\./, '')), 'the pre-send catalogue holds');
});

describe('the paid-recently warning in every language', () => {
  it.each([
    ['appotapay', 'paid'],
    ['hitechpay', 'paid'],
    ['haipay', 'paid'],
    ['appotapay', 'approved'],
    ['hitechpay', 'approved'],
  ] as const)('%s, %s: its English catalogue text is the message the check writes; Vietnamese and Thai say it in full', (provider, state) => {
    const rules = providerRules[provider];
    const thai = rules.currency === 'THB';
    const payee = { name: thai ? 'Somchai Jaidee' : 'NGUYEN VAN AN', accountNo: '0011001234567', accountType: null, bank: thai ? 'Kasikorn' : 'Vietcombank', amount: 1_234_500, currency: rules.currency, phone: thai ? '0812345678' : '0912345678', email: 'an@example.com', description: 'Luong', reference: null, partnerUserId: 'EMP-001', transactionId: null, refundFee: null };
    const destination = rules.usesBank ? payee.accountNo : payee.phone;
    const recent = new Map([[`${destination}\u0000${payee.amount}`, { paidAt: '2026-11-20T08:00:00.000Z', batchId: '0123abcd-0000-4000-8000-000000000001', state }]]);
    const [row] = checkRows([{ row: 1_234, payee, sources: { name: 'Họ và tên', amount: 'Số tiền' }, entryIssues: [], excluded: false, acknowledged: [] }], withPaidRecently(rules, recent), { limits: defaultRuleLimits[provider], resolveBank: bankResolverFor(provider) });
    const issue = row?.issues.find((i) => i.code === paidRecentlyCode);
    if (!issue) throw new Error('no paid_recently warning');
    expect(issue.severity).toBe('warning');
    expect(issueText(translator('en'), issue, 1_234)).toBe(issue.message);
    for (const language of languages) {
      const text = issueText(translator(language), issue, 1_234);
      expect(text).not.toContain('{');
      expect(text).toContain('0123abcd');
      if (language !== 'en') expect(text).not.toBe(issue.message);
    }
    expect(translator('vi').t('problem.paid_recently')).not.toBe('paid_recently');
  });
});
