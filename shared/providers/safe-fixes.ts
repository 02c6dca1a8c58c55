import { cleanText, foldDiacritics } from '../import/text-normalize.js';
import type { Fix, FixKind } from '../review/review-types.js';

/**
 * The changes Paybatch may offer to make. Each only rewrites how a name or message is spelled
 * (or restores a phone's lost zero); amounts and account numbers are never changed.
 */
export function applyFix(kind: FixKind, value: string): string {
  switch (kind) {
    case 'unaccent-upper':
      return cleanText(foldDiacritics(value)).toUpperCase();
    case 'unaccent':
      return cleanText(foldDiacritics(value));
    case 'unaccent-message':
      return cleanText(foldDiacritics(value).replace(/[^A-Za-z0-9 ]+/g, ' '));
    case 'restore-phone-zero':
      return /^[1-9]\d{8}$/.test(value) ? `0${value}` : value;
    case 'trim':
      return cleanText(value);
  }
}

const labels: Readonly<Record<FixKind, string>> = {
  'unaccent-upper': 'Remove accents and write in capitals',
  unaccent: 'Remove accents',
  'unaccent-message': 'Remove accents and special characters',
  'restore-phone-zero': 'Add the leading 0',
  trim: 'Remove extra spaces',
};

/** A fix for `value`, offered only when it changes something and the result passes `accepts`. */
export function offerFix(kind: FixKind, value: unknown, accepts: (fixed: string) => boolean): Fix | undefined {
  if (typeof value !== 'string') return undefined;
  const fixed = applyFix(kind, value);
  return fixed !== value && accepts(fixed) ? { kind, value: fixed, label: `${labels[kind]}: "${fixed}"` } : undefined;
}

/**
 * offerFix(kind, value, accepts), remembered for the last value: a payroll writes the same
 * description down every row, whose fix would otherwise be worked out again for each. (A map of
 * every value cost more than it saved: names differ from row to row.)
 */
export function fixOffers(kind: FixKind, accepts: (fixed: string) => boolean): (value: unknown) => Fix | undefined {
  let lastValue: string | undefined;
  let lastFix: Fix | undefined;
  return (value) => {
    if (typeof value !== 'string') return undefined;
    if (value !== lastValue) {
      lastFix = offerFix(kind, value, accepts);
      lastValue = value;
    }
    return lastFix;
  };
}

export function fixLabel(kind: FixKind): string {
  return labels[kind];
}
