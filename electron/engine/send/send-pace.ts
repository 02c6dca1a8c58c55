/** Over how long the pace is measured: long enough to steady it, short enough to follow a change. */
const windowMs = 10_000;

/** Rows answered per second lately, and what that makes the time left. */
export function createSendPace() {
  const times: number[] = [];
  let firstAt: number | null = null;
  return {
    answered(now = Date.now()): void {
      firstAt ??= now;
      times.push(now);
      while (times.length > 0 && (times[0] ?? now) < now - windowMs) times.shift();
    },
    rowsPerSecond(now = Date.now()): number | null {
      while (times.length > 0 && (times[0] ?? now) < now - windowMs) times.shift();
      if (times.length < 2 || firstAt === null) return null;
      const span = Math.min(windowMs, now - firstAt) / 1000;
      return span > 0 ? times.length / span : null;
    },
    secondsLeft(rowsLeft: number, now = Date.now()): number | null {
      if (rowsLeft === 0) return 0;
      const pace = this.rowsPerSecond(now);
      return pace ? Math.ceil(rowsLeft / pace) : null;
    },
  };
}

export type SendPace = ReturnType<typeof createSendPace>;
