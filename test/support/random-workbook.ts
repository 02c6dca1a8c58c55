import { escapeXml, stylesWith, workbookFromParts, type WorkbookParts } from './xlsx-parts.js';

/**
 * Workbooks made of every kind of cell the readers meet, mixed at random from a seed: types,
 * styles (dates, custom formats), shared and plain formulas with and without cached results,
 * shared and inline strings, rows out of order or styled, merges, hyperlinks, column styles,
 * the 1904 date system. What each reader makes of them must agree; the same seed always makes
 * the same workbook. Left out: what no writer produces and where the SAX reader knowingly
 * differs (values inside a merged range other than its first cell, a hyperlink to a cell
 * written without its reference).
 */
export function randomWorkbook(seed: number): Uint8Array {
  let state = seed;
  const random = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const upTo = (n: number): number => Math.floor(random() * n);

  const sheets = Array.from({ length: 1 + upTo(3) }, (_, index) => {
    const merges = random() < 0.5 ? randomMerges() : [];
    const covered = (row: number, col: number) => merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
    const linkable: string[] = [];
    const rows = [...new Set(Array.from({ length: upTo(9) }, () => 1 + upTo(14)))].map((row) => {
      const withoutRefs = random() < 0.1 && !merges.some((m) => row >= m.top && row <= m.bottom);
      let col = 0;
      const cells = Array.from({ length: upTo(7) }, (_, i) => {
        // A cell without a reference is placed after the one before it, so those rows go one column at a time.
        col += withoutRefs ? 1 : 1 + upTo(3);
        if (covered(row, col)) return random() < 0.5 ? `<c r="${ref(col, row)}" s="${upTo(10)}"/>` : '';
        if (!withoutRefs) linkable.push(ref(col, row));
        return randomCell(withoutRefs && i > 0 ? '' : ` r="${ref(col, row)}"`, row, col);
      });
      const style = random() < 0.2 ? ` s="${upTo(9)}" customFormat="1"` : '';
      return `<row r="${row}"${style}>${cells.join('')}</row>`;
    });
    if (random() < 0.5) rows.sort();
    const cols = random() < 0.3 ? `<cols><col min="1" max="${1 + upTo(4)}" style="${upTo(9)}"/></cols>` : '';
    const merged = merges.length ? `<mergeCells>${merges.map((m) => `<mergeCell ref="${ref(m.left, m.top)}:${ref(m.right, m.bottom)}"/>`).join('')}</mergeCells>` : '';
    const links = random() < 0.4 ? `<hyperlinks>${[pick([...linkable, 'B2', 'C5']), pick([...linkable, 'A1'])].map((target) => `<hyperlink ref="${target}" r:id="rId1"/>`).join('')}</hyperlinks>` : '';
    return { name: `Sheet ${index + 1}`, xml: `${cols}<sheetData>${rows.join('')}</sheetData>${merged}${links}` };
  });
  const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.vn" TargetMode="External"/></Relationships>';
  const parts: WorkbookParts = {
    sheets,
    styles: stylesWith([14, 164, 3, 49, 22, 0, 47, 165, 166], { 164: 'dd/mm/yyyy', 165: '#,##0 "đ"', 166: '[$-409]#,##0.00' }),
    sharedStrings: '<si><t>Nguyễn Văn An</t></si><si><r><t>Trần </t></r><r><rPr><b/></rPr><t>Thị Bình</t></r></si><si><t>東京</t><rPh><t>トウキョウ</t></rPh></si><si></si><si><t/></si><si><t>Le\u0301_x000D_</t></si>',
    date1904: random() < 0.3,
    extra: Object.fromEntries(sheets.map((_, i) => [`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, rels])),
  };
  return workbookFromParts(parts);

  function randomMerges() {
    const top = 1 + upTo(10);
    const left = 1 + upTo(5);
    const first = { top, left, bottom: top + upTo(3), right: left + upTo(3) };
    return random() < 0.5 ? [first, { top, left: left + 5, bottom: top, right: left + 6 }] : [first];
  }

  function randomCell(r: string, row: number, col: number): string {
    const s = random() < 0.4 ? ` s="${upTo(11)}"` : '';
    const value = pick(['0', '1', '45000', '45000.5', '-3', '1e3', 'abc', '2026-01-01', '12345678901234567890', '0912345678']);
    switch (pick(['number', 'number', 'str', 'shared', 'inline', 'rich', 'bool', 'error', 'formula', 'formula-text', 'formula-bool', 'shared-formula', 'empty', 'date'])) {
      case 'number':
        return `<c${r}${s}><v>${value}</v></c>`;
      case 'str':
        return `<c${r}${s} t="str"><v>${escapeXml(`a&amp;${value}`)}</v></c>`;
      case 'shared':
        return `<c${r}${s} t="s"><v>${upTo(6)}</v></c>`;
      case 'inline':
        return `<c${r}${s} t="inlineStr"><is><t xml:space="preserve"> ${value} </t></is></c>`;
      case 'rich':
        return `<c${r}${s} t="inlineStr"><is><r><t>${value}</t></r><r><rPr><i/></rPr><t>_x0042_</t></r></is></c>`;
      case 'bool':
        return `<c${r}${s} t="b"><v>${upTo(2)}</v></c>`;
      case 'error':
        return `<c${r}${s} t="e"><v>#N/A</v></c>`;
      case 'formula':
        return `<c${r}${s}><f>A1+${col}</f>${random() < 0.8 ? `<v>${value}</v>` : ''}</c>`;
      case 'formula-text':
        return `<c${r}${s} t="str"><f>"x"</f><v>${value}</v></c>`;
      case 'formula-bool':
        return `<c${r}${s} t="b"><f>A1&gt;0</f><v>${upTo(2)}</v></c>`;
      case 'shared-formula':
        return random() < 0.3 ? `<c${r}${s}><f t="shared" ref="${ref(col, row)}:${ref(col, row + 3)}" si="${col % 3}">B${row}*2+$A$1+SUM(C$1:C${row})</f><v>${value}</v></c>` : `<c${r}${s}><f t="shared" si="${col % 3}"/><v>${value}</v></c>`;
      case 'date':
        return `<c${r}${s} t="d"><v>${value}</v></c>`;
      default:
        return `<c${r}${s}/>`;
    }
  }
}

function ref(col: number, row: number): string {
  let name = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return `${name}${row}`;
}
