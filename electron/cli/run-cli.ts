// The `paybatch` process (bin/paybatch.js loads the built copy of this file): runs main with
// the command line and turns its answer into the exit code. main itself never exits, so tests
// can call it in process.
import { main } from './main.js';

const command = process.argv[2];

// `paybatch inspect … --json | head` closes the pipe before the report ends: the reader has
// what it wanted, so stop quietly instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

void main(process.argv.slice(2)).then((code) => {
  // serve and simulate keep running; everything else ends with its exit code.
  if (code !== 0 || (command !== 'serve' && command !== 'simulate')) process.exitCode = code;
});
