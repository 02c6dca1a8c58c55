import type { RuleLimits } from './rule-limits.js';

/** The providers' published limits: the settings' defaults (rule-limits.ts says what each means). */
export const defaultRuleLimits = {
  // HiTechPAY's description limit is not published; ZaloPay's order description allows 256.
  hitechpay: { minAmount: 1, maxAmount: 50_000_000, descriptionMax: 256, defaultDescription: 'Chi luong', feeType: 'payer' },
  // SmilePayz's 50,000–5,000,000 is "for reference only": under minAmount is a warning in its rules.
  smilepayz: { minAmount: 50_000, maxAmount: 5_000_000, descriptionMax: 64, defaultDescription: 'Chi luong', feeType: 'payer' },
  // Satang: 1.00 to 2,000,000.00 THB unless the channel says otherwise.
  haipay: { minAmount: 100, maxAmount: 200_000_000, descriptionMax: 128, defaultDescription: 'Salary', feeType: 'payer' },
  appotapay: { minAmount: 1, maxAmount: 500_000_000, descriptionMax: 100, defaultDescription: 'Chi luong', feeType: 'payer' },
} as const satisfies Record<string, RuleLimits>;
