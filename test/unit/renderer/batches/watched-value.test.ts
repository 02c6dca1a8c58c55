import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shownAfter, watchedValue } from '../../../../renderer/src/batches/watched-value.js';

describe('a busy state as the screen shows it', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a change only once it has lasted, and never one answered sooner', () => {
    const busy = watchedValue<string | null>(null);
    const shown = shownAfter(busy, 250);
    const seen: Array<string | null> = [];
    shown.subscribe(() => seen.push(shown.get()));

    busy.set('Saving your change…');
    vi.advanceTimersByTime(249);
    expect(shown.get()).toBeNull();
    busy.set(null);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);

    busy.set('Fixing 100,000 rows…');
    vi.advanceTimersByTime(250);
    expect(shown.get()).toBe('Fixing 100,000 rows…');
    busy.set(null);
    expect(shown.get()).toBeNull();
    expect(seen).toEqual(['Fixing 100,000 rows…', null]);
  });

  it('says what is being done now, at once, once it is shown waiting', () => {
    const busy = watchedValue<string | null>(null);
    const shown = shownAfter(busy, 250);
    busy.set('Undoing…');
    vi.advanceTimersByTime(300);
    busy.set('Excluding the row…');
    expect(shown.get()).toBe('Excluding the row…');
  });

  it('starts as the state it follows', () => {
    const busy = watchedValue<string | null>('Saving your change…');
    expect(shownAfter(busy, 250).get()).toBe('Saving your change…');
  });
});
