import { useCallback, useEffect, useRef, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { PaybatchEvent, RowStatus } from '../../../shared/events';
import type { ApiError } from '../../../shared/result';
import type { SendState, SentRow } from '../../../shared/send/send-contract';

/** Rows on one page of the list: a screenful and more, one quick answer from the engine. */
export const rowsPerPage = 100;
/**
 * After a progress event, the engine's figures are read again this soon: counts and amounts
 * always come from one answer, so the two never disagree on the screen (the event carries
 * counts only). Events come at most every 200 ms; a read costs a page of rows and two counts.
 */
const afterProgressMs = 300;
/** After a row event alone, the page's details (reference, error, times) are read again this soon. */
const afterRowMs = 1000;
/** While a batch is sent or followed, read again this often even if no event comes (a dropped stream). */
const whileRunningMs = 3000;
/** Row events are gathered and drawn together: a fast batch answers hundreds of rows a second. */
const drawRowsEveryMs = 100;

export type RowFilter = RowStatus | 'all';

/**
 * One batch as it is sent: its state (counts and amounts per status, pace, time left) and one
 * page of its rows, read with send.status; kept current by the engine's events (batch.progress
 * brings the pace and a read soon after, row.status the rows on the page at once). The window
 * never holds more than a page of a batch, however many rows it has.
 */
export function useSendBatch(bridge: PaybatchBridge, batchId: string) {
  const [state, setState] = useState<SendState | null>(null);
  const [rows, setRows] = useState<readonly SentRow[]>([]);
  const [matching, setMatching] = useState(0);
  const [page, setPage] = useState(0);
  const [filter, setFilterNow] = useState<RowFilter>('all');
  const [problem, setProblem] = useState<ApiError | null>(null);
  const asked = useRef(0);
  // Once the screen is gone, no answer is drawn and no read is scheduled.
  const alive = useRef(true);
  const timer = useRef<{ id: ReturnType<typeof setTimeout>; at: number } | null>(null);
  // How long the last read took: a big batch's counts cost the engine more, so it is asked less often.
  const lastReadMs = useRef(0);

  // Declared before the first read: React runs effects in order, and StrictMode runs them twice.
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current.id);
      timer.current = null;
    };
  }, []);

  const load = useCallback(async (): Promise<void> => {
    if (!alive.current) return;
    const ask = ++asked.current;
    const began = performance.now();
    const got = await bridge['send.status']({ batchId, offset: page * rowsPerPage, limit: rowsPerPage, ...(filter === 'all' ? {} : { statuses: [filter] }) });
    if (ask !== asked.current || !alive.current) return;
    lastReadMs.current = performance.now() - began;
    if (!got.ok) {
      setProblem(got.error);
      return;
    }
    setProblem(null);
    const { rows: pageRows, matching: matched, ...head } = got.value;
    setState(head);
    setRows(pageRows);
    setMatching(matched);
    // A page past the end (rows left the filter): the last page there is.
    if (pageRows.length === 0 && matched > 0 && page > 0) setPage(Math.floor((matched - 1) / rowsPerPage));
  }, [bridge, batchId, page, filter]);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  /** Reads again within `ms`, sooner if already due sooner. */
  const refreshIn = useCallback((ms: number) => {
    if (!alive.current) return;
    const at = Date.now() + ms;
    if (timer.current && timer.current.at <= at) return;
    if (timer.current) clearTimeout(timer.current.id);
    timer.current = {
      at,
      id: setTimeout(() => {
        timer.current = null;
        void latestLoad.current();
      }, ms),
    };
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  // Followed on a timer too while anything runs: an event stream can drop and reconnect.
  useEffect(() => {
    if (state?.running || state?.status === 'sending') refreshIn(whileRunningMs);
  }, [state, refreshIn]);

  // Row events for this batch, drawn a tenth of a second at a time; only rows on the page change.
  const pending = useRef(new Map<string, RowStatus>());
  const drawTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const drawRows = useCallback(() => {
    drawTimer.current = null;
    const changes = pending.current;
    pending.current = new Map();
    setRows((now) => {
      if (!now.some((row) => changes.has(row.orderId))) return now;
      return now.map((row) => {
        const status = changes.get(row.orderId);
        if (!status) return row;
        // Only the status at once: an event's message is the engine's English, so the row's
        // reason (said in the reader's language from its code) comes with the read that follows.
        return { ...row, status };
      });
    });
  }, []);

  useEffect(() => {
    const onEvent = (event: PaybatchEvent): void => {
      if (event.batchId !== batchId) return;
      if (event.type === 'row.status') {
        pending.current.set(event.rowId, event.status);
        drawTimer.current ??= setTimeout(drawRows, drawRowsEveryMs);
        refreshIn(afterRowMs);
        return;
      }
      // The pace at once; counts, amounts and the batch's status together from the next read.
      setState((now) =>
        now
          ? {
              ...now,
              rowsPerSecond: event.rowsPerSecond === undefined ? now.rowsPerSecond : event.rowsPerSecond,
              secondsLeft: event.secondsLeft === undefined ? now.secondsLeft : event.secondsLeft,
            }
          : now,
      );
      refreshIn(Math.max(afterProgressMs, 4 * lastReadMs.current));
    };
    const unsubscribe = bridge.onEvent(onEvent);
    return () => {
      unsubscribe();
      if (drawTimer.current) clearTimeout(drawTimer.current);
      drawTimer.current = null;
    };
  }, [bridge, batchId, drawRows, refreshIn]);

  const setFilter = useCallback((next: RowFilter) => {
    setFilterNow(next);
    setPage(0);
  }, []);

  /** What a start, pause or cancel answered: the state at once, the rows read again. */
  const took = useCallback(
    (next: SendState) => {
      setState(next);
      void latestLoad.current();
    },
    [],
  );

  return { state, rows, matching, page, setPage, filter, setFilter, problem, refresh: load, took };
}
