import { reserved } from '../reserved-values.js';
import { zpTransIdMax, zpTransIdPattern } from './hitechpay-sim-wire.js';

/**
 * What an untaught transaction captured, in VND: large enough that the refunds of any test or
 * practice sheet fit under it, so only the reserved small capture shows the refused path.
 */
export const defaultCapturedMinor = 50_000_000;

/** What ZaloPay knows of a zp_trans_id a refund names. */
export type Capture = { readonly kind: 'captured'; readonly capturedMinor: number } | { readonly kind: 'malformed' } | { readonly kind: 'missing' };

/**
 * The payments ZaloPay captured, as its refund desk would look them up. Unless told (Practice
 * tells it what each transaction of the batch it is about to refund captured, as ZaloPay knows
 * its own payments), every well-formed zp_trans_id captured `defaultCapturedMinor`; the reserved
 * values keep their path whatever was taught, so they always walk it.
 */
export function createCaptures() {
  const learned = new Map<string, number>();
  return {
    captureOf(zpTransId: string): Capture {
      if (!zpTransIdPattern.test(zpTransId) || BigInt(zpTransId) > zpTransIdMax) return { kind: 'malformed' };
      if (zpTransId === reserved.zpTransWithoutPayment) return { kind: 'missing' };
      if (zpTransId === reserved.zpTransOfSmallCapture) return { kind: 'captured', capturedMinor: reserved.smallCapturedMinor };
      return { kind: 'captured', capturedMinor: learned.get(zpTransId) ?? defaultCapturedMinor };
    },
    learn(entries: Iterable<readonly [zpTransId: string, capturedMinor: number]>): void {
      for (const [zpTransId, capturedMinor] of entries) {
        // A payment captures whole VND; anything else is a caller's mistake, not a payment.
        if (!Number.isSafeInteger(capturedMinor) || capturedMinor < 0) throw new RangeError(`captured amount of ${zpTransId} must be a whole number of VND, not ${capturedMinor}`);
        learned.set(zpTransId, capturedMinor);
      }
    },
  };
}

export type Captures = ReturnType<typeof createCaptures>;
