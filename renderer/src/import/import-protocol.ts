import type { ImportOptions, ImportProgress, ImportResult } from '../../../shared/import/import-file';
import type { SheetRowPreview } from '../../../shared/import/detect-header-row';
import type { Currency, ImportedRow, Payee } from '../../../shared/import/model';

/** Messages between the Import screen and its worker. Every request carries an id; stale replies are dropped. */
export type ImportRequest =
  | ImportJob
  /** The window has taken in one chunk of rows: the worker may send another. */
  | { readonly type: 'rows-taken'; readonly id: number };

/** A file to read, or the cached one to check again under new options. */
export type ImportJob =
  | { readonly type: 'open'; readonly id: number; readonly file: File; readonly options: ImportOptions }
  | { readonly type: 'process'; readonly id: number; readonly options: ImportOptions };

export type ImportSummary = Omit<ImportResult, 'rows'> & {
  readonly rowCount: number;
  /** SHA-256 of the file's bytes: the same payroll imported twice is recognised by it. */
  readonly contentHash: string;
  /** The sheet's first rows, so the header row can be picked by eye. */
  readonly firstRows?: readonly SheetRowPreview[];
};

/**
 * A sheet whose header row is not known yet: what the Map step needs to let the accountant
 * point at it. `reason` says why (none found, the row named is empty, nothing below it).
 */
export type HeaderPick = Pick<ImportResult, 'file' | 'kind' | 'sheet' | 'sheets' | 'encoding'> & {
  readonly reason: 'not_found' | 'blank_row' | 'no_rows_below';
  readonly wanted: number | null;
  readonly firstRows: readonly SheetRowPreview[];
};

export type ImportReply =
  | { readonly type: 'progress'; readonly id: number; readonly progress: ImportProgress }
  | { readonly type: 'summary'; readonly id: number; readonly summary: ImportSummary }
  | { readonly type: 'pick-header'; readonly id: number; readonly pick: HeaderPick }
  /** Rows travel in chunks so no single message takes the window long to receive. */
  | { readonly type: 'rows'; readonly id: number; readonly rows: RowChunk }
  | { readonly type: 'done'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly failure: ImportFailed };

/** A file that could not be read: the English, and the code and params the window says it with. */
export type ImportFailed = { readonly code: string; readonly message: string; readonly params: Readonly<Record<string, string | number>> };

export const rowChunkSize = 2000;

/**
 * Rows as they cross to the window, by column: each distinct text once per chunk, each payee
 * field an index into that list. Sent as objects, every row would repeat its eleven field
 * names, its bank, currency and description (a copy of each per row on arrival), ~290 bytes a
 * row queued between the threads; this is about a third of that, and the window then holds
 * one copy of each repeated text. `sources` and `issues` are shared by many rows: each is
 * listed once and pointed at.
 */
export type RowChunk = {
  readonly rows: Float64Array;
  readonly texts: readonly string[];
  /** Per row, per text field of the payee (`textFields`), 1 + its index in `texts`; 0 for null. */
  readonly fields: Int32Array;
  /** NaN for a payee without an amount. */
  readonly amounts: Float64Array;
  /** Refunds' fees; NaN for none. */
  readonly fees: Float64Array;
  readonly currencies: Uint8Array;
  readonly sources: ReadonlyArray<ImportedRow['sources']>;
  readonly sourceOf: Int32Array;
  readonly issues: ReadonlyArray<ImportedRow['issues']>;
  readonly issuesOf: Int32Array;
};

const textFields = ['name', 'accountNo', 'accountType', 'bank', 'phone', 'email', 'description', 'reference', 'partnerUserId', 'transactionId'] as const satisfies ReadonlyArray<keyof Payee>;
const currencies: readonly Currency[] = ['VND', 'THB'];

export function encodeRows(rows: readonly ImportedRow[]): { chunk: RowChunk; transfer: ArrayBuffer[] } {
  const width = textFields.length;
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const shared = <T>(list: T[], index: Map<T, number>, value: T): number => {
    let at = index.get(value);
    if (at === undefined) index.set(value, (at = list.push(value) - 1));
    return at;
  };
  const sources: Array<ImportedRow['sources']> = [];
  const sourceIndex = new Map<ImportedRow['sources'], number>();
  const issues: Array<ImportedRow['issues']> = [];
  const issuesIndex = new Map<ImportedRow['issues'], number>();
  const chunk = {
    rows: new Float64Array(rows.length),
    texts,
    fields: new Int32Array(rows.length * width),
    amounts: new Float64Array(rows.length),
    fees: new Float64Array(rows.length),
    currencies: new Uint8Array(rows.length),
    sources,
    sourceOf: new Int32Array(rows.length),
    issues,
    issuesOf: new Int32Array(rows.length),
  } satisfies RowChunk;
  rows.forEach((row, i) => {
    const { payee } = row;
    chunk.rows[i] = row.row;
    textFields.forEach((field, f) => {
      const value = payee[field];
      chunk.fields[i * width + f] = value === null ? 0 : 1 + shared(texts, textIndex, value);
    });
    chunk.amounts[i] = payee.amount ?? Number.NaN;
    chunk.fees[i] = payee.refundFee ?? Number.NaN;
    chunk.currencies[i] = currencies.indexOf(payee.currency);
    chunk.sourceOf[i] = shared(sources, sourceIndex, row.sources);
    chunk.issuesOf[i] = shared(issues, issuesIndex, row.issues);
  });
  return { chunk, transfer: [chunk.rows.buffer, chunk.fields.buffer, chunk.amounts.buffer, chunk.fees.buffer, chunk.currencies.buffer, chunk.sourceOf.buffer, chunk.issuesOf.buffer] };
}

/** The rows `encodeRows` was given, each payee's fields in the order the import writes them. */
export function decodeRows(chunk: RowChunk, into: ImportedRow[]): void {
  const width = textFields.length;
  const { texts, fields } = chunk;
  const text = (i: number, f: number): string | null => {
    const at = fields[i * width + f] ?? 0;
    return at === 0 ? null : (texts[at - 1] ?? null);
  };
  for (let i = 0; i < chunk.rows.length; i += 1) {
    const amount = chunk.amounts[i] ?? Number.NaN;
    const fee = chunk.fees[i] ?? Number.NaN;
    const payee: Payee = {
      name: text(i, 0),
      accountNo: text(i, 1),
      accountType: text(i, 2),
      bank: text(i, 3),
      amount: Number.isNaN(amount) ? null : amount,
      currency: currencies[chunk.currencies[i] ?? 0] ?? 'VND',
      phone: text(i, 4),
      email: text(i, 5),
      description: text(i, 6),
      reference: text(i, 7),
      partnerUserId: text(i, 8),
      transactionId: text(i, 9),
      refundFee: Number.isNaN(fee) ? null : fee,
    };
    into.push({ row: chunk.rows[i] ?? 0, payee, sources: chunk.sources[chunk.sourceOf[i] ?? 0] ?? {}, issues: chunk.issues[chunk.issuesOf[i] ?? 0] ?? [] });
  }
}

/**
 * Chunks sent ahead of the window's `rows-taken`. Posted all at once, 100,000 rows queued some
 * 45 MB of serialised messages and their copies in the tab before the window read the first;
 * two in flight keep both threads busy (one encodes while the other decodes) with little queued.
 */
export const chunksInFlight = 2;

export type RowSender = {
  /** Starts sending one run's rows; a run still sending is dropped. */
  readonly start: (id: number, rows: readonly ImportedRow[]) => void;
  /** The window took a chunk of run `id`: send the next, or `done` after the last. */
  readonly taken: (id: number) => void;
  readonly stop: () => void;
};

/** Rows cross to the window a chunk at a time, each sent once the window has taken an earlier one. */
export function rowSender(send: (reply: ImportReply, transfer: ArrayBuffer[]) => void): RowSender {
  let run: { id: number; rows: readonly ImportedRow[]; next: number } | null = null;
  const sendNext = (): void => {
    if (!run) return;
    const { id, rows, next } = run;
    if (next >= rows.length) {
      run = null;
      send({ type: 'done', id }, []);
      return;
    }
    const { chunk, transfer } = encodeRows(rows.slice(next, next + rowChunkSize));
    run.next = next + rowChunkSize;
    send({ type: 'rows', id, rows: chunk }, transfer);
  };
  return {
    start: (id, rows) => {
      run = { id, rows, next: 0 };
      if (rows.length === 0) sendNext();
      for (let n = 0; n < chunksInFlight && run?.id === id && run.next < rows.length; n += 1) sendNext();
    },
    taken: (id) => {
      if (run?.id === id) sendNext();
    },
    stop: () => {
      run = null;
    },
  };
}
