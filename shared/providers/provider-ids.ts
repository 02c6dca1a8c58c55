export const providerIds = ['hitechpay', 'smilepayz', 'haipay', 'appotapay'] as const;
export type ProviderId = (typeof providerIds)[number];
