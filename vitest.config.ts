import { defineConfig } from 'vitest/config';

/**
 * Integration files that share their worker's modules (see the unit project's isolate): those
 * that leave the environment and every module as they found them (processes they start are
 * their own). Not those that measure the process's memory: another file's garbage, collected
 * while they measure, would hide what they look for. A new file runs in a process of its own
 * until listed here. (22 more files listed here: 85 → 73 s of CPU, 122 → 77 s.)
 */
const sharedIntegration = [
  'test/integration/examples.test.ts',
  ...['engine', 'host', 'providers', 'refunds', 'results'].map((dir) => `test/integration/${dir}/**/*.test.ts`),
  ...['csv-import', 'hostile-csv', 'hostile-xlsx', 'xlsx-import', 'xlsx-readers-agree', 'xlsx-readers-generated'].map((name) => `test/integration/import/${name}.test.ts`),
  ...['problems-workbook', 'result-refund', 'result-report'].map((name) => `test/integration/reports/${name}.test.ts`),
  ...['actions', 'killed', 'send', 'two-engines'].map((name) => `test/integration/audit/audit-${name}.test.ts`),
  ...['cli', 'hostile-corpus', 'inspect-refunds', 'inspect', 'serve-confirmation', 'validate'].map((name) => `test/integration/cli/${name}.test.ts`),
  'test/integration/engine-host/*.test.ts',
  'test/integration/main/*.test.ts',
  ...['practice-restart', 'presend-check', 'presend-paid-recently', 'provider-answers', 'review-findings', 'send-batch'].map((name) => `test/integration/send/${name}.test.ts`),
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.ts', ...sharedIntegration],
          // Replaces the `electron` module (vi.mock): in a process of its own, with integration.
          exclude: ['test/unit/electron/main/**'],
          environment: 'node',
          // Hang guards, not limits: a whole send takes 2–5 s here, and five times that on a machine
          // busy with other work (CI once saw 20 s for a Practice send beside three other jobs).
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Functions, engines and hosts that each test makes for itself and closes, touching
          // neither the environment nor the keychain nor any module: one module graph per worker,
          // not one per file. Importing the modules again for each file took 35 of test/unit's
          // 48 s, and a third of these integration files' time.
          isolate: false,
          // Vitest leaves one of two cores idle by default (workers = cores − 1): the unit and
          // integration files then run one after another, 100 s where two at a time take ~60.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 0 },
          // Each file in a process of its own: these set the environment (a keychain out of reach,
          // LANG), replace modules, use the keychain, and start and kill processes.
          include: ['test/integration/**/*.test.ts', 'test/unit/electron/main/**/*.test.ts'],
          exclude: sharedIntegration,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          // In one vitest, after the unit and integration group. `npm test` runs this project in a
          // vitest of its own beside them (scripts/test.mjs): its files mostly wait on a browser and a host.
          sequence: { groupOrder: 1 },
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time: two cores, and each test starts its own host.
          fileParallelism: false,
          // One module graph and one Chromium (test/support/chromium.ts) for all the files: importing
          // the support modules and launching a browser again per file cost ~1.2 s of CPU each. Every
          // test still gets its own host and data folder, and a tab holding nothing of an earlier test's
          // (test/e2e/kept-pages.ts: tabs are cleared and kept, a new one is a renderer process to start).
          isolate: false,
          // A page answers within seconds even on a busy machine; vitest's 1 s default is a race.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
