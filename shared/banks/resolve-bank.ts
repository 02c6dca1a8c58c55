import type { BankEntry } from './bank-entry.js';
import { createBankIndex, type BankIndex } from './bank-index.js';
import { readWrittenBank } from './read-written-bank.js';

export type BankDirectory = {
  readonly entries: readonly BankEntry[];
  /** Institution id → the provider's code. */
  readonly codes: Readonly<Record<string, string>>;
};

export type BankResolution =
  | { readonly ok: true; readonly entry: BankEntry; readonly code: string }
  | {
      readonly ok: false;
      /**
       * unknown: written as no institution is; ambiguous: written as several are (all in
       * `suggestions`, none chosen); not_supported: the provider has no code for `entry`.
       */
      readonly reason: 'unknown' | 'ambiguous' | 'not_supported';
      /** Names to show, nearest first. */
      readonly suggestions: readonly string[];
      /** The one name clearly closest to what was written (closest-banks.ts); absent when none is. */
      readonly closest?: string;
      readonly entry?: BankEntry;
    };

/** Written name → institution → the provider's code; unknown names get the closest known ones. */
export function createBankResolver(directory: BankDirectory): (written: string) => BankResolution {
  // A payroll names a handful of banks many thousands of times: each spelling is resolved once.
  const seen = new Map<string, BankResolution>();
  return (written) => {
    let resolution = seen.get(written);
    if (resolution === undefined) {
      if (seen.size >= maxRemembered) seen.clear();
      resolution = resolve(written);
      seen.set(written, resolution);
    }
    return resolution;
  };

  function resolve(written: string): BankResolution {
    const reading = readWrittenBank(written, indexOf(directory.entries));
    if (reading.kind === 'unknown') {
      const suggestions = reading.listed.map((e) => e.name);
      return reading.clear ? { ok: false, reason: 'unknown', suggestions, closest: reading.clear.name } : { ok: false, reason: 'unknown', suggestions };
    }
    const [entry, ...others] = reading.entries;
    if (entry === undefined || others.length > 0) return { ok: false, reason: 'ambiguous', suggestions: reading.entries.map((e) => e.name) };
    const code = directory.codes[entry.id];
    if (code) return { ok: true, entry, code };
    return { ok: false, reason: 'not_supported', suggestions: [], entry };
  }
}

const maxRemembered = 10_000;

/**
 * Each directory is indexed on its first lookup, and once: the resolvers are made when the rules
 * module loads (in the window, the worker, the engine and the CLI), where building three indexes
 * took 10–20 ms before anything was checked, and SmilePayz and AppotaPay read the same directory.
 */
const indexes = new WeakMap<readonly BankEntry[], BankIndex>();

function indexOf(entries: readonly BankEntry[]): BankIndex {
  let index = indexes.get(entries);
  if (index === undefined) {
    index = createBankIndex(entries);
    indexes.set(entries, index);
  }
  return index;
}
