import { z } from 'zod';
import { api, isMethodName, type MethodName } from '../../shared/api.js';
import { fail, ok, type Result } from '../../shared/result.js';
import type { CallContext, Engine } from './engine.js';
import { EngineError } from './engine-error.js';

/**
 * The one door into the engine, shared by the IPC and HTTP transports: the method name is
 * checked against the contract, the payload parsed with the method's schema, and every failure
 * (bad input, a thrown error) comes back as data, never as an exception across the boundary.
 */
export async function dispatch(
  engine: Engine,
  method: string,
  payload: unknown,
  ctx: CallContext,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return fail('unknown_method', 'Paybatch received a request it does not know. Please update the app.', `method: ${method}`);
  }
  const parsed = api[method].input.safeParse(payload === undefined ? {} : payload);
  if (!parsed.success) {
    return fail(
      'invalid_input',
      'Paybatch could not accept this request because some of its data is malformed.',
      `${method}: ${z.prettifyError(parsed.error)}`,
    );
  }
  try {
    return ok(await call(engine, method, parsed.data, ctx));
  } catch (error) {
    if (error instanceof EngineError) return fail(error.code, error.message, error.detail);
    return fail(
      'internal',
      'Something went wrong inside Paybatch. Nothing was sent; please try again, and if it keeps happening, send the log to support.',
      error instanceof Error ? `${method}: ${error.stack ?? error.message}` : `${method}: ${String(error)}`,
    );
  }
}

// One generic step so the handler and its parsed input stay tied to the same method name.
function call<M extends MethodName>(engine: Engine, method: M, input: unknown, ctx: CallContext): Promise<unknown> {
  const handler = engine.handlers[method] as (input: unknown, ctx: CallContext) => Promise<unknown>;
  return handler(input, ctx);
}
