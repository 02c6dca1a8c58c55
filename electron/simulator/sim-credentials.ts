import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { ProviderId } from '../../shared/providers/provider-ids.js';
import { exampleMerchantAccountNo } from './smilepayz/smilepayz-sim-wire.js';

export type SimCredentials = {
  /** The merchant's side, as a creds.json for `paybatch keys import` (without baseUrl). */
  readonly creds: Record<string, string>;
  /** The simulator's side: what it checks our requests with and signs its answers with. */
  readonly sim: { merchantPublicKey: KeyObject; platformPrivateKey: KeyObject; secrets: Record<string, string> };
};

/** Fresh test credentials for one simulator run: key pairs and secrets nobody else has. */
export function generateSimCredentials(provider: ProviderId): SimCredentials {
  const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const secret = () => randomBytes(24).toString('base64url');
  const privatePem = merchant.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const platformPublicPem = platform.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const sim = { merchantPublicKey: merchant.publicKey, platformPrivateKey: platform.privateKey };
  switch (provider) {
    case 'hitechpay': {
      const secrets = { appId: '2553', paymentId: 'PRACTICE-PMT', key1: secret(), key2: secret() };
      return { creds: { ...secrets, privateKey: privatePem }, sim: { ...sim, secrets } };
    }
    case 'smilepayz': {
      const secrets = { merchantId: '20001', merchantSecret: secret() };
      return { creds: { ...secrets, privateKey: privatePem, platformPublicKey: platformPublicPem, balanceAccountNo: exampleMerchantAccountNo }, sim: { ...sim, secrets } };
    }
    case 'haipay': {
      const secrets = { appId: '1102', secretKey: secret() };
      return { creds: { ...secrets, privateKey: privatePem, platformPublicKey: platformPublicPem }, sim: { ...sim, secrets } };
    }
    case 'appotapay': {
      const secrets = { partnerCode: 'PRACTICE', apiKey: secret(), secretKey: secret() };
      return { creds: secrets, sim: { ...sim, secrets } };
    }
  }
}
