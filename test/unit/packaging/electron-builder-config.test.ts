import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration, FileSet, TargetConfiguration } from 'app-builder-lib';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher.js';
import FpmTarget from 'app-builder-lib/out/targets/FpmTarget.js';
import { describe, expect, it } from 'vitest';
import { addonAbi, electronAbi, wrongAbiAddons } from '../../../scripts/check-native-abi.mjs';

/**
 * What the installers promise (issue 16, item 4), read from electron-builder.yml by
 * electron-builder's own loader and, where it matters, checked with electron-builder's own code:
 * its file matching for `files` and `asarUnpack`, its default deb dependencies.
 * test/unit/electron-builder-fuses.test.ts checks the fuses and the schema.
 */
const projectDir = fileURLToPath(new URL('../../..', import.meta.url));
const config: Configuration = await getConfig(projectDir, null, null);
const packageJson = JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { productName: string; dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };

type Target = string | TargetConfiguration;
const isTargetList = (target: Target | ReadonlyArray<Target>): target is ReadonlyArray<Target> => Array.isArray(target);
function targetNames(target: Target | ReadonlyArray<Target> | null | undefined): string[] {
  if (target === null || target === undefined) return [];
  const list = isTargetList(target) ? target : [target];
  return list.map((t) => (typeof t === 'string' ? t : t.target));
}

/** The patterns of `files` or `asarUnpack`; electron-builder's loader puts `files` in a FileSet of its own. */
function patternsOf(option: Configuration['files']): string[] {
  if (option === null || option === undefined) return [];
  const list = Array.isArray(option) ? option : [option];
  return list.flatMap((entry: string | FileSet) => (typeof entry === 'string' ? [entry] : entry.from === undefined ? [entry.filter ?? []].flat() : []));
}

/** Whether electron-builder's matcher for `option` takes a file at `relative` (a path inside the project). */
function matches(option: Configuration['files'], relative: string): boolean {
  const filter = new FileMatcher(projectDir, projectDir, (s) => s, patternsOf(option)).createFilter();
  // A file's stats: the filter asks only whether it is a directory.
  return filter(join(projectDir, relative), statSync(join(projectDir, 'package.json')));
}

/** The keys of a plist's top dict with their values, comments left out. */
function plistEntries(xml: string): Map<string, string> {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const entries = new Map<string, string>();
  for (const m of body.matchAll(/<key>([^<]+)<\/key>\s*(<true\s*\/>|<false\s*\/>|<string>[^<]*<\/string>|<array>[\s\S]*?<\/array>)/g)) {
    entries.set(m[1] ?? '', m[2] ?? '');
  }
  return entries;
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml: the installers', () => {
  it('names the app: app id, product name as package.json has it', () => {
    expect(config.appId).toBe('vn.paybatch.desktop');
    expect(config.productName).toBe('Paybatch');
    expect(packageJson.productName).toBe(config.productName);
  });

  it('builds an nsis installer for Windows, a dmg (and the zip macOS updates from) for macOS, an AppImage and a deb for Linux', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg', 'zip']);
    expect(targetNames(config.linux?.target)).toEqual(['AppImage', 'deb']);
  });

  it('signs for macOS under the hardened runtime with entitlements that let V8 run and nothing more', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    for (const file of [config.mac?.entitlements, config.mac?.entitlementsInherit]) {
      expect(file).toBe('build/entitlements.mac.plist');
      expect(existsSync(join(projectDir, file ?? ''))).toBe(true);
    }
    const entries = plistEntries(readFileSync(join(projectDir, 'build/entitlements.mac.plist'), 'utf8'));
    expect(entries.get('com.apple.security.cs.allow-jit')).toMatch(/<true\s*\/>/);
    expect([...entries.keys()].filter((key) => key.startsWith('com.apple.security.device.') || key.includes('disable-library-validation'))).toEqual([]);
  });

  it('gives keychain-access-groups only together with a team id and the provisioning profile that authorises it (without one macOS kills the app at launch)', () => {
    const entries = plistEntries(readFileSync(join(projectDir, 'build/entitlements.mac.plist'), 'utf8'));
    const groups = entries.get('keychain-access-groups');
    if (groups === undefined) {
      // The login keychain @napi-rs/keyring uses needs no entitlement (build/entitlements.mac.plist says why).
      expect(config.mac?.provisioningProfile ?? undefined).toBeUndefined();
      return;
    }
    expect(groups).toMatch(/<string>[A-Z0-9]{10}\.vn\.paybatch\.desktop<\/string>/);
    expect(existsSync(join(projectDir, config.mac?.provisioningProfile ?? 'none'))).toBe(true);
  });

  it('makes the deb depend on libsecret and on everything electron-builder would have listed itself', () => {
    const depends = config.deb?.depends ?? [];
    // Setting depends replaces electron-builder's own list: it must all still be there.
    const defaults = (FpmTarget.prototype as unknown as { getDefaultDepends(target: string): string[] }).getDefaultDepends('deb');
    expect(defaults.length).toBeGreaterThan(0);
    expect(depends).toEqual(expect.arrayContaining([...defaults, 'libsecret-1-0']));
  });

  it('rebuilds native modules for Electron, refuses a wrong build, and keeps every .node file out of the asar archive', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.afterPack).toBe('./scripts/check-native-abi.mjs');
    for (const addon of [
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/@napi-rs/keyring-linux-x64-gnu/keyring.linux-x64-gnu.node',
      'node_modules/@napi-rs/keyring-darwin-arm64/keyring.darwin-arm64.node',
      'node_modules/@napi-rs/keyring-win32-x64-msvc/keyring.win32-x64-msvc.node',
    ]) {
      expect(matches(config.asarUnpack, addon), addon).toBe(true);
    }
    expect(matches(config.asarUnpack, 'out/main/index.js')).toBe(false);
  });

  it('ships only the built app and package.json; dependencies come from node_modules, devDependencies never', () => {
    for (const file of ['out/main/index.js', 'out/main/engine-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'out/renderer/assets/index.js', 'package.json']) {
      expect(matches(config.files, file), file).toBe(true);
    }
    for (const file of ['out/types/node.tsbuildinfo', 'electron/main/index.ts', 'shared/api.ts', 'test/unit/boundaries.test.ts', 'scripts/dist.mjs', 'build/icon.png', 'README.md', 'examples/haipay-payroll.csv']) {
      expect(matches(config.files, file), file).toBe(false);
    }
    // electron-builder packs the dependencies and leaves the devDependencies out: the build
    // tools and Electron itself must stay among the latter.
    for (const tool of ['electron', 'electron-builder', 'electron-vite', 'vite', 'vitest', 'typescript']) {
      expect(packageJson.dependencies[tool], tool).toBeUndefined();
      expect(packageJson.devDependencies[tool], tool).toBeDefined();
    }
  });

  it('has an icon electron-builder can make every platform\'s icons from: a square PNG of at least 512 px', () => {
    expect(config.icon).toBe('build/icon.png');
    const { width, height } = pngSize(readFileSync(join(projectDir, 'build/icon.png')));
    expect(width).toBe(height);
    expect([512, 1024]).toContain(width);
  });

  it('writes latest*.yml beside the installers for a generic feed, and never publishes on its own', () => {
    const publish = Array.isArray(config.publish) ? config.publish : [config.publish];
    expect(publish).toEqual([expect.objectContaining({ provider: 'generic' })]);
    expect(packageJson.scripts['dist']).toBe('node scripts/dist.mjs');
    expect(readFileSync(join(projectDir, 'scripts/dist.mjs'), 'utf8')).toContain("'--publish', 'never'");
  });

  it('keeps the fuses block (its settings: electron-builder-fuses.test.ts)', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true });
  });
});

describe('check-native-abi: the afterPack hook', () => {
  const nodeBuild = join(projectDir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');

  it('reads the ABI a Node addon was built for', () => {
    expect(addonAbi(readFileSync(nodeBuild))).toBe(Number(process.versions.modules));
    expect(addonAbi(Buffer.from('napi_register_module_v1'))).toBeUndefined();
  });

  it("finds better-sqlite3 built for this Node as wrong for the app's Electron, and N-API addons as fine", () => {
    const electronVersion = (JSON.parse(readFileSync(join(projectDir, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    const expected = electronAbi(electronVersion);
    expect(expected).not.toBe(Number(process.versions.modules));
    // A build from source also leaves a copy under obj.target: each is found, each as Node's.
    const wrong = wrongAbiAddons(join(projectDir, 'node_modules/better-sqlite3/build'), expected);
    expect(wrong).toContainEqual({ file: nodeBuild, abi: Number(process.versions.modules) });
    expect(new Set(wrong.map(({ abi }) => abi))).toEqual(new Set([Number(process.versions.modules)]));
    expect(wrongAbiAddons(join(projectDir, 'node_modules/@napi-rs'), expected)).toEqual([]);
  });
});
