import { useRef, useState, type KeyboardEvent } from 'react';
import { formatMinor, formatMinorNumber } from '../../../shared/import/format-amount';
import type { Currency, Payee, PayeeField } from '../../../shared/import/model';
import type { CheckedRow } from '../../../shared/review/check-rows';
import { fieldLabels } from './MapStep';
import { useRowWindow } from './use-row-window';

type Props = {
  readonly rows: readonly CheckedRow[];
  /** Indexes into `rows` to show, in order (the filter's result); null for every row. */
  readonly visible: readonly number[] | null;
  readonly fields: ReadonlyArray<keyof Payee>;
  readonly currency: Currency;
  readonly selected: number | null;
  readonly readOnly: boolean;
  readonly onSelect: (index: number) => void;
  readonly onEdit: (index: number, field: PayeeField, text: string) => void;
};

const stateLabel = { ok: 'OK', warning: 'Check', error: 'Error', excluded: 'Excluded' } as const;

const columnWeight: Partial<Record<keyof Payee, number>> = { name: 1.6, accountNo: 1.5, accountType: 0.6, amount: 1.5, description: 1.1, email: 1.4 };

/** Every grid row is this tall (styles.css, .grid-row). */
const rowHeight = 34;

/** Every payee, however many: only the rows in view are in the page (virtualized). */
export function ReviewGrid({ rows, visible, fields, currency, selected, readOnly, onSelect, onEdit }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ index: number; field: PayeeField } | null>(null);
  const count = visible?.length ?? rows.length;
  const { first, last } = useRowWindow(scroller, count, rowHeight, 12);
  const drawn: number[] = [];
  for (let i = first; i <= last; i += 1) drawn.push(i);
  // Columns share the width (no horizontal scroll), so the header and the rows always line up;
  // names and account numbers, which the accountant checks character by character, get the most.
  const columns = `56px 72px ${fields.map((f) => `minmax(0, ${columnWeight[f] ?? 1}fr)`).join(' ')}`;
  const payeeFields = fields.filter((f): f is PayeeField => f !== 'currency');

  const commit = (index: number, field: PayeeField, text: string) => {
    setEditing(null);
    onEdit(index, field, text);
  };

  return (
    <div className="grid" role="grid" aria-rowcount={count} data-testid="review-grid">
      <div className="grid-row grid-head" role="row" style={{ gridTemplateColumns: columns }}>
        <div role="columnheader">Row</div>
        <div role="columnheader">Status</div>
        {payeeFields.map((f) => (
          <div role="columnheader" key={f}>
            {fieldLabels[f]}
          </div>
        ))}
      </div>
      <div className="grid-body" ref={scroller}>
        <div style={{ height: count * rowHeight, position: 'relative' }}>
          {drawn.map((at) => {
            const index = visible ? (visible[at] ?? 0) : at;
            const row = rows[index];
            if (!row) return null;
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
                {payeeFields.map((field) => {
                  const issues = row.issues.filter((i) => i.field === field);
                  const severity = issues.some((i) => i.severity === 'error') ? 'error' : issues.some((i) => i.severity === 'warning' && !row.acknowledged.includes(i.code)) ? 'warning' : null;
                  const value = row.payee[field];
                  const shown = field === 'amount' ? (typeof value === 'number' ? formatMinor(value, currency) : '') : (value ?? '');
                  const isEditing = editing?.index === index && editing.field === field;
                  return (
                    <div
                      role="gridcell"
                      key={field}
                      data-field={field}
                      className={severity ? `cell-${severity}` : undefined}
                      title={issues.map((i) => i.message).join('\n') || String(shown) || undefined}
                      onDoubleClick={() => !readOnly && setEditing({ index, field })}
                    >
                      {isEditing ? (
                        <input
                          autoFocus
                          aria-label={`${fieldLabels[field]}, row ${row.row}`}
                          defaultValue={field === 'amount' && typeof value === 'number' ? formatMinorNumber(value, currency) : String(value ?? '')}
                          onBlur={(e) => commit(index, field, e.target.value)}
                          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
                            if (e.key === 'Enter') commit(index, field, e.currentTarget.value);
                            if (e.key === 'Escape') setEditing(null);
                          }}
                        />
                      ) : (
                        shown
                      )}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
