import type { Translator } from '../../../shared/i18n/translator.js';
import type { EngineHost } from '../../engine/host/engine-host.js';
import type { CliIo } from '../cli-io.js';
import { ask } from './cli-engine.js';

/**
 * Review's warnings that a payment is refunded more than once: twice or more in this sheet
 * (refund_repeated), or again after an earlier batch (refunded_before). Partial refunds are
 * real, but so is a sheet exported twice: only --partial-refunds says which, never --yes.
 */
const partialRefundWarnings = [
  { code: 'refund_repeated', message: 'cli.refund.repeated' },
  { code: 'refunded_before', message: 'cli.refund.refundedBefore' },
] as const;

/** Enough to find them in the sheet; the warnings listed above name every row shown there. */
const shown = 20;

/**
 * True when the draft may go on: no partial refunds, or --partial-refunds given. Otherwise each
 * kind found is said in one line naming its transactions, their rows and the flag.
 */
export async function partialRefundsAllowed(engine: EngineHost, batchId: string, warnings: ReadonlyArray<{ readonly code: string }>, allowed: boolean, io: CliIo, tr: Translator): Promise<boolean> {
  if (allowed) return true;
  const found = partialRefundWarnings.filter(({ code }) => warnings.some((w) => w.code === code));
  for (const { code, message } of found) {
    const { rows, matched } = await ask(engine, 'batch.get', { batchId, filter: { code }, limit: 500 });
    const transactions = [...new Set(rows.map((r) => r.payee.transactionId ?? ''))];
    // A page short of every match leaves transactions unseen: the lists then end with "…".
    const complete = rows.length === matched;
    io.stderr.write(`paybatch send: ${tr.t(message, { count: transactions.length, transactions: listed(transactions, complete), rowCount: matched, rows: listed(rows.map((r) => String(r.row)), complete) })}\n`);
  }
  return found.length === 0;
}

function listed(items: readonly string[], complete: boolean): string {
  const some = items.slice(0, shown).join(', ');
  return complete && items.length <= shown ? some : `${some}, …`;
}
