import type { ErrorCode } from '../../shared/result.js';

/** Thrown inside the engine when the accountant must be told something specific. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: string,
    readonly params?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
