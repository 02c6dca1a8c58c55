import type { MessageId } from '../../i18n/messages/index.js';

/**
 * AppotaPay's errorCodes that end a transfer, as its client writes them on a row: the transfer's
 * definite refusals and the status query's failures (electron/engine/providers/appotapay/
 * appotapay-wire.ts), worded from AppotaPay's error-code page. Codes that leave a transfer
 * unclear (31, 35, 91, 99, 500…) never end a row, so they have no sentence here.
 */
export const appotapayAnswers = {
  '1': 'answer.appotapay.1',
  '2': 'answer.appotapay.2',
  '11': 'answer.appotapay.11',
  '12': 'answer.appotapay.12',
  '13': 'answer.appotapay.13',
  '14': 'answer.appotapay.14',
  '23': 'answer.appotapay.23',
  '32': 'answer.appotapay.32',
  '33': 'answer.appotapay.33',
  '42': 'answer.appotapay.42',
  '43': 'answer.appotapay.43',
  '44': 'answer.appotapay.44',
  '92': 'answer.appotapay.92',
  '160': 'answer.appotapay.160',
  '161': 'answer.appotapay.161',
  '163': 'answer.appotapay.163',
  '165': 'answer.appotapay.165',
  '166': 'answer.appotapay.166',
  '168': 'answer.appotapay.168',
  '170': 'answer.appotapay.170',
  '190': 'answer.appotapay.190',
  '192': 'answer.appotapay.192',
  '193': 'answer.appotapay.193',
  '194': 'answer.appotapay.194',
  '195': 'answer.appotapay.195',
  '196': 'answer.appotapay.196',
  '197': 'answer.appotapay.197',
  '200': 'answer.appotapay.200',
  '2004': 'answer.appotapay.2004',
  '2005': 'answer.appotapay.2005',
  '2006': 'answer.appotapay.2006',
  '2007': 'answer.appotapay.2007',
  '2008': 'answer.appotapay.2008',
  '2009': 'answer.appotapay.2009',
  '2025': 'answer.appotapay.2025',
} as const satisfies Readonly<Record<string, MessageId>>;
