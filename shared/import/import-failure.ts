/** The whole file could not be imported; `message` says why and what to do, for the accountant. */
export class ImportFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'ImportFailure';
  }
}
