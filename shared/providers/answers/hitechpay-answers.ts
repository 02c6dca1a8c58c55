import type { MessageId } from '../../i18n/messages/index.js';

/**
 * HiTechPAY's codes as its client writes them on a row (electron/engine/providers/hitechpay/):
 * `status_2` when a top-up's status is 2 (failed), the sub_return_code of a definite no on the
 * top-up (-101, -401, -402, -406) and on the refund (-401, -402). A refund query's other failure
 * codes are not published: they are quoted as HiTechPAY gave them.
 */
export const hitechpayAnswers = {
  status_2: 'answer.hitechpay.status_2',
  '-101': 'answer.hitechpay.-101',
  '-401': 'answer.hitechpay.-401',
  '-402': 'answer.hitechpay.-402',
  '-406': 'answer.hitechpay.-406',
} as const satisfies Readonly<Record<string, MessageId>>;
