import type { z } from 'zod';
import type { PayeeField } from '../import/model.js';
import type { Finding, Fix } from '../review/review-types.js';

export type RuleMessages = Readonly<Record<string, (value: unknown) => string>>;

/**
 * Runs a provider's zod schema over its wire view of a payee. Each check in the schemas
 * carries our issue code as its error; this maps every failure back to the canonical field
 * and to a sentence for the accountant, with a safe fix where the rule offers one.
 */
export function runRules<V extends Record<string, unknown>>(
  schema: z.ZodType,
  view: V,
  fieldOf: Readonly<Record<keyof V & string, PayeeField>>,
  messages: RuleMessages,
  fixFor?: (code: string, value: unknown) => Fix | undefined,
): Finding[] {
  // The Standard Schema entry point reports the same issues without building a ZodError (and
  // its stack trace), which was most of the cost when every row of a sheet has a finding.
  const parsed = schema['~standard'].validate(view);
  if (parsed instanceof Promise) throw new Error('provider rules must check synchronously');
  if (!parsed.issues) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const issue of parsed.issues) {
    const first = issue.path?.[0];
    const key = String(typeof first === 'object' ? first.key : (first ?? '')) as keyof V & string;
    const field = fieldOf[key] ?? null;
    const code = issue.message in messages ? issue.message : `${key}_invalid`;
    // One finding per field: the first failed check says what to do.
    if (seen.has(key)) continue;
    seen.add(key);
    const value = view[key];
    const text = messages[code]?.(value) ?? `this value is not accepted (${issue.message}).`;
    const fix = fixFor?.(code, value);
    findings.push({ field, severity: 'error', code, text, ...(fix ? { fix } : {}) });
  }
  return findings;
}

/** A string field that must be present: empty and null both fail with `code`. */
export function shown(value: unknown): string {
  return value === null || value === undefined || value === '' ? '(empty)' : `"${String(value)}"`;
}
