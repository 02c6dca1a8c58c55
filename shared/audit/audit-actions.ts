/**
 * What the audit log records (issue #15 item 5): every contract method that changes something
 * (named by the method), and each row's move while it is sent (`row.status`). Read-only
 * methods are not recorded. The engine's summaries are typed against both lists, so an action
 * or a detail nobody can show cannot be written.
 */
export const auditActions = [
  'batch.create',
  'batch.addRows',
  'batch.edit',
  'batch.discard',
  'batch.approve',
  'batch.retry',
  'batch.problems',
  'batch.unsent',
  'report.export',
  'audit.export',
  'send.check',
  'send.decide',
  'send.start',
  'send.pause',
  'send.cancel',
  'send.resume',
  'send.resolve',
  'row.status',
  'keys.import',
  'keys.setSecret',
  'keys.remove',
  'keys.setSettings',
  'limits.set',
  'mapping.save',
] as const;
export type AuditAction = (typeof auditActions)[number];

/**
 * The facts an entry may keep, by name. Values are names, counts, amounts (minor units),
 * hashes, fingerprints and addresses: never a secret, never a whole request.
 */
export const auditDetailKeys = [
  'provider',
  'environment',
  'operation',
  'currency',
  'fileName',
  'fileHash',
  'sheet',
  'rows',
  'kind',
  'field',
  'fix',
  'code',
  'excluded',
  'sheetRows',
  'before',
  'after',
  'status',
  'contentHash',
  'total',
  'firstOrderId',
  'payAgain',
  'retryOf',
  'format',
  'entries',
  'filter',
  'balance',
  'checked',
  'matched',
  'undecided',
  'kept',
  'decisions',
  'concurrency',
  'continuePaused',
  'batches',
  'held',
  'seq',
  'paid',
  'orderId',
  'row',
  'from',
  'to',
  'reason',
  'secrets',
  'settings',
  'address',
  'verificationKey',
  'removed',
  'changes',
  'columns',
] as const;
export type AuditDetailKey = (typeof auditDetailKeys)[number];
export type AuditValue = string | number | boolean | null;
export type AuditDetails = Partial<Record<AuditDetailKey, AuditValue>>;

export function isAuditAction(text: string): text is AuditAction {
  return (auditActions as readonly string[]).includes(text);
}
