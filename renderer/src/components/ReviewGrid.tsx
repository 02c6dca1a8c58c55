import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { ReviewRowView } from '../../../shared/batches/batch-contract';
import type { Currency, PayeeField } from '../../../shared/import/model';
import { useWatched, type Watched } from '../batches/watched-value';
import { useT } from '../i18n/language';
import { fieldLabel } from '../i18n/labels';
import { cellId, GridRow, type GridRowActions } from './GridRow';
import { useGridKeys } from './use-grid-keys';
import { useRowWindow } from './use-row-window';

type Props = {
  /** Rows in the list (the filter's result). */
  readonly count: number;
  /** Row `at` of the list, or undefined while it is being fetched. */
  readonly rowAt: (at: number) => ReviewRowView | undefined;
  /** From now on, whether row `at`'s page has been read again (see useDraft). */
  readonly readSince: () => (at: number) => boolean;
  /** Called with the rows in view, so their pages can be fetched. */
  readonly want: (first: number, last: number) => void;
  /** Changes whenever the rows may have changed. */
  readonly version: string;
  /** Counts the pages that arrived: each draws the grid again. */
  readonly arrived: Watched<number>;
  readonly fields: readonly PayeeField[];
  /** Per field, the longest value in the batch, in characters (from the engine). */
  readonly columnChars: Partial<Record<PayeeField, number>>;
  readonly currency: Currency;
  /** The row whose panel is open (its index in the batch); a click or Space on a row sets it. */
  readonly selection: Watched<number | null>;
  readonly readOnly: boolean;
  /** What is being done, if anything: no cell is edited meanwhile (read when an edit would start, never drawn). */
  readonly busy: Watched<string | null>;
  /** Sends one cell's new text; settles when the engine has answered (or refused). */
  readonly onEdit: (index: number, field: PayeeField, text: string) => Promise<unknown>;
  /** The list position of the next or previous row with a problem from `from`, or null. */
  readonly onJump: (from: number, direction: 'next' | 'previous') => Promise<number | null>;
};

/**
 * Each column's narrowest width in characters, and its share of any room left. A column is
 * also never narrower than the batch's longest value in it (up to a cap): an account number is
 * checked digit by digit, an amount never loses its currency, an employee id its last digits.
 * Past the window's width the grid scrolls sideways rather than cut a value.
 */
const columnSize: Record<PayeeField, readonly [number, number]> = {
  name: [14, 1.6],
  accountNo: [12, 1],
  bank: [10, 1],
  amount: [10, 1],
  phone: [10, 0.8],
  partnerUserId: [8, 0.8],
  accountType: [9, 0.5],
  email: [12, 1],
  description: [10, 1],
  reference: [10, 0.8],
  // Wide enough for its name (with zp_trans_id) as well as its digits: it is a refund's first column.
  transactionId: [24, 1.2],
  refundFee: [9, 0.8],
};
/** Each cell's padding either side (styles.css, .grid-row > div). */
const cellPaddingPx = 16;

/** How long an answered edit's box waits for its row to be read again before it closes anyway. */
const rowReadAgainMs = 2000;

/** Every grid row is this tall (styles.css, .grid-row). */
const rowHeight = 34;

/** Every payee, however many: only the rows in view are in the page, fetched as they come into view. */
export function ReviewGrid({ count, rowAt, readSince, want, version, arrived, fields, columnChars, currency, selection, readOnly, busy, onEdit, onJump }: Props) {
  const tr = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<{ index: number; field: PayeeField } | null>(null);
  /** The cell a click began on (not its second click): what a double-click edits. */
  const firstClick = useRef<{ index: number; field: PayeeField | null } | null>(null);
  // No box opens on a batch that is no longer a draft, nor while a change is on its way.
  const startEditing = (index: number, field: PayeeField) => {
    if (!readOnly && busy.get() === null) setEditing({ index, field });
  };
  const keys = useGridKeys({
    scroller,
    rowHeight,
    count,
    columns: fields.length,
    edit: ({ at, column }) => {
      const row = rowAt(at);
      const field = fields[column];
      if (row && field) startEditing(row.index, field);
    },
    select: (at) => {
      const row = rowAt(at);
      if (row) selection.set(row.index);
    },
    jump: onJump,
  });
  // Back to the grid when an edit ends, so the keyboard carries on from the same cell. An edit
  // answered after another cell's box was opened leaves that box alone, and the focus where the
  // accountant put it meanwhile.
  const refocus = useRef(false);
  const stopEditing = (cell?: { readonly index: number; readonly field: PayeeField }) => {
    const boxFocused = document.activeElement instanceof HTMLInputElement && (scroller.current?.contains(document.activeElement) ?? false);
    refocus.current = !cell || boxFocused || document.activeElement === document.body;
    setEditing((current) => (cell && (current?.index !== cell.index || current.field !== cell.field) ? current : null));
  };
  // Once the box is gone: focusing lays the page out, which the draw that closes it does anyway.
  useEffect(() => {
    if (editing !== null || !refocus.current) return;
    refocus.current = false;
    scroller.current?.focus();
  }, [editing]);
  // A page that arrived draws the grid alone (not the screen around it), in slices the window
  // answers input between.
  const [, setPagesSeen] = useState(() => arrived.get());
  // An edit answered: its box closes once its row has been read again, not before, when the grid
  // would show the row from before the change under it for a moment.
  const closing = useRef<{ readonly index: number; readonly field: PayeeField; readonly at: number; readonly read: (at: number) => boolean } | null>(null);
  useEffect(() => {
    const draw = () => startTransition(() => setPagesSeen(arrived.get()));
    draw();
    return arrived.subscribe(draw);
  }, [arrived]);
  // After every draw: a page arrived, or the list itself changed (a row put right leaves the
  // problems, and its page 0 comes with the counts).
  useEffect(() => {
    const edited = closing.current;
    if (!edited?.read(edited.at)) return;
    closing.current = null;
    stopEditing(edited);
  });
  const selected = useWatched(selection, (value) => value);
  const { first, last } = useRowWindow(scroller, count, rowHeight, 12);
  useEffect(() => {
    if (last >= first) want(first, last);
  }, [first, last, want, version]);
  const drawn: number[] = [];
  for (let i = first; i <= last; i += 1) drawn.push(i);
  // As wide as the batch's longest value (a letter is wider than the `ch` digit: +15%), never
  // narrower than the column's own minimum.
  const chars = (f: PayeeField) => Math.max(columnSize[f][0], Math.ceil((columnChars[f] ?? 0) * 1.15));
  const columns = `56px 96px ${fields.map((f) => `minmax(calc(${chars(f)}ch + ${cellPaddingPx}px), ${columnSize[f][1]}fr)`).join(' ')}`;
  const minWidth = `calc(152px + ${fields.reduce((sum, f) => sum + chars(f), 0)}ch + ${fields.length * cellPaddingPx}px)`;

  // The rows' one way back to the grid, the same object on every draw so that a row whose
  // payee did not change is not drawn again; it reads what the grid holds at the time.
  const latest = useRef({ fields, keys, onEdit, stopEditing, readSince });
  latest.current = { fields, keys, onEdit, stopEditing, readSince };
  const actions = useMemo<GridRowActions>(
    () => ({
      clicked: (event, at, index) => {
        const { fields: shown, keys: grid } = latest.current;
        // The keyboard carries on from the cell clicked: Enter then edits that cell, not the one before.
        const field = event.target instanceof Element ? event.target.closest('[data-field]')?.getAttribute('data-field') : null;
        const column = shown.findIndex((f) => f === field);
        if (event.detail <= 1) firstClick.current = { index, field: shown[column] ?? null };
        grid.setActive({ at, column: column >= 0 ? column : grid.active.column });
        selection.set(index);
      },
      commit: (at, index, field, text) => {
        // The box stays (taking no more typing) until the engine has answered and the row is read
        // again: closing it at once laid the page out and painted it while the answer waited
        // behind that work, about half of Enter → counts.
        const close = () => latest.current.stopEditing({ index, field });
        latest.current.onEdit(index, field, text).then((answered) => {
          if (answered === null) return close();
          const edited = { index, field, at, read: latest.current.readSince() };
          closing.current = edited;
          // A page that never comes (the engine gone) leaves no box behind.
          setTimeout(() => {
            if (closing.current !== edited) return;
            closing.current = null;
            close();
          }, rowReadAgainMs);
        }, close);
      },
      cancel: () => latest.current.stopEditing(),
      gridKey: (event) => {
        // Not moving the focus at Enter itself: that drew the page again while the answer waited.
        if (event.key === 'Escape' || event.key === 'Tab') return;
        event.preventDefault();
        scroller.current?.focus({ preventScroll: true });
        latest.current.keys.press(event);
      },
    }),
    [selection],
  );
  // The same columns drawn from a new list (the batch's head read again) are the same columns.
  const fieldsKey = fields.join(' ');
  const shownFields = useMemo(() => fields, [fieldsKey]);

  return (
    <>
      <p id="grid-keys" className="visually-hidden">
        {tr.t('app.grid.keys')}
      </p>
      {/* The grid is its own scrolled area: one element that has the focus, the keys and the
          scrolling, so a screen reader's user can reach all of it. */}
      <div
        className="grid grid-body"
        role="grid"
        ref={scroller}
        tabIndex={0}
        aria-label={tr.t('app.grid.label')}
        aria-rowcount={count}
        aria-colcount={fields.length + 2}
        aria-activedescendant={count > 0 ? cellId(keys.active.at, keys.active.column) : undefined}
        aria-describedby="grid-keys"
        data-testid="review-grid"
        onKeyDown={keys.onKeyDown}
      >
        {/* The header scrolls sideways with the rows and stays on top as they scroll down. */}
        <div style={{ minWidth }}>
          <div className="grid-row grid-head" role="row" style={{ gridTemplateColumns: columns }}>
            <div role="columnheader">{tr.t('app.grid.row')}</div>
            <div role="columnheader">{tr.t('app.grid.status')}</div>
            {fields.map((f) => (
              <div role="columnheader" key={f} title={fieldLabel(tr, f)}>
                {fieldLabel(tr, f)}
              </div>
            ))}
          </div>
          <div
            style={{ height: count * rowHeight, position: 'relative' }}
            onDoubleClick={() => {
              // The cell the double-click began on: its first click opens the row's panel, which
              // narrows the grid, so the second click can land on another cell.
              const first = firstClick.current;
              if (first?.field) startEditing(first.index, first.field);
            }}
          >
            {drawn.map((at) => {
              const row = rowAt(at);
              if (!row) {
                return <div key={`wait-${at}`} role="row" className="grid-row loading" style={{ gridTemplateColumns: columns, transform: `translateY(${at * rowHeight}px)` }} aria-busy="true" aria-label={tr.t('app.grid.loading')} />;
              }
              return (
                <GridRow
                  key={row.row}
                  at={at}
                  row={row}
                  fields={shownFields}
                  columns={columns}
                  rowHeight={rowHeight}
                  currency={currency}
                  tr={tr}
                  selected={selected === row.index}
                  activeColumn={keys.active.at === at ? keys.active.column : null}
                  editing={editing?.index === row.index ? editing.field : null}
                  actions={actions}
                />
              );
            })}
          </div>
        </div>
      </div>
    </>
  );
}
