import { useCallback, useEffect, useState } from 'react';
import type { AuditAction } from '../../../shared/audit/audit-actions';
import type { AuditEntry, AuditVerdict } from '../../../shared/audit/audit-contract';
import type { BatchInfo } from '../../../shared/batches/batch-contract';
import type { PaybatchBridge } from '../../../shared/bridge';
import type { ApiError } from '../../../shared/result';
import { saveBase64 } from '../batches/download';

/** Entries shown per page. */
export const auditPageSize = 50;

export type AuditFilterChoice = { readonly action: AuditAction | null; readonly batchId: string | null };

/** The choice as the engine is asked it (audit.list, audit.export): only what is chosen. */
function asked(filter: AuditFilterChoice) {
  return { ...(filter.action ? { action: filter.action } : {}), ...(filter.batchId ? { batchId: filter.batchId } : {}) };
}

/**
 * The audit log as the section shows it: a page of entries (newest first) for the chosen
 * action and batch, the batches to choose from, the last verdict, and the export.
 */
export function useAuditLog(bridge: PaybatchBridge) {
  const [filter, setFilterState] = useState<AuditFilterChoice>({ action: null, batchId: null });
  const [page, setPage] = useState(0);
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null);
  const [matching, setMatching] = useState(0);
  const [batches, setBatches] = useState<readonly BatchInfo[]>([]);
  const [verdict, setVerdict] = useState<AuditVerdict | 'checking' | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  // Where the desktop app saved the export (a browser tab's download bar says so itself).
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    void bridge['batch.list']({ includeDiscarded: true }).then((result) => {
      if (result.ok) setBatches(result.value);
    });
  }, [bridge]);

  useEffect(() => {
    let current = true;
    void bridge['audit.list']({ ...asked(filter), offset: page * auditPageSize, limit: auditPageSize }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setEntries(result.value.entries);
        setMatching(result.value.matching);
        setProblem(null);
      } else setProblem(result.error);
    });
    return () => {
      current = false;
    };
  }, [bridge, filter, page, reload]);

  const setFilter = useCallback((next: AuditFilterChoice) => {
    setFilterState(next);
    setPage(0);
  }, []);

  const verify = useCallback(async () => {
    setVerdict('checking');
    const result = await bridge['audit.verify']({});
    if (result.ok) setVerdict(result.value);
    else {
      setVerdict(null);
      setProblem(result.error);
    }
  }, [bridge]);

  const exportCsv = useCallback(async () => {
    const result = await bridge['audit.export'](asked(filter));
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    const saved = await saveBase64(result.value.base64, result.value.fileName, 'csv');
    if (saved.kind === 'failed') setProblem(saved.error);
    setSavedTo(saved.kind === 'saved' && saved.native ? saved.where : null);
    // The export is itself an entry: shown at the top.
    setReload((n) => n + 1);
  }, [bridge, filter]);

  return { filter, setFilter, page, setPage, entries, matching, batches, verdict, verify, exportCsv, problem, savedTo };
}
