import { useCallback, useEffect } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import { StatementDialog } from './StatementDialog';
import { closeStatement, routeMounted, useStatementAddress } from './statement-route';

/**
 * Shows the statement the address opens (`#statement=<batchId>`), for any batch, wherever the
 * window is: drawn once by the App, it makes a statement reachable by its address alone.
 * Without it, a StatementButton shows its own batch's statement.
 */
export function StatementRoute({ bridge }: { readonly bridge?: PaybatchBridge | null }) {
  const batchId = useStatementAddress();
  useEffect(() => routeMounted(), []);
  const close = useCallback(() => closeStatement(), []);
  return batchId ? <StatementDialog key={batchId} batchId={batchId} bridge={bridge} onClose={close} /> : null;
}
