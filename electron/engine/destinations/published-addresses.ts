import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';

/**
 * The base addresses each provider publishes (PROVIDERS.md), the only ones taken without the
 * accountant's confirmation. HiTechPAY's and HaiPay's production hosts come with the contract,
 * so every production address for them is confirmed by hand. AppotaPay's older accounts use
 * the ebill hosts.
 */
export const publishedAddresses: Readonly<Record<ProviderId, Readonly<Record<Exclude<Environment, 'practice'>, readonly string[]>>>> = {
  hitechpay: { sandbox: ['https://sb-openapi.hitechpay.vn/v2'], production: [] },
  smilepayz: { sandbox: ['https://sandbox-gateway.smilepayz.com'], production: ['https://gateway.smilepayz.com'] },
  haipay: { sandbox: ['https://uat-interface.haipay.asia'], production: [] },
  appotapay: { sandbox: ['https://gateway.dev.appotapay.com', 'https://ebill.dev.appotapay.com'], production: ['https://gateway.appotapay.com', 'https://ebill.appotapay.com'] },
};

/** By host: a path on the provider's own server cannot send money anywhere else. */
export function isPublishedAddress(provider: ProviderId, environment: Environment, url: URL): boolean {
  if (environment === 'practice' || url.protocol !== 'https:') return false;
  return publishedAddresses[provider][environment].some((published) => new URL(published).host === url.host);
}
