import { z } from 'zod';
import type { ProviderId } from '../providers/provider-ids.js';

export const environments = ['practice', 'sandbox', 'production'] as const;
export type Environment = (typeof environments)[number];
export const environmentSchema = z.enum(environments);

/**
 * Each provider's credentials, split by where they live: secrets only ever in the OS keychain
 * (account `<provider>/<environment>/<field>`), the rest in the engine's settings. A platform
 * public key is not a secret, so it is a setting.
 */
export const credentialFields = {
  hitechpay: { secrets: ['key1', 'key2', 'privateKey'], settings: ['appId', 'paymentId'] },
  smilepayz: { secrets: ['merchantSecret', 'privateKey'], settings: ['merchantId', 'platformPublicKey', 'balanceAccountNo'] },
  haipay: { secrets: ['secretKey', 'privateKey'], settings: ['appId', 'platformPublicKey'] },
  appotapay: { secrets: ['apiKey', 'secretKey'], settings: ['partnerCode'] },
} as const satisfies Record<ProviderId, { secrets: readonly string[]; settings: readonly string[] }>;

/** Every stored field name, and the server address every provider has. */
export type CredentialField = (typeof credentialFields)[ProviderId]['secrets' | 'settings'][number] | 'baseUrl';

/**
 * What Settings calls each field. The stored and wire names stay as the providers' documents
 * write them (they are what creds.json files hold); the accountant reads words.
 */
export const credentialLabels: Readonly<Record<CredentialField, string>> = {
  baseUrl: 'Server address',
  key1: 'Key 1 (signs requests)',
  key2: 'Key 2 (checks callbacks)',
  privateKey: 'Private key (signs requests)',
  appId: 'App ID',
  paymentId: 'Payment ID',
  merchantSecret: 'Merchant secret',
  merchantId: 'Merchant ID',
  platformPublicKey: 'Provider’s public key (checks its answers)',
  balanceAccountNo: 'Balance account number',
  secretKey: 'Secret key',
  apiKey: 'API key',
  partnerCode: 'Partner code',
};

/** A field's label; a name Settings does not know is shown as it is rather than hidden. */
export function credentialLabel(field: string): string {
  return isCredentialField(field) ? credentialLabels[field] : field;
}

function isCredentialField(field: string): field is CredentialField {
  return Object.hasOwn(credentialLabels, field);
}

export type SecretField<P extends ProviderId> = (typeof credentialFields)[P]['secrets'][number];

const nonEmpty = z.string().trim().min(1).max(20_000);

/** A creds.json file as `paybatch keys import` and the simulators' `--creds-out` write it. */
export const credsFileSchemas = {
  hitechpay: z.object({ appId: z.union([nonEmpty, z.number().int()]).transform(String), paymentId: nonEmpty, key1: nonEmpty, key2: nonEmpty, privateKey: nonEmpty, baseUrl: z.url().optional() }).strict(),
  smilepayz: z.object({ merchantId: nonEmpty, merchantSecret: nonEmpty, privateKey: nonEmpty, platformPublicKey: nonEmpty, balanceAccountNo: nonEmpty.optional(), baseUrl: z.url().optional() }).strict(),
  haipay: z.object({ appId: z.union([nonEmpty, z.number().int()]).transform(String), secretKey: nonEmpty, privateKey: nonEmpty, platformPublicKey: nonEmpty, baseUrl: z.url().optional() }).strict(),
  appotapay: z.object({ partnerCode: nonEmpty, apiKey: nonEmpty, secretKey: nonEmpty, baseUrl: z.url().optional() }).strict(),
} as const satisfies Record<ProviderId, z.ZodType>;

export function keychainAccount(provider: ProviderId, environment: Environment, field: string): string {
  return `${provider}/${environment}/${field}`;
}

/** What the renderer may know of a secret: whether it is set, and a short fingerprint. */
export const secretStatusSchema = z.object({ field: z.string(), set: z.boolean(), fingerprint: z.string().nullable() });
export type SecretStatus = z.infer<typeof secretStatusSchema>;
