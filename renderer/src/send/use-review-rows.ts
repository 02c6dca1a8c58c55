import { useCallback, useEffect, useRef, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { SendState, SentRow } from '../../../shared/send/send-contract';

/** Rows listed for review at a time: each needs a person, so a screenful is plenty; the rest follow. */
export const reviewRowsShown = 50;

/**
 * The rows that wait for the accountant (needs_review), read with send.status apart from the
 * page of rows shown below (which may be filtered or paged elsewhere). Read again when the
 * batch's count of them, its status or whether it runs changes, and after each answer.
 */
export function useReviewRows(bridge: PaybatchBridge, batchId: string, state: SendState | null) {
  const [rows, setRows] = useState<readonly SentRow[]>([]);
  const [asked, setAsked] = useState(0);
  const latest = useRef(0);
  const waiting = state?.counts.needs_review ?? 0;
  const status = state?.status;
  const running = state?.running;

  useEffect(() => {
    const ask = ++latest.current;
    if (waiting === 0) {
      setRows([]);
      return;
    }
    void bridge['send.status']({ batchId, statuses: ['needs_review'], offset: 0, limit: reviewRowsShown }).then((got) => {
      if (ask === latest.current && got.ok) setRows(got.value.rows);
    });
  }, [bridge, batchId, waiting, status, running, asked]);

  /** After an answer: the list as the engine now has it. */
  const reread = useCallback(() => setAsked((n) => n + 1), []);

  return { rows, waiting, reread };
}
