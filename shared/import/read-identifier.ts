import { cellText, type RawCell } from './raw-sheet.js';

export type IdentifierResult =
  | { readonly ok: true; readonly text: string; readonly fromNumber: boolean }
  | { readonly ok: false; readonly code: 'digits_lost' | 'scientific_notation' | 'not_text'; readonly shown: string };

/**
 * An identifier (account number, card number) exactly as the cell shows it. Excel keeps only
 * 15 significant digits of a number, so a longer one stored as a number has already lost its
 * last digits: that is an error, never a guess. "1.23457E+14" in a CSV is the same loss.
 */
export function readIdentifier(cell: RawCell): IdentifierResult {
  if (cell !== null && typeof cell === 'object' && cell.kind === 'number') {
    const shown = cellText(cell);
    if (!Number.isInteger(cell.value) || Math.abs(cell.value) >= 1e15) return { ok: false, code: 'digits_lost', shown };
    return { ok: true, text: shown, fromNumber: true };
  }
  if (cell !== null && typeof cell === 'object' && (cell.kind === 'error' || cell.kind === 'date')) {
    return { ok: false, code: 'not_text', shown: cellText(cell) };
  }
  const text = cellText(cell).trim();
  if (/^\d+(?:[.,]\d+)?E\+\d+$/i.test(text)) return { ok: false, code: 'scientific_notation', shown: text };
  return { ok: true, text, fromNumber: false };
}
