import { describe, expect, it } from 'vitest';
import { mappingChecks } from '../../../../shared/import/mapping-checks.js';
import { continueBlocker } from '../../../../renderer/src/import/continue-blocker.js';

const ready = { ready: true, rows: 3, connected: true, checks: [], questionOpen: false };

describe('why Continue to review is disabled', () => {
  it('is enabled with nothing in the way', () => {
    expect(continueBlocker(ready)).toBeNull();
  });

  it('says the one block, or how many there are', () => {
    const one = mappingChecks({ mapping: { phone: 'SĐT' }, columns: [], rows: [], provider: 'hitechpay', currency: 'VND' });
    expect(continueBlocker({ ...ready, checks: one })).toBe('No column is chosen for Amount, so nothing would be paid. Choose the column that holds the amounts.');
    const two = mappingChecks({ mapping: {}, columns: [], rows: [], provider: 'hitechpay', currency: 'VND' });
    expect(continueBlocker({ ...ready, checks: two })).toBe('2 things to fix first, listed beside the columns.');
  });

  it('waits for the currency question to be answered', () => {
    expect(continueBlocker({ ...ready, questionOpen: true })).toBe('Answer the question about the currency first.');
  });

  it('needs rows and a connection to the engine', () => {
    expect(continueBlocker({ ...ready, rows: 0 })).toBe('The sheet has no payee rows.');
    expect(continueBlocker({ ...ready, connected: false })).toMatch(/^Open Paybatch/);
  });
});
