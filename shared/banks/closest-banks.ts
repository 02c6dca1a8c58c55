import { distance } from 'fastest-levenshtein';
import type { BankEntry } from './bank-entry.js';

/** A comparable key and the institutions written that way (more than one: the key is ambiguous). */
export type KeyedEntries = { readonly key: string; readonly entries: readonly BankEntry[] };

export type Closest = {
  /** Institutions near what was written, nearest first (at most three). */
  readonly listed: readonly BankEntry[];
  /** The one institution clearly closest, when there is one; otherwise none is chosen. */
  readonly clear: BankEntry | undefined;
};

/** Near: at most a third of the key differs (3 letters: one edit; 9 letters: three)… */
const nearRatio = 1 / 3;
/** …and, to be listed, within two edits of the nearest. */
const listedSpread = 2;
/** Clearly closest: near, and every other institution at least this many edits further. */
const clearMargin = 2;
const maxListed = 3;

type Score = { readonly edits: number; readonly ratio: number };

/** A key to compare, and the edits it costs before any (1: it is only the start of what was written). */
export type Probe = { readonly key: string; readonly cost: number };

/**
 * The institutions nearest what was written, by edit distance to each of their keys. Besides the
 * whole, the first words alone are compared at the cost of one edit, for a name followed by more
 * words ("BIDV Thanh Xuân", "Vietcombnk Hà Nội"). An institution is "clearly closest" when it is
 * within a third of the key and every other one is at least two edits further: "Vietcombnk" →
 * Vietcombank; "VXB" (one edit from VCB, VIB, VTB and VPB) → all listed, none chosen. Codes
 * written in digits (BIN, BOT code) are never guessed at: a wrong digit is another bank.
 */
export function closestBanks(probes: readonly Probe[], keyed: readonly KeyedEntries[], order: ReadonlyMap<BankEntry, number>): Closest {
  const usable = probes.filter((p) => p.key.length >= 2 && !/^\d+$/.test(p.key));
  if (usable.length === 0) return { listed: [], clear: undefined };
  const best = new Map<BankEntry, Score>();
  for (const { key: known, entries } of keyed) {
    if (known.length < 2 || /^\d+$/.test(known)) continue;
    for (const probe of usable) {
      const edits = distance(probe.key, known) + probe.cost;
      const score = { edits, ratio: edits / Math.max(probe.key.length, known.length) };
      for (const entry of entries) {
        const previous = best.get(entry);
        if (previous === undefined || isBetter(score, previous)) best.set(entry, score);
      }
    }
  }
  const ranked = [...best.entries()].sort(([a, sa], [b, sb]) => sa.edits - sb.edits || sa.ratio - sb.ratio || (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const [first, second] = ranked;
  const listed = ranked
    .filter(([, score]) => score.ratio <= nearRatio && score.edits <= first![1].edits + listedSpread)
    .slice(0, maxListed)
    .map(([entry]) => entry);
  const clear = first && first[1].ratio <= nearRatio && (second === undefined || second[1].edits - first[1].edits >= clearMargin) ? first[0] : undefined;
  return { listed, clear };
}

function isBetter(a: Score, b: Score): boolean {
  return a.edits < b.edits || (a.edits === b.edits && a.ratio < b.ratio);
}
