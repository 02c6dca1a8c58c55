/** What a file really is, from its first bytes, whatever its name says. */
export type FileKind = 'empty' | 'xlsx' | 'xls' | 'text' | 'binary';

export function sniffFileKind(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return 'xlsx';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  return looksBinary(bytes) ? 'binary' : 'text';
}

/**
 * Text files (in any encoding we read) have almost no control bytes; random or binary data
 * has many. UTF-16 is text full of NULs, so it is recognised by its byte-order mark first.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control += 1;
  }
  return control / sample.length > 0.01;
}
