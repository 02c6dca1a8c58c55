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

// Whether each process seen is one of our renderers: its command line and its parents do not
// change, so each is read once, not again by a sampler that looks every 50 ms beside what it measures.
const known = new Map<number, boolean>();

function isOurRenderer(pid: number): boolean {
  let ours = known.get(pid);
  if (ours === undefined) {
    try {
      ours = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer') && descendsFrom(pid, process.pid);
    } catch {
      // The process ended between listing and reading.
      return false;
    }
    known.set(pid, ours);
  }
  return ours;
}

/** Our renderer processes: Chromium renderers started (through its browser) by this process. */
function ourRenderers(): number[] {
  const running = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).map(Number);
  // A pid that ended may be given to another process: forgotten with it.
  const alive = new Set(running);
  for (const pid of known.keys()) if (!alive.has(pid)) known.delete(pid);
  return running.filter(isOurRenderer);
}

const kbOf = (status: string, pattern: RegExp): number => Number(pattern.exec(status)?.[1] ?? 0);
const vmRss = /^VmRSS:\s+(\d+)/m;
const rssAnon = /^RssAnon:\s+(\d+)/m;
const vmSwap = /^VmSwap:\s+(\d+)/m;

/** A tab's memory two ways, in MB, from one look at /proc (a sampler calls this every 50 ms). */
export type RendererMemory = {
  /**
   * Resident memory of the largest Chromium renderer process that this process started
   * (through its browser): the tab's, its worker included. Counts the pages of Chromium's own
   * code every renderer maps (an empty tab is ~160 MB here, ~95 MB of it shared with the others).
   */
  readonly rssMb: number;
  /**
   * The tab's private memory footprint, as Chrome's Task Manager shows it ("Memory footprint"):
   * on Linux, Chromium's memory instrumentation counts a process's anonymous resident pages and
   * its swap (RssAnon + VmSwap, CalculatePrivateFootprintKb), not the code it shares with every
   * other Chromium process. An empty tab is ~52 MB of it here.
   */
  readonly footprintMb: number;
};

/** Renderers of other browsers on the machine, another test run's or a developer's, are not ours to count. */
export function rendererMemory(): RendererMemory {
  let rss = 0;
  let footprint = 0;
  for (const pid of ourRenderers()) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss = Math.max(rss, kbOf(status, vmRss));
      footprint = Math.max(footprint, kbOf(status, rssAnon) + kbOf(status, vmSwap));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { rssMb: rss / 1024, footprintMb: footprint / 1024 };
}

/** The largest renderer's resident memory (see RendererMemory). */
export function rendererRssMb(): number {
  return rendererMemory().rssMb;
}
