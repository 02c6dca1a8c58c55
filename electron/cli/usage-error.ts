/** The command line asked for something that cannot be done: said in one line, exit code 2. */
export class UsageError extends Error {}
