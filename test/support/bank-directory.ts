import type { BankEntry } from '../../shared/banks/bank-entry.js';
import { createBankResolver } from '../../shared/banks/resolve-bank.js';

/**
 * A resolver over a whole directory with every institution supported, so what a test checks is
 * the reading of what was written, not one provider's table; `idOf` is the institution read, if any.
 */
export function directoryReader(entries: readonly BankEntry[]) {
  const resolve = createBankResolver({ entries, codes: Object.fromEntries(entries.map((e) => [e.id, e.id])) });
  const idOf = (written: string): string | undefined => {
    const resolved = resolve(written);
    return resolved.ok ? resolved.entry.id : undefined;
  };
  return { resolve, idOf };
}
