import { fieldForHeader } from './header-synonyms.js';
import { cellText, isBlankRow, type RawSheet } from './raw-sheet.js';

/** How many non-blank rows from the top a header may sit under (company name, title, period). */
const searchDepth = 30;

/**
 * The index in `rows` of the header row: among the first rows, the one whose cells name the
 * most known payee fields (at least two). Title rows ("BẢNG LƯƠNG THÁNG 10/2026") name none.
 * Null when no row qualifies; the Map step then asks the user.
 */
export function detectHeaderRow(rows: RawSheet['rows']): number | null {
  let best: { index: number; score: number } | null = null;
  let seen = 0;
  for (let index = 0; index < rows.length && seen < searchDepth; index += 1) {
    const row = rows[index];
    if (isBlankRow(row)) continue;
    seen += 1;
    const fields = new Set<string>();
    for (const cell of row) {
      // Every operation's names: the header is found before the sheet is known to be payroll or refunds.
      const field = fieldForHeader(cellText(cell), 'refund');
      if (field && field !== 'ignored') fields.add(field);
    }
    if (fields.size >= 2 && (best === null || fields.size > best.score)) best = { index, score: fields.size };
  }
  return best?.index ?? null;
}

/** A row near the top of a sheet, as text, for the accountant to point at the header. */
export type SheetRowPreview = { readonly row: number; readonly cells: readonly string[] };

/**
 * The first non-blank rows as the accountant would see them in Excel, each cell cut short:
 * enough to recognise the header under the titles, never the whole sheet.
 */
export function firstRows(rows: RawSheet['rows'], count = 12, width = 10): SheetRowPreview[] {
  const shown: SheetRowPreview[] = [];
  for (let index = 0; index < rows.length && shown.length < count; index += 1) {
    const row = rows[index];
    if (isBlankRow(row)) continue;
    const cells = row.slice(0, width).map((cell) => {
      // Cut before cleaning: one cell of a hostile file can be megabytes long.
      const text = cellText(cell).slice(0, 200).replace(/\s+/gu, ' ').trim();
      return text.length > 40 ? `${text.slice(0, 39)}…` : text;
    });
    shown.push({ row: index + 1, cells });
  }
  return shown;
}
