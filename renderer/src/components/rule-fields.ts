import { payeeFields, type PayeeField } from '../../../shared/import/model';
import type { ProviderRules } from '../../../shared/providers/rule-context';

/** The payee fields a provider's rules read, in their order: the columns its rows are shown with. */
export function ruleFields(rules: ProviderRules): readonly PayeeField[] {
  return rules.fields.flatMap((field) => payeeFields.find((known) => known === field) ?? []);
}
