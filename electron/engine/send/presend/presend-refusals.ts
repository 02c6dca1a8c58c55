import type { Environment } from '../../../../shared/credentials/credential-fields.js';
import type { RowStatus } from '../../../../shared/events.js';
import { formatMinor } from '../../../../shared/import/format-amount.js';
import type { Currency } from '../../../../shared/import/model.js';
import { EngineError } from '../../engine-error.js';

/**
 * The pre-send checks' refusals, each `error.<reason>` in shared/i18n/messages/presend.ts
 * whose English is the message here, word for word (presend-messages.test.ts holds them).
 */
export const presendRefusals = {
  notChecked(environment: Environment): EngineError {
    return new EngineError('refused', `Check this batch in ${environment} before sending it: the balance, and each payee's name where the provider offers that.`, undefined, { reason: 'presend_not_checked', environment });
  },
  undecided(count: number): EngineError {
    const what = count === 1 ? 'One finding of the check has' : `${count.toLocaleString('en-US')} findings of the check have`;
    return new EngineError('refused', `${what} no decision yet: keep or exclude each before sending.`, undefined, { reason: 'presend_undecided', count });
  },
  balanceShort(name: string, balanceMinor: number, neededMinor: number, currency: Currency): EngineError {
    const balance = formatMinor(balanceMinor, currency);
    const needed = formatMinor(neededMinor, currency);
    return new EngineError('refused', `The ${name} balance (${balance}) is less than the rows still to send add up to (${needed}). Top it up, then start again.`, undefined, {
      reason: 'presend_balance_short',
      name,
      balance,
      needed,
      balanceMinor,
      neededMinor,
      currency,
    });
  },
  busy(): EngineError {
    return new EngineError('refused', 'This batch is being checked right now. Wait until the check is done.', undefined, { reason: 'presend_busy' });
  },
  whileSending(): EngineError {
    return new EngineError('refused', 'This batch is being sent: checks and decisions come before sending. Pause it first.', undefined, { reason: 'presend_while_sending' });
  },
  interrupted(): EngineError {
    return new EngineError('unavailable', 'Paybatch was closed before the check was done. Nothing was sent; check again.', undefined, { reason: 'presend_interrupted' });
  },
  nothingToDecide(): EngineError {
    return new EngineError('refused', 'This batch has not been checked: there is nothing to decide yet.', undefined, { reason: 'presend_nothing_to_decide' });
  },
  noSuchRow(seq: number): EngineError {
    return new EngineError('invalid_input', `This batch has no payment number ${seq}.`, undefined, { reason: 'presend_no_such_row', seq });
  },
  noFinding(row: number): EngineError {
    return new EngineError('refused', `Row ${row} has no finding to decide: its name matched, or it was not checked.`, undefined, { reason: 'presend_no_finding', row });
  },
  rowNotReady(row: number, status: RowStatus): EngineError {
    return new EngineError('refused', `Row ${row} is no longer waiting to be sent (${status}): its decision cannot change.`, undefined, { reason: 'presend_row_not_ready', row, status });
  },
};
