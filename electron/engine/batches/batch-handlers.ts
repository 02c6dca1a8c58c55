import type { MethodName } from '../../../shared/api.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { providerRules, rulesFor } from '../../../shared/providers/provider-rules.js';
import type { RuleLimits } from '../../../shared/providers/rule-limits.js';
import type { MethodHandlers } from '../engine.js';
import { EngineError } from '../engine-error.js';
import { writeProblemsWorkbook } from '../reports/problems-workbook.js';
import type { Db } from '../store/database.js';
import { approvalFacts } from './approval-facts.js';
import { approveBatch } from './approve-batch.js';
import { createDraftStore } from './draft-store.js';
import { createDrafts, type Drafts } from './drafts.js';
import { recentPayments, withPaidRecently } from './paid-recently.js';
import { refundHistory, withRefundedBefore } from './refunded-before.js';
import { retryBatch } from './retry-batch.js';
import { unsentSheet } from './unsent-sheet.js';

type BatchMethod = Extract<MethodName, `batch.${string}`>;

/** The batches feature: its handler map, and what other features need of it. */
export function createBatchFeature(db: Db, limitsOf: (provider: ProviderId) => RuleLimits): { handlers: Pick<MethodHandlers, BatchMethod>; drafts: Drafts } {
  const store = createDraftStore(db);
  store.removeUnfinished();
  const drafts = createDrafts(
    store,
    limitsOf,
    (info, draft, state) => approvalFacts(db, info, draft, state),
    (provider, operation) =>
      operation === 'refund' ? withRefundedBefore(rulesFor(provider, operation), refundHistory(db)) : withPaidRecently(providerRules[provider], recentPayments(db, providerRules[provider].currency)),
  );

  const handlers: Pick<MethodHandlers, BatchMethod> = {
    'batch.create': async (input) => drafts.create(input),
    'batch.addRows': async (input) => drafts.addRows(input),
    'batch.list': async ({ includeDiscarded }) => drafts.list(includeDiscarded === true),
    'batch.get': async (input) => drafts.get(input),
    'batch.edit': async (input) => drafts.edit(input),
    'batch.discard': async ({ batchId }) => drafts.discard(batchId),
    'batch.approve': async (input) => approveBatch(db, drafts, input, limitsOf),
    'batch.retry': async ({ batchId }) => retryBatch(db, store, batchId),
    'batch.unsent': async ({ batchId, format, language }) => unsentSheet(db, batchId, format, language ?? 'en'),
    'batch.problems': async ({ batchId }) => {
      const record = store.record(batchId);
      if (!record) throw new EngineError('not_found', 'This batch is not in Paybatch.', undefined, { reason: 'batch_not_found' });
      const { state } = await drafts.checked(batchId);
      const rows = state.rows.filter((row) => row.state === 'error' || row.state === 'warning');
      if (rows.length === 0) throw new EngineError('refused', 'No row of this batch has a problem: there is nothing to download.', undefined, { reason: 'nothing_to_download' });
      const bytes = await writeProblemsWorkbook({ fileName: record.file_name, currency: record.currency, mapping: record.mapping, rows });
      const stem = record.file_name.replace(/\.[^.]+$/, '');
      return { fileName: `${stem} - problems.xlsx`, base64: Buffer.from(bytes).toString('base64') };
    },
  };
  return { handlers, drafts };
}
