import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ReviewRowView } from '../../../shared/batches/batch-contract';
import { formatMinor, formatMinorNumber } from '../../../shared/import/format-amount';
import type { Currency, PayeeField } from '../../../shared/import/model';
import { fieldLabels } from './MapStep';
import { useRowWindow } from './use-row-window';

type Props = {
  /** Rows in the list (the filter's result). */
  readonly count: number;
  /** Row `at` of the list, or undefined while it is being fetched. */
  readonly rowAt: (at: number) => ReviewRowView | undefined;
  /** Called with the rows in view, so their pages can be fetched. */
  readonly want: (first: number, last: number) => void;
  /** Changes whenever the rows may have changed. */
  readonly version: string;
  readonly fields: readonly PayeeField[];
  readonly currency: Currency;
  readonly selected: number | null;
  readonly readOnly: boolean;
  readonly onSelect: (index: number) => void;
  readonly onEdit: (index: number, field: PayeeField, text: string) => void;
};

const stateLabel = { ok: 'OK', warning: 'Check', error: 'Error', excluded: 'Excluded' } as const;

/**
 * Width of each column, in characters it must show whole: an account number is checked digit
 * by digit (19 digits), an amount must never lose its currency, a name its last letters.
 */
const columnWidth: Partial<Record<PayeeField, string>> = {
  name: 'minmax(16ch, 1.6fr)',
  accountNo: 'minmax(21ch, 1fr)',
  bank: 'minmax(12ch, 1fr)',
  amount: 'minmax(17ch, 1fr)',
  phone: 'minmax(12ch, 0.8fr)',
  partnerUserId: 'minmax(11ch, 0.8fr)',
  accountType: 'minmax(9ch, 0.5fr)',
  email: 'minmax(14ch, 1fr)',
  description: 'minmax(12ch, 1fr)',
  reference: 'minmax(10ch, 0.8fr)',
};

/** Every grid row is this tall (styles.css, .grid-row). */
const rowHeight = 34;

/** Every payee, however many: only the rows in view are in the page, fetched as they come into view. */
export function ReviewGrid({ count, rowAt, want, version, fields, currency, selected, readOnly, onSelect, onEdit }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ index: number; field: PayeeField } | null>(null);
  const { first, last } = useRowWindow(scroller, count, rowHeight, 12);
  useEffect(() => {
    if (last >= first) want(first, last);
  }, [first, last, want, version]);
  const drawn: number[] = [];
  for (let i = first; i <= last; i += 1) drawn.push(i);
  const columns = `56px 72px ${fields.map((f) => columnWidth[f] ?? 'minmax(10ch, 1fr)').join(' ')}`;

  const commit = (index: number, field: PayeeField, text: string) => {
    setEditing(null);
    onEdit(index, field, text);
  };

  return (
    <div className="grid" role="grid" aria-rowcount={count} data-testid="review-grid">
      <div className="grid-row grid-head" role="row" style={{ gridTemplateColumns: columns }}>
        <div role="columnheader">Row</div>
        <div role="columnheader">Status</div>
        {fields.map((f) => (
          <div role="columnheader" key={f}>
            {fieldLabels[f]}
          </div>
        ))}
      </div>
      <div className="grid-body" ref={scroller}>
        <div style={{ height: count * rowHeight, position: 'relative' }}>
          {drawn.map((at) => {
            const row = rowAt(at);
            if (!row) {
              return <div key={`wait-${at}`} role="row" className="grid-row loading" style={{ gridTemplateColumns: columns, transform: `translateY(${at * rowHeight}px)` }} aria-busy="true" />;
            }
            const index = row.index;
            return (
              <div
                key={row.row}
                role="row"
                data-row={row.row}
                className={`grid-row state-${row.state}${selected === index ? ' selected' : ''}`}
                style={{ gridTemplateColumns: columns, transform: `translateY(${at * rowHeight}px)` }}
                onClick={() => onSelect(index)}
              >
                <div role="gridcell" className="num">
                  {row.row}
                </div>
                <div role="gridcell" className="status">
                  {stateLabel[row.state]}
                </div>
                {fields.map((field) => (
                  <Cell key={field} row={row} field={field} currency={currency} editing={editing?.index === index && editing.field === field} readOnly={readOnly} onStart={() => setEditing({ index, field })} onCommit={(text) => commit(index, field, text)} onCancel={() => setEditing(null)} />
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

type CellProps = {
  readonly row: ReviewRowView;
  readonly field: PayeeField;
  readonly currency: Currency;
  readonly editing: boolean;
  readonly readOnly: boolean;
  readonly onStart: () => void;
  readonly onCommit: (text: string) => void;
  readonly onCancel: () => void;
};

function Cell({ row, field, currency, editing, readOnly, onStart, onCommit, onCancel }: CellProps) {
  const issues = row.issues.filter((i) => i.field === field);
  const severity = issues.some((i) => i.severity === 'error') ? 'error' : issues.some((i) => i.severity === 'warning' && !row.acknowledged.includes(i.code)) ? 'warning' : null;
  const value = row.payee[field];
  // A value that could not be read is shown as written, marked, never as an empty cell.
  const written = value === null ? issues.find((i) => typeof i.params?.written === 'string')?.params?.written : undefined;
  const shown = field === 'amount' && typeof value === 'number' ? formatMinor(value, currency) : (value ?? written ?? '');
  const edited = field in row.original;
  const was = edited ? row.original[field] : undefined;
  const wasText = was === undefined ? '' : was === null ? 'empty' : field === 'amount' && typeof was === 'number' ? formatMinor(was, currency) : String(was);
  const title = [...issues.map((i) => i.message), edited ? `Changed by you; imported as ${wasText}.` : ''].filter(Boolean).join('\n') || String(shown) || undefined;
  const classes = [severity ? `cell-${severity}` : '', written !== undefined ? 'cell-unread' : '', edited ? 'cell-edited' : ''].filter(Boolean).join(' ');
  return (
    <div role="gridcell" data-field={field} className={classes || undefined} title={title} aria-description={title} onDoubleClick={() => !readOnly && onStart()}>
      {editing ? (
        <input
          autoFocus
          aria-label={`${fieldLabels[field]}, row ${row.row}`}
          defaultValue={field === 'amount' && typeof value === 'number' ? formatMinorNumber(value, currency) : String(value ?? written ?? '')}
          onBlur={(e) => onCommit(e.target.value)}
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === 'Enter') onCommit(e.currentTarget.value);
            if (e.key === 'Escape') onCancel();
          }}
        />
      ) : (
        shown
      )}
    </div>
  );
}
