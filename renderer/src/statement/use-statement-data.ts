import { useEffect, useState } from 'react';
import { rowsPerPage } from '../../../shared/batches/batch-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { Payee } from '../../../shared/import/model';
import type { ApiError, Result } from '../../../shared/result';
import type { SentRow } from '../../../shared/send/send-contract';
import { statementLines, statementTotals, type StatementData } from './statement-lines';

export type StatementLoad =
  | { readonly kind: 'loading'; readonly read: number; readonly total: number | null }
  | { readonly kind: 'failed'; readonly error: ApiError }
  | { readonly kind: 'ready'; readonly data: StatementData };

/**
 * Every row of the batch as sent (send.status, a page of 500 at a time) with the accounts they
 * went to (batch.get's frozen rows, the same pages), and the batch's approval: read once, when
 * the statement opens. A statement is a record of a moment, not a live view.
 */
export function useStatementData(bridge: PaybatchBridge, batchId: string): StatementLoad {
  const [load, setLoad] = useState<StatementLoad>({ kind: 'loading', read: 0, total: null });
  useEffect(() => {
    let current = true;
    const progress = (read: number, total: number) => {
      if (current) setLoad({ kind: 'loading', read, total });
    };
    void readStatement(bridge, batchId, progress).then(
      (result) => {
        if (current) setLoad(result.ok ? { kind: 'ready', data: result.value } : { kind: 'failed', error: result.error });
      },
      (error: unknown) => {
        if (current) setLoad({ kind: 'failed', error: { code: 'internal', message: String(error) } });
      },
    );
    return () => {
      current = false;
    };
  }, [bridge, batchId]);
  return load;
}

async function readStatement(bridge: PaybatchBridge, batchId: string, progress: (read: number, total: number) => void): Promise<Result<StatementData>> {
  const first = await bridge['send.status']({ batchId, offset: 0, limit: rowsPerPage });
  if (!first.ok) return first;
  const { rows: firstRows, matching, ...state } = first.value;
  const rows: SentRow[] = [...firstRows];
  progress(rows.length, matching);
  while (rows.length < matching) {
    const page = await bridge['send.status']({ batchId, offset: rows.length, limit: rowsPerPage });
    if (!page.ok) return page;
    if (page.value.rows.length === 0) break;
    rows.push(...page.value.rows);
    progress(rows.length, matching);
  }
  const frozen = await readPayees(bridge, batchId);
  if (!frozen.ok) return frozen;
  const lines = statementLines(rows, frozen.value.payees, state.operation);
  return { ok: true, value: { state, batch: frozen.value.batch, lines, totals: statementTotals(lines) } };
}

/** The batch (its approval time) and its frozen rows by sheet row, for the accounts paid into. */
async function readPayees(bridge: PaybatchBridge, batchId: string) {
  const payees = new Map<number, Payee>();
  const page = (offset: number) => bridge['batch.get']({ batchId, filter: 'all', offset, limit: rowsPerPage });
  let head = await page(0);
  // An approved batch is read from its frozen rows at once; a draft would first be checked.
  while (head.ok && head.value.checking) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    head = await page(0);
  }
  if (!head.ok) return head;
  for (const row of head.value.rows) payees.set(row.row, row.payee);
  let read = head.value.rows.length;
  while (read < head.value.matched) {
    const next = await page(read);
    if (!next.ok) return next;
    if (next.value.rows.length === 0) break;
    for (const row of next.value.rows) payees.set(row.row, row.payee);
    read += next.value.rows.length;
  }
  return { ok: true, value: { batch: head.value.batch, payees } } as const;
}
