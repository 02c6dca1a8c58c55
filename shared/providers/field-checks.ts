/**
 * A provider's rules for one field of its wire view: checks in order, each failing with our
 * issue code; the first that fails says what to do. They read as the zod schemas they replace
 * (z.string().min().max().regex(), z.enum(), z.number().int()…) and decide as those did, but a
 * row is checked with a few comparisons: zod's parse machinery and its issue objects were most
 * of the time of checking 100,000 rows, and loading zod a tenth of `paybatch validate`'s start.
 */
export type FieldRule = { readonly checks: readonly FieldCheck[] };

export type FieldCheck = {
  readonly passes: (value: unknown) => boolean;
  /** The issue code, or, for a check written without one, zod's sentence for the failure. */
  readonly says: (value: unknown) => string;
};

export type TextRule = FieldRule & {
  min(length: number, code: string): TextRule;
  max(length: number, code: string): TextRule;
  regex(pattern: RegExp, code: string): TextRule;
};

/** A string (failing with `code`, or without one as zod words it), then its further checks. */
export function text(code?: string): TextRule {
  return textRule([{ passes: (value) => typeof value === 'string', says: code === undefined ? (value) => `Invalid input: expected string, received ${typeName(value)}` : () => code }]);
}

/** A string of at least one character: empty and missing both fail with `code`. */
export function requiredText(code: string): TextRule {
  return text(code).min(1, code);
}

function textRule(checks: readonly FieldCheck[]): TextRule {
  const and = (passes: (value: string) => boolean, code: string): TextRule => textRule([...checks, { passes: (value) => passes(value as string), says: () => code }]);
  return {
    checks,
    min: (length, code) => and((value) => value.length >= length, code),
    max: (length, code) => and((value) => value.length <= length, code),
    regex: (pattern, code) => and((value) => pattern.test(value), code),
  };
}

/** One of `values` (failing with `code`, or without one as zod words it). */
export function oneOf(values: readonly string[], code?: string): FieldRule {
  const says = code === undefined ? `Invalid option: expected one of ${values.map((v) => `"${v}"`).join('|')}` : code;
  return { checks: [{ passes: (value) => values.includes(value as string), says: () => says }] };
}

/**
 * A whole number of minor units within [min, max]: z.number().int().positive().min().max(),
 * where every failure but the last two is `missing`. A number that is not finite is no number.
 */
export function wholeAmount(range: { readonly min: number; readonly max: number }, codes: { readonly missing: string; readonly belowMin: string; readonly aboveMax: string }): FieldRule {
  const fail = (code: string) => () => code;
  return {
    checks: [
      { passes: (value) => typeof value === 'number' && Number.isFinite(value), says: fail(codes.missing) },
      { passes: (value) => Number.isSafeInteger(value), says: fail(codes.missing) },
      { passes: (value) => (value as number) > 0, says: fail(codes.missing) },
      { passes: (value) => (value as number) >= range.min, says: fail(codes.belowMin) },
      { passes: (value) => (value as number) <= range.max, says: fail(codes.aboveMax) },
    ],
  };
}

/** What the first failing check says, or null when the value passes them all. */
export function firstFailure(rule: FieldRule, value: unknown): string | null {
  for (const check of rule.checks) if (!check.passes(value)) return check.says(value);
  return null;
}

/** The name zod gives a value's type in its messages ("null", "number", "NaN", "array"…). */
function typeName(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && 'constructor' in value && typeof value.constructor === 'function') return value.constructor.name;
  }
  return typeof value;
}
