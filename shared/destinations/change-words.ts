import { destinationChangeSchema, type DestinationChange } from '../api.js';
import type { ApiError } from '../result.js';
import { environmentSchema, type Environment } from '../credentials/credential-fields.js';
import type { Translator } from '../i18n/translator.js';
import { providerIds, type ProviderId } from '../providers/provider-ids.js';
import { providerRules } from '../providers/provider-rules.js';

export type ChangeAsked = { readonly provider: ProviderId; readonly environment: Environment | null; readonly changes: readonly DestinationChange[] };

/**
 * A change of address, verification key or limit as the accountant reads it before confirming
 * it, in their language: what it is for, then old → new for each change (hosts and
 * fingerprints as they are, amounts as the reader writes money), then why it matters.
 */
export function changeWords(tr: Translator, asked: ChangeAsked): { readonly subject: string; readonly lines: readonly string[]; readonly warning: string } {
  const rules = providerRules[asked.provider];
  const name = rules.name;
  const subject = asked.environment === null ? name : tr.t('confirm.subject', { name, environment: tr.t(`app.send.env.${asked.environment}`) });
  const none = tr.t('confirm.none');
  const lines = asked.changes.map((change) => {
    switch (change.kind) {
      case 'address':
        return tr.t(change.published ? 'confirm.change.address' : 'confirm.change.addressUnpublished', { from: change.from ?? none, to: change.to, name });
      case 'verification_key':
        return tr.t('confirm.change.key', { from: change.from ?? none, to: change.to });
      case 'limit':
        return change.field === 'maxAmount'
          ? tr.t('confirm.change.maxAmount', { from: tr.money(change.from, rules.currency), to: tr.money(change.to, rules.currency), published: tr.money(change.publishedMax, rules.currency), name })
          : tr.t('confirm.change.descriptionMax', { from: change.from, to: change.to, published: change.publishedMax, name });
    }
  });
  const touchesDestination = asked.changes.some((change) => change.kind !== 'limit');
  return { subject, lines, warning: tr.t(touchesDestination ? 'confirm.warning.destination' : 'confirm.warning.limit', { name }) };
}

/**
 * The change a refusal names (its params: provider, environment, changes), when it names one:
 * so the window says it in the reader's words rather than the engine's English `described`.
 */
export function changeAskedIn(params: Readonly<Record<string, unknown>> | undefined): ChangeAsked | null {
  const provider = providerIds.find((id) => id === params?.['provider']);
  const environment = params?.['environment'] === null ? null : environmentSchema.safeParse(params?.['environment']);
  const changes = destinationChangeSchema.array().min(1).safeParse(params?.['changes']);
  if (!provider || !changes.success || (environment !== null && !environment.success)) return null;
  return { provider, environment: environment === null ? null : environment.data, changes: changes.data };
}

/**
 * A refusal of a change with the change said in the reader's words (its `subject` and
 * `described`, which the engine gives in English), for `errorText`. Kept out of errorText
 * itself: the provider rules it reads are more than every caller of errorText should load
 * (`paybatch --version` does).
 */
export function inReaderWords(tr: Translator, error: ApiError): ApiError {
  const asked = changeAskedIn(error.params);
  if (!asked) return error;
  const words = changeWords(tr, asked);
  return { ...error, params: { ...error.params, subject: words.subject, described: words.lines.join('; ') } };
}
