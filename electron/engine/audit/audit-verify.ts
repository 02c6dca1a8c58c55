import type { AuditBreakReason, AuditVerdict } from '../../../shared/audit/audit-contract.js';
import type { Db } from '../store/database.js';
import { entryHash, genesisHash, parseDetails, type ChainedFields } from './audit-chain.js';

type EntryRecord = { seq: number; at: string; action: string; batch_id: string | null; details_json: string; prev_hash: string; hash: string };

const columns = 'seq, at, action, batch_id, details_json, prev_hash, hash';
/** How many entries removed before one (the rest numbered down) are still told apart from an edit. */
const maxRenumbered = 16;

/**
 * Walks the chain from its first entry and names the first one that is not as it was written:
 * - `missing`: a number skipped (an entry deleted, the last ones too: SQLite remembers the
 *   highest number it gave), or an entry that follows one that is no longer there;
 * - `reordered`: the entry that belongs at this place is intact, but somewhere else;
 * - `edited`: its content no longer matches its hash.
 * A log rewritten from the first changed entry on, every hash recomputed, is not detectable
 * from the file alone: the chain proves the log was not edited in place.
 */
export function verifyChain(db: Db): AuditVerdict {
  const read = db.transaction((): AuditVerdict => {
    let expectedSeq = 1;
    let expectedPrev = genesisHash;
    let entries = 0;
    let first: { record: EntryRecord; intact: boolean } | null = null;
    // Nothing else may run on the connection while it iterates: the first break is noted, the loop left, then looked into.
    for (const record of db.prepare(`SELECT ${columns} FROM audit_entry ORDER BY seq`).iterate() as IterableIterator<EntryRecord>) {
      entries += 1;
      const intact = record.seq === expectedSeq && hashOf(record, record.seq) === record.hash;
      if (!intact || record.prev_hash !== expectedPrev) {
        first = { record, intact };
        break;
      }
      expectedPrev = record.hash;
      expectedSeq += 1;
    }
    if (first) {
      const { record, intact } = first;
      if (record.seq > expectedSeq) return broken(entries, 'missing', expectedSeq);
      if (record.seq < expectedSeq) return broken(entries, 'reordered', expectedSeq);
      return broken(entries, whyBroken(db, record, intact, expectedSeq, expectedPrev), expectedSeq);
    }
    const given = (db.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'").get() as { seq: number } | undefined)?.seq ?? 0;
    if (given >= expectedSeq) return broken(entries, 'missing', expectedSeq);
    return { ok: true, entries, broken: null };
  });
  // One read transaction: entries another process appends meanwhile are not half seen.
  return read.deferred();
}

function broken(entries: number, reason: AuditBreakReason, seq: number): AuditVerdict {
  return { ok: false, entries, broken: { seq, reason } };
}

/**
 * Why the entry at this place breaks the chain. The entry that belongs here is the one that
 * follows the last good entry (its prev_hash) and hashes right at this number: found at another
 * number, or its content found under another number (where it breaks the chain too: a copy that
 * is whole where it stands is only alike), the log was reordered.
 */
function whyBroken(db: Db, here: EntryRecord, intact: boolean, seq: number, prev: string): AuditBreakReason {
  // Whole entries moved (their numbers swapped): the one that belongs here is elsewhere, intact.
  for (const other of db.prepare(`SELECT ${columns} FROM audit_entry WHERE prev_hash = ? AND seq <> ?`).iterate(prev, here.seq) as IterableIterator<EntryRecord>) {
    if (hashOf(other, seq) === other.hash && !intactAt(other)) return 'reordered';
  }
  if (intact) {
    // Whole and in its place, but what it follows is gone: an entry before it was removed.
    const followed = db.prepare('SELECT seq FROM audit_entry WHERE hash = ?').get(here.prev_hash) as { seq: number } | undefined;
    return followed && followed.seq > here.seq ? 'reordered' : 'missing';
  }
  // Entries removed before it and the rest numbered down: whole at a later number.
  for (let later = seq + 1; later <= seq + maxRenumbered; later += 1) if (hashOf(here, later) === here.hash) return 'missing';
  // Contents moved (numbers and hashes left in place): this place's content is in another row.
  for (const other of db.prepare(`SELECT ${columns} FROM audit_entry WHERE seq <> ?`).iterate(here.seq) as IterableIterator<EntryRecord>) {
    if (hashOf(other, seq, here.prev_hash) === here.hash && !intactAt(other)) return 'reordered';
  }
  return 'edited';
}

/** Whole where it stands: moved there from another place, or holding another's content, it is not. */
function intactAt(record: EntryRecord): boolean {
  return hashOf(record, record.seq) === record.hash;
}

/** The hash this record would have at `seq` after `prev` (its own prev_hash unless given); '' when its details are unreadable. */
function hashOf(record: EntryRecord, seq: number, prev = record.prev_hash): string {
  const details = parseDetails(record.details_json);
  if (!details) return '';
  const fields: ChainedFields = { seq, at: record.at, action: record.action, batchId: record.batch_id, details };
  return entryHash(prev, fields);
}
