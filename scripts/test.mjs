// `npm test`: everything a change must pass, in the order that fails fastest.
// Type-check every side, lint (boundaries included), build, then all vitest projects (unit,
// integration, e2e in Chromium) inside a private D-Bus session whose keyring lives in a
// temporary folder, so the keychain tests never touch the developer's own keychain.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestPrerequisites } from './test-prerequisites.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const vitestArgs = process.argv.slice(2);

function step(label, command, args, options = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

if (!ensureTestPrerequisites()) process.exit(1);
step('Type-check (shared, node, electron, web, worker, e2e)', 'npm', ['run', '--silent', 'typecheck']);
step('Lint', 'npm', ['run', '--silent', 'lint']);
step('Build', bin('electron-vite'), ['build', '--logLevel', 'warn']);

const resultsDir = join(root, '.test-results');
mkdirSync(resultsDir, { recursive: true });
const report = join(resultsDir, 'vitest.json');
rmSync(report, { force: true });
const vitest = [bin('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArgs];

console.log('\n▶ Tests (unit, integration, e2e)');
let status;
if (process.platform === 'linux') {
  const keyringHome = mkdtempSync(join(tmpdir(), 'paybatch-keyring-'));
  const quoted = vitest.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  const script = `printf paybatch-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec ${quoted}`;
  status = spawnSync('dbus-run-session', ['--', 'sh', '-c', script], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, XDG_DATA_HOME: keyringHome, PAYBATCH_KEYCHAIN_TESTS: '1' },
  }).status;
  rmSync(keyringHome, { recursive: true, force: true });
} else {
  status = spawnSync(vitest[0], vitest.slice(1), { stdio: 'inherit', cwd: root, env: { ...process.env, PAYBATCH_KEYCHAIN_TESTS: '1' } }).status;
}

try {
  const totals = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = totals.numPendingTests + totals.numTodoTests;
  console.log(`\nTotal: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed, ${skipped} skipped`);
  if (totals.numTotalTests === 0) status = 1;
} catch {
  console.error('\nThe test run left no report: it stopped before finishing.');
  status = status || 1;
}
process.exit(status ?? 1);
