import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** The rows of a list to put in the page, `first` to `last` inclusive (none when `last` < `first`). */
export type RowWindow = { readonly first: number; readonly last: number };

/**
 * Which rows of a long list of fixed-height rows are in view, plus `overscan` either side.
 * Worked out from the scroll position alone: a general virtualizer lays out every row (an
 * object for each of 100,000 whenever the count changes) and measures the list's height by
 * forcing a layout of the whole page inside the first draw, together some 10–15 ms of the
 * draw that ends checking. Until its real height is reported the list is taken to be as tall
 * as the window, a few rows more than it shows.
 */
export function useRowWindow(scroller: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan: number): RowWindow {
  const [view, setView] = useState(() => ({ top: 0, height: window.innerHeight }));

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const update = (top: number, height: number) => setView((old) => (old.top === top && old.height === height ? old : { top, height }));
    // Drawn before the browser paints, so neither a scroll nor a resize ever shows blank rows.
    // Both are read after layout (in a scroll event, in a resize observer), at no layout's cost.
    const measure = () => flushSync(() => update(element.scrollTop, element.clientHeight));
    const resized = new ResizeObserver(measure);
    element.addEventListener('scroll', measure, { passive: true });
    resized.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      resized.disconnect();
    };
  }, [scroller]);

  if (count === 0 || view.height <= 0) return { first: 0, last: -1 };
  const top = Math.min(view.top, Math.max(count * rowHeight - view.height, 0));
  const start = Math.min(Math.floor(top / rowHeight), count - 1);
  const end = Math.min(Math.max(Math.ceil((top + view.height) / rowHeight) - 1, start), count - 1);
  return { first: Math.max(start - overscan, 0), last: Math.min(end + overscan, count - 1) };
}
