import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import type { ProviderId } from '../../shared/providers/provider-ids.js';
import { exampleMerchantAccountNo } from './smilepayz/smilepayz-sim-wire.js';

export type SimCredentials = {
  /** The merchant's side, as a creds.json for `paybatch keys import` (without baseUrl). */
  readonly creds: Record<string, string>;
  /**
   * The simulator's side: what it checks our requests with and signs its answers with. Only the
   * keys the provider's scheme uses: AppotaPay signs with shared secrets, HiTechPAY's answers
   * are not signed.
   */
  readonly sim: { merchantPublicKey?: KeyObject; platformPrivateKey?: KeyObject; secrets: Record<string, string> };
};

// An RSA-2048 pair costs a quarter to a whole second of CPU: Practice starts, and every test
// that starts a simulator, pay only for the pairs their provider signs with.
const rsaPair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const privatePem = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }).toString();
const publicPem = (key: KeyObject) => key.export({ format: 'pem', type: 'spki' }).toString();

/** Fresh test credentials for one simulator run: key pairs and secrets nobody else has. */
export function generateSimCredentials(provider: ProviderId): SimCredentials {
  const secret = () => randomBytes(24).toString('base64url');
  switch (provider) {
    case 'hitechpay': {
      const merchant = rsaPair();
      const secrets = { appId: '2553', paymentId: 'PRACTICE-PMT', key1: secret(), key2: secret() };
      return { creds: { ...secrets, privateKey: privatePem(merchant.privateKey) }, sim: { merchantPublicKey: merchant.publicKey, secrets } };
    }
    case 'smilepayz': {
      const [merchant, platform] = [rsaPair(), rsaPair()];
      const secrets = { merchantId: '20001', merchantSecret: secret() };
      const creds = { ...secrets, privateKey: privatePem(merchant.privateKey), platformPublicKey: publicPem(platform.publicKey), balanceAccountNo: exampleMerchantAccountNo };
      return { creds, sim: { merchantPublicKey: merchant.publicKey, platformPrivateKey: platform.privateKey, secrets } };
    }
    case 'haipay': {
      const [merchant, platform] = [rsaPair(), rsaPair()];
      const secrets = { appId: '1102', secretKey: secret() };
      const creds = { ...secrets, privateKey: privatePem(merchant.privateKey), platformPublicKey: publicPem(platform.publicKey) };
      return { creds, sim: { merchantPublicKey: merchant.publicKey, platformPrivateKey: platform.privateKey, secrets } };
    }
    case 'appotapay': {
      const secrets = { partnerCode: 'PRACTICE', apiKey: secret(), secretKey: secret() };
      return { creds: secrets, sim: { secrets } };
    }
  }
}

/** The key a simulator cannot start without; credentials for another provider lack it. */
export function simKey(credentials: SimCredentials, key: 'merchantPublicKey' | 'platformPrivateKey'): KeyObject {
  const found = credentials.sim[key];
  if (!found) throw new Error(`These simulator credentials have no ${key}: they were made for a provider that does not sign with it.`);
  return found;
}
