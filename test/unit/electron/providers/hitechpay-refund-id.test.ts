import { describe, expect, it } from 'vitest';
import { approvedRefundId, refundIdToSend, vietnamDate } from '../../../../electron/engine/providers/hitechpay/hitechpay-refund-id.js';

// 23:30 UTC on 20 November is already 21 November in Vietnam (GMT+7).
const lateUtc = new Date('2026-11-20T23:30:00Z');
const nextDay = new Date('2026-11-21T18:00:00Z');

describe('a refund’s m_refund_id', () => {
  it('carries the date in Vietnam, not the computer’s', () => {
    expect(vietnamDate(lateUtc)).toBe('261121');
    expect(approvedRefundId('K3X9QA', 7, lateUtc)).toBe('261121_K3X9QA00007');
  });

  it('takes the app id when first sent, and keeps its date while the day has not turned in Vietnam', () => {
    expect(refundIdToSend('261121_K3X9QA00007', '2554', true, lateUtc)).toBe('261121_2554_K3X9QA00007');
  });

  it('takes today’s date when never sent and the day has turned', () => {
    expect(refundIdToSend('261121_K3X9QA00007', '2554', true, nextDay)).toBe('261122_2554_K3X9QA00007');
    expect(refundIdToSend('261121_2554_K3X9QA00007', '2554', true, nextDay)).toBe('261122_2554_K3X9QA00007');
  });

  it('never changes once a request has left with it, whatever the date', () => {
    expect(refundIdToSend('261121_2554_K3X9QA00007', '2554', false, nextDay)).toBe('261121_2554_K3X9QA00007');
    expect(refundIdToSend('261121_K3X9QA00007', '2554', false, nextDay)).toBe('261121_K3X9QA00007');
  });
});
