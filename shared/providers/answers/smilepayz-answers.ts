import type { MessageId } from '../../i18n/messages/index.js';

/**
 * SmilePayz's codes as its client writes them on a row: the transaction status that ended the
 * pay-out unpaid (electron/engine/providers/smilepayz/smilepayz-wire.ts, the statuses meaning
 * failed). SmilePayz publishes no error table; any other code is quoted as it came.
 */
export const smilepayzAnswers = {
  FAILED: 'answer.smilepayz.FAILED',
  EXPIRED: 'answer.smilepayz.EXPIRED',
  CANCELLED: 'answer.smilepayz.CANCELLED',
} as const satisfies Readonly<Record<string, MessageId>>;
