import type { ProviderId } from '../providers/provider-ids.js';
import type { Environment } from './credential-fields.js';

/** The command that (re)imports a provider's credentials, as the messages that point to it write it. */
export function keysImportCommand(provider: ProviderId, environment: Environment, confirmAddress = false): string {
  return `paybatch keys import ${provider} --env ${environment} --file creds.json${confirmAddress ? ' --confirm-address' : ''}`;
}
