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

/**
 * Resident memory of the largest Chromium renderer process that this process started (through
 * its browser): the tab's, its worker included. Renderers of other browsers on the machine,
 * another test run's or a developer's, are not ours to count.
 */
export function rendererRssMb(): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      if (!descendsFrom(Number(pid), process.pid)) continue;
      kb = Math.max(kb, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}
