import { useEffect, useState } from 'react';
import type { ReviewRowView } from '../../../shared/batches/batch-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { Currency, PayeeField } from '../../../shared/import/model';
import type { FixKind } from '../../../shared/review/review-types';
import type { Watched } from '../batches/watched-value';
import { RowPanel } from './RowPanel';

type Props = {
  readonly bridge: PaybatchBridge;
  readonly batchId: string;
  /** The selected row (its index in the batch). */
  readonly index: number;
  /** Changes whenever the batch may have changed. */
  readonly version: number;
  readonly currency: Currency;
  readonly readOnly: boolean;
  readonly busy: Watched<string | null>;
  readonly onFix: (field: PayeeField, fix: FixKind) => void;
  readonly onAcknowledge: (code: string) => void;
  readonly onExclude: (excluded: boolean) => void;
  readonly onClose: () => void;
};

/**
 * The selected row's panel, with the row read again after every change so it never shows an
 * old state. The row is kept here, not by the screen: reading it again after an edit draws the
 * panel alone. Until the first answer nothing is shown; a row chosen next replaces the one shown
 * when it arrives.
 */
export function SelectedRowPanel({ bridge, batchId, index, version, ...panel }: Props) {
  const [row, setRow] = useState<ReviewRowView | null>(null);
  useEffect(() => {
    let current = true;
    void bridge['batch.get']({ batchId, filter: 'all', offset: index, limit: 1 }).then((got) => {
      if (current) setRow(got.ok ? (got.value.rows[0] ?? null) : null);
    });
    return () => {
      current = false;
    };
  }, [bridge, batchId, index, version]);
  return row ? <RowPanel row={row} {...panel} /> : null;
}
