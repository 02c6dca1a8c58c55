/**
 * How fast one provider is called, shared by every batch sending to it: at most `concurrency`
 * calls at once, at most `ratePerSecond` started per second (a token bucket holding a second's
 * worth), and none at all until a Retry-After the provider gave has passed.
 */
export function createProviderGate(options: { concurrency: number; ratePerSecond: number }) {
  let concurrency = options.concurrency;
  let running = 0;
  // The bucket holds at least one call, so a pace under one a second still lets calls through.
  const capacity = Math.max(1, options.ratePerSecond);
  let tokens = capacity;
  let filledAt = Date.now();
  let holdUntil = 0;
  const waiting: Array<() => void> = [];

  function refill(now: number): void {
    tokens = Math.min(capacity, tokens + ((now - filledAt) / 1000) * options.ratePerSecond);
    filledAt = now;
  }

  async function enter(): Promise<void> {
    for (;;) {
      const now = Date.now();
      refill(now);
      if (running < concurrency && tokens >= 1 && now >= holdUntil) {
        running += 1;
        tokens -= 1;
        return;
      }
      if (running >= concurrency) {
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      const wait = Math.max(holdUntil - now, tokens >= 1 ? 0 : ((1 - tokens) / options.ratePerSecond) * 1000, 1);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  function leave(): void {
    running -= 1;
    waiting.shift()?.();
  }

  return {
    /** Runs one provider call inside the limits. */
    async run<T>(call: () => Promise<T>): Promise<T> {
      await enter();
      try {
        return await call();
      } finally {
        leave();
      }
    },
    /** A send asked for more calls at once than the provider's setting (`--concurrency`, the Send screen). */
    widen(calls: number): void {
      while (concurrency < calls) {
        concurrency += 1;
        waiting.shift()?.();
      }
    },
    /** The provider asked us to wait (429 / Retry-After): nothing starts before then. */
    holdFor(ms: number): void {
      holdUntil = Math.max(holdUntil, Date.now() + ms);
    },
    get running(): number {
      return running;
    },
  };
}

export type ProviderGate = ReturnType<typeof createProviderGate>;
