import type { MethodInput, MethodOutput } from '../../../shared/api.js';
import { savedMappingSchema } from '../../../shared/import/mapping-file.js';
import type { Db } from './database.js';

type Row = { columns_json: string; currency: string | null; amount_format: string | null; provider: string | null; saved_at: string };

/** Column mappings remembered per sheet layout (header signature), so next month's file maps itself. */
export function createMappingStore(db: Db) {
  const find = db.prepare<[string], Row>('SELECT columns_json, currency, amount_format, provider, saved_at FROM saved_mapping WHERE header_signature = ?');
  const upsert = db.prepare(
    `INSERT INTO saved_mapping (header_signature, columns_json, currency, amount_format, provider, saved_at) VALUES (@signature, @columns, @currency, @amountFormat, @provider, @savedAt)
     ON CONFLICT(header_signature) DO UPDATE SET columns_json = excluded.columns_json, currency = excluded.currency, amount_format = excluded.amount_format,
       provider = coalesce(excluded.provider, saved_mapping.provider), saved_at = excluded.saved_at`,
  );
  return {
    find(signature: string): MethodOutput<'mapping.find'> {
      const row = find.get(signature);
      if (!row) return null;
      // Read back through the same schema it was written with: a damaged row is "not saved".
      const parsed = savedMappingSchema.safeParse({
        columns: JSON.parse(row.columns_json),
        ...(row.currency ? { currency: row.currency } : {}),
        ...(row.amount_format ? { amountFormat: row.amount_format } : {}),
        ...(row.provider ? { provider: row.provider } : {}),
      });
      return parsed.success ? { ...parsed.data, savedAt: row.saved_at } : null;
    },
    save(input: MethodInput<'mapping.save'>): MethodOutput<'mapping.save'> {
      const savedAt = new Date().toISOString();
      upsert.run({ signature: input.signature, columns: JSON.stringify(input.columns), currency: input.currency ?? null, amountFormat: input.amountFormat ?? null, provider: input.provider ?? null, savedAt });
      return { savedAt };
    },
  };
}
