import { reserved } from './reserved-values.js';

/**
 * Who holds each account or wallet, as a bank or e-wallet knows it. Unless told (Practice
 * tells it the holders of the batch it checks, so a new user's own payroll matches), every
 * account is held by `reserved.holderName`; the reserved mismatch values keep their other name.
 */
export function createHolders() {
  const known = new Map<string, string>();
  return {
    nameOf(accountOrPhone: string, mismatched: boolean): string {
      return mismatched ? reserved.mismatchedName : (known.get(accountOrPhone) ?? reserved.holderName);
    },
    learn(entries: Iterable<readonly [accountOrPhone: string, name: string]>): void {
      for (const [key, name] of entries) known.set(key, name);
    },
  };
}

export type Holders = ReturnType<typeof createHolders>;
