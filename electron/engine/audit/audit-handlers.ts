import { auditPageMax } from '../../../shared/audit/audit-contract.js';
import type { MethodHandlers } from '../engine.js';
import type { Db } from '../store/database.js';
import { auditCsv } from './audit-csv.js';
import type { Audit } from './audit-feature.js';
import { verifyChain } from './audit-verify.js';

/** The audit log feature (issue #15 item 5): its pages, its CSV, its check. */
export function auditHandlers(db: Db, audit: Audit): Pick<MethodHandlers, 'audit.list' | 'audit.export' | 'audit.verify'> {
  return {
    'audit.list': async ({ offset, limit, oldestFirst, ...filter }) => audit.log.list(filter, offset ?? 0, Math.min(limit ?? 100, auditPageMax), oldestFirst === true),
    'audit.export': async (filter) => {
      const { bytes, count } = auditCsv(audit.log.each(filter));
      const day = new Date().toISOString().slice(0, 10);
      const batch = filter.batchId ? ` ${filter.batchId.slice(0, 8)}` : '';
      return { fileName: `Paybatch audit log${batch} ${day}.csv`, base64: bytes.toString('base64'), entries: count };
    },
    'audit.verify': async () => {
      audit.log.flush();
      return verifyChain(db);
    },
  };
}
