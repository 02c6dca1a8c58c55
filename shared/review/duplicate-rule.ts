import { formatMinor } from '../import/format-amount.js';
import type { Currency, Payee } from '../import/model.js';
import type { IssueParams, WireFacts } from './review-types.js';

/**
 * What makes two rows of a batch the same payment, and what Review says about them: a payout
 * to the same destination for the same amount; a refund of the same transaction (several
 * refunds of one payment are partial refunds, which the accountant must say they are).
 */
export type DuplicateRule = {
  /** The warning's code: acknowledging it is how the accountant says every row is meant. */
  readonly code: string;
  key(payee: Payee, wire: WireFacts): string | null;
  /** The warning's English (without "Row N: ") and its params. */
  say(repeat: Repeat): { readonly text: string; readonly params: IssueParams };
};

export type Repeat = {
  readonly payee: Payee;
  /** The first few other rows, listed as the English writes them ("4, 9"). */
  readonly rows: string;
  /** How many other rows share the key, and how many of them `rows` leaves out. */
  readonly others: number;
  readonly more: number;
  /** The sum of every row's amount in the group: computed only for a rule that says it. */
  readonly total: () => number;
};

const listed = ({ others, rows, more }: Repeat): string => `row${others > 1 ? 's' : ''} ${rows}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}`;

/** Payouts: the same account at the same bank (or, for wallet top-ups, the same phone) and amount. */
export function payoutDuplicates(usesBank: boolean): DuplicateRule {
  const key = usesBank ? 'account' : 'phone';
  return {
    code: 'duplicate_payee',
    key: (payee, wire) => payoutKey(payee, wire, usesBank),
    say(repeat) {
      const text = `the same ${usesBank ? 'account, bank' : 'phone'} and amount as ${listed(repeat)}. If every payment is meant, acknowledge this warning; otherwise exclude the extra row.`;
      // `rows`: the first few other rows, as a list; `others`: how many there are in all; `more`: how many the list leaves out.
      return { text, params: { rows: repeat.rows, others: repeat.others, more: repeat.more, key } };
    },
  };
}

/**
 * Refunds: the same transaction refunded by more than one row, whatever the amounts. Their sum
 * is said, for the accountant to hold against what the customer paid.
 */
export function refundDuplicates(currency: Currency): DuplicateRule {
  return {
    code: 'refund_repeated',
    key: (payee) => (payee.transactionId === null ? null : payee.transactionId),
    say(repeat) {
      const totalMinor = repeat.total();
      const total = formatMinor(totalMinor, currency);
      const transaction = repeat.payee.transactionId ?? '';
      const text = `transaction ${transaction} is also refunded in ${listed(repeat)}: ${total} in all. If these are partial refunds of one payment, acknowledge this warning; otherwise exclude the extra rows.`;
      return { text, params: { transaction, rows: repeat.rows, others: repeat.others, more: repeat.more, total, totalMinor, currency } };
    },
  };
}

function payoutKey(payee: Payee, wire: WireFacts, usesBank: boolean): string | null {
  if (payee.amount === null) return null;
  if (!usesBank) return payee.phone === null ? null : [payee.phone, String(payee.amount)].join('|');
  if (payee.accountNo === null) return null;
  const bank = wire.bankCode ?? payee.bank?.toLowerCase() ?? '';
  const account = spaces.test(payee.accountNo) ? payee.accountNo.replace(/\s+/g, '') : payee.accountNo;
  // Joined into one flat string: the index keeps a key per row, and a template's chain of parts is five objects.
  return [account, bank, String(payee.amount)].join('|');
}

const spaces = /\s/;
