import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { firstFailure, oneOf, requiredText, text, wholeAmount, type FieldRule } from '../../../../shared/providers/field-checks.js';

/** What zod said first for the value: the message the rules were written against. */
function zodFirst(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
}

const values: unknown[] = [null, undefined, '', ' ', 'a', 'ab', 'abc', 'ABC123', 'a-b', 'Nguyễn', 'x'.repeat(22), 'x'.repeat(23), 0, -1, 1, 1.5, 99, 100, 101, 5_000_000, 5_000_001, 2 ** 53, -(2 ** 53), Number.NaN, Infinity, -Infinity, true, [], ['a'], {}, new Date(0), 'payer', 'receiver', 'card'];

const pairs: Array<[string, FieldRule, z.ZodType]> = [
  ['required text with length and pattern', requiredText('missing').min(3, 'length').max(22, 'length').regex(/^[A-Za-z0-9]+$/, 'chars'), z.string({ error: 'missing' }).min(1, 'missing').min(3, 'length').max(22, 'length').regex(/^[A-Za-z0-9]+$/, 'chars')],
  ['text without a code', text().max(5, 'too_long').regex(/^[a-z ]*$/, 'chars'), z.string().max(5, 'too_long').regex(/^[a-z ]*$/, 'chars')],
  ['one of, with a code', oneOf(['account', 'card'], 'type_invalid'), z.enum(['account', 'card'], { error: 'type_invalid' })],
  ['one of, without a code', oneOf(['payer', 'receiver']), z.enum(['payer', 'receiver'])],
  [
    'a whole amount',
    wholeAmount({ min: 100, max: 5_000_000 }, { missing: 'amount_missing', belowMin: 'below', aboveMax: 'above' }),
    z.number({ error: 'amount_missing' }).int('amount_missing').positive('amount_missing').min(100, 'below').max(5_000_000, 'above'),
  ],
];

describe('field checks', () => {
  it.each(pairs)('%s: the first failure is what the zod schema said first', (_, rule, schema) => {
    for (const value of values) expect(firstFailure(rule, value), String(value)).toBe(zodFirst(schema, value));
  });
});
