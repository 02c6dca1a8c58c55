import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../../shared/import/normalize-phone.js';

describe('normalizePhone', () => {
  it.each([
    ['+84 912 345 678', 'VND', '0912345678', null],
    ['84912345678', 'VND', '0912345678', null],
    ['0912-345-678', 'VND', '0912345678', null],
    ['0912.345.678', 'VND', '0912345678', null],
    ['(091) 234 5678', 'VND', '0912345678', null],
    ['912345678', 'VND', '0912345678', 'phone_leading_zero_restored'],
    ['+66 81 234 5678', 'THB', '0812345678', null],
    ['66812345678', 'THB', '0812345678', null],
    ['081-234-5678', 'THB', '0812345678', null],
    ['812345678', 'THB', '0812345678', 'phone_leading_zero_restored'],
    ['+84 912 345 678', 'THB', '+84912345678', 'phone_unusual'],
    ['12345', 'VND', '12345', 'phone_unusual'],
    ['0912 345 6789', 'VND', '09123456789', 'phone_unusual'],
    ['call me', 'VND', 'call me', 'phone_unusual'],
  ] as const)('%j (%s) → %s', (written, currency, phone, warning) => {
    expect(normalizePhone(written, currency)).toEqual({ phone, warning });
  });
});
