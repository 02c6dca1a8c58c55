import { appMessages } from './app.js';
import { cliMessages } from './cli.js';
import { engineMessages } from './engine.js';
import { importMessages } from './import.js';
import { presendMessages } from './presend.js';
import { refundMessages } from './refunds.js';
import { unsentMessages } from './unsent.js';
import { resultsMessages } from './results.js';
import { reportsMessages } from './reports.js';
import { statementMessages } from './statement.js';
import { auditMessages } from './audit.js';
import { providerAnswersMessages } from './provider-answers.js';
import { reviewMessages } from './review.js';
import { rulesMessages } from './rules.js';
import { sendMessages } from './send.js';
import { sendReasonMessages } from './send-reasons.js';
import { sendScreenMessages } from './send-screen.js';
import { settingsMessages } from './settings.js';
import { desktopMessages } from './desktop.js';
import { updateMessages } from './updates.js';

/**
 * Every message Paybatch shows, by id, in every language, one file per area so each can be
 * written and reviewed on its own: app (the window's screens), import (reading a sheet, the
 * Map step), rules (each provider's checks), review (duplicates, totals, fixes), engine
 * (refusals and errors from the main process), settings (keys, limits), cli (the command).
 * A row's problem is `issue.<code>`, given the row, the column and the params.
 */
export const allMessages = { ...appMessages, ...importMessages, ...rulesMessages, ...reviewMessages, ...engineMessages, ...settingsMessages, ...cliMessages, ...sendMessages, ...sendScreenMessages, ...presendMessages, ...sendReasonMessages, ...refundMessages, ...unsentMessages, ...resultsMessages, ...reportsMessages, ...statementMessages, ...auditMessages, ...providerAnswersMessages, ...desktopMessages, ...updateMessages };

export type MessageId = keyof typeof allMessages;
