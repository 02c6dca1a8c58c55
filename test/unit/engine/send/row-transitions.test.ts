import { describe, expect, it } from 'vitest';
import { afterPayout, afterQuery } from '../../../../electron/engine/send/row-transitions.js';
import { defaultSendPolicy } from '../../../../electron/engine/send/send-policy.js';
import { journalRow } from '../../../support/journal-row.js';

const now = Date.parse('2026-11-21T10:00:00Z');
const policy = defaultSendPolicy;

const row = journalRow;

describe('what an answer makes of a row', () => {
  it('a payout answered accepted is followed by status queries; succeeded and failed are final', () => {
    expect(afterPayout(row(), { kind: 'accepted', providerRef: 'R1' }, policy, now)).toMatchObject({ status: 'accepted', providerRef: 'R1', nextAt: expect.any(Number) });
    expect(afterPayout(row(), { kind: 'succeeded', providerRef: 'R1' }, policy, now)).toMatchObject({ status: 'succeeded', settled: true, nextAt: null });
    expect(afterPayout(row(), { kind: 'failed', code: '2', message: 'no' }, policy, now)).toMatchObject({ status: 'failed', settled: true, errorCode: '2' });
  });

  it('"not sent" is retried later with the same order (not final) until the attempts run out; any other refusal is final', () => {
    const again = afterPayout(row({ attempts: 1 }), { kind: 'rejected', code: 'not_sent', message: 'refused' }, policy, now);
    expect(again).toMatchObject({ status: 'ready', errorCode: 'not_sent' });
    expect(again.nextAt).toBeGreaterThan(now);
    expect(afterPayout(row({ attempts: policy.maxSendAttempts }), { kind: 'rejected', code: 'not_sent', message: 'refused' }, policy, now)).toMatchObject({ status: 'rejected', settled: true });
    expect(afterPayout(row(), { kind: 'rejected', code: '168', message: 'bad name' }, policy, now)).toMatchObject({ status: 'rejected', errorCode: '168' });
  });

  it('anything unclear is unknown (asked about, never sent blind); an answer to hold for a person is needs_review with its reason', () => {
    expect(afterPayout(row(), { kind: 'unknown', reason: 'timeout' }, policy, now)).toMatchObject({ status: 'unknown', errorMessage: 'timeout', nextAt: expect.any(Number) });
    expect(afterPayout(row(), { kind: 'not_found' }, policy, now)).toMatchObject({ status: 'unknown' });
    expect(afterPayout(row(), { kind: 'unknown', reason: 'HiTechPAY status 4', needsReview: true }, policy, now)).toMatchObject({ status: 'needs_review', reviewReason: 'HiTechPAY status 4' });
  });

  it('a documented "no such order" sends an unknown row again, with the same order id, at once', () => {
    expect(afterQuery(row({ status: 'unknown' }), { kind: 'not_found' }, policy, now)).toMatchObject({ status: 'ready', nextAt: now, queried: true });
    expect(afterQuery(row({ status: 'sending' }), { kind: 'not_found' }, policy, now)).toMatchObject({ status: 'ready' });
  });

  it('"no such order" for a row the provider accepted earlier is for a person to look at, not a resend', () => {
    expect(afterQuery(row({ status: 'accepted' }), { kind: 'not_found' }, policy, now)).toMatchObject({ status: 'needs_review', reviewReason: expect.stringContaining('accepted this payout earlier') });
  });

  it('after all its attempts, a row the provider never received ends rejected: nothing was paid', () => {
    expect(afterQuery(row({ status: 'unknown', attempts: policy.maxSendAttempts }), { kind: 'not_found' }, policy, now)).toMatchObject({ status: 'rejected', errorCode: 'never_received', settled: true });
  });

  it('an unclear answer keeps asking, and past the poll window asks a person; an accepted row keeps being followed', () => {
    expect(afterQuery(row({ status: 'unknown', queries: 1 }), { kind: 'unknown', reason: 'HTTP 503' }, policy, now)).toMatchObject({ status: 'unknown', nextAt: expect.any(Number) });
    expect(afterQuery(row({ status: 'unknown', queries: policy.maxUnknownQueries - 1 }), { kind: 'unknown', reason: 'HTTP 503' }, policy, now)).toMatchObject({ status: 'needs_review', reviewReason: expect.stringContaining('HTTP 503') });
    expect(afterQuery(row({ status: 'unknown', sentAt: new Date(now - policy.unknownWindowMs).toISOString() }), { kind: 'rejected', code: 'not_sent', message: 'down' }, policy, now)).toMatchObject({ status: 'needs_review' });
    expect(afterQuery(row({ status: 'accepted', queries: 500 }), { kind: 'unknown', reason: 'x' }, policy, now)).toMatchObject({ status: 'accepted' });
  });

  it('a payout accepted longer ago than the window and still processing asks a person', () => {
    const long = new Date(now - policy.acceptedWindowMs).toISOString();
    expect(afterQuery(row({ status: 'accepted', sentAt: long }), { kind: 'accepted', providerRef: 'R1' }, policy, now)).toMatchObject({ status: 'needs_review', reviewReason: expect.stringContaining('still says it is processing') });
    expect(afterQuery(row({ status: 'accepted', sentAt: long }), { kind: 'unknown', reason: 'HTTP 503' }, policy, now)).toMatchObject({ status: 'needs_review' });
  });

  it('a query that says the payout ended moves the row to its end', () => {
    expect(afterQuery(row({ status: 'accepted' }), { kind: 'succeeded', providerRef: 'R9' }, policy, now)).toMatchObject({ status: 'succeeded', providerRef: 'R9', settled: true });
    expect(afterQuery(row({ status: 'accepted' }), { kind: 'failed', code: 'status_2', message: 'failed' }, policy, now)).toMatchObject({ status: 'failed', settled: true });
    expect(afterQuery(row({ status: 'unknown' }), { kind: 'accepted', providerRef: 'R9' }, policy, now)).toMatchObject({ status: 'accepted' });
  });
});
