import type { ImportOptions, ImportProgress, ImportResult } from '../../../shared/import/import-file';
import type { ImportedRow } from '../../../shared/import/model';

/** Messages between the Import screen and its worker. Every request carries an id; stale replies are dropped. */
export type ImportRequest =
  | { readonly type: 'open'; readonly id: number; readonly file: File; readonly options: ImportOptions }
  | { readonly type: 'process'; readonly id: number; readonly options: ImportOptions };

export type ImportSummary = Omit<ImportResult, 'rows'> & {
  readonly rowCount: number;
  /** SHA-256 of the file's bytes: the same payroll imported twice is recognised by it. */
  readonly contentHash: string;
};

export type ImportReply =
  | { readonly type: 'progress'; readonly id: number; readonly progress: ImportProgress }
  | { readonly type: 'summary'; readonly id: number; readonly summary: ImportSummary }
  /** Rows travel in chunks so no single message takes the window long to receive. */
  | { readonly type: 'rows'; readonly id: number; readonly rows: ImportedRow[] }
  | { readonly type: 'done'; readonly id: number }
  | { readonly type: 'failed'; readonly id: number; readonly code: string; readonly message: string };

export const rowChunkSize = 2000;
