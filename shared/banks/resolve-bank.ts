import { distance } from 'fastest-levenshtein';
import { foldDiacritics } from '../import/text-normalize.js';
import type { BankEntry } from './bank-entry.js';

export type BankDirectory = {
  readonly entries: readonly BankEntry[];
  /** Institution id → the provider's code. */
  readonly codes: Readonly<Record<string, string>>;
};

export type BankResolution =
  | { readonly ok: true; readonly entry: BankEntry; readonly code: string }
  | { readonly ok: false; readonly reason: 'unknown' | 'not_supported'; readonly suggestions: readonly string[]; readonly entry?: BankEntry };

// Words that decorate a bank's name without telling banks apart.
const filler = /\b(ngan hang|nh|tmcp|thuong mai co phan|joint stock commercial bank|commercial bank|jsc|bank of vietnam|viet nam|vietnam|bank|ธนาคาร|จำกัด|มหาชน|public company limited|pcl)\b/g;

export function bankKey(written: string): string {
  return foldDiacritics(written.normalize('NFC'))
    .toLowerCase()
    .replace(/ธนาคาร/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(filler, ' ')
    .replace(/\s+/g, '')
    .trim();
}

/** Written name → institution → the provider's code; unknown names get the closest known ones. */
export function createBankResolver(directory: BankDirectory): (written: string) => BankResolution {
  const byKey = new Map<string, BankEntry>();
  for (const entry of directory.entries) {
    for (const alias of [entry.name, entry.id, ...entry.aliases]) {
      const key = bankKey(alias);
      if (key !== '' && !byKey.has(key)) byKey.set(key, entry);
    }
  }
  const keys = [...byKey.keys()];
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
    const key = bankKey(written);
    const entry = byKey.get(key);
    if (entry) {
      const code = directory.codes[entry.id];
      if (code) return { ok: true, entry, code };
      return { ok: false, reason: 'not_supported', suggestions: [], entry };
    }
    return { ok: false, reason: 'unknown', suggestions: suggest(key, keys, byKey, directory) };
  }
}

const maxRemembered = 10_000;

function suggest(key: string, keys: readonly string[], byKey: ReadonlyMap<string, BankEntry>, directory: BankDirectory): string[] {
  if (key === '') return [];
  const ranked = keys
    .map((candidate) => ({ candidate, score: distance(key, candidate) / Math.max(key.length, candidate.length) }))
    .sort((a, b) => a.score - b.score);
  const names: string[] = [];
  for (const { candidate, score } of ranked) {
    const entry = byKey.get(candidate);
    if (!entry || !directory.codes[entry.id] || names.includes(entry.name)) continue;
    if (score > 0.6 && names.length > 0) break;
    names.push(entry.name);
    if (names.length === 3) break;
  }
  return names;
}
