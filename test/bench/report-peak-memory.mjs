// Preloaded (node --import) into every process the CLI bench starts, ours and the bare parsers'
// alike: at exit it prints the process's CPU time (every thread's) and peak resident memory to
// stderr, peak last. getrusage's maxRSS
// is kept by the kernel for the whole life of the process, so nothing is missed between
// samples, and it needs no tool outside Node (GNU time is not on every machine).
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\ncpu-us ${usage.userCPUTime + usage.systemCPUTime}\npeak-rss-kb ${usage.maxRSS}\n`);
});
