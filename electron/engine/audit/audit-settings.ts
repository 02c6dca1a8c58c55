import { credentialFields, type SecretStatus } from '../../../shared/credentials/credential-fields.js';
import type { AuditDetails } from '../../../shared/audit/audit-actions.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { RuleLimits } from '../../../shared/providers/rule-limits.js';
import { publicKeyFingerprint } from '../keys/fingerprint.js';
import { parsePublicKey } from '../keys/parse-key.js';

/** A provider's stored (non-secret) settings, as the settings store gives them. */
export type Settings = Readonly<Record<string, string | number | undefined>>;

/** Settings whose values say nothing about an account and are kept as numbers. */
const connectionNumbers = new Set(['connectTimeoutMs', 'responseTimeoutMs', 'concurrency', 'ratePerSecond']);
/** Every setting a provider may store, by name: anything else is not named in the log. */
const settingNames = new Set(['baseUrl', 'appId', 'paymentId', 'merchantId', 'partnerCode', 'platformPublicKey', 'balanceAccountNo', ...connectionNumbers]);

/** The secrets now set, each by name and fingerprint (the keychain's values never leave it). */
export function secretsOf(secrets: readonly SecretStatus[]): string | null {
  const set = secrets.filter((s) => s.set).map((s) => `${s.field} ${s.fingerprint ?? ''}`.trim());
  return set.length ? set.join(', ') : null;
}

/**
 * What a change of settings changed, as the log keeps it: the names of the fields changed; the
 * address (a URL without credentials, as the destination guard allows) from → to; the new
 * verification key by fingerprint; connection numbers from → to. Ids are named, not quoted.
 */
export function settingChanges(before: Settings, after: Settings): AuditDetails {
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => settingNames.has(name) && before[name] !== after[name]).sort();
  const details: AuditDetails = { settings: changed.length ? changed.join(', ') : null };
  if (changed.includes('baseUrl')) details.address = `${String(before['baseUrl'] ?? '—')} → ${String(after['baseUrl'] ?? '—')}`;
  if (changed.includes('platformPublicKey')) details.verificationKey = keyFingerprint(after['platformPublicKey']);
  const numbers = changed.filter((name) => connectionNumbers.has(name)).map((name) => `${name} ${String(before[name] ?? '—')} → ${String(after[name] ?? '—')}`);
  if (numbers.length) details.changes = numbers.join('; ');
  return details;
}

/** A creds file's import: the settings it changed (its secrets are named by `secretsOf`). */
export function keyChanges(provider: ProviderId, before: Settings, after: Settings): AuditDetails {
  const known = new Set<string>([...credentialFields[provider].settings, 'baseUrl']);
  const kept = (settings: Settings): Settings => Object.fromEntries(Object.entries(settings).filter(([name]) => known.has(name)));
  return settingChanges(kept(before), kept(after));
}

/** The limits changed, each from → to; the default description is named, not quoted. */
export function changedLimits(before: RuleLimits, after: RuleLimits): string | null {
  const names = (Object.keys(after) as Array<keyof RuleLimits>).filter((name) => before[name] !== after[name]).sort();
  const said = names.map((name) => (name === 'defaultDescription' ? name : `${name} ${String(before[name])} → ${String(after[name])}`));
  return said.length ? said.join('; ') : null;
}

function keyFingerprint(value: string | number | undefined): string | null {
  if (typeof value !== 'string') return null;
  const key = parsePublicKey(value);
  return key ? publicKeyFingerprint(key) : null;
}
