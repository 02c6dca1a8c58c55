import { fileURLToPath } from 'node:url';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { PlatformPackager } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { describe, expect, it } from 'vitest';

/**
 * The fuses are read from electron-builder.yml by electron-builder itself: its own loader, its
 * own schema check (which refuses a misspelt option), and its own translation into the wire
 * settings it hands to @electron/fuses when packaging. Nothing here is a text match on the
 * file, so a key electron-builder would ignore or reject fails the test.
 */
const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const quietDebugLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<typeof validateConfiguration>[1];

// electron-builder's private step from its config to @electron/fuses' settings; reached
// through the prototype because it is the exact code packaging runs.
type FuseStep = { generateFuseConfig(fuses: unknown): Promise<Record<string | number, unknown>> };
const toFuseSettings = (fuses: unknown) => (PlatformPackager.prototype as unknown as FuseStep).generateFuseConfig(fuses);

describe('electron-builder.yml: Electron fuses', () => {
  it('is a configuration electron-builder accepts', async () => {
    const config = await getConfig(projectDir, null, null);
    await expect(validateConfiguration(config, quietDebugLogger)).resolves.toBeUndefined();
  });

  it('flips the fuses that keep the packaged app from being used as a Node runtime or debugger', async () => {
    const config = await getConfig(projectDir, null, null);
    expect(config.electronFuses, 'electron-builder.yml sets no electronFuses').toBeTruthy();
    const settings = await toFuseSettings(config.electronFuses);
    expect(settings).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });
});
