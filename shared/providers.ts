import { providerIds, type ProviderId } from './providers/provider-ids.js';
import { providerRules } from './providers/provider-rules.js';

const operations: Readonly<Record<ProviderId, string>> = {
  hitechpay: 'Wallet top-up',
  smilepayz: 'Pay-out to bank or e-wallet',
  haipay: 'Pay-out to bank or e-wallet',
  appotapay: 'Transfer to bank account or card',
};

/** What the app says about each provider before any credentials exist (DESIGN.md table). */
export const providerCatalog = providerIds.map((id) => ({ id, name: providerRules[id].name, currency: providerRules[id].currency, operation: operations[id] }));
