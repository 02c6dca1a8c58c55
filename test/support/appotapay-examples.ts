import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { providerExample } from './canned-provider.js';

/** AppotaPay's published examples, verbatim (test/fixtures/providers/appotapay/README.md). */
export const appotapayExampleNames = ['transfer.request.json', 'transfer-sandbox.request.json', 'transfer.response.json', 'transaction-status.response.json', 'account-info.request.json', 'account-info.response.json'] as const;

export type AppotapayExampleName = (typeof appotapayExampleNames)[number];

const folder = new URL('../fixtures/providers/appotapay/', import.meta.url);

export function appotapayExample(name: AppotapayExampleName): Record<string, unknown> {
  return providerExample('appotapay', name);
}

/** The string the security page says each example signs. */
export function documentedStringToSign(name: AppotapayExampleName): string {
  const strings = JSON.parse(readFileSync(new URL('strings-to-sign.json', folder), 'utf8')) as Record<string, string>;
  const text = strings[name];
  if (text === undefined) throw new Error(`no documented string for ${name}`);
  return text;
}

/** The example with a real signature in place of the published placeholder: HMAC of the documented string. */
export function signedExample(name: AppotapayExampleName, secretKey: string): Record<string, unknown> {
  return { ...appotapayExample(name), signature: createHmac('sha256', secretKey).update(documentedStringToSign(name), 'utf8').digest('hex') };
}
