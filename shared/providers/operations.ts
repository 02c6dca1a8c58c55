import type { ProviderId } from './provider-ids.js';

/**
 * What a batch does with each row: pay it out (every provider) or refund a captured payment
 * (HiTechPAY, DESIGN.md "Model"). Both go through the same review, journal and runner.
 */
export const operations = ['payout', 'refund'] as const;
export type Operation = (typeof operations)[number];

const offered: Readonly<Record<ProviderId, readonly Operation[]>> = {
  hitechpay: ['payout', 'refund'],
  smilepayz: ['payout'],
  haipay: ['payout'],
  appotapay: ['payout'],
};

/** The operations a provider offers, its payout first. */
export function operationsOf(provider: ProviderId): readonly Operation[] {
  return offered[provider];
}

export function offers(provider: ProviderId, operation: Operation): boolean {
  return offered[provider].includes(operation);
}
