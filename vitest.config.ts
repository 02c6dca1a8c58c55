import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['test/unit/**/*.test.ts'],
          // Replaces the `electron` module (vi.mock): in a process of its own, with integration.
          exclude: ['test/unit/electron/main/**'],
          environment: 'node',
          testTimeout: 20_000,
          // Plain functions on values: one module graph per worker, not one per file. Importing
          // the modules again for each file took 35 of these files' 48 s.
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
          // Each file in a process of its own: files set the environment (a keychain out of reach,
          // LANG), replace modules, and start engines, hosts and processes.
          include: ['test/integration/**/*.test.ts', 'test/unit/electron/main/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
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
          // A page answers within seconds even on a busy machine; vitest's 1 s default is a race.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
