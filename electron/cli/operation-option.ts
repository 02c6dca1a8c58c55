import { offers, operations, type Operation } from '../../shared/providers/operations.js';
import { providerIds, type ProviderId } from '../../shared/providers/provider-ids.js';
import { providerRules } from '../../shared/providers/provider-rules.js';
import { UsageError } from './usage-error.js';

/**
 * `--operation payout|refund`, payouts when left out. With a provider, one it offers: a refund
 * sheet sent as payouts (or to a provider with no refunds) would move money the wrong way, so
 * the mistake is said before the file is even read, with the providers that do offer it.
 */
export function operationOption(given: string | undefined, provider?: ProviderId): Operation {
  if (given === undefined) return 'payout';
  const operation = operations.find((o) => o === given.toLowerCase());
  if (!operation) throw new UsageError('cli.operation.unknown', { given });
  if (provider && !offers(provider, operation)) {
    throw new UsageError('cli.operation.notOffered', { name: providerRules[provider].name, operation, providers: providerIds.filter((id) => offers(id, operation)).join(', ') });
  }
  return operation;
}
