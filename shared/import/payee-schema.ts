import { z } from 'zod';
import { payeeFields } from './model.js';

const text = z.string().max(2000).nullable();

/** A payee crossing into the main process: checked field by field, never trusted as sent. */
export const payeeSchema = z
  .object({
    name: text,
    accountNo: text,
    accountType: text,
    bank: text,
    amount: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable(),
    currency: z.enum(['VND', 'THB']),
    phone: text,
    email: text,
    description: text,
    reference: text,
    partnerUserId: text,
    transactionId: text,
    refundFee: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).nullable(),
  })
  .strict();

export const sourcesSchema = z.partialRecord(z.enum(payeeFields), z.string().max(500));
