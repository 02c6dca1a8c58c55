import type { ImportedRow } from '../../../shared/import/model';
import type { ImportSummary } from '../import/import-protocol';

/** What the Import screen hands to Review: the file's facts and every payee read from it. */
export type ImportedBatch = {
  readonly summary: ImportSummary;
  readonly rows: readonly ImportedRow[];
  /** Earlier imports of the very same file (same content), if any. */
  readonly previousImports: ReadonlyArray<{ fileName: string; importedAt: string }>;
};
