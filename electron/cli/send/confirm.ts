import { createInterface } from 'node:readline/promises';
import type { CliIo } from '../cli-io.js';

/**
 * Asks at the terminal; true only for "yes", typed out. Without a
 * terminal (a script, a pipe) there is nobody to ask: null, and the command says to use --yes.
 */
export async function confirmAtTerminal(io: CliIo, question: string): Promise<boolean | null> {
  const answer = await answerAtTerminal(io, question);
  // The word asked for, typed out: one stray letter never sends a payroll.
  return answer === null ? null : answer === 'yes';
}

/** The line typed in answer, trimmed and in lower case; null without a terminal. */
export async function answerAtTerminal(io: CliIo, question: string): Promise<string | null> {
  if (!io.stdin) return null;
  const reader = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  try {
    return (await reader.question(question)).trim().toLowerCase();
  } finally {
    reader.close();
  }
}
