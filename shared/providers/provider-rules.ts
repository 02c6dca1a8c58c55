import { createBankResolver, type BankResolution } from '../banks/resolve-bank.js';
import { appotapayBankCodes } from '../banks/codes/appotapay-bank-codes.js';
import { haipayBankCodes } from '../banks/codes/haipay-bank-codes.js';
import { smilepayzBankCodes } from '../banks/codes/smilepayz-bank-codes.js';
import { thailandBanks } from '../banks/thailand-banks.js';
import { vietnamBanks } from '../banks/vietnam-banks.js';
import type { ProviderId } from './provider-ids.js';
import type { ProviderRules } from './rule-context.js';
import { appotapayRules } from './rules-appotapay.js';
import { haipayRules } from './rules-haipay.js';
import { hitechpayRules } from './rules-hitechpay.js';
import { hitechpayRefundRules } from './rules-hitechpay-refund.js';
import type { Operation } from './operations.js';
import { smilepayzRules } from './rules-smilepayz.js';

export const providerRules: Readonly<Record<ProviderId, ProviderRules>> = {
  hitechpay: hitechpayRules,
  smilepayz: smilepayzRules,
  haipay: haipayRules,
  appotapay: appotapayRules,
};

const refundRules: Readonly<Partial<Record<ProviderId, ProviderRules>>> = { hitechpay: hitechpayRefundRules };

/** A provider's rules for one operation: its payouts' (providerRules), or its refunds'. */
export function rulesFor(provider: ProviderId, operation: Operation): ProviderRules {
  if (operation === 'payout') return providerRules[provider];
  const rules = refundRules[provider];
  if (!rules) throw new Error(`${provider} offers no ${operation}`);
  return rules;
}

const resolvers: Readonly<Record<ProviderId, (written: string) => BankResolution>> = {
  hitechpay: () => ({ ok: false, reason: 'not_supported', suggestions: [] }),
  smilepayz: createBankResolver({ entries: vietnamBanks, codes: smilepayzBankCodes }),
  appotapay: createBankResolver({ entries: vietnamBanks, codes: appotapayBankCodes }),
  haipay: createBankResolver({ entries: thailandBanks, codes: haipayBankCodes }),
};

export function bankResolverFor(provider: ProviderId): (written: string) => BankResolution {
  return resolvers[provider];
}
