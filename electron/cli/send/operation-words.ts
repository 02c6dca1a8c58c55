import type { MessageId } from '../../../shared/i18n/messages/index.js';
import type { Operation } from '../../../shared/providers/operations.js';

/**
 * The sentences of a send that say what it does: pay out, or refund. Each pair takes the same
 * values, so the command says either with one call.
 */
const payoutWords = {
  summary: 'cli.send.summary',
  ask: 'cli.send.ask',
  started: 'cli.send.started',
  progress: 'cli.send.progress',
  done: 'cli.send.done',
  duplicate: 'cli.send.duplicate',
} as const satisfies Record<string, MessageId>;

const refundWords = {
  summary: 'cli.refund.summary',
  ask: 'cli.refund.ask',
  started: 'cli.refund.started',
  progress: 'cli.refund.progress',
  done: 'cli.refund.done',
  duplicate: 'cli.refund.duplicate',
} as const satisfies Record<keyof typeof payoutWords, MessageId>;

export type SendWords = typeof payoutWords | typeof refundWords;

export function sendWords(operation: Operation): SendWords {
  return operation === 'refund' ? refundWords : payoutWords;
}
