import type { ErrorCode } from '../../shared/result.js';

/** Thrown inside the engine when the accountant must be told something specific. */
export class EngineError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}
