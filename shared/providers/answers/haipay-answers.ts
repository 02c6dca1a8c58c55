import type { MessageId } from '../../i18n/messages/index.js';

/**
 * HaiPay's codes as its client writes them on a row: the query's `data.status` 3 (failure) and
 * the apply refusals HaiPay documents (`error` 4002, its FAQ's channel error). HaiPay publishes
 * no error table; any other code is quoted as it came.
 */
export const haipayAnswers = {
  '3': 'answer.haipay.3',
  '4002': 'answer.haipay.4002',
} as const satisfies Readonly<Record<string, MessageId>>;
