import { useEffect, useState } from 'react';
import type { ReviewRowView } from '../../../shared/batches/batch-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { Currency, PayeeField } from '../../../shared/import/model';
import type { FixKind } from '../../../shared/review/review-types';
import { useWatched, type Watched } from '../batches/watched-value';
import { RowPanel } from './RowPanel';

type Props = {
  readonly bridge: PaybatchBridge;
  readonly batchId: string;
  /** The selected row (its index in the batch), or null: no panel. */
  readonly selection: Watched<number | null>;
  /** Changes whenever the batch may have changed. */
  readonly version: number;
  readonly currency: Currency;
  readonly readOnly: boolean;
  readonly busy: Watched<string | null>;
  readonly onFix: (index: number, field: PayeeField, fix: FixKind) => void;
  readonly onAcknowledge: (index: number, code: string) => void;
  readonly onExclude: (index: number, excluded: boolean) => void;
  readonly onClose: () => void;
};

/**
 * The selected row's panel. The selection and the row are kept here, not by the screen: a
 * click on a row, and the row read again after an edit, draw the panel (and the grid), not the
 * whole Review screen.
 */
export function SelectedRowPanel({ selection, ...rest }: Props) {
  const index = useWatched(selection, (value) => value);
  return index === null ? null : <PanelOf index={index} {...rest} />;
}

/**
 * The row read again after every change so its panel never shows an old state. Until the chosen
 * row's first answer nothing is shown; after a change, the row read before it stays in view until
 * its fresh copy comes, but its buttons do nothing meanwhile: a fix pressed again in that moment
 * would be the fix already made, sent twice (and refused as outdated).
 */
function PanelOf({ bridge, batchId, index, version, onFix, onAcknowledge, onExclude, ...panel }: Omit<Props, 'selection'> & { readonly index: number }) {
  const [read, setRead] = useState<{ readonly row: ReviewRowView | null; readonly version: number } | null>(null);
  useEffect(() => {
    let current = true;
    void bridge['batch.get']({ batchId, filter: 'all', offset: index, limit: 1 }).then((got) => {
      if (current) setRead({ row: got.ok ? (got.value.rows[0] ?? null) : null, version });
    });
    return () => {
      current = false;
    };
  }, [bridge, batchId, index, version]);
  const row = read?.row;
  // Until the chosen row's answer comes, the row shown before would be acted on as this one.
  if (!row || row.index !== index) return null;
  return <RowPanel row={row} stale={read.version !== version} onFix={(field, fix) => onFix(index, field, fix)} onAcknowledge={(code) => onAcknowledge(index, code)} onExclude={(excluded) => onExclude(index, excluded)} {...panel} />;
}
