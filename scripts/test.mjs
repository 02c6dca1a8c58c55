// `npm test`: everything a change must pass, in the order that fails fastest.
// Type-check every side, lint (boundaries included) and build, side by side; then the vitest
// projects: unit + integration in one vitest, e2e (Chromium) in another beside it. Each runs
// inside its own private D-Bus session whose keyring lives in a temporary folder, so the
// keychain tests never touch the developer's own keychain.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestPrerequisites } from './test-prerequisites.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const vitestArgs = process.argv.slice(2);

/** Runs a command; its output is kept (to print whole, not interleaved) unless `inherit`. */
function run(command, args, { inherit = false, env = process.env } = {}) {
  const child = spawn(command, args, { cwd: root, env, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  let output = '';
  if (!inherit) {
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
  }
  const done = new Promise((resolve) => child.on('close', (code, signal) => resolve({ status: code ?? (signal ? 1 : 0), output: () => output })));
  return { child, done };
}

/**
 * Type-check, lint and build at once: none needs another's output, and each uses one core.
 * Each step's output is printed whole as it ends; the first failure stops the rest.
 */
async function checks(steps) {
  const running = steps.map(({ label, command, args }) => ({ label, ...run(command, args) }));
  let failed = null;
  await Promise.all(
    running.map(async ({ label, done }) => {
      const { status, output } = await done;
      if (failed) return;
      console.log(`\n▶ ${label}${status === 0 ? '' : ' ✖'}`);
      if (output()) process.stdout.write(output());
      if (status !== 0) {
        failed = label;
        for (const other of running) if (other.child.exitCode === null) other.child.kill('SIGTERM');
      }
    }),
  );
  if (failed) {
    console.error(`\n✖ ${failed} failed.`);
    process.exit(1);
  }
}

/** vitest ARGS, on Linux in a private D-Bus session with an unlocked keyring of its own. */
function vitest(args, options) {
  const env = { ...process.env, PAYBATCH_KEYCHAIN_TESTS: '1' };
  const command = [bin('vitest'), 'run', ...args];
  if (process.platform !== 'linux') return run(command[0], command.slice(1), { ...options, env });
  const keyringHome = mkdtempSync(join(tmpdir(), 'paybatch-keyring-'));
  const quoted = command.map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(' ');
  const script = `printf paybatch-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec ${quoted}`;
  const started = run('dbus-run-session', ['--', 'sh', '-c', script], { ...options, env: { ...env, XDG_DATA_HOME: keyringHome } });
  return { ...started, done: started.done.finally(() => rmSync(keyringHome, { recursive: true, force: true })) };
}

/** One report from the projects' own: counts added up, files side by side. */
function merge(reports) {
  const merged = { ...reports[0], testResults: [] };
  for (const key of Object.keys(merged)) if (key.startsWith('num')) merged[key] = 0;
  for (const report of reports) {
    for (const key of Object.keys(merged)) if (key.startsWith('num')) merged[key] += report[key] ?? 0;
    merged.startTime = Math.min(merged.startTime, report.startTime);
    merged.success = merged.success && report.success;
    merged.testResults.push(...report.testResults);
  }
  return merged;
}

if (!ensureTestPrerequisites()) process.exit(1);
await checks([
  { label: 'Type-check (shared, node, electron, web, worker, e2e)', command: 'npm', args: ['run', '--silent', 'typecheck'] },
  { label: 'Lint', command: 'npm', args: ['run', '--silent', 'lint'] },
  { label: 'Build', command: bin('electron-vite'), args: ['build', '--logLevel', 'warn'] },
]);

const resultsDir = join(root, '.test-results');
mkdirSync(resultsDir, { recursive: true });
const report = join(resultsDir, 'vitest.json');
rmSync(report, { force: true });
const reporters = (file) => ['--reporter=default', '--reporter=json', `--outputFile.json=${file}`];

let status;
if (vitestArgs.some((arg) => arg === '--project' || arg.startsWith('--project='))) {
  // Projects chosen by hand: one vitest, as asked.
  console.log('\n▶ Tests');
  status = (await vitest([...reporters(report), ...vitestArgs], { inherit: true }).done).status;
} else {
  // The e2e files wait on a browser and a host most of the time; the unit and integration
  // files keep both cores busy meanwhile. Side by side, not one group after the other.
  console.log('\n▶ Tests (unit and integration; e2e in Chromium beside them, printed when they end)');
  const projects = [
    { name: 'unit', projects: ['!e2e'] },
    { name: 'e2e', projects: ['e2e'] },
  ].map((run) => ({ ...run, report: join(resultsDir, `vitest-${run.name}.json`) }));
  for (const { report: file } of projects) rmSync(file, { force: true });
  const [unit, e2e] = projects.map(({ name, projects: chosen, report: file }) =>
    vitest([...chosen.flatMap((project) => ['--project', project]), '--passWithNoTests', ...reporters(file), ...vitestArgs], { inherit: name === 'unit' }),
  );
  const [unitEnd, e2eEnd] = await Promise.all([unit.done, e2e.done]);
  console.log('\n▶ Tests (e2e)');
  process.stdout.write(e2eEnd.output());
  status = unitEnd.status || e2eEnd.status;
  try {
    writeFileSync(report, JSON.stringify(merge(projects.map(({ report: file }) => JSON.parse(readFileSync(file, 'utf8'))))));
  } catch {
    // Said below: a project left no report.
  }
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
