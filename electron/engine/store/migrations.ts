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
  `CREATE TABLE imported_file (
     content_hash TEXT NOT NULL,
     file_name    TEXT NOT NULL,
     rows         INTEGER NOT NULL,
     imported_at  TEXT NOT NULL
   ) STRICT;
   CREATE INDEX imported_file_hash ON imported_file (content_hash);
   CREATE TABLE rule_limits (
     provider    TEXT PRIMARY KEY,
     limits_json TEXT NOT NULL,
     updated_at  TEXT NOT NULL
   ) STRICT;
   CREATE TABLE batch (
     id            TEXT PRIMARY KEY,
     provider      TEXT NOT NULL,
     currency      TEXT NOT NULL,
     file_name     TEXT NOT NULL,
     file_hash     TEXT,
     row_count     INTEGER NOT NULL,
     total_minor   INTEGER NOT NULL,
     content_hash  TEXT NOT NULL,
     status        TEXT NOT NULL CHECK (status IN ('approved', 'sending', 'finished')),
     approved_at   TEXT NOT NULL
   ) STRICT;
   CREATE TABLE batch_row (
     batch_id      TEXT NOT NULL REFERENCES batch (id),
     seq           INTEGER NOT NULL,
     sheet_row     INTEGER NOT NULL,
     order_id      TEXT NOT NULL UNIQUE,
     payee_json    TEXT NOT NULL,
     bank_code     TEXT,
     account_type  TEXT,
     amount_minor  INTEGER NOT NULL,
     status        TEXT NOT NULL,
     PRIMARY KEY (batch_id, seq)
   ) STRICT;`,
  `CREATE TABLE provider_settings (
     provider      TEXT NOT NULL,
     environment   TEXT NOT NULL,
     settings_json TEXT NOT NULL,
     updated_at    TEXT NOT NULL,
     PRIMARY KEY (provider, environment)
   ) STRICT;`,
  // Confirmed changes of where money and keys go (electron/engine/destinations/change-log.ts).
  `CREATE TABLE destination_change (
     id            INTEGER PRIMARY KEY,
     provider      TEXT NOT NULL,
     environment   TEXT,
     kind          TEXT NOT NULL CHECK (kind IN ('address', 'verification_key', 'limit')),
     field         TEXT NOT NULL,
     old_value     TEXT,
     new_value     TEXT NOT NULL,
     confirmed_via TEXT NOT NULL,
     changed_at    TEXT NOT NULL
   ) STRICT;
   CREATE INDEX destination_change_latest ON destination_change (provider, environment, kind, id);`,
];
