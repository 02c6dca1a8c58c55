import { z } from 'zod';
import { methodNames, type MethodName } from './api-methods.js';
import { eventSchema } from './events.js';
import { savedMappingSchema } from './import/mapping-file.js';
import { batchMethods } from './batches/batch-contract.js';
import { sendMethods } from './send/send-contract.js';
import { reportMethods } from './reports/report-contract.js';
import { auditMethods } from './audit/audit-contract.js';
import { providerIds, type ProviderId } from './providers/provider-ids.js';
import { ruleLimitsSchema } from './providers/rule-limits.js';
import { environmentSchema, secretStatusSchema } from './credentials/credential-fields.js';

/**
 * The single source of truth for what the renderer may ask of the main process: for each
 * method, the schema its input must satisfy (parsed on the trusted side before anything runs)
 * and the schema of what it returns (checked by the contract tests).
 */
function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O): { input: I; output: O } {
  return { input, output };
}

export const providerIdSchema = z.enum(providerIds);

const providerInfoSchema = z.object({
  id: providerIdSchema,
  name: z.string(),
  currency: z.enum(['VND', 'THB']),
  operation: z.string(),
});

/**
 * A change to where money or keys go (a provider address, the key that verifies its answers)
 * or to a limit above the provider's published maximum, as the accountant is asked to confirm
 * it: addresses as URLs, keys by fingerprint, limits in minor units or characters.
 */
export const destinationChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('address'), from: z.string().nullable(), to: z.string(), published: z.boolean() }),
  z.object({ kind: z.literal('verification_key'), from: z.string().nullable(), to: z.string() }),
  z.object({ kind: z.literal('limit'), field: z.enum(['maxAmount', 'descriptionMax']), from: z.number(), to: z.number(), publishedMax: z.number() }),
]);
export type DestinationChange = z.infer<typeof destinationChangeSchema>;

export const addressRules = ['not_a_url', 'https_only', 'no_extras', 'practice_loopback_only'] as const;

/**
 * The parameters of a refused change, beside its English message: what a translated view
 * needs to say it again (`address_not_allowed` can never be confirmed; the others could be).
 */
export const changeRefusalSchema = z.union([
  z.object({ reason: z.literal('address_not_allowed'), provider: providerIdSchema, environment: environmentSchema, rule: z.enum(addressRules), host: z.string().nullable() }),
  z.object({ reason: z.literal('address_unconfirmed'), provider: providerIdSchema, environment: environmentSchema, host: z.string() }),
  z.object({
    reason: z.enum(['confirmation_unavailable', 'confirmation_declined', 'confirmation_busy']),
    provider: providerIdSchema,
    /** null for limits, which are per provider. */
    environment: environmentSchema.nullable(),
    changes: z.array(destinationChangeSchema).min(1),
  }),
]);
export type ChangeRefusal = z.infer<typeof changeRefusalSchema>;

export const api = {
  'app.info': method(
    z.object({}).strict(),
    z.object({
      name: z.string(),
      version: z.string(),
      dataDir: z.string(),
      transport: z.enum(['ipc', 'http']),
      providers: z.array(providerInfoSchema),
    }),
  ),
  'mapping.find': method(
    z.object({ signature: z.string().min(1).max(10_000) }).strict(),
    savedMappingSchema.extend({ savedAt: z.string() }).nullable(),
  ),
  'mapping.save': method(savedMappingSchema.extend({ signature: z.string().min(1).max(10_000) }).strict(), z.object({ savedAt: z.string() })),
  'limits.get': method(z.object({ provider: providerIdSchema }).strict(), ruleLimitsSchema),
  'limits.set': method(z.object({ provider: providerIdSchema, limits: ruleLimitsSchema }).strict(), ruleLimitsSchema),
  ...batchMethods,
  ...sendMethods,
  ...reportMethods,
  ...auditMethods,
  'keys.status': method(
    z.object({ provider: providerIdSchema.optional(), environment: environmentSchema.optional() }).strict(),
    z.array(z.object({ provider: providerIdSchema, environment: environmentSchema, secrets: z.array(secretStatusSchema), settings: z.record(z.string(), z.union([z.string(), z.number()])) })),
  ),
  /** The one way a secret crosses from the renderer: into the keychain. It never comes back. */
  'keys.setSecret': method(
    z.object({ provider: providerIdSchema, environment: environmentSchema, field: z.string().min(1).max(64), value: z.string().min(1).max(20_000) }).strict(),
    z.object({ provider: providerIdSchema, environment: environmentSchema, secrets: z.array(secretStatusSchema) }),
  ),
  /** A creds.json read in the window: its secrets go to the keychain, the rest to settings. */
  'keys.import': method(
    z.object({ provider: providerIdSchema, environment: environmentSchema, creds: z.record(z.string(), z.union([z.string().max(20_000), z.number()])) }).strict(),
    z.object({ provider: providerIdSchema, environment: environmentSchema, secrets: z.array(secretStatusSchema) }),
  ),
  'keys.setSettings': method(
    z.object({ provider: providerIdSchema, environment: environmentSchema, settings: z.record(z.string(), z.union([z.string().max(20_000), z.number()])) }).strict(),
    z.object({ settings: z.record(z.string(), z.union([z.string(), z.number()])) }),
  ),
  /** A balance query with the stored credentials: proves address, keys and signatures work. */
  'connection.test': method(
    z.object({ provider: providerIdSchema, environment: environmentSchema }).strict(),
    z.object({ balanceMinor: z.number().int(), currency: z.enum(['VND', 'THB']) }),
  ),
  'keys.remove': method(z.object({ provider: providerIdSchema, environment: environmentSchema }).strict(), z.object({ removed: z.number().int() })),
} satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

// Both directions: the list the preload bundles names exactly the methods defined above.
type Missing = Exclude<MethodName, keyof typeof api>;
type Extra = Exclude<keyof typeof api, MethodName>;
const contractMatchesMethodList: [Missing, Extra] extends [never, never] ? true : false = true;
void contractMatchesMethodList;

export type Api = typeof api;
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return (methodNames as readonly string[]).includes(name);
}

export { methodNames, eventSchema, providerIds };
export type { MethodName, ProviderId };
