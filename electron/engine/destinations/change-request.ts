import type { DestinationChange } from '../../../shared/api.js';
import type { Environment } from '../../../shared/credentials/credential-fields.js';
import type { ProviderId } from '../../../shared/providers/provider-ids.js';

export type { DestinationChange };

/** Everything one call would change that the accountant must confirm, asked as one question. */
export type ChangeRequest = {
  readonly provider: ProviderId;
  /** null for limits, which are per provider. */
  readonly environment: Environment | null;
  readonly changes: readonly DestinationChange[];
};

/**
 * The port through which the engine asks a person, never the window: the Electron main process
 * draws a dialog, the CLI grants it for `--confirm-address`. An engine given none (the browser
 * host, which has no UI of its own) refuses every change that needs one. `via` is what the log
 * records as the way it was confirmed.
 */
export type ChangeConfirmer = {
  readonly via: 'dialog' | 'cli_flag';
  readonly confirm: (request: ChangeRequest) => Promise<boolean>;
};
