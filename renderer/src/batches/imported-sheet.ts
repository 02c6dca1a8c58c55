import type { AmountFormat, ImportedRow } from '../../../shared/import/model';
import type { Operation } from '../../../shared/providers/operations';
import type { ProviderId } from '../../../shared/providers/provider-ids';
import type { ImportSummary } from '../import/import-protocol';

/** What the Import screen hands on once the sheet is mapped: it becomes a draft batch in the engine. */
export type ImportedSheet = {
  readonly summary: ImportSummary;
  readonly rows: readonly ImportedRow[];
  readonly provider: ProviderId;
  readonly operation: Operation;
  readonly amountFormat: AmountFormat;
};
