import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../../../electron/engine/send/backoff.js';
import { createProviderGate } from '../../../../electron/engine/send/provider-gate.js';

describe('the provider gate', () => {
  it('never has more calls at once than allowed, and widens when a send asks for more', async () => {
    const gate = createProviderGate({ concurrency: 2, ratePerSecond: 1000 });
    let running = 0;
    let most = 0;
    const call = () =>
      gate.run(async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
      });
    await Promise.all(Array.from({ length: 10 }, call));
    expect(most).toBe(2);
    gate.widen(4);
    most = 0;
    await Promise.all(Array.from({ length: 12 }, call));
    expect(most).toBe(4);
  });

  it('starts no more calls per second than its rate (a second’s worth at once, then evenly)', async () => {
    const gate = createProviderGate({ concurrency: 50, ratePerSecond: 20 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 30 }, () => gate.run(async () => {})));
    // 20 at once, then 10 more at 20 a second: at least half a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
  });

  it('starts nothing while the provider asked to wait (Retry-After)', async () => {
    const gate = createProviderGate({ concurrency: 4, ratePerSecond: 1000 });
    gate.holdFor(300);
    const started = Date.now();
    await gate.run(async () => {});
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('backoff', () => {
  it('doubles from its base up to its ceiling, each wait between half and all of it', () => {
    expect(backoffMs(0, 1000, 60_000, () => 0)).toBe(500);
    expect(backoffMs(0, 1000, 60_000, () => 1)).toBe(1000);
    expect(backoffMs(3, 1000, 60_000, () => 1)).toBe(8000);
    expect(backoffMs(20, 1000, 60_000, () => 1)).toBe(60_000);
    expect(backoffMs(20, 1000, 60_000, () => 0)).toBe(30_000);
  });
});
