import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { defaultRuleLimits, ruleLimitsSchema, type RuleLimits } from '../../../shared/providers/rule-limits.js';
import type { Db } from './database.js';

/** A merchant's channel limits per provider: the published defaults until set otherwise. */
export function createLimitsStore(db: Db) {
  const read = db.prepare<[string], { limits_json: string }>('SELECT limits_json FROM rule_limits WHERE provider = ?');
  const write = db.prepare('INSERT INTO rule_limits (provider, limits_json, updated_at) VALUES (?, ?, ?) ON CONFLICT(provider) DO UPDATE SET limits_json = excluded.limits_json, updated_at = excluded.updated_at');
  return {
    get(provider: ProviderId): RuleLimits {
      const row = read.get(provider);
      const stored = row ? ruleLimitsSchema.safeParse(JSON.parse(row.limits_json)) : null;
      return stored?.success ? stored.data : { ...defaultRuleLimits[provider] };
    },
    set(provider: ProviderId, limits: RuleLimits): RuleLimits {
      write.run(provider, JSON.stringify(limits), new Date().toISOString());
      return limits;
    },
  };
}
