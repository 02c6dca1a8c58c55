import { createHash } from 'node:crypto';
import type { AuditValue } from '../../../shared/audit/audit-actions.js';

/** What the first entry's prev_hash is: no entry came before it. */
export const genesisHash = '0'.repeat(64);

export type ChainedFields = {
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly batchId: string | null;
  readonly details: Readonly<Record<string, AuditValue | undefined>>;
};

/**
 * An entry's one written form, whatever order its details were given in: a JSON array of
 * seq, time, action, batch and the details as [name, value] pairs sorted by name (an array,
 * not an object, so a name that looks like a number cannot be moved to the front).
 */
export function canonicalForm(entry: ChainedFields): string {
  const pairs = Object.keys(entry.details)
    .filter((name) => entry.details[name] !== undefined)
    .sort()
    .map((name) => [name, entry.details[name]]);
  return JSON.stringify([entry.seq, entry.at, entry.action, entry.batchId, pairs]);
}

/** SHA-256 over the previous entry's hash and this entry's canonical form, as hex. */
export function entryHash(prevHash: string, entry: ChainedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalForm(entry)).digest('hex');
}

/** The details as stored: the same sorted pairs, as an object a person can read. */
export function detailsJson(details: Readonly<Record<string, AuditValue | undefined>>): string {
  const sorted: Record<string, AuditValue> = {};
  for (const name of Object.keys(details).sort()) {
    const value = details[name];
    if (value !== undefined) sorted[name] = value;
  }
  return JSON.stringify(sorted);
}

/** Stored details read back; null when they are not an object of plain values (someone wrote them by hand). */
export function parseDetails(text: string): Record<string, AuditValue> | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: Record<string, AuditValue> = {};
  for (const [name, item] of Object.entries(value)) {
    if (item !== null && typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') return null;
    out[name] = item;
  }
  return out;
}
