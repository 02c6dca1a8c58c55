import type { ApiError } from '../../../shared/result';
import { desktopBridge } from './desktop';

/** A file the menu's Open dialog chose: its bytes, or only its name and size when it is too large to read. */
export type ChosenPayroll = { readonly kind: 'file'; readonly file: File } | { readonly kind: 'too_large'; readonly name: string; readonly size: number };

/** As the Import screen takes it; `ask` tells one choice from the next. */
export type OpenedPayroll = { readonly ask: number; readonly chosen: ChosenPayroll };

export type OpenOutcome = ChosenPayroll | { readonly kind: 'cancelled' } | { readonly kind: 'failed'; readonly error: ApiError };

/**
 * File → Open payroll file…: the desktop app's own open dialog. The main process reads the file
 * the accountant chose and hands its bytes over; from here it is read like a file dropped on
 * the Import screen.
 */
export async function openPayrollFile(): Promise<OpenOutcome> {
  const desktop = desktopBridge();
  if (!desktop) return { kind: 'cancelled' };
  const opened = await desktop['desktop.openPayroll']({});
  if (!opened.ok) return { kind: 'failed', error: opened.error };
  const chosen = opened.value;
  if (chosen.kind !== 'file') return chosen;
  // Bytes that crossed IPC sit in a plain ArrayBuffer of their own: no copy is needed.
  return { kind: 'file', file: new File([chosen.bytes as Uint8Array<ArrayBuffer>], chosen.name, { type: chosen.name.toLowerCase().endsWith('.csv') ? 'text/csv' : '' }) };
}
