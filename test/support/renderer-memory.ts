import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of the largest Chromium renderer process: the tab's, its worker included. */
export function rendererRssMb(): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      kb = Math.max(kb, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return kb / 1024;
}
