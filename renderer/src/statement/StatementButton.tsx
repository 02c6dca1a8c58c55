import { useCallback, useEffect, useRef } from 'react';
import type { PaybatchBridge } from '../../../shared/bridge';
import { useT } from '../i18n/language';
import { StatementDialog } from './StatementDialog';
import { closeStatement, openStatement, useRouteMounted, useStatementAddress } from './statement-route';

/**
 * The printable batch statement's button (issue #15 item 3): drawn on the Results screen.
 * It opens the statement over the window (`#statement=<batchId>` in the address, so a reload
 * keeps it open and Back closes it). `bridge` defaults to the window's own.
 */
export function StatementButton({ batchId, bridge }: { readonly batchId: string; readonly bridge?: PaybatchBridge | null }) {
  const tr = useT();
  const open = useStatementAddress() === batchId;
  // A StatementRoute drawn by the App shows the statement; without one, this button does.
  const routed = useRouteMounted();
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    // Focus comes back to the button the statement was opened from.
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = useCallback(() => closeStatement(), []);
  return (
    <>
      <button ref={button} type="button" className="statement-open" onClick={() => openStatement(batchId)} aria-expanded={open} data-testid="statement-open">
        {tr.t('statement.open')}
      </button>
      {open && !routed && <StatementDialog batchId={batchId} bridge={bridge} onClose={close} />}
    </>
  );
}
