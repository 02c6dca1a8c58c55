import type { ChangeRefusal } from '../../../shared/api.js';
import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';
import { providerRules } from '../../../shared/providers/provider-rules.js';
import { EngineError } from '../engine-error.js';
import type { AddressRule } from './address-rules.js';
import type { ChangeRequest } from './change-request.js';
import { changeWords } from '../../../shared/destinations/change-words.js';
import { translator } from '../../../shared/i18n/translator.js';
import { keysImportCommand } from '../../../shared/credentials/keys-import-command.js';

/**
 * What a translated message shows beside the contract's parameters: the provider's name, and
 * for a confirmation the change described and how to confirm it. `hostKnown` says whether
 * `host` is there to be shown (ICU cannot tell a null from a value).
 */
type ChangeWords = Readonly<Record<string, unknown>>;

/**
 * A change of destination, verification key or limit that was not made, with the parameters
 * a translated message needs (`params`, shaped by the contract's changeRefusalSchema, plus the
 * words it shows) beside the English one. Nothing in it is secret: hosts, fingerprints and numbers.
 */
export class ChangeRefused extends EngineError {
  constructor(
    override readonly params: ChangeRefusal & ChangeWords,
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
  const name = providerRules[provider].name;
  return new ChangeRefused(
    { reason: 'address_not_allowed', provider, environment, rule, host, name, hostKnown: host === null ? 'no' : 'yes' },
    `${where} cannot be used for ${name} (${environment}): ${ruleText[rule]}. Nothing was changed.`,
  );
}

export function addressUnconfirmed(provider: ProviderId, environment: Environment, host: string): ChangeRefused {
  const name = providerRules[provider].name;
  const command = keysImportCommand(provider, environment, true);
  return new ChangeRefused(
    { reason: 'address_unconfirmed', provider, environment, host, name, command },
    `The ${name} (${environment}) address ${host} has not been confirmed, so Paybatch will not send anything there. Set it again and confirm it, or run: ${command}.`,
  );
}

export function confirmationMissing(reason: 'confirmation_unavailable' | 'confirmation_declined' | 'confirmation_busy', request: ChangeRequest): ChangeRefused {
  const { subject, lines } = changeWords(translator('en'), request);
  const described = lines.join('; ');
  const what = `${subject}: ${described}`;
  const how = howToConfirm(request);
  const message =
    reason === 'confirmation_declined'
      ? `You did not confirm this change, so nothing was changed. ${what}.`
      : reason === 'confirmation_busy'
        ? `Paybatch is already asking you to confirm another change; answer that first. Nothing was changed. ${what}.`
        : `Nothing was changed: ${what}. Paybatch makes this change only when you confirm it yourself, and this request cannot ask you. ${how.text}`;
  // `described` is the change in English words (hosts, fingerprints, amounts) for a reader of
  // the English message; a translated view says `changes` in its own words (errorText).
  return new ChangeRefused({ reason, provider: request.provider, environment: request.environment, changes: [...request.changes], subject, described, how: how.how, command: how.command }, message);
}

function howToConfirm(request: ChangeRequest): { readonly how: 'keys_import' | 'desktop_app'; readonly command: string; readonly text: string } {
  const { provider, environment } = request;
  if (environment !== null && request.changes.some((change) => change.kind !== 'limit')) {
    const command = keysImportCommand(provider, environment, true);
    return { how: 'keys_import', command, text: `To confirm it, put it in the credentials file (baseUrl, platformPublicKey) and run: ${command}, or make the change in the Paybatch desktop app, which asks you.` };
  }
  return { how: 'desktop_app', command: '', text: 'Make this change in the Paybatch desktop app, which asks you to confirm it.' };
}
