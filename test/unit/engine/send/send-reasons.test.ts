import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../../electron/engine/engine.js';
import { createMemoryKeyStore } from '../../../../electron/engine/keys/memory-key-store.js';
import { createHitechpayClient } from '../../../../electron/engine/providers/hitechpay/hitechpay-client.js';
import { hitechpayPaths } from '../../../../electron/engine/providers/hitechpay/hitechpay-wire.js';
import { hitechpayRefundSender } from '../../../../electron/engine/providers/hitechpay/hitechpay-refund-sender.js';
import { ownReasonOf, outcomeOfTransportError, TransportError, type HttpAnswer, type HttpTransport } from '../../../../electron/engine/providers/http-transport.js';
import type { PayoutOrder, PayoutOutcome } from '../../../../electron/engine/providers/payout-outcome.js';
import { startBatchRun } from '../../../../electron/engine/send/batch-run.js';
import { exclusionReason } from '../../../../electron/engine/send/presend/presend-service.js';
import { createProviderGate } from '../../../../electron/engine/send/provider-gate.js';
import { afterPayout, afterQuery } from '../../../../electron/engine/send/row-transitions.js';
import type { JournalRow, RowChange } from '../../../../electron/engine/send/send-journal.js';
import { defaultSendPolicy } from '../../../../electron/engine/send/send-policy.js';
import { sendReasonMessages, sendReasonText, type RowReason } from '../../../../shared/i18n/messages/send-reasons.js';
import { translator } from '../../../../shared/i18n/translator.js';
import type { ReasonParams } from '../../../../shared/send/send-contract.js';
import { approvedBatch, quickPolicy } from '../../../support/sending.js';
import { useSims } from '../../../support/sim-harness.js';
import { useTempDir } from '../../../support/temp-dir.js';
import { rsaKeyPair } from '../../../support/test-keys.js';
import { journalRow } from '../../../support/journal-row.js';

/**
 * Every reason Paybatch writes on a sent row in its own words, provoked where it is made (the
 * row's moves, a cancel, an exclusion before sending, HiTechPAY's client, a provider not
 * reached): each carries a code whose `sendReason.<code>` says in English exactly the English
 * the journal keeps, and in Vietnamese and Thai every value filled in and none of our English
 * left; every such message in the catalogue is provoked. The provider's own words are quoted
 * as they came.
 */
const sims = useSims();
const tempDir = useTempDir();
const now = Date.parse('2026-11-21T10:00:00Z');
const policy = defaultSendPolicy;

function row(overrides: Partial<JournalRow> = {}): JournalRow {
  return journalRow({ payee: { name: 'NGUYEN VAN AN', accountNo: null, accountType: null, bank: null, amount: 1_500_000, currency: 'VND', phone: '0912345678', email: null, description: null, reference: null, partnerUserId: null, transactionId: null, refundFee: null }, bankCode: null, accountType: 'wallet', ...overrides });
}

/** What a change says of the row, as the journal keeps it and the contract carries it. */
function reasonOfChange(change: RowChange): RowReason {
  return { errorCode: change.errorCode ?? null, errorMessage: change.errorMessage ?? null, reviewReason: change.reviewReason ?? null, reasonCode: change.reasonCode ?? null, reasonParams: change.reasonParams ?? null };
}

/** What an outcome from a provider client says in our words, as a row would carry it. */
function reasonOfOutcome(outcome: PayoutOutcome): RowReason {
  const own = ownReasonOf(outcome);
  const english = outcome.kind === 'unknown' ? outcome.reason : outcome.kind === 'rejected' || outcome.kind === 'failed' ? outcome.message : null;
  return { errorCode: outcome.kind === 'rejected' || outcome.kind === 'failed' ? outcome.code : null, errorMessage: english, reviewReason: null, reasonCode: own?.code ?? null, reasonParams: own?.params ?? null };
}

/** A transport that answers each path as given (or throws), without a socket. */
function cannedTransport(answers: Readonly<Record<string, HttpAnswer | Error>>): HttpTransport {
  return {
    send: (_method, url) => {
      const answer = answers[new URL(url).pathname];
      if (!answer) return Promise.resolve({ status: 404, text: '{}' });
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    close: () => Promise.resolve(),
  };
}
const json = (body: unknown): HttpAnswer => ({ status: 200, text: JSON.stringify(body) });

const merchant = rsaKeyPair();
const order: PayoutOrder = { orderId: 'PB261121FFFFFF00001', amountMinor: 1_500_000, name: 'Nguyễn Văn An', accountNo: null, accountType: 'wallet', bankCode: null, phone: '0912345678', email: null, description: 'Chi lương', partnerUserId: null };
const wallet = { return_code: 1, return_message: '', sub_return_code: 1, sub_return_message: '', data: { reference_id: 'REF1', m_u_id: 'MU1', name: 'NGUYEN VAN AN' } };
const topup = (status: number) => ({ return_code: 1, return_message: '', sub_return_code: 1, sub_return_message: '', data: { status, order_id: 'ZP1' } });

function hitechpay(answers: Readonly<Record<string, HttpAnswer | Error>>) {
  return createHitechpayClient({ baseUrl: 'http://127.0.0.1:9', appId: '2553', paymentId: 'PMT-01', key1: 'k1', privateKey: merchant.privateKey }, cannedTransport({ [hitechpayPaths.user]: json(wallet), ...answers }));
}

const refused = new TransportError('not_sent', 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9');

/** Each reason as made, by where it was made. */
async function provoked(): Promise<Array<[string, RowReason]>> {
  const found: Array<[string, RowReason]> = [];
  const change = (what: string, made: RowChange): void => void found.push([what, reasonOfChange(made)]);
  const outcome = (what: string, made: PayoutOutcome): void => void found.push([what, reasonOfOutcome(made)]);

  // The provider clients' own words (HiTechPAY; any provider not reached).
  const held = await hitechpay({ [hitechpayPaths.topup]: json(topup(4)) }).payout(order);
  outcome('HiTechPAY status 4', held);
  const strange = await hitechpay({ [hitechpayPaths.topup]: json(topup(7)) }).payout(order);
  outcome('HiTechPAY status 7', strange);
  outcome('HiTechPAY: no phone', await hitechpay({}).payout({ ...order, phone: null }));
  outcome('HiTechPAY: no wallet, with a sign-up page', await hitechpay({ [hitechpayPaths.user]: json({ ...wallet, return_code: 2, sub_return_code: -101, data: { onboarding_url: 'https://onboard.example' } }) }).payout(order));
  outcome('HiTechPAY: no wallet', await hitechpay({ [hitechpayPaths.user]: json({ ...wallet, return_code: 2, sub_return_code: -101, data: {} }) }).payout(order));
  outcome('HiTechPAY: the wallet changed hands since the check', await hitechpay({}).payout({ ...order, holder: 'TRAN THI BICH' }));
  outcome('HiTechPAY: wallet locked', await hitechpay({ [hitechpayPaths.user]: json({ ...wallet, return_code: 2, sub_return_code: -1011, data: {} }) }).payout(order));
  outcome('HiTechPAY: wallet lookup refused', await hitechpay({ [hitechpayPaths.user]: json({ ...wallet, return_code: 2, sub_return_code: -500, sub_return_message: 'Hệ thống đang bận', data: {} }) }).payout(order));
  outcome('HiTechPAY: wallet lookup unreadable', await hitechpay({ [hitechpayPaths.user]: { status: 502, text: '<html>Bad Gateway</html>' } }).payout(order));
  outcome('HiTechPAY: not reached', await hitechpay({ [hitechpayPaths.user]: refused }).payout(order));
  outcome('any provider not reached', outcomeOfTransportError(refused, 'SmilePayz'));
  outcome('HiTechPAY refund: no transaction', await hitechpayRefundSender(hitechpay({}), '2553').client.payout({ ...order, orderId: '261121_2553_K3X9QA00001', transactionId: null }));

  // The row's moves, on those answers and on others.
  change('a payout held for a person (status 4)', afterPayout(row(), held, policy, now));
  change('a payout answered with a status we do not know', afterPayout(row(), strange, policy, now));
  change('a payout answered with the provider’s words only', afterPayout(row(), { kind: 'unknown', reason: 'HiTechPAY 2/-500: Hệ thống bận' }, policy, now));
  change('a payout answered as a status query', afterPayout(row(), { kind: 'not_found' }, policy, now));
  change('not received: sent again', afterQuery(row({ status: 'unknown' }), { kind: 'not_found' }, policy, now));
  change('never received', afterQuery(row({ status: 'unknown', attempts: policy.maxSendAttempts }), { kind: 'not_found' }, policy, now));
  change('accepted, then no such order', afterQuery(row({ status: 'accepted' }), { kind: 'not_found' }, policy, now));
  const long = new Date(now - policy.acceptedWindowMs).toISOString();
  change('still processing past the window', afterQuery(row({ status: 'accepted', sentAt: long }), { kind: 'accepted', providerRef: 'R1' }, policy, now));
  const lastQuery = row({ status: 'unknown', queries: policy.maxUnknownQueries - 1 });
  change('no definite answer past the window, the provider’s words last', afterQuery(lastQuery, { kind: 'unknown', reason: 'HTTP 503: Service Unavailable' }, policy, now));
  change('no definite answer past the window, ours last (not reached)', afterQuery(lastQuery, outcomeOfTransportError(refused, 'HiTechPAY'), policy, now));
  change('no definite answer yet, ours last (a status we do not know)', afterQuery(row({ status: 'unknown', queries: 1 }), strange, policy, now));
  change('not reached: sent again later', afterPayout(row(), outcomeOfTransportError(refused, 'HaiPay'), policy, now));

  // Excluded before sending, for each finding.
  for (const [what, finding] of [
    ['a different name', { result: 'mismatch', found: 'TEN KHAC HAN', message: null }],
    ['no such account', { result: 'not_found', found: null, message: 'Tài khoản không tồn tại' }],
    ['no such account, no words', { result: 'not_found', found: null, message: null }],
    ['no answer', { result: 'unknown', found: null, message: 'HTTP 504: Gateway Timeout' }],
  ] as const) {
    const excluded = exclusionReason(finding, 'Nguyễn Văn An');
    found.push([`excluded: ${what}`, { errorCode: 'excluded_before_send', errorMessage: excluded.message, reviewReason: null, reasonCode: excluded.code, reasonParams: excluded.params }]);
  }

  // Cancelled while a row the provider never received waited to be sent again: the journal's row as read back.
  const engine = sims.track(createEngine({ dataDir: tempDir(), keyStore: createMemoryKeyStore(), sendPolicy: quickPolicy }));
  const { batchId } = await approvedBatch(engine, 'appotapay', 1);
  const { journal } = engine.send;
  const [first] = journal.rows(batchId);
  if (!first) throw new Error('one row expected');
  journal.startSending(batchId, 'practice');
  journal.claim(batchId, first.seq, first.orderId);
  journal.record(batchId, first.seq, { status: 'unknown', errorCode: 'no_definite_answer', errorMessage: 'timeout' }, 'sending');
  const run = startBatchRun(batchId, {
    journal,
    client: { payout: () => Promise.reject(new Error('nothing is sent')), status: () => Promise.resolve({ kind: 'not_found' }), balance: () => Promise.resolve({ ok: false, reason: 'not asked' }) },
    gate: createProviderGate({ concurrency: 1, ratePerSecond: 100 }),
    policy: quickPolicy,
    workers: 1,
    sending: () => false,
    cancelled: () => true,
    onError: (error) => {
      throw error;
    },
    onRowChanged: () => {},
  });
  await run.done;
  const cancelled = journal.row(batchId, first.seq);
  expect(cancelled?.status).toBe('cancelled');
  if (cancelled) found.push(['cancelled before it was sent again', cancelled]);

  // A row that needed review, answered by the accountant: paid; not paid (sent again); not paid in a cancelled batch.
  const resolvedBatch = (await approvedBatch(engine, 'appotapay', 3, 'e'.repeat(64))).batchId;
  journal.startSending(resolvedBatch, 'practice');
  journal.setStatus(resolvedBatch, 'paused');
  for (const r of journal.rows(resolvedBatch)) {
    journal.claim(resolvedBatch, r.seq, r.orderId);
    journal.record(resolvedBatch, r.seq, { status: 'needs_review', reviewReason: 'held', errorMessage: 'held' }, 'sending');
  }
  await engine.send.resolve(resolvedBatch, 1, true);
  await engine.send.resolve(resolvedBatch, 2, false);
  await engine.send.cancel(resolvedBatch);
  await engine.send.resolve(resolvedBatch, 3, false);
  for (const [what, seq] of [['marked paid', 1], ['marked not paid: sent again', 2], ['marked not paid in a cancelled batch', 3]] as const) {
    const resolved = journal.row(resolvedBatch, seq);
    if (resolved) found.push([what, resolved]);
  }
  return found;
}

/** The words of ours in an English reason: what is left once every value it quotes is taken out. */
function ourWords(english: string, params: ReasonParams): string[] {
  // Every value but a code, and but an answer that is ours too (it has a code beside it).
  const quoted = Object.entries(params)
    .filter(([name, value]) => typeof value === 'string' && !name.endsWith('answerCode') && !(name.endsWith('answer') && `${name}Code` in params))
    .map(([, value]) => String(value))
    .filter((value) => value.length > 0)
    .sort((a, b) => b.length - a.length);
  let text = english;
  for (const value of quoted) text = text.split(value).join('\u0000');
  return text
    .split('\u0000')
    .map((part) => part.trim())
    .filter((part) => (part.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => word !== 'HiTechPAY' && word !== 'status').length >= 2);
}

describe('a sent row’s reason in every language', async () => {
  const cases = await provoked();
  const ours = cases.filter(([, reason]) => reason.reasonCode !== null);

  it('every reason of ours was provoked, and every one provoked carries a code', () => {
    expect(cases.filter(([, reason]) => reason.reasonCode === null).map(([what]) => what)).toEqual([]);
    const catalogued = Object.keys(sendReasonMessages).map((id) => id.slice('sendReason.'.length));
    expect(new Set(ours.map(([, reason]) => reason.reasonCode))).toEqual(new Set(catalogued));
  });

  it.each(ours)('%s: its English catalogue text is the English the journal keeps', (_what, reason) => {
    expect(Object.keys(sendReasonMessages)).toContain(`sendReason.${reason.reasonCode ?? ''}`);
    expect(sendReasonText(translator('en'), reason)).toEqual({ text: reason.reviewReason ?? reason.errorMessage, providerCode: null });
  });

  it.each(ours)('%s: said in Vietnamese and Thai with every value, and no English of ours', (_what, reason) => {
    const english = reason.reviewReason ?? reason.errorMessage ?? '';
    const words = ourWords(english, reason.reasonParams ?? {});
    for (const language of ['vi', 'th'] as const) {
      const text = sendReasonText(translator(language), reason)?.text ?? '';
      expect(text, language).not.toMatch(/[{}]/);
      for (const value of Object.entries(reason.reasonParams ?? {}).filter(([name]) => name === 'phone' || name === 'attempts' || name === 'queries' || name === 'hours' || name === 'found')) {
        expect(text, `${language}: ${value[0]}`).toContain(String(value[1]));
      }
      for (const part of words) expect(text, language).not.toContain(part);
    }
  });

  it('quotes the provider’s words as they came, and says ours inside a reason in the reader’s language', () => {
    const vi = translator('vi');
    const byWhat = new Map(cases);
    expect(sendReasonText(vi, byWhat.get('a payout answered with the provider’s words only') ?? ({} as RowReason))?.text).toBe('HiTechPAY 2/-500: Hệ thống bận');
    expect(sendReasonText(vi, byWhat.get('no definite answer past the window, ours last (not reached)') ?? ({} as RowReason))?.text).toBe(
      `${vi.t('sendReason.unclear_after_queries', { queries: policy.maxUnknownQueries, answer: vi.t('sendReason.not_sent', { provider: 'HiTechPAY', detail: refused.message }) })}`,
    );
    expect(sendReasonText(vi, byWhat.get('HiTechPAY: wallet lookup refused') ?? ({} as RowReason))?.text).toContain('HiTechPAY 2/-500: Hệ thống đang bận');
  });

  it('falls back to the English for a code no catalogue knows or a value missing, and shows a provider’s code beside its words', () => {
    const vi = translator('vi');
    const base = { errorCode: null, errorMessage: null, reviewReason: null, reasonCode: null, reasonParams: null };
    expect(sendReasonText(vi, { ...base, errorCode: 'x', errorMessage: 'Something new happened.', reasonCode: 'something_new', reasonParams: {} })).toEqual({ text: 'Something new happened.', providerCode: null });
    expect(sendReasonText(vi, { ...base, errorCode: 'never_received', errorMessage: 'The provider never recorded this payout after 5 attempts; nothing was paid.', reasonCode: 'never_received', reasonParams: {} })?.text).toBe(
      'The provider never recorded this payout after 5 attempts; nothing was paid.',
    );
    // AppotaPay's numeric errorCode is AppotaPay's: its message is shown with it, as it came.
    expect(sendReasonText(vi, { ...base, errorCode: '168', errorMessage: 'Tên chủ tài khoản không khớp' })).toEqual({ text: 'Tên chủ tài khoản không khớp', providerCode: '168' });
    expect(sendReasonText(vi, { ...base, errorCode: 'status_2', errorMessage: '' })).toEqual({ text: '', providerCode: 'status_2' });
    expect(sendReasonText(vi, base)).toBeNull();
    // A row written before reasons had codes: its English, as kept.
    expect(sendReasonText(vi, { ...base, reviewReason: 'Held.', errorMessage: 'held' })).toEqual({ text: 'Held.', providerCode: null });
  });
});
