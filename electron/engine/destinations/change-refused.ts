import type { ChangeRefusal } from '../../../shared/api.js';
import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { providerRules } from '../../../shared/providers/provider-rules.js';
import { EngineError } from '../engine-error.js';
import type { AddressRule } from './address-rules.js';
import type { ChangeRequest } from './change-request.js';
import { describeChanges } from './describe-changes.js';
import { keysImportCommand } from '../../../shared/credentials/keys-import-command.js';

/**
 * A change of destination, verification key or limit that was not made, with the parameters
 * a translated message needs (`params`, shaped by the contract's changeRefusalSchema) beside
 * the English one. Nothing in it is secret: hosts, fingerprints and numbers.
 */
export class ChangeRefused extends EngineError {
  constructor(
    override readonly params: ChangeRefusal,
    message: string,
  ) {
    super(params.reason === 'address_not_allowed' ? 'invalid_input' : 'refused', message, `destination change refused: ${params.reason} ${params.provider}/${params.environment ?? 'all'}`, params);
    this.name = 'ChangeRefused';
  }
}

const ruleText: Readonly<Record<AddressRule, string>> = {
  not_a_url: 'it is not a web address',
  https_only: 'an address must start with https:// (plain http:// only to this computer, such as http://127.0.0.1:8080 for a test server)',
  no_extras: 'an address may not carry a user name, password, query (?…) or fragment (#…)',
  practice_loopback_only: "Practice talks only to Paybatch's simulators on this computer (http://127.0.0.1:…); use Sandbox or Production for the provider's own servers",
};

export function addressNotAllowed(provider: ProviderId, environment: Environment, rule: AddressRule, host: string | null): ChangeRefused {
  const where = host === null ? 'This address' : `The address at ${host}`;
  return new ChangeRefused({ reason: 'address_not_allowed', provider, environment, rule, host }, `${where} cannot be used for ${providerRules[provider].name} (${environment}): ${ruleText[rule]}. Nothing was changed.`);
}

export function addressUnconfirmed(provider: ProviderId, environment: Environment, host: string): ChangeRefused {
  const name = providerRules[provider].name;
  return new ChangeRefused(
    { reason: 'address_unconfirmed', provider, environment, host },
    `The ${name} (${environment}) address ${host} has not been confirmed, so Paybatch will not send anything there. Set it again and confirm it, or run: ${keysImportCommand(provider, environment, true)}.`,
  );
}

export function confirmationMissing(reason: 'confirmation_unavailable' | 'confirmation_declined' | 'confirmation_busy', request: ChangeRequest): ChangeRefused {
  const { subject, lines } = describeChanges(request);
  const what = `${subject}: ${lines.join('; ')}`;
  const message =
    reason === 'confirmation_declined'
      ? `You did not confirm this change, so nothing was changed. ${what}.`
      : reason === 'confirmation_busy'
        ? `Paybatch is already asking you to confirm another change; answer that first. Nothing was changed. ${what}.`
        : `Nothing was changed: ${what}. Paybatch makes this change only when you confirm it yourself, and this request cannot ask you. ${howToConfirm(request)}`;
  return new ChangeRefused({ reason, provider: request.provider, environment: request.environment, changes: [...request.changes] }, message);
}

function howToConfirm(request: ChangeRequest): string {
  const { provider, environment } = request;
  if (environment !== null && request.changes.some((change) => change.kind !== 'limit')) {
    return `To confirm it, put it in the credentials file (baseUrl, platformPublicKey) and run: ${keysImportCommand(provider, environment, true)}, or make the change in the Paybatch desktop app, which asks you.`;
  }
  return 'Make this change in the Paybatch desktop app, which asks you to confirm it.';
}
