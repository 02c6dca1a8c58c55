import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * An .xlsx read back without exceljs (which wrote it): the zip opened with fflate, each part's
 * XML parsed here with saxes, so a report is checked the way another program would see it.
 */
export type ReadCell = {
  readonly ref: string;
  /** The cell's `t`: 's' shared string, 'inlineStr', 'str', 'b', 'e', or null for a number. */
  readonly type: string | null;
  /** Strings resolved (shared or inline); numbers as JavaScript numbers. */
  readonly value: string | number | null;
  readonly style: number;
  readonly formula: string | null;
};

export type ReadSheet = {
  readonly name: string;
  readonly path: string;
  readonly cells: ReadonlyMap<string, ReadCell>;
  readonly rowCount: number;
  readonly pane: Readonly<Record<string, string>> | null;
  readonly autoFilter: string | null;
  readonly columns: ReadonlyArray<{ readonly min: number; readonly max: number; readonly width: number }>;
};

export type ReadStyles = {
  readonly numFmts: ReadonlyMap<number, string>;
  readonly fills: ReadonlyArray<string | null>;
  readonly fonts: ReadonlyArray<{ readonly bold: boolean; readonly color: string | null }>;
  readonly cellXfs: ReadonlyArray<{ readonly numFmtId: number; readonly fillId: number; readonly fontId: number }>;
};

export type ReadWorkbook = { readonly parts: readonly string[]; readonly sheets: readonly ReadSheet[]; readonly styles: ReadStyles; readonly xml: (path: string) => string };

type Handler = { open?: (tag: SaxesTagPlain) => void; text?: (text: string) => void; close?: (name: string) => void };

function parse(xml: string, handler: Handler): void {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  if (handler.open) parser.on('opentag', handler.open);
  if (handler.text) parser.on('text', handler.text);
  if (handler.close) {
    const close = handler.close;
    parser.on('closetag', (tag) => close(tag.name));
  }
  parser.write(xml).close();
}

export function readXlsx(bytes: Uint8Array): ReadWorkbook {
  const files = unzipSync(bytes);
  const xml = (path: string): string => {
    const file = files[path];
    if (!file) throw new Error(`${path} is not in the workbook`);
    return strFromU8(file);
  };
  const shared = files['xl/sharedStrings.xml'] ? sharedStrings(xml('xl/sharedStrings.xml')) : [];
  const targets = new Map<string, string>();
  parse(xml('xl/_rels/workbook.xml.rels'), {
    open: (tag) => {
      if (tag.name === 'Relationship') targets.set(String(tag.attributes['Id']), String(tag.attributes['Target']).replace(/^\/?(xl\/)?/, 'xl/'));
    },
  });
  const listed: Array<{ name: string; path: string }> = [];
  parse(xml('xl/workbook.xml'), {
    open: (tag) => {
      if (tag.name === 'sheet') listed.push({ name: String(tag.attributes['name']), path: targets.get(String(tag.attributes['r:id'])) ?? '' });
    },
  });
  return { parts: Object.keys(files), sheets: listed.map((s) => readSheet(s.name, s.path, xml(s.path), shared)), styles: readStyles(xml('xl/styles.xml')), xml };
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  parse(xml, {
    open: (tag) => {
      if (tag.name === 'si') current = '';
      if (tag.name === 't') inText = true;
    },
    text: (text) => {
      if (inText && current !== null) current += text;
    },
    close: (name) => {
      if (name === 't') inText = false;
      if (name === 'si') {
        strings.push(current ?? '');
        current = null;
      }
    },
  });
  return strings;
}

function readSheet(name: string, path: string, xml: string, shared: readonly string[]): ReadSheet {
  const cells = new Map<string, ReadCell>();
  const columns: Array<{ min: number; max: number; width: number }> = [];
  let pane: Record<string, string> | null = null;
  let autoFilter: string | null = null;
  let rowCount = 0;
  let cell: { ref: string; type: string | null; style: number; v: string | null; text: string | null; f: string | null } | null = null;
  let into: 'v' | 't' | 'f' | null = null;
  parse(xml, {
    open: (tag) => {
      const a = tag.attributes as Record<string, string>;
      if (tag.name === 'row') rowCount = Math.max(rowCount, Number(a['r']));
      else if (tag.name === 'c') cell = { ref: a['r'] ?? '', type: a['t'] ?? null, style: Number(a['s'] ?? 0), v: null, text: null, f: null };
      else if (tag.name === 'v' || tag.name === 't' || tag.name === 'f') into = tag.name;
      else if (tag.name === 'pane') pane = { ...a };
      else if (tag.name === 'autoFilter') autoFilter = a['ref'] ?? null;
      else if (tag.name === 'col') columns.push({ min: Number(a['min']), max: Number(a['max']), width: Number(a['width']) });
    },
    text: (text) => {
      if (!cell || !into) return;
      if (into === 'v') cell.v = (cell.v ?? '') + text;
      if (into === 't') cell.text = (cell.text ?? '') + text;
      if (into === 'f') cell.f = (cell.f ?? '') + text;
    },
    close: (name) => {
      if (name === 'v' || name === 't' || name === 'f') into = null;
      if (name === 'c' && cell) {
        const c = cell;
        const value = c.type === 's' ? (shared[Number(c.v)] ?? null) : c.type === 'inlineStr' ? c.text : c.type === 'str' || c.type === 'e' ? c.v : c.v === null ? null : Number(c.v);
        cells.set(c.ref, { ref: c.ref, type: c.type, value, style: c.style, formula: c.f });
        cell = null;
      }
    },
  });
  return { name, path, cells, rowCount, pane, autoFilter, columns };
}

function readStyles(xml: string): ReadStyles {
  const numFmts = new Map<number, string>();
  const fills: Array<string | null> = [];
  const fonts: Array<{ bold: boolean; color: string | null }> = [];
  const cellXfs: Array<{ numFmtId: number; fillId: number; fontId: number }> = [];
  const stack: string[] = [];
  parse(xml, {
    open: (tag) => {
      const a = tag.attributes as Record<string, string>;
      const parent = stack.at(-1);
      stack.push(tag.name);
      if (tag.name === 'numFmt') numFmts.set(Number(a['numFmtId']), a['formatCode'] ?? '');
      else if (tag.name === 'fill') fills.push(null);
      else if (tag.name === 'fgColor' && stack.includes('fill')) fills[fills.length - 1] = a['rgb'] ?? null;
      else if (tag.name === 'font' && parent === 'fonts') fonts.push({ bold: false, color: null });
      else if (tag.name === 'b' && stack.includes('font')) {
        const font = fonts.at(-1);
        if (font) font.bold = a['val'] === undefined || a['val'] === '1' || a['val'] === 'true';
      } else if (tag.name === 'color' && parent === 'font') {
        const font = fonts.at(-1);
        if (font) font.color = a['rgb'] ?? null;
      } else if (tag.name === 'xf' && parent === 'cellXfs') cellXfs.push({ numFmtId: Number(a['numFmtId'] ?? 0), fillId: Number(a['fillId'] ?? 0), fontId: Number(a['fontId'] ?? 0) });
    },
    close: () => {
      stack.pop();
    },
  });
  return { numFmts, fills, fonts, cellXfs };
}

/** Excel's built-in number formats a report may use, by id (ECMA-376 18.8.30). */
const builtInFormats: Readonly<Record<number, string>> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 49: '@' };

export function cellAt(sheet: ReadSheet, ref: string): ReadCell | undefined {
  return sheet.cells.get(ref);
}

export function numFmtOf(book: ReadWorkbook, cell: ReadCell): string {
  const id = book.styles.cellXfs[cell.style]?.numFmtId ?? 0;
  return book.styles.numFmts.get(id) ?? builtInFormats[id] ?? `#${id}`;
}

export function fillOf(book: ReadWorkbook, cell: ReadCell): string | null {
  return book.styles.fills[book.styles.cellXfs[cell.style]?.fillId ?? 0] ?? null;
}

export function fontOf(book: ReadWorkbook, cell: ReadCell): { bold: boolean; color: string | null } {
  return book.styles.fonts[book.styles.cellXfs[cell.style]?.fontId ?? 0] ?? { bold: false, color: null };
}

/** A = 1, B = 2, …, AA = 27. */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Row `r` (from 1) as values, columns A to the `width`th. */
export function rowValues(sheet: ReadSheet, r: number, width: number): Array<string | number | null> {
  return Array.from({ length: width }, (_, i) => sheet.cells.get(`${columnLetter(i + 1)}${r}`)?.value ?? null);
}

/** The header row's texts, up to the first empty cell. */
export function headerOf(sheet: ReadSheet): string[] {
  const headers: string[] = [];
  for (let i = 1; ; i += 1) {
    const value = sheet.cells.get(`${columnLetter(i)}1`)?.value;
    if (typeof value !== 'string') return headers;
    headers.push(value);
  }
}
