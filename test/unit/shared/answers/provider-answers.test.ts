import { describe, expect, it } from 'vitest';
import { outcomeOfStatusAnswer, outcomeOfTransferAnswer } from '../../../../electron/engine/providers/appotapay/appotapay-answers.js';
import { appotapaySignature } from '../../../../electron/engine/providers/appotapay/appotapay-sign.js';
import { definiteNoErrors, haipayStatus } from '../../../../electron/engine/providers/haipay/haipay-wire.js';
import { refundAnswerOutcome } from '../../../../electron/engine/providers/hitechpay/hitechpay-refund-answers.js';
import { refundDefiniteNo, topupDefiniteNo } from '../../../../electron/engine/providers/hitechpay/hitechpay-wire.js';
import { statusOutcome } from '../../../../electron/engine/providers/smilepayz/smilepayz-answers.js';
import { smilepayzStatusMeaning } from '../../../../electron/engine/providers/smilepayz/smilepayz-wire.js';
import type { PayoutOutcome } from '../../../../electron/engine/providers/payout-outcome.js';
import { languages } from '../../../../shared/i18n/languages.js';
import { allMessages } from '../../../../shared/i18n/messages/index.js';
import { translator } from '../../../../shared/i18n/translator.js';
import { answerTables, answerText } from '../../../../shared/providers/answers/answer-text.js';
import { providerIds, type ProviderId } from '../../../../shared/providers/provider-ids.js';
import { appotapayExample } from '../../../support/appotapay-examples.js';

/** The code a row is left with when an outcome ends it unpaid (row-transitions.ts: errorCode = outcome.code). */
function endingCode(outcome: PayoutOutcome): string[] {
  return outcome.kind === 'failed' || outcome.kind === 'rejected' ? [outcome.code] : [];
}

const secret = 'answers-secret';

/** An AppotaPay status answer with this errorCode, its transaction signed as AppotaPay signs it. */
function appotapayStatus(errorCode: number): Record<string, unknown> {
  const example = appotapayExample('transaction-status.response.json');
  const t = example['transaction'] as Record<string, unknown>;
  const signature = appotapaySignature(secret, { amount: t['amount'], appotapayTransId: t['appotapayTransId'], errorCode, time: t['time'], transferAmount: t['transferAmount'] });
  return { ...example, errorCode, message: 'm', signature };
}

/**
 * Every code each provider's client can end a row with, found by asking the clients
 * themselves (their exported code sets and answer readers), not listed again here.
 */
const written: Readonly<Record<ProviderId, readonly string[]>> = {
  hitechpay: [
    // A top-up whose status is 2 (hitechpay-client.ts fromStatus).
    'status_2',
    ...[...topupDefiniteNo].map(String),
    ...[...refundDefiniteNo].flatMap((sub) => endingCode(refundAnswerOutcome({ return_code: 2, sub_return_code: sub }))),
  ],
  smilepayz: Object.keys(smilepayzStatusMeaning).flatMap((status) => endingCode(statusOutcome({ code: '00', status, orderNo: 'O1' }, 'O1'))),
  haipay: [...definiteNoErrors, String(haipayStatus.failure)],
  // AppotaPay's page runs from 0 to 2025; every code the transfer or the status query ends a row with.
  appotapay: Array.from({ length: 2100 }, (_, code) => code).flatMap((code) => [
    ...endingCode(outcomeOfTransferAnswer(secret, { errorCode: code, message: 'm' })),
    ...endingCode(outcomeOfStatusAnswer(secret, appotapayStatus(code))),
  ]),
};

describe('provider answers in plain words, one table per provider', () => {
  it.each(providerIds)('%s: every code its client ends a row with has a sentence, and the table holds no other', (provider) => {
    const codes = [...new Set(written[provider])].sort();
    expect(codes.length).toBeGreaterThan(0);
    expect(Object.keys(answerTables[provider]).sort()).toEqual(codes);
    for (const code of codes) expect(answerText(translator('en'), provider, code), code).not.toBeNull();
  });

  it.each(providerIds)('%s: each sentence is said in Vietnamese, Thai and English, whole, with nothing left in braces', (provider) => {
    for (const [code, id] of Object.entries(answerTables[provider])) {
      expect(id).toBe(`answer.${provider}.${code}`);
      const said = languages.map((language) => answerText(translator(language), provider, code) ?? '');
      for (const text of said) {
        expect(text.length, `${id}: ${text}`).toBeGreaterThan(40);
        expect(text, id).not.toMatch(/[{}]/);
      }
      // Written in each language, not the English copied.
      expect(new Set(said).size, id).toBe(languages.length);
    }
  });

  it('every answer sentence in the catalogue belongs to a table', () => {
    const inTables = new Set(providerIds.flatMap((provider) => Object.values(answerTables[provider])));
    expect(Object.keys(allMessages).filter((id) => id.startsWith('answer.') && !inTables.has(id as never))).toEqual([]);
  });

  it('a code outside the table, or from another provider, has no sentence: the provider’s words are shown instead', () => {
    const tr = translator('vi');
    expect(answerText(tr, 'appotapay', '35')).toBeNull();
    expect(answerText(tr, 'appotapay', '-406')).toBeNull();
    expect(answerText(tr, 'hitechpay', '-500')).toBeNull();
    expect(answerText(tr, 'haipay', 'constructor')).toBeNull();
    expect(answerText(tr, 'smilepayz', 'failed')).toBeNull();
    expect(answerText(tr, 'hitechpay', '-406')).toBe(allMessages['answer.hitechpay.-406'].vi);
  });
});
