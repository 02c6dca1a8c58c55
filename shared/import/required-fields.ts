import type { Payee, PayeeField } from './model.js';
import type { ProviderId } from '../providers/provider-ids.js';
import { rulesFor } from '../providers/provider-rules.js';
import type { Operation } from '../providers/operations.js';
import { defaultRuleLimits } from '../providers/rule-limits.js';

const cache = new Map<string, readonly PayeeField[]>();

/**
 * The fields a provider cannot pay without, read from its own rules: what they call an error
 * on a payee with nothing filled in. Asking the rules, not a second list, keeps the Map step
 * and Review agreeing when a provider's rules change.
 */
export function requiredFields(provider: ProviderId, operation: Operation = 'payout'): readonly PayeeField[] {
  const key = `${provider}:${operation}`;
  const known = cache.get(key);
  if (known) return known;
  const rules = rulesFor(provider, operation);
  // With no bank written the resolver is never asked; it answers "unknown" to be safe.
  const empty: Payee = { name: null, accountNo: null, accountType: null, bank: null, amount: null, currency: rules.currency, phone: null, email: null, description: null, reference: null, partnerUserId: null, transactionId: null, refundFee: null };
  const { findings } = rules.check(empty, { limits: defaultRuleLimits[provider], resolveBank: () => ({ ok: false, reason: 'unknown', suggestions: [] }) });
  const fields = [...new Set(findings.filter((f) => f.severity === 'error').flatMap((f) => (f.field === null ? [] : [f.field])))];
  cache.set(key, fields);
  return fields;
}
