import { z } from 'zod';

/**
 * Whether the installed app looks for updates, and where. Off unless a company points it at a
 * feed of its own: an accountant's machine must not fetch and install code from anywhere it
 * was not told to. Pure (the file is read through the function it is given), so every case is
 * tested: test/unit/electron/main/updates.test.ts.
 *
 * The environment variable wins over update.json and, when set, is the only thing looked at: it
 * is the one an administrator or a test sets for one launch, and a wrong one must say so rather
 * than quietly fall back to the file.
 */

export const updateUrlVariable = 'PAYBATCH_UPDATE_URL';
/** In the data folder: `{ "feedUrl": "https://…" }`. */
export const updateSettingsFile = 'update.json';

export type UpdateFeedDecision =
  | { readonly check: true; readonly url: string; readonly from: 'environment' | 'file' }
  | { readonly check: false; readonly reason: string };

export type UpdateFeedFacts = {
  readonly isPackaged: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** update.json's text, or undefined when there is none. Called only when it matters. */
  readonly readSettings: () => string | undefined;
};

const settingsSchema = z.object({ feedUrl: z.string() });

// http is let through only where nothing crosses a network: a feed served on this machine to
// try an update out.
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Why `text` cannot be a feed address, or undefined when it can. Never repeats the text: it may carry a secret. */
export function feedUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a web address';
  }
  // Kept in plain text in a file or the environment and written to the log: not a place for a password.
  if (url.username !== '' || url.password !== '') return 'carries a user name or password';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && loopbackHosts.has(url.hostname)) return undefined;
  return `must start with https:// (${url.protocol} is not allowed; http:// only for localhost or 127.0.0.1, to try an update out)`;
}

export function decideUpdateFeed(facts: UpdateFeedFacts): UpdateFeedDecision {
  // electron-updater itself refuses to run unpackaged; `npm start` and `npm run dev` never look.
  if (!facts.isPackaged) return { check: false, reason: 'not an installed copy of Paybatch' };

  const fromEnvironment = facts.env[updateUrlVariable]?.trim();
  if (fromEnvironment) return feed(fromEnvironment, 'environment', updateUrlVariable);

  let text: string | undefined;
  try {
    text = facts.readSettings();
  } catch (error) {
    return { check: false, reason: `${updateSettingsFile} could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (text === undefined) return { check: false, reason: `no update feed is set (${updateUrlVariable} or ${updateSettingsFile} in the data folder)` };

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { check: false, reason: `${updateSettingsFile} is not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const settings = settingsSchema.safeParse(json);
  if (!settings.success) return { check: false, reason: `${updateSettingsFile} must be { "feedUrl": "https://…" }` };
  const fromFile = settings.data.feedUrl.trim();
  if (fromFile === '') return { check: false, reason: `${updateSettingsFile} has an empty feedUrl` };
  return feed(fromFile, 'file', `${updateSettingsFile}'s feedUrl`);
}

function feed(text: string, from: 'environment' | 'file', name: string): UpdateFeedDecision {
  const problem = feedUrlProblem(text);
  if (problem !== undefined) return { check: false, reason: `${name} ${problem}` };
  return { check: true, url: new URL(text).href, from };
}
