import { z } from 'zod';
import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { Db } from './database.js';

/** Non-secret connection settings per provider and environment (ids, base URL, timeouts). */
export const providerSettingsSchema = z
  .object({
    baseUrl: z.url().optional(),
    appId: z.string().optional(),
    paymentId: z.string().optional(),
    merchantId: z.string().optional(),
    partnerCode: z.string().optional(),
    platformPublicKey: z.string().optional(),
    balanceAccountNo: z.string().optional(),
    connectTimeoutMs: z.number().int().positive().optional(),
    responseTimeoutMs: z.number().int().positive().optional(),
    concurrency: z.number().int().positive().max(64).optional(),
    ratePerSecond: z.number().positive().max(1000).optional(),
  })
  .strict();

export type ProviderSettings = z.infer<typeof providerSettingsSchema>;

export function createProviderSettingsStore(db: Db) {
  const read = db.prepare<[string, string], { settings_json: string }>('SELECT settings_json FROM provider_settings WHERE provider = ? AND environment = ?');
  const write = db.prepare(
    'INSERT INTO provider_settings (provider, environment, settings_json, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(provider, environment) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at',
  );
  const remove = db.prepare('DELETE FROM provider_settings WHERE provider = ? AND environment = ?');
  const all = db.prepare<[], { provider: string; environment: string }>('SELECT provider, environment FROM provider_settings');
  return {
    get(provider: ProviderId, environment: Environment): ProviderSettings {
      const row = read.get(provider, environment);
      const parsed = row ? providerSettingsSchema.safeParse(JSON.parse(row.settings_json)) : null;
      return parsed?.success ? parsed.data : {};
    },
    set(provider: ProviderId, environment: Environment, settings: ProviderSettings): void {
      write.run(provider, environment, JSON.stringify(providerSettingsSchema.parse(settings)), new Date().toISOString());
    },
    remove(provider: ProviderId, environment: Environment): boolean {
      return remove.run(provider, environment).changes > 0;
    },
    configured(): Array<{ provider: string; environment: string }> {
      return all.all();
    },
  };
}
