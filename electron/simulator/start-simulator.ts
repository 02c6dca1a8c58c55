import type { ProviderId } from '../../shared/providers/provider-ids.js';
import { startAppotapaySim } from './appotapay/appotapay-sim.js';
import { startHaipaySim } from './haipay/haipay-sim.js';
import type { Captures } from './hitechpay/hitechpay-sim-captures.js';
import { startHitechpaySim } from './hitechpay/hitechpay-sim.js';
import { simKey, type SimCredentials } from './sim-credentials.js';
import type { Faults } from './sim-faults.js';
import type { Holders } from './sim-holders.js';
import type { Ledger } from './sim-ledger.js';
import type { Simulator } from './sim-server.js';
import { startSmilepayzSim } from './smilepayz/smilepayz-sim.js';

/**
 * Any provider's simulator, started with the credentials generated for it.
 * `holders`: who holds each account or wallet, for the providers that answer name questions.
 * `captures`: what each payment captured, for the providers whose refunds are checked against it.
 */
export async function startSimulator(provider: ProviderId, credentials: SimCredentials, faults: Faults, port = 0): Promise<Simulator & { ledger: Ledger; holders?: Holders; captures?: Pick<Captures, 'learn'>; refunds?: Ledger }> {
  const s = credentials.sim.secrets;
  switch (provider) {
    case 'hitechpay':
      return startHitechpaySim({ appId: s['appId'] ?? '', paymentId: s['paymentId'] ?? '', key1: s['key1'] ?? '', merchantPublicKey: simKey(credentials, 'merchantPublicKey') }, faults, port);
    case 'smilepayz':
      return startSmilepayzSim({ merchantId: s['merchantId'] ?? '', merchantSecret: s['merchantSecret'] ?? '', merchantPublicKey: simKey(credentials, 'merchantPublicKey') }, faults, port);
    case 'haipay':
      return startHaipaySim({ appId: s['appId'] ?? '', secretKey: s['secretKey'] ?? '', merchantPublicKey: simKey(credentials, 'merchantPublicKey'), platformPrivateKey: simKey(credentials, 'platformPrivateKey') }, faults, port);
    case 'appotapay':
      return startAppotapaySim({ partnerCode: s['partnerCode'] ?? '', apiKey: s['apiKey'] ?? '', secretKey: s['secretKey'] ?? '' }, faults, port);
  }
}
