import type { Payee } from '../import/model.js';
import type { WireFacts } from './review-types.js';

/**
 * Rows that would pay the same payee the same amount: the same account at the same bank
 * (or, for wallet top-ups, the same phone). Returns, per row index, the sheet rows it repeats.
 */
export function findDuplicates(rows: ReadonlyArray<{ row: number; payee: Payee; wire: WireFacts; excluded: boolean }>, usesBank: boolean): Map<number, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((r, index) => {
    if (r.excluded) return;
    const key = duplicateKey(r.payee, r.wire, usesBank);
    if (key === null) return;
    const group = groups.get(key);
    if (group) group.push(index);
    else groups.set(key, [index]);
  });
  const repeats = new Map<number, number[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const index of group) repeats.set(index, group.filter((other) => other !== index).map((other) => rows[other]?.row ?? 0));
  }
  return repeats;
}

export function duplicateKey(payee: Payee, wire: WireFacts, usesBank: boolean): string | null {
  if (payee.amount === null) return null;
  if (!usesBank) return payee.phone === null ? null : `${payee.phone}|${payee.amount}`;
  if (payee.accountNo === null) return null;
  const bank = wire.bankCode ?? payee.bank?.toLowerCase() ?? '';
  return `${payee.accountNo.replace(/\s+/g, '')}|${bank}|${payee.amount}`;
}
