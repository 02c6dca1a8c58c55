import { useCallback, useEffect, useRef, useState } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { Environment } from '../../../shared/credentials/credential-fields';
import type { ApiError } from '../../../shared/result';
import type { PresendCheck } from '../../../shared/send/send-contract';

export type Decision = 'keep' | 'exclude';

/** Decisions one send.decide call may carry (the contract's limit). */
const decisionsPerCall = 500;

/**
 * The checks before the first payment (send.check): the balance against what is left to send
 * and, where the provider answers them, the payees' names as it holds them; then the
 * accountant's keep or exclude for each finding (send.decide). Run when `wanted` (a batch not
 * being sent right now) for the environment chosen, and again on request.
 */
export function usePresend(bridge: PaybatchBridge, batchId: string, environment: Environment, wanted: boolean) {
  const [check, setCheck] = useState<PresendCheck | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  // A decision the engine refused (an excluded row cannot be kept again: it was cancelled).
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const asked = useRef(0);

  const run = useCallback(async (): Promise<void> => {
    const ask = ++asked.current;
    setBusy(true);
    setCheck(null);
    setProblem(null);
    setRefusal(null);
    const got = await bridge['send.check']({ batchId, environment });
    if (ask !== asked.current) return;
    setBusy(false);
    if (got.ok) setCheck(got.value);
    else setProblem(got.error);
  }, [bridge, batchId, environment]);

  useEffect(() => {
    if (wanted) void run();
    else {
      asked.current += 1;
      setBusy(false);
    }
  }, [run, wanted]);

  const decide = useCallback(
    async (decisions: ReadonlyArray<{ readonly seq: number; readonly decision: Decision }>): Promise<void> => {
      if (decisions.length === 0) return;
      const ask = ++asked.current;
      setBusy(true);
      for (let from = 0; from < decisions.length; from += decisionsPerCall) {
        const got = await bridge['send.decide']({ batchId, decisions: decisions.slice(from, from + decisionsPerCall).map((d) => ({ seq: d.seq, decision: d.decision })) });
        if (ask !== asked.current) return;
        if (!got.ok) {
          setBusy(false);
          setRefusal(got.error);
          return;
        }
        setCheck(got.value);
      }
      setRefusal(null);
      setBusy(false);
    },
    [bridge, batchId],
  );

  /** What stops Start: a finding not decided, or too little money; null when nothing does. */
  const blocker: 'checking' | 'undecided' | 'short' | null = busy ? 'checking' : check && check.undecided > 0 ? 'undecided' : check?.balance.state === 'short' ? 'short' : null;

  return { check, problem, refusal, busy, blocker, recheck: run, decide };
}
