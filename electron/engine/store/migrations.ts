/**
 * The schema, as an append-only list: each entry runs once, in order, inside a transaction,
 * and `PRAGMA user_version` records how many have run. Never edit a shipped entry; add one.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE saved_mapping (
     header_signature TEXT PRIMARY KEY,
     columns_json     TEXT NOT NULL,
     currency         TEXT,
     amount_format    TEXT,
     saved_at         TEXT NOT NULL
   ) STRICT;`,
];
