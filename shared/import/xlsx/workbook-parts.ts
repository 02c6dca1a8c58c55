import { builtInFormats, decodeCharacterEscapes, xmlDecode } from './cell-rules.js';
import { detached } from './detached-text.js';
import { expectRoot, readXmlPart, withDepth, type InflateBudget, type XmlHandler } from './xml-part.js';
import type { ZipEntry } from './zip-entries.js';

/**
 * The small parts every sheet depends on: the sheet list, the styles' number formats, the
 * shared strings. Read from the same fixed paths, and resolved the same way, as exceljs does
 * (lib/xlsx/xlsx.js load and reconcile, book/workbook-xform.js), so the same sheets are found.
 */
export type WorkbookPart = { readonly bytes: Uint8Array; readonly entries: ReadonlyMap<string, ZipEntry>; readonly budget: InflateBudget };

export type SheetPart = { readonly name: string; readonly entry: ZipEntry; readonly relsPath: string };
export type WorkbookPlan = { readonly sheets: readonly SheetPart[]; readonly date1904: boolean };

const worksheetPath = /xl\/worksheets\/sheet(\d+)[.]xml/;

export async function readWorkbookPlan(part: WorkbookPart): Promise<WorkbookPlan> {
  const listed: Array<{ name: string; id: number; rId: string | undefined }> = [];
  let date1904 = false;
  let inSheets = false;
  await read(part, 'xl/workbook.xml', {
    open: (tag, depth) => {
      expectRoot(tag, depth, 'workbook', 'xl/workbook.xml');
      if (depth === 2 && tag.name === 'workbookPr') date1904 = tag.attributes.date1904 === '1';
      if (depth === 2 && tag.name === 'sheets') inSheets = true;
      if (depth === 3 && inSheets && tag.name === 'sheet') {
        const name = tag.attributes.name;
        if (name === undefined) throw new Error('xl/workbook.xml: a sheet has no name');
        listed.push({ name: xmlDecode(name), id: parseInt(tag.attributes.sheetId ?? '', 10), rId: tag.attributes['r:id'] });
      }
    },
    close: (name, depth) => {
      if (depth === 2 && name === 'sheets') inSheets = false;
    },
  });
  const targets = await readRelationships(part, 'xl/_rels/workbook.xml.rels');
  // exceljs keys worksheets by sheetId: a later sheet with the same id takes the earlier one's
  // place, and an id that is not a positive whole number leaves the sheet out.
  const byId = new Map<number, SheetPart>();
  for (const sheet of listed) {
    const target = sheet.rId === undefined ? undefined : targets.get(sheet.rId);
    if (target === undefined) continue;
    const path = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    const number = worksheetPath.exec(path)?.[1];
    const entry = part.entries.get(path);
    // Chart sheets and parts exceljs does not recognise as worksheets are not sheets to it.
    if (!entry || number === undefined || !(sheet.id >= 1 && sheet.id < 2 ** 32 - 1)) continue;
    byId.set(sheet.id, { name: sheet.name, entry, relsPath: `xl/worksheets/_rels/sheet${number}.xml.rels` });
  }
  const sheets = [...byId.values()];
  sheets.forEach((sheet, index) => checkSheetName(sheet.name, sheets.slice(0, index)));
  return { sheets, date1904 };
}

/** The names exceljs refuses to load (doc/worksheet.js, `set name`); Excel never writes them. */
function checkSheetName(name: string, before: readonly SheetPart[]): void {
  const refused =
    name === '' || name === 'History' || /[*?:/\\[\]]/.test(name) || /(^')|('$)/.test(name) || name.length > 31 || before.some((other) => other.name.toLowerCase() === name.toLowerCase());
  if (refused) throw new Error(`xl/workbook.xml: sheet name "${name}" is not one Excel allows`);
}

/** A relationships part: Id → Target. Absent part, no relationships. */
export async function readRelationships(part: WorkbookPart, path: string): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  await read(part, path, {
    open: (tag, depth) => {
      expectRoot(tag, depth, 'Relationships', path);
      const { Id, Target } = tag.attributes;
      if (depth === 2 && tag.name === 'Relationship' && Id !== undefined) targets.set(Id, Target ?? '');
    },
    close: () => undefined,
  });
  return targets;
}

/**
 * cellXfs index → the number format exceljs gives a cell with that style: a custom format of
 * that id, else a built-in one, else none. The list's length is the number of styles; null
 * when the workbook has no styles part.
 */
export async function readCellFormats(part: WorkbookPart): Promise<Array<string | undefined> | null> {
  if (!part.entries.has('xl/styles.xml')) return null;
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let section = '';
  await read(part, 'xl/styles.xml', {
    open: (tag, depth) => {
      expectRoot(tag, depth, 'styleSheet', 'xl/styles.xml');
      if (depth === 2) section = tag.name;
      if (depth !== 3) return;
      if (section === 'numFmts' && tag.name === 'numFmt' && tag.attributes.formatCode !== undefined) {
        // exceljs drops the backslash of an escaped character: \" → ", \- → -.
        custom.set(parseInt(tag.attributes.numFmtId ?? '', 10), tag.attributes.formatCode.replace(/[\\](.)/g, '$1'));
      }
      if (section === 'cellXfs' && tag.name === 'xf') formatIds.push(parseInt(tag.attributes.numFmtId ?? '', 10));
    },
    close: (_name, depth) => {
      if (depth === 2) section = '';
    },
  });
  return formatIds.map((id) => (id ? custom.get(id) || builtInFormats.get(id) : undefined));
}

/**
 * The shared strings, NFC once here rather than per cell. An <si> of plain text is its text;
 * of rich-text runs, the runs joined; phonetic guides (<rPh>) are left out. An <si> with
 * neither is null: exceljs keeps it as {}, which `rawCellOf` reads as an empty cell.
 */
export async function readSharedStrings(part: WorkbookPart): Promise<Array<string | null>> {
  const entry = part.entries.get('xl/sharedStrings.xml');
  const strings: Array<string | null> = [];
  if (!entry) return strings;
  let text: string | null = null;
  let runs: string[] | null = null;
  let inRun = false;
  let runText = '';
  // The text of the <t> being read, null outside one: almost always a single piece, so no list.
  let collected: string | null = null;
  // Depth counted here rather than by withDepth: a 100,000-row payroll has some 300,000 <si>.
  let depth = 0;
  await readXmlPart(part.bytes, entry, part.budget, {
    open: (tag) => {
      depth += 1;
      expectRoot(tag, depth, 'sst', 'xl/sharedStrings.xml');
      if (depth === 2) {
        if (tag.name !== 'si') throw new Error(`xl/sharedStrings.xml: unexpected <${tag.name}>`);
        text = null;
        runs = null;
      } else if (depth === 3 && tag.name === 't') {
        collected = '';
      } else if (depth === 3 && tag.name === 'r') {
        inRun = true;
        runText = '';
      } else if (depth === 4 && inRun && tag.name === 't') {
        collected = '';
      }
    },
    text: (piece) => {
      if (collected !== null) collected += piece;
    },
    close: ({ name }) => {
      if (name === 't' && collected !== null && (depth === 3 || (depth === 4 && inRun))) {
        const decoded = decodeCharacterEscapes(collected);
        if (depth === 3) {
          text = decoded;
          runs = null;
        } else runText = decoded;
        collected = null;
      } else if (depth === 3 && name === 'r') {
        inRun = false;
        // A run after plain text cannot join it in exceljs; the text stays.
        if (text === null) (runs ??= []).push(runText);
      } else if (depth === 2) {
        const value = runs ? runs.join('') : text;
        strings.push(value === null ? null : detached(value.normalize('NFC')));
      }
      depth -= 1;
    },
  });
  return strings;
}

async function read(part: WorkbookPart, path: string, handler: XmlHandler): Promise<void> {
  const entry = part.entries.get(path);
  if (entry) await readXmlPart(part.bytes, entry, part.budget, withDepth(handler));
}
