import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Proves the boundary rules in eslint.config.js actually fire: each crossing from DESIGN.md
 * "Layout" is linted as if it were written in that folder, and must be refused.
 */
const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('process boundaries', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['shared/x.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['shared/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['shared/x.ts', "import { x as y } from '../electron/engine/engine.js';\nexport const x = y;\n"],
    ['shared/x.ts', "import { x as y } from '../renderer/src/App';\nexport const x = y;\n"],
    ['shared/x.ts', 'export const x = process.env.HOME;\n'],
    ['shared/x.ts', 'export const x = Buffer.from("a");\n'],
    ['shared/x.ts', 'export const x = document.title;\n'],
    ['electron/engine/x.ts', "import { app } from 'electron';\nexport const x = app;\n"],
    ['electron/host/x.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/src/x.ts', "import { dispatch } from '../../electron/engine/dispatch';\nexport const x = dispatch;\n"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    // ipcMain and ipcRenderer only inside the wrappers that gate and list every channel.
    ['electron/main/index.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['electron/main/x.ts', "import * as electron from 'electron';\nexport const x = electron;\n"],
    ['electron/main/desktop/x.ts', "import { ipcMain as m } from 'electron';\nexport const x = m;\n"],
    ['electron/preload/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['electron/main/x.ts', "import electron from 'electron';\nexport const x = electron.ipcMain;\n"],
    ['electron/main/x.ts', "import { BrowserWindow } from 'electron';\nexport const x = (w: BrowserWindow) => w.webContents.ipc.handle('c', () => 1);\n"],
  ])('refuses a crossing in %s: %s', async (file, code) => {
    const found = await problems(file, code);
    expect(found.some((p) => /^no-restricted-(imports|globals|syntax)/.test(p)), found.join('\n')).toBe(true);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nimport { eventSchema } from './events.js';\nexport const x = [z, eventSchema];\n"],
    ['electron/engine/x.ts', "import { mkdirSync } from 'node:fs';\nimport { api } from '../../shared/api.js';\nexport const x = [mkdirSync, api];\n"],
    ['renderer/src/x.ts', "import { api } from '../../shared/api';\nexport const x = api;\n"],
    ['electron/main/ipc-handlers.ts', "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n"],
    ['electron/preload/index.ts', "import { contextBridge, ipcRenderer } from 'electron';\nexport const x = [contextBridge, ipcRenderer];\n"],
    ['electron/main/x.ts', "import { dialog } from 'electron';\nexport const x = dialog;\n"],
  ])('allows what belongs in %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
