import { strToU8, zipSync } from 'fflate';

/**
 * A workbook assembled from the XML of its parts, for the cases no spreadsheet program writes
 * on request: entries in any order, 1904 dates, shared formulas, rich text, broken XML. Each
 * sheet's XML is the content of <worksheet>; parts left out are not in the zip.
 */
export type WorkbookParts = {
  readonly sheets: ReadonlyArray<{ readonly name: string; readonly xml: string }>;
  /** The <si> elements of xl/sharedStrings.xml, or the whole part when it starts with "<?xml". */
  readonly sharedStrings?: string;
  /** The content of <styleSheet> in xl/styles.xml. */
  readonly styles?: string;
  readonly date1904?: boolean;
  /** Entry names in the order the zip holds them; those not listed follow in the default order. */
  readonly order?: readonly string[];
  /** Extra or replacement entries, by name. */
  readonly extra?: Readonly<Record<string, string>>;
};

const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function workbookFromParts(parts: WorkbookParts): Uint8Array {
  const files: Record<string, string> = {
    '[Content_Types].xml': `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${head}<workbook xmlns="${main}" xmlns:r="${rel}">${parts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${parts.sheets
      .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${parts.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join('')}</Relationships>`,
  };
  parts.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = `${head}<worksheet xmlns="${main}" xmlns:r="${rel}">${sheet.xml}</worksheet>`;
  });
  if (parts.sharedStrings !== undefined) {
    files['xl/sharedStrings.xml'] = parts.sharedStrings.startsWith('<?xml') ? parts.sharedStrings : `${head}<sst xmlns="${main}">${parts.sharedStrings}</sst>`;
  }
  if (parts.styles !== undefined) files['xl/styles.xml'] = `${head}<styleSheet xmlns="${main}">${parts.styles}</styleSheet>`;
  Object.assign(files, parts.extra);
  const ordered = [...(parts.order ?? []).filter((name) => name in files), ...Object.keys(files).filter((name) => !(parts.order ?? []).includes(name))];
  return zipSync(Object.fromEntries(ordered.map((name) => [name, strToU8(files[name] ?? '')])));
}

/** Rows of cells as sheet XML: `cells` are the inner XML of each row, keyed by row number. */
export function sheetData(rows: Readonly<Record<number, string>>, after = ''): string {
  return `<sheetData>${Object.entries(rows)
    .map(([row, cells]) => `<row r="${row}">${cells}</row>`)
    .join('')}</sheetData>${after}`;
}

/** cellXfs whose index i (from 1) has number format id `formatIds[i - 1]`, with custom formats. */
export function stylesWith(formatIds: readonly number[], custom: Readonly<Record<number, string>> = {}): string {
  const numFmts = Object.entries(custom)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
    .join('');
  return `${numFmts ? `<numFmts count="${Object.keys(custom).length}">${numFmts}</numFmts>` : ''}<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="${formatIds.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>${formatIds
    .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>`)
    .join('')}</cellXfs>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
