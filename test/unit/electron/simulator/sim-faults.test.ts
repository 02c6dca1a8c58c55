import { describe, expect, it } from 'vitest';
import { defaultFaults, happens, parseFaults } from '../../../../electron/simulator/sim-faults.js';

describe('fault switches', () => {
  it('read the --faults spec', () => {
    expect(parseFaults('latency=200,5xx=0.1,timeout=0.05,drop=1,settle=1500,fail=0451000123456|0900000000,badsig=0')).toEqual({
      latencyMs: 200,
      error5xx: 0.1,
      timeout: 0.05,
      drop: 1,
      settleMs: 1500,
      failTargets: new Set(['0451000123456', '0900000000']),
      badSignature: 0,
      busy: 0,
    });
    expect(parseFaults(undefined)).toEqual(defaultFaults());
  });
  it.each([
    ['drop=2', 'needs a probability from 0 to 1'],
    ['latency=-5', 'latency needs milliseconds'],
    ['explode=1', 'unknown fault "explode"'],
  ])('refuse %s', (spec, message) => {
    expect(() => parseFaults(spec)).toThrow(message);
  });
  it('1 always happens and 0 never does', () => {
    expect(Array.from({ length: 50 }, () => happens(1)).every(Boolean)).toBe(true);
    expect(Array.from({ length: 50 }, () => happens(0)).some(Boolean)).toBe(false);
  });
});
