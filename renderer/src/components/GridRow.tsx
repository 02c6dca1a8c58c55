import { memo, useLayoutEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { ReviewRowView } from '../../../shared/batches/batch-contract';
import { issueText } from '../../../shared/i18n/issue-text';
import type { Currency, PayeeField } from '../../../shared/import/model';
import type { Translator } from '../../../shared/i18n/translator';
import { fieldLabel } from '../i18n/labels';
import { isMoneyField } from './money-fields';

/** What a row tells the grid; one object for every row, the same from draw to draw. */
export type GridRowActions = {
  readonly clicked: (event: MouseEvent<HTMLElement>, at: number, index: number) => void;
  readonly commit: (at: number, index: number, field: PayeeField, text: string) => void;
  readonly cancel: () => void;
  /** A key pressed in a box whose edit is on its way: the grid's, as if the box were closed. */
  readonly gridKey: (event: KeyboardEvent<HTMLInputElement>) => void;
};

type Props = {
  /** The row's place in the list shown. */
  readonly at: number;
  readonly row: ReviewRowView;
  readonly fields: readonly PayeeField[];
  /** The grid's column template (styles.css sizes every row alike). */
  readonly columns: string;
  readonly rowHeight: number;
  readonly currency: Currency;
  readonly tr: Translator;
  readonly selected: boolean;
  /** The column of the keyboard's cell when it is on this row. */
  readonly activeColumn: number | null;
  /** The field being edited when it is on this row. */
  readonly editing: PayeeField | null;
  readonly actions: GridRowActions;
};

export const cellId = (at: number, column: number) => `cell-${at}-${column}`;

/**
 * One payee of the grid. Drawn again only when something it shows changed: a change answered,
 * the counts and the busy state drawn anew, leave the other rows of the window as they are, so
 * that the answer reaches the screen within a frame.
 */
export const GridRow = memo(function GridRow({ at, row, fields, columns, rowHeight, currency, tr, selected, activeColumn, editing, actions }: Props) {
  const index = row.index;
  return (
    <div
      role="row"
      aria-rowindex={at + 2}
      data-row={row.row}
      className={`grid-row state-${row.state}${selected ? ' selected' : ''}`}
      style={{ gridTemplateColumns: columns, transform: `translateY(${at * rowHeight}px)` }}
      onClick={(event) => actions.clicked(event, at, index)}
    >
      <div role="gridcell" className="num">
        {row.row}
      </div>
      <div role="gridcell" className="status">
        {tr.t(`rowState.${row.state}`)}
      </div>
      {fields.map((field, column) => (
        <Cell
          key={field}
          id={cellId(at, column)}
          active={activeColumn === column}
          tr={tr}
          row={row}
          field={field}
          currency={currency}
          editing={editing === field}
          onCommit={(text) => actions.commit(at, index, field, text)}
          onCancel={actions.cancel}
          onGridKey={actions.gridKey}
        />
      ))}
    </div>
  );
});

type CellProps = {
  readonly id: string;
  readonly active: boolean;
  readonly tr: Translator;
  readonly row: ReviewRowView;
  readonly field: PayeeField;
  readonly currency: Currency;
  readonly editing: boolean;
  readonly onCommit: (text: string) => void;
  readonly onCancel: () => void;
  readonly onGridKey: (event: KeyboardEvent<HTMLInputElement>) => void;
};

function Cell({ id, active, tr, row, field, currency, editing, onCommit, onCancel, onGridKey }: CellProps) {
  const issues = row.issues.filter((i) => i.field === field);
  const severity = issues.some((i) => i.severity === 'error') ? 'error' : issues.some((i) => i.severity === 'warning' && !row.acknowledged.includes(i.code)) ? 'warning' : null;
  const value = row.payee[field];
  // A value that could not be read is shown as written, marked, never as an empty cell.
  const written = value === null ? row.written[field] : undefined;
  const money = isMoneyField(field);
  const shown = money && typeof value === 'number' ? tr.money(value, currency) : (value ?? written ?? '');
  const edited = field in row.original;
  const was = edited ? row.original[field] : undefined;
  const wasText = was === undefined ? '' : was === null ? tr.t('app.grid.empty') : money && typeof was === 'number' ? tr.money(was, currency) : String(was);
  const title = [...issues.map((i) => issueText(tr, i, row.row)), edited ? tr.t('app.grid.edited', { was: wasText }) : ''].filter(Boolean).join('\n') || String(shown) || undefined;
  const classes = [severity ? `cell-${severity}` : '', written !== undefined ? 'cell-unread' : '', edited ? 'cell-edited' : '', active ? 'cell-active' : ''].filter(Boolean).join(' ');
  // What the box starts with: committing it unchanged (a click away) is no edit at all.
  const start = money && typeof value === 'number' ? tr.moneyNumber(value, currency) : String(value ?? written ?? '');
  // Enter or Escape settles the edit; a blur that follows as the box goes away must not again.
  const settled = useRef(false);
  const box = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const input = box.current;
    if (!editing || !input) return;
    // A box put on the page starts a new edit.
    settled.current = false;
    // Once its edit is on its way (the box stays until the engine answers), nothing more is
    // typed into it: what was sent is what it shows. Refused input rather than a read-only box,
    // which the window would draw again while the answer waits.
    const refuse = (event: InputEvent) => {
      if (settled.current) event.preventDefault();
    };
    input.addEventListener('beforeinput', refuse);
    return () => input.removeEventListener('beforeinput', refuse);
  }, [editing]);
  const commit = (text: string) => {
    if (settled.current) return;
    settled.current = true;
    if (text === start) onCancel();
    else onCommit(text);
  };
  return (
    <div role="gridcell" id={id} aria-selected={active} data-field={field} className={classes || undefined} title={title} aria-description={title}>
      {editing ? (
        <input
          ref={box}
          autoFocus
          aria-label={tr.t('app.grid.cellInput', { field: fieldLabel(tr, field), row: row.row })}
          defaultValue={start}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            // Sent: the box only shows what was sent, and Escape no longer takes it back.
            if (settled.current) {
              onGridKey(e);
              return;
            }
            if (e.key === 'Enter') {
              // Nothing else for the browser to do with this key (it laid the page out for it).
              e.preventDefault();
              commit(e.currentTarget.value);
            }
            if (e.key === 'Escape') {
              settled.current = true;
              onCancel();
            }
          }}
        />
      ) : (
        shown
      )}
    </div>
  );
}
