import { z } from 'zod';

/**
 * Limits a merchant's channel may set lower than the provider's published ones: settings with
 * these defaults (from the providers' pages), never constants in the rules.
 */
export const ruleLimitsSchema = z.object({
  minAmount: z.number().int().nonnegative(),
  maxAmount: z.number().int().positive(),
  descriptionMax: z.number().int().positive(),
  /** Sent when a row has no description (SmilePayz requires a purpose). */
  defaultDescription: z.string().max(64),
  /** AppotaPay: who pays the transfer fee. */
  feeType: z.enum(['payer', 'receiver']),
});

export type RuleLimits = z.infer<typeof ruleLimitsSchema>;

// Kept apart from the schema, so that reading the defaults (paybatch validate) does not load zod.
export { defaultRuleLimits } from './default-rule-limits.js';
