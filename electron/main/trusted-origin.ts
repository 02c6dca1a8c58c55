/**
 * Pure predicates behind every security decision of the Electron glue, kept free of Electron
 * so they are tested exhaustively here (test/unit/electron/main/trusted-origin.test.ts).
 */

export const appScheme = 'app';
export const appHost = 'paybatch';
export const appOrigin = `${appScheme}://${appHost}`;

/** True when `url` belongs to our renderer: the app:// origin, or the dev server in `npm run dev`. */
export function isTrustedAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === '') {
    return true;
  }
  if (devServerUrl === undefined) return false;
  const dev = new URL(devServerUrl);
  return parsed.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1');
}

export type SenderFacts = {
  /** `event.sender.id`: the webContents that sent the message. */
  readonly senderId: number;
  /** `event.senderFrame?.url`; undefined when the frame is gone. */
  readonly frameUrl: string | undefined;
  /** Whether the sending frame is the top-level frame of its page. */
  readonly isMainFrame: boolean;
};

/** An IPC message is obeyed only if it comes from our window, our origin, and its main frame. */
export function isTrustedSender(facts: SenderFacts, ourWindowIds: ReadonlySet<number>, devServerUrl?: string): boolean {
  return (
    ourWindowIds.has(facts.senderId) &&
    facts.isMainFrame &&
    facts.frameUrl !== undefined &&
    isTrustedAppUrl(facts.frameUrl, devServerUrl)
  );
}
