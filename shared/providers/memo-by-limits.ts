import type { RuleLimits } from './rule-limits.js';

/** Compiles a provider's schemas once per set of limits, not once per row. */
export function memoByLimits<T>(compile: (limits: RuleLimits) => T): (limits: RuleLimits) => T {
  const cache = new WeakMap<RuleLimits, T>();
  return (limits) => {
    let compiled = cache.get(limits);
    if (compiled === undefined) {
      compiled = compile(limits);
      cache.set(limits, compiled);
    }
    return compiled;
  };
}
