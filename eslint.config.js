import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Exact names: as gitignore-style patterns, 'events' would also match our own shared/events.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

/** Process boundaries (DESIGN.md "Layout"): crossing one fails `npm test`. */
const boundaries = {
  shared: {
    files: ['shared/**/*.ts'],
    message: 'shared/ runs in the renderer, its worker and Node: no Node built-ins, no Electron, no app code from either side.',
    paths: [...nodeBuiltins, 'react', 'react-dom'],
    patterns: ['node:*', 'electron', 'electron/*', '**/electron/**', '**/renderer/**', 'react-dom/*'],
  },
  engine: {
    files: ['electron/engine/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    message: 'The engine, host and CLI are plain Node: they must run where Electron cannot.',
    paths: [],
    patterns: ['electron', 'electron/*', '**/electron/main/**', '**/electron/preload/**', '**/renderer/**'],
  },
  simulator: {
    files: ['electron/simulator/**/*.ts'],
    message: "Simulators are plain Node, written from the providers' docs: nothing from Electron, the renderer or our clients (a code misread there would pass both sides).",
    paths: [],
    patterns: ['electron', 'electron/*', '**/electron/main/**', '**/electron/preload/**', '**/renderer/**', '**/engine/providers/**'],
  },
  renderer: {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    message: 'The renderer is untrusted web code: it reaches the main process only through the contract (shared/api.ts).',
    paths: nodeBuiltins,
    patterns: ['node:*', 'electron', 'electron/*', '**/electron/**'],
  },
};

/** The only files that may touch ipcMain / ipcRenderer. */
const ipcWrappers = ['electron/main/ipc-handlers.ts', 'electron/preload/index.ts'];
const ipcMessage = `ipcMain and ipcRenderer are used only in ${ipcWrappers.join(' and ')}: register a channel there, behind the sender check and the method's schema.`;

// Globals that exist only in Node or only in a page; shared/ must use neither.
const nonPortableGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**', '.test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  ...Object.values(boundaries).map(({ files, message, paths, patterns }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: paths.map((name) => ({ name, message })), patterns: [{ group: patterns, message }] },
      ],
    },
  })),
  {
    // STYLE.md 1–2: the window reaches the main process only through the wrappers that check the
    // sender and parse the payload (main) and expose one function per method (preload).
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    ignores: ipcWrappers,
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: ipcMessage }] }],
      // Reached another way: `electron.ipcMain` through a default import, or a window's own `webContents.ipc`.
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name=/^(ipcMain|ipcRenderer|ipc)$/]", message: ipcMessage }],
    },
  },
  {
    files: boundaries.shared.files,
    rules: {
      'no-restricted-globals': ['error', ...nonPortableGlobals.map((name) => ({ name, message: boundaries.shared.message }))],
    },
  },
);
