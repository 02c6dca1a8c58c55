import type { ReasonParams } from '../../../shared/send/send-contract.js';
import { ownReasonOf } from '../providers/http-transport.js';
import type { OwnReason } from '../providers/payout-outcome.js';
import type { PayoutOutcome } from '../providers/payout-outcome.js';
import { backoffMs } from './backoff.js';
import type { JournalRow, RowChange } from './send-journal.js';
import type { SendPolicy } from './send-policy.js';

/** Refusals that say nothing reached the provider, so the same order may be sent again. */
const retryableCodes = new Set(['not_sent']);

/**
 * The reasons a row's move writes in Paybatch's own words, by code (`sendReason.<code>` in
 * shared/i18n/messages/send-reasons.ts): the English below is what the journal and the JSON
 * keep, and what the catalogue's English says word for word.
 */
type TransitionReason = 'no_definite_answer' | 'answered_as_query' | 'not_received' | 'never_received' | 'accepted_then_not_found' | 'still_processing' | 'unclear_after_queries';

/** A reason of ours: its code and values, with the English the row keeps. */
function ours(code: TransitionReason, params: ReasonParams = {}): { reasonCode: string; reasonParams: ReasonParams } {
  return { reasonCode: code, reasonParams: params };
}

/** The outcome's own reason, if its words are ours (a provider's words have none). */
function saidBy(outcome: PayoutOutcome): { reasonCode: string | null; reasonParams: ReasonParams | null } {
  const own = ownReasonOf(outcome);
  return own ? { reasonCode: own.code, reasonParams: own.params } : { reasonCode: null, reasonParams: null };
}

/**
 * The last answer, quoted in a reason: as the provider gave it (`answer`), or, when the words
 * are ours, also by code (`answerCode`, its values under `answer_`) so it is said in the
 * reader's language too.
 */
function quoting(answer: string, own: OwnReason | null): ReasonParams {
  const params: Record<string, string | number> = { answer };
  if (!own) return params;
  params['answerCode'] = own.code;
  for (const [name, value] of Object.entries(own.params)) params[`answer_${name}`] = value;
  return params;
}

/**
 * What a payout request's outcome makes of a row that was just claimed (`sending`). Anything
 * that may have reached the provider without a definite answer is `unknown`: followed by status
 * queries, never sent again blind.
 */
export function afterPayout(row: JournalRow, outcome: PayoutOutcome, policy: SendPolicy, now: number): RowChange {
  switch (outcome.kind) {
    case 'accepted':
      return { status: 'accepted', providerRef: outcome.providerRef, errorCode: null, errorMessage: null, nextAt: now + backoffMs(0, policy.pollBaseMs, policy.pollMaxMs) };
    case 'succeeded':
      return { status: 'succeeded', providerRef: outcome.providerRef, errorCode: null, errorMessage: null, nextAt: null, settled: true };
    case 'failed':
      return { status: 'failed', errorCode: outcome.code, errorMessage: outcome.message, ...saidBy(outcome), nextAt: null, settled: true };
    case 'rejected':
      // row.attempts counts this request already (the claim added it).
      if (retryableCodes.has(outcome.code) && row.attempts < policy.maxSendAttempts) {
        return { status: 'ready', errorCode: outcome.code, errorMessage: outcome.message, ...saidBy(outcome), nextAt: now + backoffMs(row.attempts - 1, policy.retryBaseMs, policy.retryMaxMs) };
      }
      return { status: 'rejected', errorCode: outcome.code, errorMessage: outcome.message, ...saidBy(outcome), nextAt: null, settled: true };
    case 'unknown':
      if (outcome.needsReview) return { status: 'needs_review', reviewReason: outcome.reason, errorMessage: outcome.reason, ...saidBy(outcome), nextAt: null };
      return { status: 'unknown', errorCode: 'no_definite_answer', errorMessage: outcome.reason, ...ours('no_definite_answer', quoting(outcome.reason, ownReasonOf(outcome))), nextAt: now + backoffMs(0, policy.pollBaseMs, policy.pollMaxMs) };
    case 'not_found':
      // A payout is never answered "no such order"; whatever this is, it is not definite.
      return { status: 'unknown', errorCode: 'no_definite_answer', errorMessage: 'the provider answered the payout as if it were a status query', ...ours('answered_as_query'), nextAt: now + backoffMs(0, policy.pollBaseMs, policy.pollMaxMs) };
  }
}

/**
 * What a status query's outcome makes of a row in flight (`sending` after a crash, `unknown`,
 * or `accepted`). Only a documented "no such order" sends a row again, and then with the same
 * order id; an unclear answer past the poll window asks a person.
 */
export function afterQuery(row: JournalRow, outcome: PayoutOutcome, policy: SendPolicy, now: number): RowChange {
  const queries = row.queries + 1;
  const again = now + backoffMs(queries, policy.pollBaseMs, policy.pollMaxMs);
  switch (outcome.kind) {
    case 'succeeded':
      return { status: 'succeeded', providerRef: outcome.providerRef, errorCode: null, errorMessage: null, nextAt: null, settled: true, queried: true };
    case 'failed':
      return { status: 'failed', errorCode: outcome.code, errorMessage: outcome.message, ...saidBy(outcome), nextAt: null, settled: true, queried: true };
    case 'accepted':
      if (overdue(row, policy, now)) return { status: 'needs_review', providerRef: outcome.providerRef, ...stillProcessing(policy), errorMessage: 'still processing', nextAt: null, queried: true };
      return { status: 'accepted', providerRef: outcome.providerRef, nextAt: again, queried: true };
    case 'not_found':
      if (row.status === 'accepted') {
        return {
          status: 'needs_review',
          reviewReason: 'The provider accepted this payout earlier and now says it has no such order.',
          errorMessage: 'accepted earlier, now unknown to the provider',
          ...ours('accepted_then_not_found'),
          nextAt: null,
          queried: true,
        };
      }
      if (row.attempts >= policy.maxSendAttempts) {
        return {
          status: 'rejected',
          errorCode: 'never_received',
          errorMessage: `The provider never recorded this payout after ${row.attempts} attempts; nothing was paid.`,
          ...ours('never_received', { attempts: row.attempts }),
          nextAt: null,
          settled: true,
          queried: true,
        };
      }
      return { status: 'ready', errorCode: 'not_received', errorMessage: 'The provider has no such order: it is sent again with the same order id.', ...ours('not_received'), nextAt: now, queried: true };
    case 'rejected':
      if (retryableCodes.has(outcome.code)) return stillUnclear(row, queries, again, outcome.message, ownReasonOf(outcome), policy, now);
      return { status: 'rejected', errorCode: outcome.code, errorMessage: outcome.message, ...saidBy(outcome), nextAt: null, settled: true, queried: true };
    case 'unknown':
      if (outcome.needsReview) return { status: 'needs_review', reviewReason: outcome.reason, errorMessage: outcome.reason, ...saidBy(outcome), nextAt: null, queried: true };
      return stillUnclear(row, queries, again, outcome.reason, ownReasonOf(outcome), policy, now);
  }
}

/** No definite answer yet: ask again later, or, for an unknown row past the window, a person. */
function stillUnclear(row: JournalRow, queries: number, again: number, reason: string, own: OwnReason | null, policy: SendPolicy, now: number): RowChange {
  if (row.status === 'accepted') {
    if (overdue(row, policy, now)) return { status: 'needs_review', ...stillProcessing(policy), errorMessage: reason, nextAt: null, queried: true };
    return { status: 'accepted', nextAt: again, queried: true };
  }
  const sentAt = row.sentAt ? Date.parse(row.sentAt) : now;
  if (queries >= policy.maxUnknownQueries || now - sentAt >= policy.unknownWindowMs) {
    return {
      status: 'needs_review',
      reviewReason: `No definite answer after ${queries} status queries; the last was: ${reason}. Check this order in the provider's portal before paying it again.`,
      errorMessage: reason,
      ...ours('unclear_after_queries', { queries, ...quoting(reason, own) }),
      nextAt: null,
      queried: true,
    };
  }
  return { status: 'unknown', errorCode: 'no_definite_answer', errorMessage: reason, ...ours('no_definite_answer', quoting(reason, own)), nextAt: again, queried: true };
}

/** Accepted longer ago than a payout takes: the provider is asked in its portal, by a person. */
function overdue(row: JournalRow, policy: SendPolicy, now: number): boolean {
  return row.sentAt !== null && now - Date.parse(row.sentAt) >= policy.acceptedWindowMs;
}

function stillProcessing(policy: SendPolicy): { reviewReason: string; reasonCode: string; reasonParams: ReasonParams } {
  const hours = Math.round(policy.acceptedWindowMs / 3_600_000);
  return {
    reviewReason: `The provider accepted this payout more than ${hours} hours ago and still says it is processing. Check it in the provider's portal.`,
    ...ours('still_processing', { hours }),
  };
}
