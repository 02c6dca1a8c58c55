import { fieldForHeader } from './header-synonyms.js';
import { cellText, type RawRow } from './raw-sheet.js';

/** How far below the top a header may sit (company name, title, period, blank lines). */
const searchDepth = 30;

/**
 * The index in `rows` of the header row: among the first rows, the one whose cells name the
 * most known payee fields (at least two). Title rows ("BẢNG LƯƠNG THÁNG 10/2026") name none.
 * Null when no row qualifies; the Map step then asks the user.
 */
export function detectHeaderRow(rows: readonly RawRow[]): number | null {
  let best: { index: number; score: number } | null = null;
  for (let index = 0; index < Math.min(rows.length, searchDepth); index += 1) {
    const fields = new Set<string>();
    for (const cell of rows[index]?.cells ?? []) {
      const field = fieldForHeader(cellText(cell));
      if (field && field !== 'ignored') fields.add(field);
    }
    if (fields.size >= 2 && (best === null || fields.size > best.score)) best = { index, score: fields.size };
  }
  return best?.index ?? null;
}
