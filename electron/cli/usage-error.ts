import type { cliMessages } from '../../shared/i18n/messages/cli.js';
import type { sendMessages } from '../../shared/i18n/messages/send.js';
import type { Values } from '../../shared/i18n/translator.js';

export type CliMessageId = keyof typeof cliMessages | Extract<keyof typeof sendMessages, `cli.${string}`>;

/**
 * The command line asked for something that cannot be done: said in one line, exit code 2.
 * It holds the message's id and values, not its words (type imports only: main.ts loads this
 * for every command, --version included, and the catalogues only when words are printed);
 * `id` null carries a sentence made elsewhere, shown as it is.
 */
export class UsageError extends Error {
  constructor(
    readonly id: CliMessageId | null,
    readonly values: Values = {},
    text?: string,
  ) {
    super(text ?? id ?? '');
    this.name = 'UsageError';
  }
}
