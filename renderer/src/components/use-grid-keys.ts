import { useCallback, useState, type KeyboardEvent, type RefObject } from 'react';

/** The cell the keyboard is on: a row of the list and a column among the payee fields. */
export type ActiveCell = { readonly at: number; readonly column: number };

type Options = {
  readonly scroller: RefObject<HTMLElement | null>;
  readonly rowHeight: number;
  readonly count: number;
  readonly columns: number;
  /** Starts editing the active cell (Enter, F2). */
  readonly edit: (cell: ActiveCell) => void;
  /** Selects the active row: its panel opens with what can be done (Space). */
  readonly select: (at: number) => void;
  /** The list position of the next or previous row with a problem, or null (F8, Shift+F8). */
  readonly jump: (from: number, direction: 'next' | 'previous') => Promise<number | null>;
};

/**
 * Review without a mouse: arrows, Page Up/Down, Home/End move between cells; F8 and Shift+F8
 * go to the next and the previous problem; Enter or F2 edits, Space opens the row's panel.
 * The grid keeps the focus; the active cell is announced through aria-activedescendant.
 */
export function useGridKeys({ scroller, rowHeight, count, columns, edit, select, jump }: Options) {
  const [active, setActive] = useState<ActiveCell>({ at: 0, column: 0 });

  const show = useCallback(
    (cell: ActiveCell) => {
      const at = Math.max(0, Math.min(count - 1, cell.at));
      const next = { at, column: Math.max(0, Math.min(columns - 1, cell.column)) };
      setActive(next);
      const element = scroller.current;
      if (!element) return;
      // The header row sits at the top of the scrolled area: a row is in view below it.
      const header = rowHeight;
      const top = at * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight + header > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight + header - element.clientHeight;
    },
    [scroller, rowHeight, count, columns],
  );

  /** Does what `key` does on the grid; false when it does nothing there. */
  const press = useCallback(
    (event: Pick<KeyboardEvent<HTMLElement>, 'key' | 'ctrlKey' | 'shiftKey'>): boolean => {
      if (count === 0) return false;
      const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
      const moves: Record<string, () => void> = {
        ArrowDown: () => show({ ...active, at: active.at + 1 }),
        ArrowUp: () => show({ ...active, at: active.at - 1 }),
        ArrowRight: () => show({ ...active, column: active.column + 1 }),
        ArrowLeft: () => show({ ...active, column: active.column - 1 }),
        PageDown: () => show({ ...active, at: active.at + page }),
        PageUp: () => show({ ...active, at: active.at - page }),
        Home: () => show(event.ctrlKey ? { at: 0, column: 0 } : { ...active, column: 0 }),
        End: () => show(event.ctrlKey ? { at: count - 1, column: columns - 1 } : { ...active, column: columns - 1 }),
        Enter: () => edit(active),
        F2: () => edit(active),
        ' ': () => select(active.at),
        F8: () => {
          void jump(active.at, event.shiftKey ? 'previous' : 'next').then((at) => {
            if (at !== null) show({ ...active, at });
          });
        },
      };
      const move = moves[event.key];
      if (!move) return false;
      move();
      return true;
    },
    [active, count, columns, scroller, rowHeight, show, edit, select, jump],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      // Keys typed into a cell being edited belong to that cell.
      if (event.target !== event.currentTarget) return;
      if (press(event)) event.preventDefault();
    },
    [press],
  );

  return { active, setActive: show, onKeyDown, press };
}
