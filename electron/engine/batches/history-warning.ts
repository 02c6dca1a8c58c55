import type { Payee } from '../../../shared/import/model.js';
import type { ProviderRules } from '../../../shared/providers/rule-context.js';
import type { Finding } from '../../../shared/review/review-types.js';

/**
 * The provider's rules with one more check only the engine can make, from what was sent before:
 * a row whose key is in `history` gets the warning `findingOf` words, for the accountant to
 * acknowledge or exclude before approval. One finding per earlier entry, shared by every row it
 * warns about.
 */
export function withHistoryWarning<T>(rules: ProviderRules, history: ReadonlyMap<string, T>, keyOf: (payee: Payee) => string | null, findingOf: (earlier: T, payee: Payee) => Finding): ProviderRules {
  if (history.size === 0) return rules;
  const findings = new Map<string, Finding>();
  return {
    ...rules,
    check(payee, context) {
      const checked = rules.check(payee, context);
      const key = keyOf(payee);
      const earlier = key === null ? undefined : history.get(key);
      if (key === null || earlier === undefined) return checked;
      let finding = findings.get(key);
      if (!finding) {
        finding = findingOf(earlier, payee);
        findings.set(key, finding);
      }
      return { ...checked, findings: [...checked.findings, finding] };
    },
  };
}
