/**
 * The whole file could not be imported; `message` says why and what to do, for the accountant,
 * in English. `params` are every value it holds (the file's name, a line, a limit, and `variant`
 * where one code has several sentences), so `importFailure.<code>` says it in their language.
 */
export class ImportFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly detail?: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}
