import { formatMinor } from '../../../shared/import/format-amount.js';
import type { Currency, Payee } from '../../../shared/import/model.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { providerRules } from '../../../shared/providers/provider-rules.js';
import type { ProviderRules } from '../../../shared/providers/rule-context.js';
import type { Finding } from '../../../shared/review/review-types.js';
import { withHistoryWarning } from './history-warning.js';
import type { Db } from '../store/database.js';

/** Review's warning on a draft row: the same payee was paid the same amount lately. */
export const paidRecentlyCode = 'paid_recently';
/** How far back "lately" reaches. */
export const paidRecentlyDays = 30;

/** `approved`: in a batch approved (or being sent) that has not sent this row yet. */
type Paid = { readonly paidAt: string; readonly batchId: string; readonly state: 'paid' | 'approved' };

/** Payments of the last 30 days by destination and amount: the latest of each. */
export type RecentPayments = ReadonlyMap<string, Paid>;

const keyOf = (destination: string, amountMinor: number): string => `${destination}\u0000${amountMinor}`;

/** Where a provider's payout goes: the account (bank and e-wallet providers) or the wallet's phone (HiTechPAY). */
function destinationOf(usesBank: boolean, payee: Pick<Payee, 'accountNo' | 'phone'>): string | null {
  return usesBank ? payee.accountNo : payee.phone;
}

/**
 * Rows of other batches paid in `currency` in the last 30 days (succeeded, or accepted and on
 * their way), as of their settling or, while accepted, their sending; and rows still to be sent
 * by a batch approved or sending (two batches paying one payee are as much a double payment as
 * one paid twice). A draft's own rows are not there: only approved batches have rows in batch_row.
 */
export function recentPayments(db: Db, currency: Currency, now = Date.now()): RecentPayments {
  const since = new Date(now - paidRecentlyDays * 24 * 60 * 60_000).toISOString();
  type Row = { batch_id: string; provider: ProviderId; account_no: string | null; phone: string | null; amount_minor: number; paid_at: string; state: 'paid' | 'approved' };
  const rows = db
    .prepare<[string, Currency, Currency], Row>(
      `SELECT r.batch_id, b.provider, json_extract(r.payee_json, '$.accountNo') AS account_no, json_extract(r.payee_json, '$.phone') AS phone, r.amount_minor,
              coalesce(r.settled_at, r.sent_at) AS paid_at, 'paid' AS state
       FROM batch_row r JOIN batch b ON b.id = r.batch_id
       WHERE r.status IN ('succeeded', 'accepted') AND coalesce(r.settled_at, r.sent_at) >= ? AND b.currency = ?
       UNION ALL
       SELECT r.batch_id, b.provider, json_extract(r.payee_json, '$.accountNo'), json_extract(r.payee_json, '$.phone'), r.amount_minor, b.approved_at, 'approved'
       FROM batch b JOIN batch_row r ON r.batch_id = b.id
       WHERE b.status IN ('approved', 'sending', 'paused') AND r.status = 'ready' AND b.currency = ?`,
    )
    .all(since, currency, currency);
  const recent = new Map<string, Paid>();
  for (const row of rows) {
    const destination = destinationOf(providerRules[row.provider].usesBank, { accountNo: row.account_no, phone: row.phone });
    if (!destination) continue;
    const key = keyOf(destination, row.amount_minor);
    const known = recent.get(key);
    if (!known || known.paidAt < row.paid_at) recent.set(key, { paidAt: row.paid_at, batchId: row.batch_id, state: row.state });
  }
  return recent;
}

/**
 * The provider's rules with one more check: a row whose destination was paid the same amount
 * in the last 30 days is warned about, for the accountant to acknowledge (or exclude) before
 * approval, like a duplicate within the sheet.
 */
export function withPaidRecently(rules: ProviderRules, recent: RecentPayments): ProviderRules {
  const keyOfPayee = (payee: Payee): string | null => {
    const destination = destinationOf(rules.usesBank, payee);
    return destination === null || payee.amount === null ? null : keyOf(destination, payee.amount);
  };
  return withHistoryWarning(rules, recent, keyOfPayee, (paid, payee) => paidRecentlyFinding(paid, payee.amount ?? 0, rules.currency, rules.usesBank ? 'account' : 'phone'));
}

function paidRecentlyFinding(paid: Paid, amountMinor: number, currency: Currency, key: 'account' | 'phone'): Finding {
  const amount = formatMinor(amountMinor, currency);
  const date = localDate(paid.paidAt);
  const batch = paid.batchId.slice(0, 8);
  return {
    field: null,
    severity: 'warning',
    code: paidRecentlyCode,
    text: `${amount} ${paid.state === 'approved' ? `is to be paid to this ${key} by batch ${batch}, approved on ${date} and not yet sent` : `was paid to this ${key} on ${date} (batch ${batch})`}. If it is to be paid again, acknowledge this warning; otherwise exclude the row.`,
    // The amount as the English writes it, and in minor units with its currency for the others.
    params: { key, amount, amountMinor, currency, date, batch, state: paid.state },
  };
}

/** The day as the accountant's computer counts it, written yyyy-mm-dd. */
export function localDate(iso: string): string {
  const when = new Date(iso);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${two(when.getMonth() + 1)}-${two(when.getDate())}`;
}
