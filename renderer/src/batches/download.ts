import type { SavedKind as AnyKind } from '../../../shared/desktop/desktop-api';
import { fitFileName } from '../../../shared/reports/file-name';
import type { ApiError } from '../../../shared/result';
import { desktopBridge } from '../desktop/desktop';

/** Base64 characters decoded per turn: about 5 ms of the window's time each. */
const charsPerTurn = 262_144;

type SavedKind = Exclude<AnyKind, 'pdf'>;

const mimeOf: Readonly<Record<SavedKind, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

/**
 * Where a file went: its full path when the desktop app saved it (`native`), its name when it
 * was offered as a browser download (the browser says where it put it).
 */
export type SaveOutcome = { readonly kind: 'saved'; readonly where: string; readonly native: boolean } | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly error: ApiError };

/**
 * Saves bytes the engine made as a file: in the desktop app through the native save dialog
 * (the accountant picks the folder; the main process writes it atomically), in a browser tab as
 * a download.
 */
export async function saveBase64(base64: string, fileName: string, kind: SavedKind): Promise<SaveOutcome> {
  const desktop = desktopBridge();
  if (!desktop) {
    await downloadBase64(base64, fileName, mimeOf[kind]);
    return { kind: 'saved', where: fileName, native: false };
  }
  const saved = await desktop['desktop.saveFile']({ suggestedName: fitFileName(fileName, kind), kind, base64 });
  if (!saved.ok) return { kind: 'failed', error: saved.error };
  return saved.value.path === null ? { kind: 'cancelled' } : { kind: 'saved', where: saved.value.path, native: true };
}

/**
 * A browser download, decoded a slice at a time, yielding between slices: a 100,000-row
 * workbook decoded at once held the window for most of a second.
 */
async function downloadBase64(base64: string, fileName: string, type: string): Promise<void> {
  const parts: Array<Uint8Array<ArrayBuffer>> = [];
  for (let at = 0; at < base64.length; at += charsPerTurn) {
    const text = atob(base64.slice(at, at + charsPerTurn));
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
    parts.push(bytes);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(parts, { type }));
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
