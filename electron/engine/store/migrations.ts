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
  // Batches the engine owns from import (draft) to their end, and every change made to a draft.
  // `batch` is rebuilt for its new states; its rows' table is rebuilt with it so the foreign
  // key follows the rename (SQLite renames references along with the table).
  `CREATE TABLE batch_v2 (
     id            TEXT PRIMARY KEY,
     provider      TEXT NOT NULL,
     currency      TEXT NOT NULL,
     operation     TEXT NOT NULL DEFAULT 'payout' CHECK (operation IN ('payout', 'refund')),
     file_name     TEXT NOT NULL,
     file_hash     TEXT,
     sheet         TEXT,
     header_signature TEXT,
     mapping_json  TEXT NOT NULL DEFAULT '{}',
     amount_format TEXT NOT NULL DEFAULT 'auto',
     row_count     INTEGER NOT NULL,
     rows_received INTEGER NOT NULL DEFAULT 0,
     total_minor   INTEGER NOT NULL,
     content_hash  TEXT,
     status        TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'sending', 'paused', 'finished', 'cancelled', 'discarded')),
     environment   TEXT,
     repeat_of     TEXT REFERENCES batch_v2 (id),
     created_at    TEXT NOT NULL,
     updated_at    TEXT NOT NULL,
     approved_at   TEXT,
     discarded_at  TEXT
   ) STRICT;
   INSERT INTO batch_v2 (id, provider, currency, file_name, file_hash, row_count, rows_received, total_minor, content_hash, status, created_at, updated_at, approved_at)
     SELECT id, provider, currency, file_name, file_hash, row_count, row_count, total_minor, content_hash, status, approved_at, approved_at, approved_at FROM batch;
   CREATE TABLE batch_row_v2 (
     batch_id      TEXT NOT NULL REFERENCES batch_v2 (id),
     seq           INTEGER NOT NULL,
     sheet_row     INTEGER NOT NULL,
     order_id      TEXT NOT NULL UNIQUE,
     payee_json    TEXT NOT NULL,
     bank_code     TEXT,
     account_type  TEXT,
     amount_minor  INTEGER NOT NULL,
     status        TEXT NOT NULL,
     PRIMARY KEY (batch_id, seq)
   ) STRICT;
   INSERT INTO batch_row_v2 SELECT * FROM batch_row;
   DROP TABLE batch_row;
   DROP TABLE batch;
   ALTER TABLE batch_v2 RENAME TO batch;
   ALTER TABLE batch_row_v2 RENAME TO batch_row;
   -- Before this version the same content could be approved twice unasked: each later one is
   -- recorded as repeating the one before it, so the rule below holds for what exists.
   UPDATE batch SET repeat_of = (
       SELECT earlier.id FROM batch AS earlier
       WHERE earlier.content_hash = batch.content_hash AND earlier.status NOT IN ('draft', 'discarded')
         AND (earlier.approved_at < batch.approved_at OR (earlier.approved_at = batch.approved_at AND earlier.id < batch.id))
       ORDER BY earlier.approved_at DESC, earlier.id DESC LIMIT 1)
     WHERE status NOT IN ('draft', 'discarded') AND content_hash IS NOT NULL;
   -- One live approval per content: paying the same people the same amounts again needs the
   -- accountant's explicit confirmation, which names the batch repeated.
   CREATE UNIQUE INDEX batch_content_once ON batch (content_hash, coalesce(repeat_of, '')) WHERE status NOT IN ('draft', 'discarded');
   CREATE INDEX batch_file ON batch (file_hash);
   -- A draft is its rows as imported plus the steps taken on them since, replayed in order when
   -- it is opened: a change to 100,000 rows is one row written here, not 100,000 updated.
   CREATE TABLE draft_row (
     batch_id      TEXT NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
     idx           INTEGER NOT NULL,
     sheet_row     INTEGER NOT NULL,
     imported_json TEXT NOT NULL,
     PRIMARY KEY (batch_id, idx)
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE draft_step (
     batch_id      TEXT NOT NULL REFERENCES batch (id) ON DELETE CASCADE,
     step          INTEGER NOT NULL,
     kind          TEXT NOT NULL,
     rows          INTEGER NOT NULL,
     -- [[row index, field or null, before, after], …]: what each row was and became
     changes_json  TEXT NOT NULL,
     undone        INTEGER NOT NULL DEFAULT 0,
     changed_at    TEXT NOT NULL,
     PRIMARY KEY (batch_id, step)
   ) STRICT;
   ALTER TABLE saved_mapping ADD COLUMN provider TEXT;`,
  // The send journal. A row's status moves ready → sending (committed with a full sync before
  // its request leaves) → accepted / succeeded / failed / rejected / unknown / needs_review /
  // cancelled; every request and answer, redacted, is one `attempt`.
  `ALTER TABLE batch_row ADD COLUMN provider_ref TEXT;
   ALTER TABLE batch_row ADD COLUMN fee_minor INTEGER;
   ALTER TABLE batch_row ADD COLUMN error_code TEXT;
   ALTER TABLE batch_row ADD COLUMN error_message TEXT;
   -- Requests sent with this row's order id (payouts only; status queries are counted in queries).
   ALTER TABLE batch_row ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE batch_row ADD COLUMN queries INTEGER NOT NULL DEFAULT 0;
   ALTER TABLE batch_row ADD COLUMN sent_at TEXT;
   ALTER TABLE batch_row ADD COLUMN settled_at TEXT;
   -- Epoch milliseconds: when the row may next be sent again (after a retryable refusal) or queried.
   ALTER TABLE batch_row ADD COLUMN next_at INTEGER;
   -- Why the row needs a person (needs_review), with the provider's last answer.
   ALTER TABLE batch_row ADD COLUMN review_reason TEXT;
   -- The accountant's decision on a pre-send finding (keep / exclude), and what was found.
   ALTER TABLE batch_row ADD COLUMN presend_json TEXT;
   -- The description sent, fixed at approval (the provider's default when the row has none).
   ALTER TABLE batch_row ADD COLUMN description TEXT;
   CREATE INDEX batch_row_status ON batch_row (batch_id, status);
   ALTER TABLE batch ADD COLUMN send_started_at TEXT;
   ALTER TABLE batch ADD COLUMN finished_at TEXT;
   ALTER TABLE batch ADD COLUMN concurrency INTEGER;
   CREATE TABLE attempt (
     id           INTEGER PRIMARY KEY,
     batch_id     TEXT NOT NULL REFERENCES batch (id),
     -- null for a batch's balance query
     order_id     TEXT,
     kind         TEXT NOT NULL CHECK (kind IN ('payout', 'status', 'balance', 'inquiry')),
     method       TEXT NOT NULL,
     url          TEXT NOT NULL,
     -- The body as sent, with every signature, key and token replaced by "[redacted]".
     request_json TEXT,
     http_status  INTEGER,
     answer_text  TEXT,
     outcome      TEXT,
     started_at   TEXT NOT NULL,
     ended_at     TEXT
   ) STRICT;
   CREATE INDEX attempt_order ON attempt (order_id, id);
   -- Who is sending from this data folder: one process at a time (electron/engine/send/send-lock.ts).
   CREATE TABLE send_lock (
     id          INTEGER PRIMARY KEY CHECK (id = 1),
     pid         INTEGER NOT NULL,
     host        TEXT NOT NULL,
     command     TEXT NOT NULL,
     taken_at    TEXT NOT NULL
   ) STRICT;`,
  // Pre-send checks (electron/engine/send/presend/): the batch's last check (environment, when,
  // the balance against what was left to send, how many names were asked); each row's finding
  // and decision stays in batch_row.presend_json. And Review's "paid recently" warning reads the
  // payments of the last 30 days: an index over exactly those rows.
  `ALTER TABLE batch ADD COLUMN presend_json TEXT;
   CREATE INDEX batch_row_paid ON batch_row (coalesce(settled_at, sent_at)) WHERE status IN ('succeeded', 'accepted');`,
  // A row's reason in the reader's language: when its words (review_reason, else error_message)
  // are Paybatch's own rather than the provider's, their code (sendReason.<code> in the
  // catalogues) and values as JSON; null for the provider's words and for rows written before.
  `ALTER TABLE batch_row ADD COLUMN reason_code TEXT;
   ALTER TABLE batch_row ADD COLUMN reason_params_json TEXT;`,
  // A retry (issue #15): the draft made of a sent batch's failed and rejected rows names it.
  `ALTER TABLE batch ADD COLUMN retry_of TEXT REFERENCES batch (id);`,
  // The audit log (issue #15, electron/engine/audit/): every action and each row's move, hash-
  // chained (hash = SHA-256 of prev_hash and the entry's canonical form). AUTOINCREMENT keeps the
  // highest seq ever written in sqlite_sequence, so entries cut from the end leave a gap too.
  `CREATE TABLE audit_entry (
     seq          INTEGER PRIMARY KEY AUTOINCREMENT,
     at           TEXT NOT NULL,
     action       TEXT NOT NULL,
     batch_id     TEXT,
     details_json TEXT NOT NULL,
     prev_hash    TEXT NOT NULL,
     hash         TEXT NOT NULL
   ) STRICT;
   CREATE INDEX audit_entry_batch ON audit_entry (batch_id, seq);
   CREATE INDEX audit_entry_action ON audit_entry (action, seq);`,
];
