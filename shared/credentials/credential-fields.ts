import { z } from 'zod';
import type { MessageId } from '../i18n/messages/index.js';
import type { Translator } from '../i18n/translator.js';
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
 * What Settings calls each field, by catalogue id. The stored and wire names stay as the
 * providers' documents write them (they are what creds.json files hold); the accountant reads words.
 */
export const credentialLabelIds = {
  baseUrl: 'settings.credential.baseUrl',
  key1: 'settings.credential.key1',
  key2: 'settings.credential.key2',
  privateKey: 'settings.credential.privateKey',
  appId: 'settings.credential.appId',
  paymentId: 'settings.credential.paymentId',
  merchantSecret: 'settings.credential.merchantSecret',
  merchantId: 'settings.credential.merchantId',
  platformPublicKey: 'settings.credential.platformPublicKey',
  balanceAccountNo: 'settings.credential.balanceAccountNo',
  secretKey: 'settings.credential.secretKey',
  apiKey: 'settings.credential.apiKey',
  partnerCode: 'settings.credential.partnerCode',
} as const satisfies Record<CredentialField, MessageId>;

/** A field's label in the reader's language; a name Settings does not know is shown as it is rather than hidden. */
export function credentialLabel(tr: Translator, field: string): string {
  return isCredentialField(field) ? tr.t(credentialLabelIds[field]) : field;
}

function isCredentialField(field: string): field is CredentialField {
  return Object.hasOwn(credentialLabelIds, field);
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
