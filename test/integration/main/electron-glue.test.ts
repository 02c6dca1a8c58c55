import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ipcChannel, methodNames } from '../../../shared/api-methods.js';
import { desktopMethodNames, menuChannel } from '../../../shared/desktop/desktop-methods.js';
import { maxFileBytes } from '../../../shared/import/import-limits.js';
import { translator } from '../../../shared/i18n/translator.js';
import { useElectronMain, type IpcSender, type MenuItem } from '../../support/electron-main.js';
import { repoRoot } from '../../support/paybatch-process.js';
import { useTempDir } from '../../support/temp-dir.js';

/**
 * The desktop app's glue as it is built: out/main/index.js (and the engine worker it starts)
 * running under plain Node with a recording stand-in for the `electron` module
 * (test/support/electron-stand-in), because the Electron binary cannot be downloaded or run on
 * the machines this project is developed on. Everything behind `electron` is real: the window
 * options, the channel registration and its sender gate, the app:// handler reading the built
 * renderer, the menu, the dialogs' options, files read and written, the engine and its SQLite
 * file. The Playwright `_electron` test (test/e2e/electron-app.test.ts, `npm run
 * test:electron`) drives the same bundles in a real Electron where a runtime is installed.
 */
const tempDir = useTempDir('paybatch-glue-');
const launch = useElectronMain();
const en = translator('en');
const vi = translator('vi');

async function start(env: NodeJS.ProcessEnv = {}) {
  const root = tempDir();
  const dataDir = join(root, 'data');
  const documents = join(root, 'documents');
  mkdirSync(documents);
  const main = await launch({ PAYBATCH_DATA_DIR: dataDir, PAYBATCH_STAND_IN_DOCUMENTS: documents, PAYBATCH_STAND_IN_VERSION: '9.8.7', PAYBATCH_KEYCHAIN_SERVICE: `paybatch-glue-test-${randomUUID()}`, ...env });
  return { main, root, dataDir, documents };
}

const everyChannel = [...methodNames, ...desktopMethodNames].map(ipcChannel).sort();
const strangers: readonly IpcSender[] = ['other-window', 'subframe', 'other-origin'];

function flatten(items: readonly MenuItem[]): MenuItem[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

describe('the built main process (with a recording stand-in for electron)', () => {
  it('opens one sandboxed, isolated window without Node on app://paybatch, with the built preload', async () => {
    const { main } = await start();
    const { windows } = await main.record();
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window?.url).toBe('app://paybatch/index.html');
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window?.options.webPreferences).not.toHaveProperty('webviewTag', true);
    const preload = String(window?.options.webPreferences['preload']);
    expect(preload).toBe(join(repoRoot, 'out/preload/index.cjs'));
    expect(existsSync(preload)).toBe(true);
    expect(window?.options).toMatchObject({ minWidth: 960, minHeight: 600, show: false });
    // No update feed configured: electron-updater is not even loaded.
    await expect.poll(() => main.output()).toContain('Updates are off: no update feed is set');
  });

  it('registers every contract and desktop method through the sender-checking wrapper, and nothing else', async () => {
    const { main } = await start();
    const { handledChannels } = await main.record();
    expect([...handledChannels].sort()).toEqual(everyChannel);
    expect(await main.invoke('app.info', {})).toMatchObject({ ok: true, value: { transport: 'ipc', name: 'Paybatch' } });
    // Every channel, asked by anything but our window's main frame on our origin: refused before it runs.
    for (const from of strangers) {
      for (const method of [...methodNames, ...desktopMethodNames]) {
        const answer = await main.invoke(method, {}, from);
        expect(answer, `${method} from ${from}`).toMatchObject({ ok: false, error: { code: 'forbidden', params: { reason: 'not_from_window' } } });
      }
    }
    const { dialogs, openedPaths } = await main.record();
    expect(dialogs).toEqual([]);
    expect(openedPaths).toEqual([]);
    // A mutating call from a stranger changed nothing.
    const signature = 'Họ và tên|Số tiền';
    expect(await main.invoke('mapping.save', { signature, columns: {}, currency: 'VND' }, 'subframe')).toMatchObject({ ok: false });
    expect(await main.invoke('mapping.find', { signature })).toEqual({ ok: true, value: null });
  });

  it('parses each desktop payload with its schema: a path where a file name belongs is refused', async () => {
    const { main } = await start();
    for (const suggestedName of ['../../etc/passwd', '/tmp/x.csv', 'a\\b.csv', '..', '', 'report.bat', 'report.xlsx']) {
      expect(await main.invoke('desktop.saveFile', { suggestedName, kind: 'csv', base64: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(await main.invoke('desktop.setLanguage', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await main.invoke('desktop.openPayroll', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await main.record()).dialogs).toEqual([]);
  });

  it('serves the built renderer on app://paybatch with its security headers, and nothing outside it', async () => {
    const { main } = await start();
    const index = await main.fetchApp('app://paybatch/index.html');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<div id="root">');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    for (const url of ['app://paybatch/../../package.json', 'app://paybatch/%2e%2e/%2e%2e/package.json', 'app://paybatch/..%2f..%2fpackage.json', 'app://paybatch/%2e%2e%5c%2e%2e%5cpackage.json', 'app://other/index.html', 'app://paybatch/main/index.js']) {
      expect((await main.fetchApp(url)).status, url).toBe(404);
    }
    expect(await main.navigate('https://example.com/')).toBe(true);
    expect(await main.navigate('file:///etc/passwd')).toBe(true);
    expect(await main.navigate('app://paybatch/index.html#statement=x')).toBe(false);
    expect(await main.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(await main.permission('media')).toBe(false);
    expect(await main.permission('clipboard-read')).toBe(false);
  });

  it('has a menu with shortcuts and a standard Edit menu, in the window language; its items reach the window, About and the data folder', async () => {
    const { main, dataDir } = await start();
    const menu = (await main.record()).menus.at(-1) ?? [];
    const items = flatten(menu);
    const byId = (id: string) => items.find((item) => item.id === id);
    expect(menu.map((top) => top.label)).toEqual([en.t('menu.file'), en.t('menu.edit'), en.t('menu.view'), en.t('menu.window'), en.t('menu.help')]);
    expect(byId('open-payroll')).toMatchObject({ label: en.t('menu.openPayroll'), accelerator: 'CmdOrCtrl+O', click: true });
    expect(byId('settings')).toMatchObject({ label: en.t('menu.settings'), accelerator: 'CmdOrCtrl+,', click: true });
    expect(byId('quit')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    expect(menu.find((top) => top.id === 'edit')?.submenu?.map((item) => item.role).filter(Boolean)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    // Packaged: no reload (it would throw away a sheet being mapped), no developer tools.
    expect(items.some((item) => item.role === 'reload' || item.role === 'toggleDevTools')).toBe(false);

    expect(await main.clickMenu('open-payroll')).toBe(true);
    expect(await main.clickMenu('settings')).toBe(true);
    expect((await main.record()).sent.filter((m) => m.channel === menuChannel).map((m) => m.payload)).toEqual(['open-payroll', 'settings']);

    expect(await main.clickMenu('about')).toBe(true);
    const about = (await main.record()).dialogs.at(-1);
    expect(about).toMatchObject({ kind: 'message', hasParent: true, options: { type: 'info', title: en.t('about.title'), message: 'Paybatch 9.8.7' } });
    expect(String(about?.options['detail'])).toContain(dataDir);
    expect(await main.clickMenu('data-folder')).toBe(true);
    expect((await main.record()).openedPaths).toEqual([dataDir]);

    // The window says which language the accountant chose: the menu follows.
    expect(await main.invoke('desktop.setLanguage', { language: 'vi' })).toEqual({ ok: true, value: {} });
    const translated = (await main.record()).menus.at(-1) ?? [];
    expect(translated.map((top) => top.label)).toEqual([vi.t('menu.file'), vi.t('menu.edit'), vi.t('menu.view'), vi.t('menu.window'), vi.t('menu.help')]);
    expect(flatten(translated).find((item) => item.id === 'open-payroll')?.label).toBe('Mở tệp bảng lương…');
  });

  it('opens a payroll through the native dialog: its bytes, nothing when cancelled, only the size of a file too large, why when unreadable', async () => {
    const { main, root } = await start();
    const fixture = join(repoRoot, 'test/fixtures/payroll-small.csv');
    await main.answerFileDialogs(fixture);
    const opened = await main.invoke('desktop.openPayroll', {});
    expect(opened).toMatchObject({ ok: true, value: { kind: 'file', name: 'payroll-small.csv' } });
    const bytes = opened.ok ? (opened.value as { bytes: Uint8Array }).bytes : new Uint8Array();
    expect(Buffer.from(bytes).equals(readFileSync(fixture))).toBe(true);
    const drawn = (await main.record()).dialogs.at(-1);
    expect(drawn).toMatchObject({ kind: 'open', hasParent: true, options: { title: en.t('desktop.open.title'), properties: ['openFile'] } });
    expect(drawn?.options['filters']).toEqual([
      { name: en.t('desktop.open.sheets'), extensions: ['xlsx', 'csv', 'txt', 'xls'] },
      { name: en.t('desktop.filter.all'), extensions: ['*'] },
    ]);

    await main.answerFileDialogs(null);
    expect(await main.invoke('desktop.openPayroll', {})).toEqual({ ok: true, value: { kind: 'cancelled' } });

    // A sparse file past the import's limit: refused by its size, never read into memory.
    const huge = join(root, 'huge.csv');
    writeFileSync(huge, '');
    truncateSync(huge, maxFileBytes + 1);
    await main.answerFileDialogs(huge);
    expect(await main.invoke('desktop.openPayroll', {})).toEqual({ ok: true, value: { kind: 'too_large', name: 'huge.csv', size: maxFileBytes + 1 } });

    await main.answerFileDialogs(join(root, 'gone.csv'));
    expect(await main.invoke('desktop.openPayroll', {})).toMatchObject({ ok: false, error: { params: { reason: 'file_unreadable', file: 'gone.csv' } } });
  });

  it('saves files and the statement where the accountant chooses, atomically, and says why when it cannot', async () => {
    const { main, root, documents, dataDir } = await start();
    const report = join(root, 'ket-qua.csv');
    await main.answerFileDialogs(report);
    const bytes = Buffer.from('\uFEFFHọ và tên,Số tiền\r\nNGUYỄN VĂN AN,1500000\r\n');
    expect(await main.invoke('desktop.saveFile', { suggestedName: 'ket-qua.csv', kind: 'csv', base64: bytes.toString('base64') })).toEqual({ ok: true, value: { path: report } });
    expect(readFileSync(report).equals(bytes)).toBe(true);
    const asked = (await main.record()).dialogs.at(-1);
    expect(asked).toMatchObject({ kind: 'save', hasParent: true, options: { defaultPath: join(documents, 'ket-qua.csv'), filters: [{ name: en.t('desktop.filter.csv'), extensions: ['csv'] }] } });

    // Cancelled: nothing written. The next dialog opens where the last file went.
    await main.answerFileDialogs(null);
    expect(await main.invoke('desktop.saveFile', { suggestedName: 'again.xlsx', kind: 'xlsx', base64: 'AAAA' })).toEqual({ ok: true, value: { path: null } });
    expect((await main.record()).dialogs.at(-1)?.options['defaultPath']).toBe(join(root, 'again.xlsx'));
    expect(existsSync(join(root, 'again.xlsx'))).toBe(false);

    await main.answerFileDialogs(join(root, 'no-such-folder', 'r.csv'));
    expect(await main.invoke('desktop.saveFile', { suggestedName: 'r.csv', kind: 'csv', base64: 'AAAA' })).toMatchObject({ ok: false, error: { params: { reason: 'file_not_saved', file: 'r.csv' } } });

    // Never into the data folder, whatever the dialog chose: it holds where payments go.
    // Not through a link to it either.
    const linked = join(root, 'linked-data');
    symlinkSync(dataDir, linked, 'dir');
    for (const inside of [join(dataDir, 'paybatch.sqlite'), join(dataDir, 'update.json'), join(dataDir, 'sub', '..', 'x.csv'), join(linked, 'update.json')]) {
      await main.answerFileDialogs(inside);
      expect(await main.invoke('desktop.saveFile', { suggestedName: 'x.csv', kind: 'csv', base64: 'AAAA' }), inside).toMatchObject({ ok: false, error: { code: 'refused', params: { reason: 'save_in_data_folder' } } });
    }
    expect(existsSync(join(dataDir, 'update.json'))).toBe(false);
    expect(existsSync(join(dataDir, 'update.json.csv'))).toBe(false);

    // A name typed over the suggestion keeps the form's extension: the bytes are a CSV, and say so.
    await main.answerFileDialogs(join(root, 'luong.bat'));
    expect(await main.invoke('desktop.saveFile', { suggestedName: 'x.csv', kind: 'csv', base64: 'AAAA' })).toEqual({ ok: true, value: { path: join(root, 'luong.bat.csv') } });
    expect(existsSync(join(root, 'luong.bat'))).toBe(false);

    const statement = join(root, 'statement.pdf');
    await main.answerFileDialogs(statement);
    expect(await main.invoke('desktop.savePdf', { suggestedName: 'luong-statement.pdf' })).toEqual({ ok: true, value: { path: statement } });
    expect(readFileSync(statement, 'latin1').startsWith('%PDF-')).toBe(true);
    expect((await main.record()).printed).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
  });

  it('opens the window where it was closed, unless that place is no longer on a screen', { timeout: 60_000 }, async () => {
    const first = await start({ PAYBATCH_STAND_IN_DISPLAYS: JSON.stringify([{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }]) });
    const opened = (await first.main.record()).windows[0]?.options;
    expect(opened).toMatchObject({ width: 1280, height: 728, center: true });
    await first.main.closeWindow();
    const saved: unknown = JSON.parse(readFileSync(join(first.dataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 0, y: 0, width: 1280, height: 728, maximized: false });

    // Last closed maximized on the second screen: there again while it is plugged in, centred on the first once it is not.
    const placed = (displays: unknown) => {
      const dataDir = tempDir();
      writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify({ x: 1500, y: 40, width: 1000, height: 700, maximized: true }));
      return launch({ PAYBATCH_DATA_DIR: dataDir, PAYBATCH_STAND_IN_DISPLAYS: JSON.stringify(displays) }).then((main) => main.record());
    };
    const laptop = { workArea: { x: 0, y: 0, width: 1366, height: 728 } };
    const both = await placed([laptop, { workArea: { x: 1366, y: 0, width: 1920, height: 1040 } }]);
    expect(both.windows[0]).toMatchObject({ options: { x: 1500, y: 40, width: 1000, height: 700 }, maximized: true });
    const alone = await placed([laptop]);
    expect(alone.windows[0]?.options).toMatchObject({ center: true, width: 1000, height: 700 });
    expect(alone.windows[0]?.options).not.toHaveProperty('x');
  });
});
