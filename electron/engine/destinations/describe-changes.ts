import { formatMinor } from '../../../shared/import/format-amount.js';
import { providerRules } from '../../../shared/providers/provider-rules.js';
import type { ChangeRequest, DestinationChange } from './change-request.js';

/**
 * The words a change is shown in, the same in the dialog, on the command line and in a
 * refusal: the old and new host or fingerprint, side by side.
 */
export function describeChanges(request: ChangeRequest): { readonly subject: string; readonly lines: readonly string[] } {
  const rules = providerRules[request.provider];
  const subject = request.environment === null ? rules.name : `${rules.name} (${request.environment})`;
  return { subject, lines: request.changes.map((change) => describeChange(change, request)) };
}

function describeChange(change: DestinationChange, request: ChangeRequest): string {
  const rules = providerRules[request.provider];
  switch (change.kind) {
    case 'address':
      return `address ${change.from ?? 'none'} → ${change.to}${change.published ? '' : ` (not an address ${rules.name} publishes)`}`;
    case 'verification_key':
      return `verification key ${change.from ?? 'none'} → ${change.to}`;
    case 'limit':
      return change.field === 'maxAmount'
        ? `largest amount per transfer ${formatMinor(change.from, rules.currency)} → ${formatMinor(change.to, rules.currency)} (${rules.name} publishes ${formatMinor(change.publishedMax, rules.currency)})`
        : `longest description ${change.from} → ${change.to} characters (${rules.name} publishes ${change.publishedMax})`;
  }
}
