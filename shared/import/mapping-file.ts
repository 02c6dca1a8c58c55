import { z } from 'zod';
import { payeeFields, type ColumnMapping } from './model.js';
import { providerIds } from '../providers/provider-ids.js';

/**
 * A column mapping as a file an accountant can save and send to a colleague:
 * { "paybatch": "mapping", "version": 1, "columns": { "name": "Họ và tên", ... } }.
 * A bare { "name": "Họ và tên", ... } object is read too.
 */
export const columnsSchema = z.partialRecord(z.enum(payeeFields), z.string().min(1)).refine((columns) => Object.keys(columns).length > 0, 'maps no column');

export const mappingFileSchema = z.object({
  paybatch: z.literal('mapping'),
  version: z.literal(1),
  columns: columnsSchema,
  currency: z.enum(['VND', 'THB']).optional(),
  amountFormat: z.enum(['auto', 'dot-decimal', 'comma-decimal']).optional(),
  headerSignature: z.string().optional(),
  /** The provider last paid with this layout: asked once, then offered first. */
  provider: z.enum(providerIds).optional(),
});

export type MappingFile = z.infer<typeof mappingFileSchema>;

/** What the app remembers for a sheet layout: the mapping and the choices that go with it. */
export const savedMappingSchema = mappingFileSchema.pick({ columns: true, currency: true, amountFormat: true, provider: true });

/** A refusal: `message` in English; `code` and `params` for the view's own words. */
export type MappingParse = { ok: true; file: MappingFile } | { ok: false; message: string; code: 'not_json' | 'invalid'; params: { file: string; detail: string; fields: string } };

export function parseMappingFile(text: string, fileName: string): MappingParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: `${fileName} is not a mapping file: it is not valid JSON.`, code: 'not_json', params: { file: fileName, detail: '', fields: payeeFields.join(', ') } };
  }
  const full = mappingFileSchema.safeParse(json);
  if (full.success) return { ok: true, file: full.data };
  const bare = columnsSchema.safeParse(json);
  if (bare.success) return { ok: true, file: { paybatch: 'mapping', version: 1, columns: bare.data } };
  const detail = z.prettifyError(full.error).replace(/\n/g, '; ');
  const fields = payeeFields.join(', ');
  return { ok: false, message: `${fileName} is not a Paybatch mapping file (${detail}). Fields that can be mapped: ${fields}.`, code: 'invalid', params: { file: fileName, detail, fields } };
}

export function mappingFileFor(columns: ColumnMapping, extra: Omit<MappingFile, 'paybatch' | 'version' | 'columns'> = {}): MappingFile {
  return { paybatch: 'mapping', version: 1, columns, ...extra };
}
