import type { addressRules } from '../../../shared/api.js';
import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { isPublishedAddress } from './published-addresses.js';

export type AddressRule = (typeof addressRules)[number];

export type AddressVerdict =
  | { readonly ok: false; readonly rule: AddressRule; readonly host: string | null }
  | { readonly ok: true; readonly url: URL; readonly published: boolean };

/**
 * What an address may be, before anyone is asked: https, or plain http to this computer only
 * (a test server); nothing in it that could carry a credential or change the request (user
 * name, password, query, fragment); and in Practice, only this computer, where the simulators
 * run. `published` says whether it is one of the provider's own hosts for that environment.
 */
export function classifyAddress(provider: ProviderId, environment: Environment, text: string): AddressVerdict {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, rule: 'not_a_url', host: null };
  }
  const loopback = isLoopbackHost(url.hostname);
  // Only the host is repeated back: the rest of a refused address may hold a password.
  const host = url.host === '' ? null : url.host;
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && loopback))) return { ok: false, rule: 'https_only', host };
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#')) return { ok: false, rule: 'no_extras', host };
  if (environment === 'practice') return loopback ? { ok: true, url, published: false } : { ok: false, rule: 'practice_loopback_only', host };
  return { ok: true, url, published: isPublishedAddress(provider, environment, url) };
}

/**
 * IP literals only, as the URL parser normalises them (127.1 and 0x7f.0.0.1 become 127.0.0.1):
 * a name such as localhost resolves however the machine's hosts file says.
 */
export function isLoopbackHost(hostname: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname === '[::1]';
}

/** The form an address is shown and compared in: the URL parser's, without a trailing slash. */
export function addressText(url: URL): string {
  return url.href.replace(/\/$/, '');
}
