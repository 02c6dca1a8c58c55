import { headerKey } from '../import/text-normalize.js';

/** What the sheet's "account type" says, in plain terms; null when it says nothing we know. */
export function accountTypeOf(written: string | null): 'bank' | 'wallet' | 'card' | null {
  if (written === null) return null;
  const key = headerKey(written);
  if (/^(vi|vi dien tu|wallet|e wallet|ewallet|กระเป๋าเงิน|วอลเล็ท)/.test(key)) return 'wallet';
  if (/^(the|the atm|card|bank card|บัตร)/.test(key)) return 'card';
  if (/^(tai khoan|tk|account|bank account|bank|bank_account|บัญชี)/.test(key) || key === 'bank account') return 'bank';
  return null;
}
