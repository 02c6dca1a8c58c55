import type { JournalRow } from '../../electron/engine/send/send-journal.js';

/** A row of the send journal as a test needs it: a claimed AppotaPay payout, but for what is given. */
export function journalRow(overrides: Partial<JournalRow> = {}): JournalRow {
  return {
    seq: 1, sheetRow: 2, orderId: 'PB261121ABCDEF00001', status: 'sending',
    payee: { name: 'NGUYEN VAN AN', accountNo: '0011001234567', accountType: null, bank: 'Vietcombank', amount: 1_500_000, currency: 'VND', phone: null, email: null, description: null, reference: null, partnerUserId: null, transactionId: null, refundFee: null },
    bankCode: 'VCB', accountType: 'account', amountMinor: 1_500_000, description: 'Chi luong', providerRef: null, feeMinor: null, errorCode: null, errorMessage: null, attempts: 1, queries: 0,
    sentAt: '2026-11-21T09:59:59Z', settledAt: null, nextAt: null, reviewReason: null, reasonCode: null, reasonParams: null, holder: null,
    ...overrides,
  };
}
