/** Where one entry's compressed bytes lie in the archive, from the zip's central directory. */
export type ZipEntry = { readonly name: string; readonly method: number; readonly start: number; readonly compressedSize: number; readonly originalSize: number };

/**
 * The archive's entries by name. The central directory is read, not the local headers one after
 * another: the whole file is in memory anyway, so each part can be inflated in the order the
 * reader needs (exceljs writes workbook.xml last and sheets before their shared strings), and
 * the sizes of entries written with data descriptors (LibreOffice: every entry) are known
 * without scanning the compressed bytes for a signature, which fflate's sequential `Unzip` does
 * and which compressed data can match by chance (fflate issues #208, #243).
 */
export function readZipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) [count, offset] = zip64Directory(view, end);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > view.byteLength || view.getUint32(offset, true) !== 0x02014b50) throw new Error('zip central directory is damaged');
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const sizes = { compressed: view.getUint32(offset + 20, true), original: view.getUint32(offset + 24, true), local: view.getUint32(offset + 42, true) };
    readZip64Extra(view, offset + 46 + nameLength, extraLength, sizes);
    const rawName = bytes.subarray(offset + 46, offset + 46 + nameLength);
    // exceljs (through JSZip) drops a leading slash; a later entry of the same name wins.
    const name = entryName(rawName, (flags & 0x800) !== 0).replace(/^\//, '');
    offset += 46 + nameLength + extraLength + view.getUint16(offset + 32, true);
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new Error(`zip entry ${name} is encrypted`);
    entries.set(name, { name, method, start: dataStart(view, sizes.local, name), compressedSize: sizes.compressed, originalSize: sizes.original });
  }
  for (const entry of entries.values()) {
    if (entry.start + entry.compressedSize > bytes.length) throw new Error(`zip entry ${entry.name} runs past the end of the file`);
  }
  return entries;
}

/** Compressed bytes written at a time: a deflate stream expands at most ~1,032×, so no inflated batch exceeds ~17 MB. */
const pushBytes = 16 * 1024;

/**
 * Inflates one entry piece by piece, handing each piece on; a sheet is never inflated whole.
 * An entry that inflates past the size the directory declares is damaged or built to overload
 * a reader (the directory is what the size limits were checked against): it stops there, after
 * at most one piece more than it declared. The platform's inflater (zlib, native) does the
 * work: fflate's, in script, took 0.5–0.8 s of a 100,000-row workbook's 3 s in the window.
 */
export async function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry, onPiece: (piece: Uint8Array) => void): Promise<void> {
  const data = bytes.subarray(entry.start, entry.start + entry.compressedSize);
  let inflated = 0;
  const counted = (piece: Uint8Array): void => {
    inflated += piece.length;
    if (inflated > entry.originalSize) throw new Error(`zip entry ${entry.name} inflates past the ${entry.originalSize} bytes its directory declares`);
    onPiece(piece);
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += pushBytes) counted(data.subarray(at, at + pushBytes));
    return;
  }
  if (entry.method !== 8) throw new Error(`zip entry ${entry.name} uses compression method ${entry.method}, which Excel never writes`);
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Written a piece at a time, each once the inflater has room: written whole, the entry would
  // be inflated whole before the first piece could be counted against the limits.
  const writing = (async () => {
    for (let at = 0; at < data.length; at += pushBytes) await writer.write(data.subarray(at, at + pushBytes));
    await writer.close();
  })();
  // A failure to write is the inflater's failure, which reading meets and throws first.
  writing.catch(() => undefined);
  const reader = stream.readable.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (next.value.length > 0) counted(next.value);
    }
  } catch (error) {
    // Stops the inflater: the rest of a bomb is never inflated.
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  await writing;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw new Error('zip end of central directory not found');
}

function zip64Directory(view: DataView, end: number): [number, number] {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) throw new Error('zip64 locator not found');
  const record = uint64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== 0x06064b50) throw new Error('zip64 end of central directory not found');
  return [uint64(view, record + 32), uint64(view, record + 48)];
}

/** A ZIP64 extra field holds, in this order, the sizes and offset the fixed fields could not. */
function readZip64Extra(view: DataView, at: number, length: number, sizes: { original: number; compressed: number; local: number }): void {
  for (let field = at; field + 4 <= at + length; field += 4 + view.getUint16(field + 2, true)) {
    if (view.getUint16(field, true) !== 1) continue;
    let next = field + 4;
    for (const key of ['original', 'compressed', 'local'] as const) {
      if (sizes[key] !== 0xffffffff) continue;
      sizes[key] = uint64(view, next);
      next += 8;
    }
    return;
  }
}

function dataStart(view: DataView, local: number, name: string): number {
  if (local + 30 > view.byteLength || view.getUint32(local, true) !== 0x04034b50) throw new Error(`zip entry ${name} has no local header`);
  return local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
}

function uint64(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) throw new Error('zip64 field past the end of the file');
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function entryName(raw: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder().decode(raw);
  let name = '';
  for (const byte of raw) name += String.fromCharCode(byte);
  return name;
}
