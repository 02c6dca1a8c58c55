import type { PayeeField } from '../import/model.js';
import type { Finding, Fix } from '../review/review-types.js';
import { firstFailure, type FieldRule } from './field-checks.js';
import { said, saidOnce, type Said } from './said.js';

export type RuleMessages = Readonly<Record<string, (value: unknown) => Said>>;

/**
 * A provider's messages, each remembered for the last value it was given (saidOnce): made
 * once per compiled set of rules, so a value repeated down the rows is worded once.
 */
export function remembered(messages: RuleMessages): RuleMessages {
  const out: Record<string, (value: unknown) => Said> = {};
  for (const [code, say] of Object.entries(messages)) out[code] = saidOnce(say);
  return out;
}

/**
 * Runs a provider's field rules over its wire view of a payee, field by field in the rules'
 * order. Each check carries our issue code; this maps every failure back to the canonical
 * field and to a sentence for the accountant (with its values as params), with a safe fix
 * where the rule offers one.
 */
export function runRules<V extends Record<string, unknown>>(
  rules: Readonly<Record<keyof V & string, FieldRule>>,
  view: V,
  fieldOf: Readonly<Record<keyof V & string, PayeeField>>,
  messages: RuleMessages,
  fixFor?: (code: string, value: unknown) => Fix | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const key in rules) {
    const rule = rules[key];
    const value = view[key];
    // One finding per field: the first failed check says what to do.
    const failure = rule ? firstFailure(rule, value) : null;
    if (failure === null) continue;
    const code = failure in messages ? failure : `${key}_invalid`;
    const { text, params } = messages[code]?.(value) ?? said(`this value is not accepted (${failure}).`, { detail: failure });
    const fix = fixFor?.(code, value);
    findings.push({ field: fieldOf[key] ?? null, severity: 'error', code, text, params, ...(fix ? { fix } : {}) });
  }
  return findings;
}

/** A string field that must be present: empty and null both fail with `code`. */
export function shown(value: unknown): string {
  return value === null || value === undefined || value === '' ? '(empty)' : `"${String(value)}"`;
}
