import type { z } from 'zod';
import type { Api, MethodName, MethodOutput } from '../../../shared/api.js';
import type { AuditAction, AuditDetails } from '../../../shared/audit/audit-actions.js';
import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { RuleLimits } from '../../../shared/providers/rule-limits.js';
import { changedLimits, keyChanges, secretsOf, settingChanges, type Settings } from './audit-settings.js';

type Input<M extends MethodName> = z.output<Api[M]['input']>;

/** What a summary may read besides the call itself: the engine's own stores, never the keychain. */
export type AuditLookups = {
  readonly settingsOf: (provider: ProviderId, environment: Environment) => Settings;
  readonly limitsOf: (provider: ProviderId) => RuleLimits;
  readonly currencyOf: (batchId: string) => string | null;
};

/** What stood before the call, for summaries that say what changed. */
export type AuditBefore = { readonly settings?: Settings; readonly limits?: RuleLimits };

export type AuditSummary = { readonly batchId: string | null; readonly details: AuditDetails } | null;

type Summarizer<M extends MethodName> = {
  readonly before?: (input: Input<M>, look: AuditLookups) => AuditBefore;
  /** What the entry keeps of a successful call (null: nothing to record, e.g. a preview). A whitelist: nothing else is kept. */
  readonly summary: (input: Input<M>, output: MethodOutput<M>, look: AuditLookups, before: AuditBefore) => AuditSummary;
};

/**
 * Every contract method, said once: recorded with what its entry keeps, or read-only. A new
 * method does not compile until it is one or the other.
 */
export type AuditSummaries = { readonly [M in MethodName]: M extends AuditAction ? Summarizer<M> : 'read-only' };

const maxText = 200;
/** Rows named one by one up to this many; a bigger change keeps its count only. */
const namedRows = 20;

export const auditSummaries: AuditSummaries = {
  'app.info': 'read-only',
  'mapping.find': 'read-only',
  'limits.get': 'read-only',
  'batch.list': 'read-only',
  'batch.get': 'read-only',
  'send.status': 'read-only',
  'keys.status': 'read-only',
  'connection.test': 'read-only',
  'audit.list': 'read-only',
  'audit.verify': 'read-only',
  'mapping.save': {
    summary: (input) => ({ batchId: null, details: { columns: Object.keys(input.columns).length, currency: input.currency ?? null, provider: input.provider ?? null } }),
  },
  'limits.set': {
    before: ({ provider }, look) => ({ limits: look.limitsOf(provider) }),
    summary: ({ provider }, output, _look, before) => ({ batchId: null, details: { provider, changes: before.limits ? changedLimits(before.limits, output) : null } }),
  },
  'batch.create': {
    summary: (input, output) => ({
      batchId: output.batchId,
      details: { provider: input.provider, operation: input.operation ?? 'payout', currency: input.currency, fileName: text(input.fileName), fileHash: input.fileHash, sheet: input.sheet === null ? null : text(input.sheet), rows: input.rowCount },
    }),
  },
  // The import's last page: the rows are all in. The pages before it say nothing new.
  'batch.addRows': {
    summary: (input, output) => (output.complete ? { batchId: input.batchId, details: { rows: output.received } } : null),
  },
  'batch.edit': { summary: (input, output) => (input.preview ? null : { batchId: input.batchId, details: editDetails(input.change, output) }) },
  'batch.discard': { summary: (input, output) => ({ batchId: input.batchId, details: { status: output.status } }) },
  'batch.approve': {
    summary: (input, output, look) => ({
      batchId: input.batchId,
      details: { contentHash: output.contentHash, total: output.total, currency: look.currencyOf(input.batchId), rows: output.rowCount, firstOrderId: output.firstOrderId, payAgain: input.payAgain ?? null },
    }),
  },
  'batch.retry': { summary: (input, output, look) => ({ batchId: output.batchId, details: { retryOf: input.batchId, rows: output.rows, total: output.total, currency: look.currencyOf(input.batchId) } }) },
  'batch.problems': { summary: (input, output) => ({ batchId: input.batchId, details: { fileName: text(output.fileName) } }) },
  'batch.unsent': { summary: (input, output) => ({ batchId: input.batchId, details: { format: input.format, fileName: text(output.fileName), rows: output.rows } }) },
  'report.export': { summary: (input, output) => ({ batchId: input.batchId, details: { format: input.format, fileName: text(output.fileName) } }) },
  'audit.export': {
    summary: (input, output) => ({ batchId: input.batchId ?? null, details: { fileName: text(output.fileName), entries: output.entries, filter: filterText(input) } }),
  },
  'send.check': {
    summary: (input, output) => ({
      batchId: input.batchId,
      details: { environment: input.environment, balance: output.balance.state, checked: output.inquiry.checked, matched: output.inquiry.matched, undecided: output.undecided },
    }),
  },
  'send.decide': {
    summary: ({ batchId, decisions }) => ({
      batchId,
      details: {
        kept: decisions.filter((d) => d.decision === 'keep').length,
        excluded: decisions.filter((d) => d.decision === 'exclude').length,
        decisions: decisions.length <= namedRows ? decisions.map((d) => `${d.seq} ${d.decision}`).join(', ') : null,
      },
    }),
  },
  'send.start': { summary: (input, output) => ({ batchId: input.batchId, details: { environment: input.environment, concurrency: input.concurrency ?? null, status: output.status } }) },
  'send.pause': { summary: (input, output) => ({ batchId: input.batchId, details: { status: output.status } }) },
  'send.cancel': { summary: (input, output) => ({ batchId: input.batchId, details: { status: output.status } }) },
  'send.resume': {
    summary: (input, output) => ({
      batchId: output.batchIds.length === 1 ? (output.batchIds[0] ?? null) : null,
      details: { continuePaused: input.continuePaused, batches: output.batchIds.length <= namedRows ? output.batchIds.join(', ') : output.batchIds.length, held: output.held.length },
    }),
  },
  'send.resolve': { summary: (input, output) => ({ batchId: input.batchId, details: { seq: input.seq, paid: input.paid, status: output.status } }) },
  'keys.import': {
    before: ({ provider, environment }, look) => ({ settings: look.settingsOf(provider, environment) }),
    summary: ({ provider, environment }, output, look, before) => ({
      batchId: null,
      details: { provider, environment, secrets: secretsOf(output.secrets), ...keyChanges(provider, before.settings ?? {}, look.settingsOf(provider, environment)) },
    }),
  },
  'keys.setSecret': {
    summary: ({ provider, environment, field }, output) => ({ batchId: null, details: { provider, environment, field: safeName(field), secrets: secretsOf(output.secrets.filter((s) => s.field === field)) } }),
  },
  'keys.remove': { summary: ({ provider, environment }, output) => ({ batchId: null, details: { provider, environment, removed: output.removed } }) },
  'keys.setSettings': {
    before: ({ provider, environment }, look) => ({ settings: look.settingsOf(provider, environment) }),
    summary: ({ provider, environment }, output, _look, before) => ({ batchId: null, details: { provider, environment, ...settingChanges(before.settings ?? {}, output.settings) } }),
  },
};

type Change = Input<'batch.edit'>['change'];

/**
 * An edit as the log keeps it: its kind, how many rows, which field or problem, and for a change
 * to one or two rows their sheet row numbers with the value before and after. A bulk fix over
 * 100,000 rows is one line: its kind, field and count, never the rows themselves.
 */
function editDetails(change: Change, output: MethodOutput<'batch.edit'>): AuditDetails {
  const details: AuditDetails = { kind: change.kind, rows: output.rows };
  if ('field' in change) details.field = change.field;
  if ('fix' in change) details.fix = change.fix;
  if ('code' in change) details.code = change.code === null ? null : text(change.code);
  if (change.kind === 'exclude') details.excluded = change.excluded;
  const named = output.examples.length >= output.rows && output.rows > 0 && output.rows <= namedRows;
  if (named) details.sheetRows = output.examples.map((e) => e.row).join(', ');
  const [only] = output.examples;
  if (only && output.rows === 1 && (change.kind === 'set' || change.kind === 'fix')) {
    details.before = only.before === null ? null : text(only.before);
    details.after = only.after === null ? null : text(only.after);
  }
  return details;
}

function filterText(filter: Input<'audit.export'>): string | null {
  const parts = [filter.action ? `action ${filter.action}` : '', filter.from ? `from ${text(filter.from)}` : '', filter.to ? `to ${text(filter.to)}` : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

function text(value: string): string {
  return value.length > maxText ? `${value.slice(0, maxText)}…` : value;
}

/** A field name as given (the engine checked it): kept only when it looks like one. */
function safeName(field: string): string | null {
  return /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(field) ? field : null;
}
