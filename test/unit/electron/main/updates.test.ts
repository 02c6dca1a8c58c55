import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decideUpdateFeed, feedUrlProblem, type UpdateFeedFacts } from '../../../../electron/main/update-feed.js';
import { startUpdates, type Updater } from '../../../../electron/main/updates.js';

const noFile = (): undefined => undefined;
const facts = (over: Partial<UpdateFeedFacts>): UpdateFeedFacts => ({ isPackaged: true, env: {}, readSettings: noFile, ...over });
const file = (text: string) => () => text;

describe('feedUrlProblem: only https, http only on this machine', () => {
  it.each([
    'https://updates.example.com/paybatch/',
    'https://updates.example.com:8443/paybatch',
    'http://localhost:8080/feed/',
    'http://127.0.0.1:5000/',
    'http://[::1]:5000/',
  ])('accepts %s', (url) => expect(feedUrlProblem(url)).toBeUndefined());

  it.each([
    ['http://updates.example.com/', /https:\/\//],
    ['http://127.0.0.2/', /https:\/\//],
    ['http://localhost.example.com/', /https:\/\//],
    ['ftp://updates.example.com/', /ftp:/],
    ['file:///etc/paybatch/', /file:/],
    ['javascript:alert(1)', /javascript:/],
    ['updates.example.com/paybatch', /not a web address/],
    ['', /not a web address/],
    ['https://user:secret@updates.example.com/', /user name or password/],
    ['https://token@updates.example.com/', /user name or password/],
  ])('refuses %s', (url, reason) => expect(feedUrlProblem(url)).toMatch(reason));

  it('never repeats the address it refuses, which may hold a secret', () => {
    expect(feedUrlProblem('https://user:s3cret@updates.example.com/')).not.toContain('s3cret');
  });
});

describe('decideUpdateFeed', () => {
  it('is off with no feed set anywhere, saying where one goes', () => {
    expect(decideUpdateFeed(facts({}))).toEqual({ check: false, reason: expect.stringMatching(/PAYBATCH_UPDATE_URL.*update\.json/) });
  });

  it('is off in a copy that is not installed, whatever is set, and does not read the file', () => {
    const readSettings = vi.fn(() => '{"feedUrl":"https://updates.example.com/"}');
    const decision = decideUpdateFeed(facts({ isPackaged: false, env: { PAYBATCH_UPDATE_URL: 'https://updates.example.com/' }, readSettings }));
    expect(decision).toEqual({ check: false, reason: 'not an installed copy of Paybatch' });
    expect(readSettings).not.toHaveBeenCalled();
  });

  it('takes the environment variable, trimmed, and does not read the file', () => {
    const readSettings = vi.fn(() => '{"feedUrl":"https://file.example.com/"}');
    const decision = decideUpdateFeed(facts({ env: { PAYBATCH_UPDATE_URL: '  https://env.example.com/paybatch  ' }, readSettings }));
    expect(decision).toEqual({ check: true, url: 'https://env.example.com/paybatch', from: 'environment' });
    expect(readSettings).not.toHaveBeenCalled();
  });

  it('does not fall back to the file when the environment variable is wrong: it says what is wrong', () => {
    const decision = decideUpdateFeed(facts({ env: { PAYBATCH_UPDATE_URL: 'http://env.example.com/' }, readSettings: file('{"feedUrl":"https://file.example.com/"}') }));
    expect(decision).toEqual({ check: false, reason: expect.stringMatching(/^PAYBATCH_UPDATE_URL must start with https:\/\//) });
  });

  it.each(['', '   '])('treats an empty environment variable (%j) as not set', (value) => {
    expect(decideUpdateFeed(facts({ env: { PAYBATCH_UPDATE_URL: value }, readSettings: file('{"feedUrl":"https://file.example.com/"}') }))).toEqual({
      check: true,
      url: 'https://file.example.com/',
      from: 'file',
    });
  });

  it('takes feedUrl from update.json, other keys ignored', () => {
    expect(decideUpdateFeed(facts({ readSettings: file('{ "feedUrl": "https://updates.example.com/paybatch/", "note": "IT" }') }))).toEqual({
      check: true,
      url: 'https://updates.example.com/paybatch/',
      from: 'file',
    });
  });

  it('accepts a loopback http feed, to try an update out', () => {
    expect(decideUpdateFeed(facts({ readSettings: file('{"feedUrl":"http://127.0.0.1:8080/"}') }))).toMatchObject({ check: true, url: 'http://127.0.0.1:8080/' });
  });

  it.each([
    ['malformed JSON', '{ feedUrl: https://x }', /^update\.json is not valid JSON: /],
    ['an empty file', '', /^update\.json is not valid JSON: /],
    ['JSON that is not an object', '"https://updates.example.com/"', /must be \{ "feedUrl": "https:\/\/…" \}/],
    ['no feedUrl', '{ "url": "https://updates.example.com/" }', /must be \{ "feedUrl"/],
    ['a feedUrl that is not text', '{ "feedUrl": 42 }', /must be \{ "feedUrl"/],
    ['an empty feedUrl', '{ "feedUrl": " " }', /empty feedUrl/],
    ['an http feed', '{ "feedUrl": "http://updates.example.com/" }', /^update\.json's feedUrl must start with https:\/\//],
    ['a feed with a password', '{ "feedUrl": "https://u:p@updates.example.com/" }', /user name or password/],
    ['a feedUrl that is not an address', '{ "feedUrl": "updates" }', /not a web address/],
  ])('is off, with the reason, for %s', (_case, text, reason) => {
    expect(decideUpdateFeed(facts({ readSettings: file(text) }))).toEqual({ check: false, reason: expect.stringMatching(reason) });
  });

  it('is off, with the reason, when update.json cannot be read', () => {
    const readSettings = (): string => {
      throw new Error('EACCES: permission denied');
    };
    expect(decideUpdateFeed(facts({ readSettings }))).toEqual({ check: false, reason: 'update.json could not be read: EACCES: permission denied' });
  });
});

/** A stand-in for electron-updater's autoUpdater that records what is asked of it. */
class FakeUpdater implements Updater {
  feed: { provider: 'generic'; url: string } | undefined;
  autoDownload = false;
  autoInstallOnAppQuit = false;
  checks = 0;
  private readonly listeners = new Map<string, (arg: never) => void>();
  setFeedURL(options: { provider: 'generic'; url: string }): void {
    this.feed = options;
  }
  on(event: string, listener: (arg: never) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  checkForUpdates(): Promise<unknown> {
    this.checks += 1;
    return Promise.resolve(null);
  }
  emit(event: 'update-downloaded', info: { version: string }): void;
  emit(event: 'error', error: Error): void;
  emit(event: string, arg: unknown): void {
    const listener = this.listeners.get(event);
    if (listener) Reflect.apply(listener, undefined, [arg]);
  }
}
const fakeUpdater = (): FakeUpdater => new FakeUpdater();

describe('startUpdates', () => {
  const dirs: string[] = [];
  const dataDir = (settings?: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'paybatch-updates-'));
    dirs.push(dir);
    if (settings !== undefined) writeFileSync(join(dir, 'update.json'), settings);
    return dir;
  };
  afterEach(() => {
    vi.useRealTimers();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('with no feed does nothing, not even load electron-updater, and logs why', async () => {
    const loadUpdater = vi.fn(() => Promise.resolve(fakeUpdater()));
    const log = vi.fn();
    const updates = await startUpdates({ dataDir: dataDir(), env: {}, appVersion: '0.1.0', isPackaged: true, notify: vi.fn(), log, loadUpdater });
    expect(updates.decision.check).toBe(false);
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Updates are off: no update feed is set/));
  });

  it('unpackaged, with a feed set, does nothing', async () => {
    const loadUpdater = vi.fn(() => Promise.resolve(fakeUpdater()));
    await startUpdates({ dataDir: dataDir('{"feedUrl":"https://updates.example.com/"}'), env: {}, appVersion: '0.1.0', isPackaged: false, notify: vi.fn(), log: vi.fn(), loadUpdater });
    expect(loadUpdater).not.toHaveBeenCalled();
  });

  it('with a malformed update.json in the data folder is off and says so', async () => {
    const loadUpdater = vi.fn(() => Promise.resolve(fakeUpdater()));
    const log = vi.fn();
    await startUpdates({ dataDir: dataDir('{"feedUrl":'), env: {}, appVersion: '0.1.0', isPackaged: true, notify: vi.fn(), log, loadUpdater });
    expect(loadUpdater).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Updates are off: update\.json is not valid JSON/));
  });

  it('with a feed in update.json: generic feed, downloads, installs on quit, checks now and every few hours', async () => {
    vi.useFakeTimers();
    const updater = fakeUpdater();
    const updates = await startUpdates({
      dataDir: dataDir('{"feedUrl":"https://updates.example.com/paybatch/"}'),
      env: {},
      appVersion: '0.1.0',
      isPackaged: true,
      notify: vi.fn(),
      log: vi.fn(),
      loadUpdater: () => Promise.resolve(updater),
    });
    expect(updater.feed).toEqual({ provider: 'generic', url: 'https://updates.example.com/paybatch/' });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.checks).toBe(1);
    vi.advanceTimersByTime(4 * 60 * 60 * 1000);
    expect(updater.checks).toBe(2);
    updates.stop();
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(updater.checks).toBe(2);
  });

  it("logs the feed's address without its query, where an access token would be", async () => {
    const log = vi.fn();
    const updater = fakeUpdater();
    await startUpdates({ dataDir: dataDir(), env: { PAYBATCH_UPDATE_URL: 'https://updates.example.com/paybatch/?token=s3cr3t' }, appVersion: '0.1.0', isPackaged: true, notify: vi.fn(), log, loadUpdater: () => Promise.resolve(updater) });
    expect(updater.feed).toEqual({ provider: 'generic', url: 'https://updates.example.com/paybatch/?token=s3cr3t' });
    expect(log.mock.calls.flat().join('\n')).toContain('https://updates.example.com/paybatch/ (from PAYBATCH_UPDATE_URL)');
    expect(log.mock.calls.flat().join('\n')).not.toContain('s3cr3t');
  });

  it('tells the accountant once per downloaded version, and logs updater errors instead of throwing', async () => {
    const updater = fakeUpdater();
    const notify = vi.fn();
    const log = vi.fn();
    const updates = await startUpdates({ dataDir: dataDir(), env: { PAYBATCH_UPDATE_URL: 'https://updates.example.com/' }, appVersion: '0.1.0', isPackaged: true, notify, log, loadUpdater: () => Promise.resolve(updater) });
    updater.emit('update-downloaded', { version: '0.2.0' });
    updater.emit('update-downloaded', { version: '0.2.0' });
    updater.emit('update-downloaded', { version: '0.3.0' });
    expect(notify.mock.calls).toEqual([['0.2.0'], ['0.3.0']]);
    updater.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'));
    expect(log).toHaveBeenCalledWith('Updates: net::ERR_NAME_NOT_RESOLVED');
    updates.stop();
  });

  it('logs a failed check instead of leaving an unhandled rejection', async () => {
    const updater = fakeUpdater();
    updater.checkForUpdates = () => Promise.reject(new Error('HttpError: 404'));
    const log = vi.fn();
    const updates = await startUpdates({ dataDir: dataDir(), env: { PAYBATCH_UPDATE_URL: 'https://updates.example.com/' }, appVersion: '0.1.0', isPackaged: true, notify: vi.fn(), log, loadUpdater: () => Promise.resolve(updater) });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('Updates: the check failed: HttpError: 404'));
    updates.stop();
  });
});
