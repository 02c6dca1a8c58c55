import type { ProviderRules, RuleContext } from '../../../shared/providers/rule-context';
import type { ReviewRow } from '../../../shared/review/review-row';
import { createReviewState, type ReviewState } from '../../../shared/review/review-state';

/**
 * How long one slice of work may hold the window before it lets the screen draw and respond.
 * Short, because more lands on a slice than its own work: a garbage collection (5–15 ms for
 * the young generation, 20–40 ms to finish a full one while 100,000 checked rows are built)
 * runs inside whichever slice set it off, and Chromium often runs the next slice before a
 * waiting timer. With 8 ms slices the window was held for up to 60–75 ms while checking.
 */
const sliceMs = 5;

/**
 * Checks every row in time slices, yielding to the window between them, so 100,000 rows never
 * hold the screen still. Resolves null when `cancelled()` turns true (a newer check replaced it).
 */
export async function checkInSlices(count: number, rowAt: (index: number) => ReviewRow | undefined, rules: ProviderRules, context: RuleContext, cancelled: () => boolean, onProgress: (done: number) => void): Promise<ReviewState | null> {
  const state = createReviewState(rules, context);
  const done = await inSlices(count, (i) => {
    const row = rowAt(i);
    if (row) state.append(row);
  }, cancelled, onProgress);
  if (!done) return null;
  state.finish();
  return state;
}

/**
 * Runs `step(0 … count-1)` in slices of about `sliceMs`, reporting progress after each.
 * Resolves false if cancelled part way.
 */
export async function inSlices(count: number, step: (index: number) => void, cancelled: () => boolean, onProgress: (done: number) => void): Promise<boolean> {
  let index = 0;
  while (index < count) {
    if (cancelled()) return false;
    const until = performance.now() + sliceMs;
    do {
      // The clock is read every 32 steps: reading it costs more than a cheap step.
      const end = Math.min(count, index + 32);
      for (; index < end; index += 1) step(index);
    } while (index < count && performance.now() < until);
    onProgress(index);
    if (index < count) await yieldToWindow();
  }
  return !cancelled();
}

/** Lets the window draw and handle input; a message is not clamped to 4 ms as nested timers are. */
function yieldToWindow(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
