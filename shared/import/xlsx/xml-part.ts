import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { megabytes, workbookTooLarge, workbookTooSlow, type ZipLimits } from '../zip-guard.js';
import { inflateZipEntry, type ZipEntry } from './zip-entries.js';

/** What a part's reader does with each SAX event; handed to saxes as they are, as they run for every element. */
export type SaxHandler = {
  readonly open: (tag: SaxesTagPlain) => void;
  readonly text?: (text: string) => void;
  readonly close: (tag: SaxesTagPlain) => void;
};

/** The same, told each element's depth (the root is 1), for the small parts. */
export type XmlHandler = {
  readonly open: (tag: SaxesTagPlain, depth: number) => void;
  readonly text?: (text: string) => void;
  readonly close: (name: string, depth: number) => void;
};

export function withDepth(handler: XmlHandler): SaxHandler {
  let depth = 0;
  return {
    open: (tag) => handler.open(tag, (depth += 1)),
    ...(handler.text ? { text: handler.text } : {}),
    // saxes reports a self-closing element's close right after its open, so depth stays right.
    close: (tag) => handler.close(tag.name, depth--),
  };
}

/**
 * The bytes inflated so far for one workbook, and when reading began. Counted as they come out
 * of the inflater, so a zip whose directory understates its sizes is stopped at the limit, not
 * trusted; the clock is checked at each piece, so no workbook holds the reader past its time.
 */
export type InflateBudget = { readonly fileName: string; readonly limits: ZipLimits; inflated: number; readonly startedAt: number };

/**
 * Streams one XML part of the workbook through saxes (the parser exceljs itself uses): inflated
 * piece by piece, decoded as UTF-8 across piece boundaries, never held whole. Malformed XML
 * throws saxes's error, for the caller to report as a damaged workbook.
 */
export async function readXmlPart(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, handler: SaxHandler): Promise<void> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('opentag', handler.open);
  parser.on('closetag', handler.close);
  if (handler.text) parser.on('text', handler.text);
  const decoder = new TextDecoder();
  let entryBytes = 0;
  await inflateZipEntry(bytes, entry, (piece) => {
    entryBytes += piece.length;
    budget.inflated += piece.length;
    const { maxEntryBytes, maxTotalBytes } = budget.limits;
    if (entryBytes > maxEntryBytes || budget.inflated > maxTotalBytes) {
      const limit = entryBytes > maxEntryBytes ? maxEntryBytes : maxTotalBytes;
      throw workbookTooLarge(budget.fileName, `more than ${megabytes(limit)}`, `${entry.name}: inflated past ${limit} bytes (entry ${entryBytes}, workbook ${budget.inflated})`);
    }
    const spent = Date.now() - budget.startedAt;
    if (spent > budget.limits.maxReadMs) throw workbookTooSlow(budget.fileName, spent);
    parser.write(decoder.decode(piece, { stream: true }));
  });
  parser.write(decoder.decode());
  parser.close();
}

/** The part's root element must be the one expected; exceljs cannot read a prefixed or foreign root either. */
export function expectRoot(tag: SaxesTagPlain, depth: number, name: string, part: string): void {
  if (depth === 1 && tag.name !== name) throw new Error(`${part}: root element is <${tag.name}>, not <${name}>`);
}
