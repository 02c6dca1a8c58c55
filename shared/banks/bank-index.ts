import { distance } from 'fastest-levenshtein';
import type { BankEntry } from './bank-entry.js';
import { bankKey, keyOfWords, maxNameWords } from './bank-key.js';
import { closestBanks, type Closest, type KeyedEntries, type Probe } from './closest-banks.js';

/** A directory's institutions by every key they are written as. */
export type BankIndex = {
  /** The institutions written exactly so (several: the key is shared, so it is ambiguous). */
  exact(key: string): readonly BankEntry[] | undefined;
  /** The institutions nearest words no institution is written as (closest-banks.ts). */
  closest(words: readonly string[]): Closest;
  /** Whether an institution other than these has a key within so many edits of this one. */
  nearOther(key: string, edits: number, these: readonly BankEntry[]): boolean;
};

/** Every key an entry is found by: its name, id, codes and aliases; its digit codes exactly. */
export function keysOf(entry: BankEntry): string[] {
  const written = [entry.name, entry.id, entry.napasCode, ...entry.aliases].filter((w): w is string => w !== undefined);
  const digits = [entry.bin, entry.botCode].filter((w): w is string => w !== undefined);
  return [...new Set([...written.map(bankKey), ...digits])].filter((key) => key !== '');
}

export function createBankIndex(entries: readonly BankEntry[]): BankIndex {
  const byKey = new Map<string, BankEntry[]>();
  for (const entry of entries) {
    for (const key of keysOf(entry)) {
      const known = byKey.get(key);
      if (known === undefined) byKey.set(key, [entry]);
      else if (!known.includes(entry)) known.push(entry);
    }
  }
  const keyed: KeyedEntries[] = [...byKey].map(([key, written]) => ({ key, entries: written }));
  const order = new Map(entries.map((entry, i) => [entry, i]));
  return {
    exact: (key) => byKey.get(key),
    closest: (words) => closestBanks(probesOf(words), keyed, order),
    nearOther(key, edits, these) {
      return keyed.some((k) => Math.abs(k.key.length - key.length) <= edits && k.entries.some((e) => !these.includes(e)) && distance(k.key, key) <= edits);
    },
  };
}

/** The whole of some words, then each run of their first words (one edit dearer). */
function probesOf(words: readonly string[]): Probe[] {
  const probes: Probe[] = [{ key: keyOfWords(words), cost: 0 }];
  for (let n = Math.min(words.length - 1, maxNameWords); n >= 1; n -= 1) probes.push({ key: keyOfWords(words.slice(0, n)), cost: 1 });
  return probes;
}
