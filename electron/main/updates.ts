import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decideUpdateFeed, updateSettingsFile, type UpdateFeedDecision } from './update-feed.js';

/** What Paybatch uses of electron-updater's autoUpdater; the tests hand in a stand-in. */
export type Updater = {
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  checkForUpdates(): Promise<unknown>;
};

export type StartUpdatesOptions = {
  readonly dataDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly appVersion: string;
  readonly isPackaged: boolean;
  /** Called once for each update downloaded, with its version: it is installed when Paybatch quits. */
  readonly notify: (version: string) => void;
  readonly log?: (line: string) => void;
  /** electron-updater's autoUpdater by default, loaded only once a feed is set. */
  readonly loadUpdater?: () => Promise<Updater>;
  readonly checkEveryMs?: number;
};

export type Updates = {
  readonly decision: UpdateFeedDecision;
  /** Stops the periodic check (a download under way finishes on its own). */
  stop(): void;
};

const fourHours = 4 * 60 * 60 * 1000;

/**
 * Looks for updates on the company's own feed (update-feed.ts says when and where), at start
 * and every few hours; downloads them in the background and installs them when Paybatch quits,
 * which already asks first while a batch is still sending. With no feed it does nothing at all,
 * not even load electron-updater.
 */
export async function startUpdates(options: StartUpdatesOptions): Promise<Updates> {
  const log = options.log ?? ((line: string) => console.log(line));
  const decision = decideUpdateFeed({
    isPackaged: options.isPackaged,
    env: options.env,
    readSettings: () => readIfPresent(join(options.dataDir, updateSettingsFile)),
  });
  if (!decision.check) {
    log(`Updates are off: ${decision.reason}.`);
    return { decision, stop: () => undefined };
  }

  const updater = await (options.loadUpdater ?? loadElectronUpdater)();
  updater.setFeedURL({ provider: 'generic', url: decision.url });
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  // A check that finds the update already downloaded reports it again; the accountant hears once.
  const announced = new Set<string>();
  updater.on('update-downloaded', ({ version }) => {
    if (announced.has(version)) return;
    announced.add(version);
    options.notify(version);
  });
  // Without a listener an updater error would be thrown in the main process.
  updater.on('error', (error) => log(`Updates: ${error.message}`));

  const checkEveryMs = options.checkEveryMs ?? fourHours;
  const check = (): void => {
    updater.checkForUpdates().catch((error: unknown) => log(`Updates: the check failed: ${error instanceof Error ? error.message : String(error)}`));
  };
  log(`Updates: Paybatch ${options.appVersion} looks for updates at ${withoutQuery(decision.url)} (from ${decision.from === 'environment' ? 'PAYBATCH_UPDATE_URL' : updateSettingsFile}) now and every ${Math.round(checkEveryMs / 60_000)} minutes.`);
  check();
  const timer = setInterval(check, checkEveryMs);
  // The timer alone never keeps Paybatch running.
  timer.unref();
  return { decision, stop: () => clearInterval(timer) };
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * electron-updater is CommonJS that requires 'electron' as it loads, hence imported only here,
 * once a feed is set. Its autoUpdater is a getter Node's ESM loader does not list among the
 * named exports, so it is taken from the module object (the default export).
 */
async function loadElectronUpdater(): Promise<Updater> {
  const loaded: { autoUpdater?: Updater; default?: { autoUpdater?: Updater } } = await import('electron-updater');
  const updater = loaded.default?.autoUpdater ?? loaded.autoUpdater;
  if (updater === undefined) throw new Error('electron-updater has no autoUpdater');
  return updater;
}

/** The feed's address as logged: no query or fragment, where a company's access token would sit. */
function withoutQuery(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
