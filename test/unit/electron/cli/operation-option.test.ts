import { describe, expect, it } from 'vitest';
import { operationOption } from '../../../../electron/cli/operation-option.js';
import { UsageError } from '../../../../electron/cli/usage-error.js';

function refusal(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('--operation', () => {
  it('is a payout when left out, and takes payout or refund in any case', () => {
    expect(operationOption(undefined)).toBe('payout');
    expect(operationOption(undefined, 'smilepayz')).toBe('payout');
    expect(operationOption('REFUND', 'hitechpay')).toBe('refund');
    expect(operationOption('refund')).toBe('refund');
    expect(operationOption('payout', 'haipay')).toBe('payout');
  });

  it('names the providers that refund when the one given does not', () => {
    for (const provider of ['smilepayz', 'haipay', 'appotapay'] as const) {
      expect(refusal(() => operationOption('refund', provider))).toMatchObject({ id: 'cli.operation.notOffered', values: { operation: 'refund', providers: 'hitechpay' } });
    }
  });

  it('refuses an operation it does not know', () => {
    expect(refusal(() => operationOption('topup', 'hitechpay'))).toMatchObject({ id: 'cli.operation.unknown', values: { given: 'topup' } });
  });
});
