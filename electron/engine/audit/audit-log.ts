import type Database from 'better-sqlite3';
import type { AuditAction, AuditDetails } from '../../../shared/audit/audit-actions.js';
import type { AuditEntry, AuditFilter } from '../../../shared/audit/audit-contract.js';
import type { Db } from '../store/database.js';
import { durable } from '../send/durability.js';
import { detailsJson, entryHash, genesisHash, parseDetails } from './audit-chain.js';

/** An entry before it has a place in the chain: what was done, to which batch, and when. */
export type AuditDraft = { readonly action: AuditAction; readonly batchId: string | null; readonly details: AuditDetails; readonly at?: string };

/** An entry as stored, for the export: with the hash it follows. */
export type StoredEntry = AuditEntry & { readonly prevHash: string };

type EntryRecord = { seq: number; at: string; action: string; batch_id: string | null; details_json: string; prev_hash: string; hash: string };

/** Entries queued while a flush fails (the data file busy for longer than its timeout): kept this many at most. */
const maxPending = 200_000;
const retryMs = 1000;
/**
 * Row moves wait this long for others to share their transaction: a commit costs about as much
 * as 3 entries, so 8 rows answered at once cost half as much together. An app crash in between
 * loses at most these last moments' entries; the journal still has every row's status.
 */
const gatherMs = 10;
const gatherAtMost = 500;

/**
 * The audit log's writer and reader. Each append runs in one IMMEDIATE transaction that
 * reads the chain's end (the last hash, the highest seq ever given) and writes after it, so
 * two processes on one data folder (the app and a CLI) take turns and never fork the chain.
 * Row moves arrive by the thousand while a batch is sent: they are queued and written together,
 * one transaction for all that came within a few milliseconds.
 */
export function createAuditLog(db: Db, onError: (error: unknown) => void) {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1');
  const highest = db.prepare<[], { seq: number }>("SELECT seq FROM sqlite_sequence WHERE name = 'audit_entry'");
  const insert = db.prepare<[number, string, string, string | null, string, string, string]>('INSERT INTO audit_entry (seq, at, action, batch_id, details_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const writeAll = db.transaction((drafts: readonly AuditDraft[]): void => {
    const end = last.get();
    let seq = Math.max(end?.seq ?? 0, highest.get()?.seq ?? 0);
    let prevHash = end?.hash ?? genesisHash;
    for (const draft of drafts) {
      seq += 1;
      const entry = { seq, at: draft.at ?? new Date().toISOString(), action: draft.action, batchId: draft.batchId, details: draft.details };
      const hash = entryHash(prevHash, entry);
      insert.run(seq, entry.at, entry.action, entry.batchId, detailsJson(entry.details), prevHash, hash);
      prevHash = hash;
    }
  });
  const queries = new Map<string, Database.Statement>();
  let pending: AuditDraft[] = [];
  let soon: NodeJS.Timeout | null = null;
  let retry: NodeJS.Timeout | null = null;
  let failing = false;

  function write(drafts: readonly AuditDraft[]): void {
    // What the log adds is written as the journal writes answers: in the WAL at once (an app
    // crash loses none), synced with the next full commit.
    durable(db, 'NORMAL');
    writeAll.immediate(drafts);
  }

  /** Everything queued, written now; on failure kept and tried again a little later. */
  function flush(): void {
    if (soon) clearTimeout(soon);
    if (retry) clearTimeout(retry);
    soon = null;
    retry = null;
    if (pending.length === 0 || !db.open) {
      pending = [];
      return;
    }
    const drafts = pending;
    pending = [];
    try {
      write(drafts);
      failing = false;
    } catch (error) {
      if (!db.open) return;
      if (!failing) onError(error);
      failing = true;
      pending = drafts.concat(pending).slice(-maxPending);
      retry = setTimeout(flush, retryMs).unref();
    }
  }

  function statement(sql: string): Database.Statement {
    let made = queries.get(sql);
    if (!made) {
      made = db.prepare(sql);
      queries.set(sql, made);
    }
    return made;
  }

  return {
    /** Written now (after anything queued), in this call: an action the accountant took. */
    append(draft: AuditDraft): void {
      pending.push({ ...draft, at: draft.at ?? new Date().toISOString() });
      flush();
    },
    /** Written with whatever else arrives within a few milliseconds: a row's move. */
    queue(draft: AuditDraft): void {
      pending.push({ ...draft, at: draft.at ?? new Date().toISOString() });
      if (pending.length >= gatherAtMost && !retry) flush();
      else if (!soon && !retry) soon = setTimeout(flush, gatherMs);
    },
    flush,
    /** A page of entries matching the filter, newest first unless asked otherwise, and how many match. */
    list(filter: AuditFilter, offset: number, limit: number, oldestFirst: boolean): { entries: AuditEntry[]; matching: number } {
      flush();
      const { where, values } = whereOf(filter);
      const matching = (statement(`SELECT count(*) AS n FROM audit_entry${where}`).get(...values) as { n: number }).n;
      const rows = statement(`SELECT seq, at, action, batch_id, details_json, prev_hash, hash FROM audit_entry${where} ORDER BY seq ${oldestFirst ? 'ASC' : 'DESC'} LIMIT ? OFFSET ?`).all(...values, limit, offset) as EntryRecord[];
      return { entries: rows.map((r) => entryOf(r)), matching };
    },
    /** Every matching entry, oldest first, one at a time. */
    *each(filter: AuditFilter): Generator<StoredEntry> {
      flush();
      const { where, values } = whereOf(filter);
      for (const r of statement(`SELECT seq, at, action, batch_id, details_json, prev_hash, hash FROM audit_entry${where} ORDER BY seq`).iterate(...values) as IterableIterator<EntryRecord>) {
        yield { ...entryOf(r), prevHash: r.prev_hash };
      }
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;

function whereOf(filter: AuditFilter): { where: string; values: string[] } {
  const terms: string[] = [];
  const values: string[] = [];
  const add = (term: string, value: string | undefined): void => {
    if (value === undefined || value === '') return;
    terms.push(term);
    values.push(value);
  };
  add('action = ?', filter.action);
  add('batch_id = ?', filter.batchId);
  add('at >= ?', filter.from);
  add('at < ?', filter.to);
  return { where: terms.length ? ` WHERE ${terms.join(' AND ')}` : '', values };
}

/** Details someone made unreadable are shown as the text they hold, so the view still lists the entry. */
function entryOf(r: EntryRecord): AuditEntry {
  return { seq: r.seq, at: r.at, action: r.action, batchId: r.batch_id, details: parseDetails(r.details_json) ?? { unreadable: r.details_json }, hash: r.hash };
}
