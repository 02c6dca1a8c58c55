import { z } from 'zod';
import { languages } from '../i18n/languages.js';
import type { Result } from '../result.js';
import { desktopMethodNames, type DesktopMethodName } from './desktop-methods.js';

/**
 * A file name as the window suggests it for a save dialog: a name, never a path, so the window
 * cannot pick where a file lands — the accountant does, in the dialog.
 */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a file name, not a path');

/** Files the window saves: reports, unsent rows, problems and the audit log, in these forms. */
export const savedKinds = ['xlsx', 'csv', 'pdf'] as const;
export type SavedKind = (typeof savedKinds)[number];

/**
 * The largest file the window may hand over to be saved, as base64: a 500,000-row result report
 * is about 60 MB. Above it the call is refused rather than held in memory twice.
 */
export const maxSavedBase64 = 200 * 1024 * 1024;

export const desktopApi = {
  /** The open dialog, then the file it chose read whole (a payroll of up to the import's limit). */
  'desktop.openPayroll': {
    input: z.object({}).strict(),
    output: z.union([
      z.object({ kind: z.literal('file'), name: z.string(), bytes: z.instanceof(Uint8Array) }),
      z.object({ kind: z.literal('too_large'), name: z.string(), size: z.number().int() }),
      z.object({ kind: z.literal('cancelled') }),
    ]),
  },
  /** The save dialog, then the bytes written there atomically (temp file, fsync, rename). */
  'desktop.saveFile': {
    // The name says the form: a workbook is not suggested as "something.bat".
    input: z
      .object({ suggestedName, kind: z.enum(savedKinds), base64: z.string().max(maxSavedBase64) })
      .strict()
      .refine(({ suggestedName: name, kind }) => name.toLowerCase().endsWith(`.${kind}`), { message: 'the name ends with the form', path: ['suggestedName'] }),
    output: z.object({ path: z.string().nullable() }),
  },
  /** The window's own page printed to PDF by Chromium, then saved where the accountant chooses. */
  'desktop.savePdf': {
    input: z
      .object({ suggestedName })
      .strict()
      .refine(({ suggestedName: name }) => name.toLowerCase().endsWith('.pdf'), { message: 'a PDF is named .pdf', path: ['suggestedName'] }),
    output: z.object({ path: z.string().nullable() }),
  },
  /** Opens the data folder in the system's file manager. */
  'desktop.showDataFolder': { input: z.object({}).strict(), output: z.object({ opened: z.boolean() }) },
  /** The window's language, so the menu and the main process's dialogs speak it too. */
  'desktop.setLanguage': { input: z.object({ language: z.enum(languages) }).strict(), output: z.object({}) },
} satisfies Record<DesktopMethodName, { input: z.ZodType; output: z.ZodType }>;

export type DesktopApi = typeof desktopApi;
export type DesktopInput<M extends DesktopMethodName> = z.input<DesktopApi[M]['input']>;
export type DesktopOutput<M extends DesktopMethodName> = z.output<DesktopApi[M]['output']>;

// Both directions: the preload's list names exactly the methods defined here.
type Missing = Exclude<DesktopMethodName, keyof DesktopApi>;
type Extra = Exclude<keyof DesktopApi, DesktopMethodName>;
const schemasMatchNames: [Missing, Extra] extends [never, never] ? true : false = true;
void schemasMatchNames;

export { desktopMethodNames };
export type { DesktopMethodName };
export type DesktopResult<M extends DesktopMethodName> = Result<DesktopOutput<M>>;
