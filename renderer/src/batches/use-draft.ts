import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MethodOutput } from '../../../shared/api';
import type { BatchChange, ReviewRowView, RowFilter } from '../../../shared/batches/batch-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { ApiError } from '../../../shared/result';
import { changeQueue } from './change-queue';
import { shownAfter, watchedValue } from './watched-value';

/** How long a change may be on its way before the screen says so (see shownAfter). */
const busyNoticeMs = 250;

type Head = Omit<MethodOutput<'batch.get'>, 'rows'>;
export type Tally = Head['tally'];
export type EditResult = MethodOutput<'batch.edit'>;

/** Rows asked of the engine at a time: a screenful and more, small enough to answer at once. */
const pageSize = 100;

/**
 * A batch as Review shows it: the engine's counts and offers, and the rows in view fetched a
 * page at a time. The window never holds the whole batch; each change goes to the engine, which
 * records it, and the pages are read again.
 */
export function useDraft(bridge: PaybatchBridge, batchId: string, filter: RowFilter) {
  const [head, setHead] = useState<Head | null>(null);
  // What went wrong reading the batch (gone with the next read that works), and why the last
  // change or preview was refused (gone when another is asked, the list changes or the screen is
  // read again on request; not with the read a refusal itself asks for). The refusal is shown first.
  const [readProblem, setReadProblem] = useState<ApiError | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);
  // The filter the head was read for: its counts (`matched`) are that list's, not a newer one's.
  const [headFilter, setHeadFilter] = useState<RowFilter | null>(null);
  // Reads asked (each a version bump) and the version on screen: a change's answer is drawn
  // once the version its reads were asked at has been drawn.
  const bumps = useRef(0);
  const drawn = useRef(0);
  useLayoutEffect(() => {
    drawn.current = version;
  }, [version]);
  const readAgain = useCallback((): number => {
    bumps.current += 1;
    setVersion((v) => v + 1);
    return bumps.current;
  }, []);
  // What is being done (a change on its way to the engine) and the counts: drawn by the few parts
  // that show them, so that an edit's Enter and its answer do not draw the whole screen again.
  const [busy] = useState(() => watchedValue<string | null>(null));
  const [shownBusy] = useState(() => shownAfter(busy, busyNoticeMs));
  const [tally] = useState(() => watchedValue<Tally>(null));
  const pages = useRef(new Map<number, readonly ReviewRowView[] | 'loading'>());
  // The pages before the last change, shown until their fresh copies arrive, so an edit never
  // blanks the grid; dropped when the filter changes (they are another list then).
  const stale = useRef(new Map<number, readonly ReviewRowView[] | 'loading'>());
  const shownFilter = useRef('');
  // Pages that arrived: the grid alone draws them (ReviewGrid watches this count).
  const [arrived] = useState(() => watchedValue(0));
  const shownHead = useRef(head);
  shownHead.current = head;
  const key = `${batchId}|${JSON.stringify(filter)}|${version}`;
  const current = useRef(key);
  current.current = key;

  // The head (counts, offers, checking progress), again every quarter second while checking.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const filterKey = `${batchId}|${JSON.stringify(filter)}`;
    const sameList = shownFilter.current === filterKey;
    stale.current = sameList ? pages.current : new Map();
    shownFilter.current = filterKey;
    // A refusal is about the list it was asked in.
    if (!sameList) setRefusal(null);
    pages.current = new Map();
    const load = async (): Promise<void> => {
      const got = await bridge['batch.get']({ batchId, filter, offset: 0, limit: pageSize });
      if (stopped) return;
      if (!got.ok) {
        setReadProblem(got.error);
        return;
      }
      const { rows, ...rest } = got.value;
      if (!rest.checking) pages.current.set(0, sameRowsKept(rows, stale.current.get(0)));
      tally.set(rest.tally);
      setReadProblem(null);
      // A head read again after a change is most often the one shown (the change's answer
      // brought its counts): then only the grid draws its first page again.
      if (shownHead.current && JSON.stringify(shownHead.current) === JSON.stringify(rest)) {
        setHeadFilter(filter);
        arrived.set(arrived.get() + 1);
      } else {
        // Drawn in slices the window can answer input between: the first draw of the grid at the
        // end of checking, and a head read again after a change, whose counts are already shown.
        startTransition(() => {
          setHead(rest);
          setHeadFilter(filter);
        });
      }
      if (rest.checking) timer = setTimeout(() => void load(), 250);
    };
    void load();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [bridge, batchId, filter, version, tally, arrived]);

  /** Row `at` of the filtered list, or undefined while its page is on its way. */
  const rowAt = useCallback((at: number): ReviewRowView | undefined => {
    const fresh = pages.current.get(Math.floor(at / pageSize));
    const page = fresh && fresh !== 'loading' ? fresh : stale.current.get(Math.floor(at / pageSize));
    return page && page !== 'loading' ? page[at % pageSize] : undefined;
  }, []);

  /**
   * From now on: whether the page holding row `at` of the list has been read again. After a
   * change the pages from before it are shown until their fresh copies arrive.
   */
  const readSince = useCallback(() => {
    const before = pages.current;
    return (at: number): boolean => {
      const page = pages.current.get(Math.floor(at / pageSize));
      return pages.current !== before && page !== undefined && page !== 'loading';
    };
  }, []);

  /** Asks for the pages covering rows `first`…`last` that are not here yet. */
  const want = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page += 1) {
        if (pages.current.has(page)) continue;
        pages.current.set(page, 'loading');
        const asked = current.current;
        void bridge['batch.get']({ batchId, filter, offset: page * pageSize, limit: pageSize }).then((got) => {
          if (current.current !== asked) return;
          // A page asked for while the engine checks again comes back empty: asked again later.
          if (got.ok && !got.value.checking) {
            pages.current.set(page, sameRowsKept(got.value.rows, stale.current.get(page)));
            arrived.set(arrived.get() + 1);
          } else pages.current.delete(page);
        });
      }
    },
    [bridge, batchId, filter, arrived],
  );

  /** One change to the engine; answers it with the version at which it will be on screen. */
  const send = useCallback(
    async (change: BatchChange, label: string): Promise<{ result: EditResult | null; shownAt: number }> => {
      setRefusal(null);
      busy.set(label);
      let result: Awaited<ReturnType<PaybatchBridge['batch.edit']>>;
      try {
        result = await bridge['batch.edit']({ batchId, change });
      } finally {
        busy.set(null);
      }
      if (!result.ok) {
        setRefusal(result.error);
        // What the screen offers may be what was refused (an Undo another window took back):
        // read again, so it offers what the engine holds now.
        startTransition(() => void readAgain());
        return { result: null, shownAt: 0 };
      }
      // The counts are drawn at once, on their own; the rest of the screen (the undo offer, the
      // pages read again) follows as a transition the window answers input between.
      const { tally: counts, undo } = result.value;
      tally.set(counts);
      let shownAt = 0;
      startTransition(() => {
        setHead((head) => (head ? { ...head, tally: counts, undo } : head));
        shownAt = readAgain();
      });
      return { result: result.value, shownAt };
    },
    [bridge, batchId, busy, tally, readAgain],
  );

  const [queue] = useState(() => changeQueue<EditResult>());
  const edit = useCallback(
    (change: BatchChange, label: string): Promise<EditResult | null> => queue.ask(JSON.stringify(change), drawn.current, () => send(change, label)),
    [queue, send],
  );

  const preview = useCallback(
    async (change: BatchChange): Promise<EditResult | null> => {
      setRefusal(null);
      const result = await bridge['batch.edit']({ batchId, change, preview: true });
      if (!result.ok) setRefusal(result.error);
      return result.ok ? result.value : null;
    },
    [bridge, batchId],
  );

  // A transition, as every read again is: the change counts (`drawn`) follow only what is drawn.
  const refresh = useCallback(() => {
    setRefusal(null);
    startTransition(() => void readAgain());
  }, [readAgain]);

  return { head, headFilter, problem: refusal ?? readProblem, busy, shownBusy, tally, arrived, rowAt, readSince, want, edit, preview, refresh, version };
}

/**
 * A page read again after a change, with each row that did not change kept as the object
 * already drawn: the grid draws again only the rows whose content moved (one, for one edit).
 */
function sameRowsKept(fresh: readonly ReviewRowView[], before: readonly ReviewRowView[] | 'loading' | undefined): readonly ReviewRowView[] {
  if (!before || before === 'loading') return fresh;
  return fresh.map((row, at) => {
    const old = before[at];
    return old && old.index === row.index && JSON.stringify(old) === JSON.stringify(row) ? old : row;
  });
}
