import type { BankResolution } from '../banks/resolve-bank.js';
import type { Currency, Payee } from '../import/model.js';
import type { Finding, RowCheck } from '../review/review-types.js';
import type { ProviderId } from './provider-ids.js';
import type { RuleLimits } from './rule-limits.js';

export type RuleContext = {
  readonly limits: RuleLimits;
  readonly resolveBank: (written: string) => BankResolution;
};

export type ProviderRules = {
  readonly id: ProviderId;
  readonly name: string;
  readonly currency: Currency;
  /** The payee fields this provider sends; review shows these columns. */
  readonly fields: ReadonlyArray<keyof Payee>;
  readonly usesBank: boolean;
  check(payee: Payee, context: RuleContext): RowCheck;
};

/** The bank column, resolved to the provider's code or explained. */
export function bankFinding(payee: Payee, context: RuleContext, providerName: string): { code: string | null; kind: 'bank' | 'wallet' | null; finding: Finding | null } {
  if (payee.bank === null) {
    return { code: null, kind: null, finding: { field: 'bank', severity: 'error', code: 'bank_missing', text: `${providerName} needs the bank (or e-wallet) for every payee.` } };
  }
  const resolved = context.resolveBank(payee.bank);
  if (resolved.ok) return { code: resolved.code, kind: resolved.entry.kind, finding: null };
  if (resolved.reason === 'not_supported') {
    return { code: null, kind: null, finding: { field: 'bank', severity: 'error', code: 'bank_not_supported', text: `${providerName} does not pay into ${resolved.entry?.name ?? payee.bank}. Pay this person another way, or choose another provider.` } };
  }
  const names = resolved.suggestions.map((s) => `"${s}"`).join(', ');
  if (resolved.reason === 'ambiguous') {
    return { code: null, kind: null, finding: { field: 'bank', severity: 'error', code: 'bank_ambiguous', text: `"${payee.bank}" can be more than one bank: ${names}. Write the one meant.` } };
  }
  // Only a clearly closest name is put as a question; near ones are listed, none put forward.
  const hint = resolved.closest !== undefined ? ` Did you mean "${resolved.closest}"?` : resolved.suggestions.length > 0 ? ` Near it, none clearly: ${names}.` : '';
  return { code: null, kind: null, finding: { field: 'bank', severity: 'error', code: 'bank_unknown', text: `"${payee.bank}" is not a bank or e-wallet ${providerName} knows.${hint}` } };
}
