import { auditDetailKeys, isAuditAction, type AuditAction, type AuditDetailKey, type AuditValue } from '../../../shared/audit/audit-actions';
import type { AuditEntry } from '../../../shared/audit/audit-contract';
import { credentialLabel } from '../../../shared/credentials/credential-fields';
import { localeOf } from '../../../shared/i18n/languages';
import type { MessageId } from '../../../shared/i18n/messages/index';
import type { Translator } from '../../../shared/i18n/translator';
import { providerIds, type ProviderId } from '../../../shared/providers/provider-ids';
import { providerRules } from '../../../shared/providers/provider-rules';
import { rowStatuses } from '../../../shared/events';
import { fieldLabel, problemLabel } from '../i18n/labels';
import { operationWords } from '../i18n/operation-words';
import { payeeFields, type PayeeField } from '../../../shared/import/model';

/** Each action's name, by catalogue id. */
export const actionLabelIds = {
  'batch.create': 'audit.action.batchCreate',
  'batch.addRows': 'audit.action.batchAddRows',
  'batch.edit': 'audit.action.batchEdit',
  'batch.discard': 'audit.action.batchDiscard',
  'batch.approve': 'audit.action.batchApprove',
  'batch.retry': 'audit.action.batchRetry',
  'batch.problems': 'audit.action.batchProblems',
  'batch.unsent': 'audit.action.batchUnsent',
  'report.export': 'audit.action.reportExport',
  'audit.export': 'audit.action.auditExport',
  'send.check': 'audit.action.sendCheck',
  'send.decide': 'audit.action.sendDecide',
  'send.start': 'audit.action.sendStart',
  'send.pause': 'audit.action.sendPause',
  'send.cancel': 'audit.action.sendCancel',
  'send.resume': 'audit.action.sendResume',
  'send.resolve': 'audit.action.sendResolve',
  'row.status': 'audit.action.rowStatus',
  'keys.import': 'audit.action.keysImport',
  'keys.setSecret': 'audit.action.keysSetSecret',
  'keys.remove': 'audit.action.keysRemove',
  'keys.setSettings': 'audit.action.keysSetSettings',
  'limits.set': 'audit.action.limitsSet',
  'mapping.save': 'audit.action.mappingSave',
} as const satisfies Record<AuditAction, MessageId>;

/** Each detail's label, by catalogue id. */
const detailLabelIds = {
  provider: 'audit.detail.provider',
  environment: 'audit.detail.environment',
  operation: 'audit.detail.operation',
  currency: 'audit.detail.currency',
  fileName: 'audit.detail.fileName',
  fileHash: 'audit.detail.fileHash',
  sheet: 'audit.detail.sheet',
  rows: 'audit.detail.rows',
  kind: 'audit.detail.kind',
  field: 'audit.detail.field',
  fix: 'audit.detail.fix',
  code: 'audit.detail.code',
  excluded: 'audit.detail.excluded',
  sheetRows: 'audit.detail.sheetRows',
  before: 'audit.detail.before',
  after: 'audit.detail.after',
  status: 'audit.detail.status',
  contentHash: 'audit.detail.contentHash',
  total: 'audit.detail.total',
  firstOrderId: 'audit.detail.firstOrderId',
  payAgain: 'audit.detail.payAgain',
  retryOf: 'audit.detail.retryOf',
  format: 'audit.detail.format',
  entries: 'audit.detail.entries',
  filter: 'audit.detail.filter',
  balance: 'audit.detail.balance',
  checked: 'audit.detail.checked',
  matched: 'audit.detail.matched',
  undecided: 'audit.detail.undecided',
  kept: 'audit.detail.kept',
  decisions: 'audit.detail.decisions',
  concurrency: 'audit.detail.concurrency',
  continuePaused: 'audit.detail.continuePaused',
  batches: 'audit.detail.batches',
  held: 'audit.detail.held',
  seq: 'audit.detail.seq',
  paid: 'audit.detail.paid',
  orderId: 'audit.detail.orderId',
  row: 'audit.detail.row',
  from: 'audit.detail.from',
  to: 'audit.detail.to',
  reason: 'audit.detail.reason',
  secrets: 'audit.detail.secrets',
  settings: 'audit.detail.settings',
  address: 'audit.detail.address',
  verificationKey: 'audit.detail.verificationKey',
  removed: 'audit.detail.removed',
  changes: 'audit.detail.changes',
  columns: 'audit.detail.columns',
} as const satisfies Record<AuditDetailKey, MessageId>;

const editKindIds: Readonly<Record<string, MessageId>> = {
  set: 'audit.kind.set',
  fix: 'audit.kind.fix',
  exclude: 'audit.kind.exclude',
  acknowledge: 'audit.kind.acknowledge',
  fixAll: 'audit.kind.fixAll',
  acknowledgeAll: 'audit.kind.acknowledgeAll',
  excludeAll: 'audit.kind.excludeAll',
  undo: 'audit.kind.undo',
};

const balanceIds: Readonly<Record<string, MessageId>> = {
  enough: 'audit.balance.enough',
  short: 'audit.balance.short',
  unreadable: 'audit.balance.unreadable',
  not_applicable: 'audit.balance.not_applicable',
};

/**
 * An entry's time to the second, as the reader's language writes dates (Gregorian years in
 * Thai too, as the rest of the app shows them): an audit needs the order of things a minute apart.
 */
export function timeText(tr: Translator, at: string): string {
  const locale = tr.language === 'th' ? 'th-TH-u-ca-gregory' : localeOf[tr.language];
  const when = new Date(at);
  if (Number.isNaN(when.getTime())) return at;
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(when);
}

export function actionLabel(tr: Translator, action: string): string {
  return isAuditAction(action) ? tr.t(actionLabelIds[action]) : action;
}

/** Details in the order the list of them gives (what, then how much, then from → to), unknown ones last. */
function placeOf(name: string): number {
  return isDetailKey(name) ? auditDetailKeys.indexOf(name) : auditDetailKeys.length;
}

function isDetailKey(name: string): name is AuditDetailKey {
  return Object.hasOwn(detailLabelIds, name);
}

function isProvider(text: string): text is ProviderId {
  return (providerIds as readonly string[]).includes(text);
}

function isPayeeField(text: string): text is PayeeField {
  return (payeeFields as readonly string[]).includes(text);
}

/** An entry's details in the reader's words: "label: value", the values a person would write them. */
export function detailsText(tr: Translator, entry: AuditEntry): string {
  return Object.entries(entry.details)
    .filter(([, value]) => value !== null && value !== '')
    .sort(([a], [b]) => placeOf(a) - placeOf(b))
    .map(([name, value]) => `${isDetailKey(name) ? tr.t(detailLabelIds[name]) : name}: ${valueText(tr, entry, name, value)}`)
    .join(' · ');
}

function valueText(tr: Translator, entry: AuditEntry, name: string, value: AuditValue): string {
  if (typeof value === 'boolean') return tr.t(value ? 'audit.view.yes' : 'audit.view.no');
  if (typeof value === 'number') {
    const currency = entry.details['currency'];
    if (name === 'total' && (currency === 'VND' || currency === 'THB')) return tr.money(value, currency);
    // Sheet rows and payment numbers are names, not quantities: written without grouping.
    return name === 'seq' || name === 'row' ? String(value) : tr.number(value);
  }
  const text = String(value);
  switch (name) {
    case 'provider':
      return isProvider(text) ? providerRules[text].name : text;
    case 'environment':
      return tr.maybe(`settings.env.${text}`) ?? text;
    case 'operation':
      return text === 'payout' || text === 'refund' ? tr.t(operationWords[text]) : text;
    case 'field':
      return isPayeeField(text) ? fieldLabel(tr, text) : text;
    case 'fix':
      return tr.maybe(`fixName.${text}`) ?? text;
    case 'code':
      return problemLabel(tr, text);
    case 'kind':
      return editKindIds[text] ? tr.t(editKindIds[text]) : text;
    case 'balance':
      return balanceIds[text] ? tr.t(balanceIds[text]) : text;
    case 'status':
    case 'from':
    case 'to':
      return statusText(tr, entry.action, text);
    case 'decisions':
      return text.replace(/\b(keep|exclude)\b/g, (word) => tr.t(word === 'keep' ? 'audit.decision.keep' : 'audit.decision.exclude'));
    case 'settings':
    case 'secrets':
      // Field names first in each part ("apiKey sha256:…"): said as Settings says them.
      return text
        .split(', ')
        .map((part) => part.replace(/^\S+/, (field) => credentialLabel(tr, field)))
        .join(', ');
    default:
      return text;
  }
}

/** A row's status on a row's move; a batch's otherwise. */
function statusText(tr: Translator, action: string, status: string): string {
  if (action === 'row.status' && (rowStatuses as readonly string[]).includes(status)) return tr.t('sendStatus.row', { status });
  return tr.maybe(`batchStatus.${status}`) ?? status;
}
