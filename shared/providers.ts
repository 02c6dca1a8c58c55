import type { ProviderId } from './providers/provider-ids.js';

/** What the app says about each provider before any credentials exist (DESIGN.md table). */
export const providerCatalog: ReadonlyArray<{
  id: ProviderId;
  name: string;
  currency: 'VND' | 'THB';
  operation: string;
}> = [
  { id: 'hitechpay', name: 'HiTechPAY', currency: 'VND', operation: 'Wallet top-up' },
  { id: 'smilepayz', name: 'SmilePayz', currency: 'VND', operation: 'Pay-out to bank or e-wallet' },
  { id: 'haipay', name: 'HaiPay', currency: 'THB', operation: 'Pay-out to bank or e-wallet' },
  { id: 'appotapay', name: 'AppotaPay', currency: 'VND', operation: 'Transfer to bank account or card' },
];
