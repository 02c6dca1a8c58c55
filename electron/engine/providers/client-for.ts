import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import type { RuleLimits } from '../../../shared/providers/rule-limits.js';
import { publishedAddresses } from '../destinations/published-addresses.js';
import { EngineError } from '../engine-error.js';
import type { Credentials } from '../keys/credentials.js';
import { parsePrivateKey, parsePublicKey } from '../keys/parse-key.js';
import type { ProviderSettings } from '../store/provider-settings.js';
import { createAppotapayClient } from './appotapay/appotapay-client.js';
import { createHaipayClient } from './haipay/haipay-client.js';
import { createHitechpayClient } from './hitechpay/hitechpay-client.js';
import { createHttpTransport, type HttpTransport } from './http-transport.js';
import type { ProviderClient, RefundSender } from './payout-outcome.js';
import { hitechpayRefundSender } from './hitechpay/hitechpay-refund-sender.js';
import { createSmilepayzClient } from './smilepayz/smilepayz-client.js';
import { keysImportCommand } from '../../../shared/credentials/keys-import-command.js';

/**
 * A provider client for one environment, from the keychain's secrets and the stored settings.
 * Secrets are read here, in the main process, and go no further than the signing code.
 * `limits` are the merchant's stored ones: AppotaPay's feeType is sent as set there.
 */
export async function clientFor(
  provider: ProviderId,
  environment: Environment,
  credentials: Pick<Credentials, 'secret'>,
  settings: ProviderSettings,
  limits: Pick<RuleLimits, 'feeType'>,
  /** The send journal wraps the transport to keep every request and answer, redacted. */
  wrap: (http: HttpTransport) => HttpTransport = (http) => http,
): Promise<{ client: ProviderClient; http: HttpTransport; refunds?: RefundSender }> {
  // Without a stored address, the provider's first published one (none for Practice).
  const baseUrl = settings.baseUrl ?? (environment === 'practice' ? undefined : publishedAddresses[provider][environment][0]);
  if (!baseUrl) throw new EngineError('unavailable', `There is no address for ${provider} (${environment}). Import its credentials with a baseUrl, or set it in Settings.`, undefined, { reason: 'no_address', provider, environment });
  const need = (value: string | undefined, field: string): string => {
    if (!value) {
      const command = keysImportCommand(provider, environment);
      throw new EngineError('unavailable', `The ${provider} ${field} for ${environment} is not set. Import the credentials again (${command}).`, undefined, { reason: 'setting_not_set', provider, field, environment, command });
    }
    return value;
  };
  const privateKey = async () => {
    const key = parsePrivateKey(await credentials.secret(provider, environment, 'privateKey'));
    if (!key) throw new EngineError('unavailable', `The ${provider} private key in the keychain cannot be read. Import it again.`, undefined, { reason: 'stored_private_key_unreadable', provider });
    return key;
  };
  const platformKey = () => {
    const key = parsePublicKey(need(settings.platformPublicKey, 'platformPublicKey'));
    if (!key) throw new EngineError('unavailable', `The ${provider} platform public key cannot be read. Import the credentials again.`, undefined, { reason: 'stored_platform_key_unreadable', provider });
    return key;
  };
  const http = wrap(createHttpTransport({ ...(settings.connectTimeoutMs ? { connectTimeoutMs: settings.connectTimeoutMs } : {}), ...(settings.responseTimeoutMs ? { responseTimeoutMs: settings.responseTimeoutMs } : {}) }));
  switch (provider) {
    case 'hitechpay': {
      const appId = need(settings.appId, 'appId');
      const client = createHitechpayClient({ baseUrl, appId, paymentId: need(settings.paymentId, 'paymentId'), key1: await credentials.secret(provider, environment, 'key1'), privateKey: await privateKey() }, http);
      return { http, client, refunds: hitechpayRefundSender(client, appId) };
    }
    case 'smilepayz':
      return { http, client: createSmilepayzClient({ baseUrl, merchantId: need(settings.merchantId, 'merchantId'), merchantSecret: await credentials.secret(provider, environment, 'merchantSecret'), privateKey: await privateKey(), ...(settings.balanceAccountNo ? { balanceAccountNo: settings.balanceAccountNo } : {}) }, http) };
    case 'haipay':
      return { http, client: createHaipayClient({ baseUrl, appId: need(settings.appId, 'appId'), secretKey: await credentials.secret(provider, environment, 'secretKey'), privateKey: await privateKey(), platformPublicKey: platformKey() }, http) };
    case 'appotapay':
      return { http, client: createAppotapayClient({ baseUrl, partnerCode: need(settings.partnerCode, 'partnerCode'), apiKey: await credentials.secret(provider, environment, 'apiKey'), secretKey: await credentials.secret(provider, environment, 'secretKey'), feeType: limits.feeType }, http) };
  }
}
