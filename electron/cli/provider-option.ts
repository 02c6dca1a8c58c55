import { providerIds, type ProviderId } from '../../shared/providers/provider-ids.js';
import { UsageError } from './usage-error.js';

/** `--provider P`, one of ours whatever its case; anything else is said with the list. */
export function providerOption(given: string | undefined): ProviderId {
  const provider = providerIds.find((id) => id === given?.toLowerCase());
  if (!provider) throw new UsageError('cli.validate.provider', { providers: providerIds.join(', '), given: given || 'none' });
  return provider;
}
