import type { z } from 'zod';
import { api, isMethodName, type MethodName } from '../../shared/api.js';
import { fail, ok, transportFail, type Result } from '../../shared/result.js';
import type { CallContext, Engine } from './engine.js';
import { internalDetail, logInternalError } from './debug-log.js';
import { EngineError } from './engine-error.js';

/**
 * The one door into the engine, shared by the IPC and HTTP transports: the method name is
 * checked against the contract, the payload parsed with the method's schema, and every failure
 * (bad input, a thrown error) comes back as data, never as an exception across the boundary.
 * `detail` never quotes the request and never holds a stack (DESIGN.md, errors as data).
 */
export async function dispatch(
  engine: Engine,
  method: string,
  payload: unknown,
  ctx: CallContext,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return transportFail('request_unknown', unknownMethodDetail(method));
  }
  const schema = api[method].input;
  const parsed = schema.safeParse(payload === undefined ? {} : payload);
  if (!parsed.success) {
    return transportFail('request_malformed', `${method}: ${describeIssues(schema, parsed.error.issues)}`);
  }
  try {
    // Each successful call that changes something is recorded in the audit log, as its
    // method's summary keeps it (never a secret); read-only calls are not.
    const mark = engine.audit.calling(method, parsed.data);
    const value = await call(engine, method, parsed.data, ctx);
    engine.audit.called(parsed.data, value, mark);
    return ok(value);
  } catch (error) {
    if (error instanceof EngineError) return fail(error.code, error.message, error.detail, error.params);
    const ref = logInternalError(engine.dataDir, method, error);
    return transportFail('internal_error', internalDetail(method, error, ref));
  }
}

// One generic step so the handler and its parsed input stay tied to the same method name.
function call<M extends MethodName>(engine: Engine, method: M, input: unknown, ctx: CallContext): Promise<unknown> {
  const handler = engine.handlers[method] as (input: unknown, ctx: CallContext) => Promise<unknown>;
  return handler(input, ctx);
}

// A version mismatch shows as a method-shaped name worth logging; anything else is just noise
// from whoever sent it, and is not repeated.
function unknownMethodDetail(method: string): string {
  return /^[a-z]+(\.[A-Za-z]+)+$/.test(method) && method.length <= 64 ? `method: ${method}` : `method name of ${method.length} characters`;
}

const maxIssuesShown = 10;

/**
 * Where and how the input failed, built from zod's structured issues rather than its
 * messages: a message names an unexpected key, and a path runs through record keys, both of
 * which come from the request. A path segment is shown only when the schema itself declares it.
 */
function describeIssues(schema: z.core.$ZodType, issues: readonly z.core.$ZodIssue[]): string {
  const known = declaredKeys(schema);
  const shown = issues.slice(0, maxIssuesShown).map((issue) => {
    const path = issue.path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : typeof segment === 'string' && known.has(segment) ? `.${segment}` : '.*')).join('');
    const extra = issue.code === 'unrecognized_keys' ? ` ×${issue.keys.length}` : 'expected' in issue && typeof issue.expected === 'string' ? ` (expected ${issue.expected})` : '';
    return `${path.replace(/^\./, '') || '(input)'}: ${issue.code}${extra}`;
  });
  const more = issues.length > maxIssuesShown ? `; and ${issues.length - maxIssuesShown} more` : '';
  return shown.join('; ') + more;
}

const declaredKeysCache = new WeakMap<z.core.$ZodType, ReadonlySet<string>>();

/** Every object key the schema declares, anywhere inside it. */
function declaredKeys(schema: z.core.$ZodType): ReadonlySet<string> {
  const cached = declaredKeysCache.get(schema);
  if (cached) return cached;
  const keys = new Set<string>();
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (!isSchema(node) || seen.has(node)) return;
    seen.add(node);
    for (const [field, value] of Object.entries(node._zod.def)) {
      if (field === 'shape' && typeof value === 'object' && value !== null) {
        for (const [key, child] of Object.entries(value)) {
          keys.add(key);
          walk(child);
        }
      } else if (Array.isArray(value)) value.forEach(walk);
      else walk(value);
    }
  };
  walk(schema);
  declaredKeysCache.set(schema, keys);
  return keys;
}

function isSchema(value: unknown): value is z.core.$ZodType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}
