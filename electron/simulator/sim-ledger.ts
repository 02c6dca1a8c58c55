import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import type { Faults } from './sim-faults.js';

export type LedgerEntry = {
  readonly orderId: string;
  readonly providerRef: string;
  readonly amountMinor: number;
  /** Account, card or phone paid into. */
  readonly target: string;
  readonly recordedAt: number;
  readonly settlesAt: number;
  readonly settlesAs: 'success' | 'failed';
  /** How many times money was moved for this order id: anything but 1 is a double payment. */
  readonly payouts: number;
  /** What else the simulator needs to answer about this order later (e.g. SmilePayz's payment method). */
  readonly details?: Readonly<Record<string, string>>;
};

export type SettlementState = 'processing' | 'success' | 'failed';

/**
 * The simulator's books. An order id is paid at most once, whatever arrives; a payout is
 * processing until `settlesAt`, then success or failure. Balance is reserved when recorded.
 * How a payout settles is the fault switches' `settleMs` and `failTargets` when it is recorded,
 * read here so every simulator applies them alike.
 */
export function createLedger(options: { openingBalanceMinor: number; faults: Pick<Faults, 'settleMs' | 'failTargets'>; books?: string }) {
  const entries = new Map<string, LedgerEntry>();
  // Practice's simulator lives in the engine: its books outlive a restart, as a provider's do,
  // one JSON line per payout (an unreadable line is a payout the books do not know).
  const { books } = options;
  if (books && existsSync(books)) {
    for (const line of readFileSync(books, 'utf8').split('\n')) {
      try {
        const entry = JSON.parse(line) as LedgerEntry;
        if (typeof entry.orderId === 'string') entries.set(entry.orderId, entry);
      } catch {
        // a line cut short by a crash
      }
    }
  }
  return {
    record(orderId: string, amountMinor: number, target: string, details?: Readonly<Record<string, string>>): { entry: LedgerEntry; duplicate: boolean } {
      const existing = entries.get(orderId);
      if (existing) return { entry: existing, duplicate: true };
      const now = Date.now();
      const settlesAs = options.faults.failTargets.has(target) ? 'failed' : 'success';
      const entry: LedgerEntry = { orderId, providerRef: randomUUID().replaceAll('-', '').slice(0, 16).toUpperCase(), amountMinor, target, recordedAt: now, settlesAt: now + options.faults.settleMs, settlesAs, payouts: 1, ...(details ? { details } : {}) };
      entries.set(orderId, entry);
      if (books) appendFileSync(books, `${JSON.stringify(entry)}\n`, { mode: 0o600 });
      return { entry, duplicate: false };
    },
    find(orderId: string): LedgerEntry | undefined {
      return entries.get(orderId);
    },
    stateOf(entry: LedgerEntry, now = Date.now()): SettlementState {
      return now < entry.settlesAt ? 'processing' : entry.settlesAs;
    },
    balanceMinor(): number {
      let spent = 0;
      for (const entry of entries.values()) if (entry.settlesAs === 'success' || Date.now() < entry.settlesAt) spent += entry.amountMinor;
      return options.openingBalanceMinor - spent;
    },
    /**
     * Ends every payout still processing now, as the provider eventually does: tests and
     * Practice can reach final statuses without waiting out the settle time.
     */
    settleAll(): void {
      const now = Date.now();
      for (const [orderId, entry] of entries) if (now < entry.settlesAt) entries.set(orderId, { ...entry, settlesAt: now });
    },
    /** Every order id and what it moved: tests prove nothing was paid twice from this. */
    entries(): LedgerEntry[] {
      return [...entries.values()];
    },
  };
}

export type Ledger = ReturnType<typeof createLedger>;
