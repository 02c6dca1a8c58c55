import type { BankResolution } from '../banks/resolve-bank.js';
import type { Currency, Payee } from '../import/model.js';
import type { Finding, RowCheck } from '../review/review-types.js';
import type { ProviderId } from './provider-ids.js';
import type { Operation } from './operations.js';
import type { DuplicateRule } from '../review/duplicate-rule.js';
import type { RuleLimits } from './rule-limits.js';
import { said, type Said } from './said.js';

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
  /** Payouts, or (HiTechPAY) refunds of captured payments. */
  readonly operation: Operation;
  /** Which rows are the same payment, and what Review says of them. */
  readonly duplicates: DuplicateRule;
  check(payee: Payee, context: RuleContext): RowCheck;
};

/** The bank column, resolved to the provider's code or explained. */
export function bankFinding(payee: Payee, context: RuleContext, provider: string): { code: string | null; kind: 'bank' | 'wallet' | null; finding: Finding | null } {
  if (payee.bank === null) return unresolved('bank_missing', bankMissing(provider));
  const resolved = context.resolveBank(payee.bank);
  if (resolved.ok) return { code: resolved.code, kind: resolved.entry.kind, finding: null };
  const value = payee.bank;
  if (resolved.reason === 'not_supported') {
    const bank = resolved.entry?.name ?? value;
    return unresolved('bank_not_supported', said(`${provider} does not pay into ${bank}. Pay this person another way, or choose another provider.`, { provider, bank }));
  }
  // The names as the English lists them ("A", "B"): a list of bank names reads the same in every language.
  const banks = resolved.suggestions.map((s) => `"${s}"`).join(', ');
  if (resolved.reason === 'ambiguous') {
    return unresolved('bank_ambiguous', said(`"${value}" can be more than one bank: ${banks}. Write the one meant.`, { value, banks }));
  }
  // Only a clearly closest name is put as a question; near ones are listed, none put forward.
  const closest = resolved.closest ?? '';
  const hint = resolved.closest !== undefined ? 'closest' : resolved.suggestions.length > 0 ? 'near' : 'none';
  const hinted = hint === 'closest' ? ` Did you mean "${closest}"?` : hint === 'near' ? ` Near it, none clearly: ${banks}.` : '';
  return unresolved('bank_unknown', said(`"${value}" is not a bank or e-wallet ${provider} knows.${hinted}`, { provider, value, hint, closest, banks }));
}

// One sentence per provider, shared by every row without a bank (and by its issues' params).
const missingBank = new Map<string, Said>();

function bankMissing(provider: string): Said {
  let known = missingBank.get(provider);
  if (known === undefined) {
    known = said(`${provider} needs the bank (or e-wallet) for every payee.`, { provider });
    missingBank.set(provider, known);
  }
  return known;
}

function unresolved(code: string, { text, params }: Said): { code: null; kind: null; finding: Finding } {
  return { code: null, kind: null, finding: { field: 'bank', severity: 'error', code, text, params } };
}
