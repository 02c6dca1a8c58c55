import { readdirSync, readFileSync } from 'node:fs';

/** The parent of `pid`, from /proc (0 when it has ended). */
function parentOf(pid: number): number {
  try {
    // Field 4 of /proc/PID/stat, after the command name in parentheses (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] ?? 0);
  } catch {
    return 0;
  }
}

function descendsFrom(pid: number, ancestor: number): boolean {
  for (let at = parentOf(pid), hops = 0; at > 1 && hops < 16; at = parentOf(at), hops += 1) if (at === ancestor) return true;
  return false;
}

/** Our renderer processes: Chromium renderers started (through its browser) by this process. */
function ourRenderers(): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer') && descendsFrom(Number(pid), process.pid)) found.push(Number(pid));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return found;
}

/** The largest of `fields` (kB, added up per process) over our renderer processes, in MB. */
function largestRenderer(fields: readonly string[]): number {
  let kb = 0;
  for (const pid of ourRenderers()) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const sum = fields.reduce((total, field) => total + Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0), 0);
      kb = Math.max(kb, sum);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}

/**
 * Resident memory of the largest Chromium renderer process that this process started (through
 * its browser): the tab's, its worker included. Renderers of other browsers on the machine,
 * another test run's or a developer's, are not ours to count. Counts the pages of Chromium's own
 * code every renderer maps (an empty tab is ~160 MB here, ~95 MB of it shared with the others).
 */
export function rendererRssMb(): number {
  return largestRenderer(['VmRSS']);
}

/**
 * The tab's private memory footprint, as Chrome's Task Manager shows it ("Memory footprint"):
 * on Linux, Chromium's memory instrumentation counts a process's anonymous resident pages and
 * its swap (RssAnon + VmSwap, CalculatePrivateFootprintKb), not the code it shares with every
 * other Chromium process. An empty tab is ~40 MB of it here.
 */
export function rendererFootprintMb(): number {
  return largestRenderer(['RssAnon', 'VmSwap']);
}
