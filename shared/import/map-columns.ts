import { fieldForHeader } from './header-synonyms.js';
import { payeeFields, type ColumnMapping, type PayeeField } from './model.js';
import type { Operation } from '../providers/operations.js';
import { headerKey } from './text-normalize.js';

/** Field → column index. The first column that names a field wins; later duplicates are left. */
export type ColumnIndexMapping = Partial<Record<PayeeField, number>>;

export function autoMapColumns(headers: readonly string[], operation: Operation = 'payout'): ColumnIndexMapping {
  const mapping: ColumnIndexMapping = {};
  const taken = new Set<number>();
  const pass = (by: Operation | 'refundOnly') =>
    headers.forEach((header, index) => {
      if (taken.has(index)) return;
      const field = fieldForHeader(header, by);
      if (!field || field === 'ignored' || mapping[field] !== undefined) return;
      mapping[field] = index;
      taken.add(index);
    });
  // A refund sheet's own names first: "Số tiền hoàn" is the amount, whatever "Số tiền" stands before it.
  if (operation === 'refund') pass('refundOnly');
  pass(operation);
  return mapping;
}

/**
 * A saved or user-chosen mapping (field → header text) applied to this sheet's headers.
 * Headers are compared loosely (case, accents, spacing); a header the sheet lacks is reported.
 */
export function applyMapping(headers: readonly string[], chosen: ColumnMapping): { mapping: ColumnIndexMapping; missing: Array<{ field: PayeeField; header: string }> } {
  const keys = headers.map(headerKey);
  const mapping: ColumnIndexMapping = {};
  const missing: Array<{ field: PayeeField; header: string }> = [];
  for (const field of payeeFields) {
    const header = chosen[field];
    if (header === undefined) continue;
    const index = keys.indexOf(headerKey(header));
    if (index === -1) missing.push({ field, header });
    else mapping[field] = index;
  }
  return { mapping, missing };
}

export function mappingByHeader(headers: readonly string[], mapping: ColumnIndexMapping): ColumnMapping {
  const named: ColumnMapping = {};
  for (const field of payeeFields) {
    const index = mapping[field];
    if (index !== undefined) named[field] = headers[index] ?? `Column ${index + 1}`;
  }
  return named;
}

/** Identifies a sheet layout, so a mapping saved for it is found again next month. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(headerKey).filter((key) => key !== '').join('|');
}
