import { useSyncExternalStore } from 'react';

/**
 * A value a few small parts of a screen draw from. Setting it draws those parts again, at once
 * and alone: the busy state and the counts change on every edit, and drawing the whole Review
 * screen for them held the window for longer than the edit itself takes.
 */
export type Watched<T> = {
  readonly get: () => T;
  readonly set: (value: T) => void;
  readonly subscribe: (listener: () => void) => () => void;
};

export function watchedValue<T>(initial: T): Watched<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** What a part draws from a watched value; it is drawn again only when `pick` gives another answer. */
export function useWatched<T, S>(watched: Watched<T>, pick: (value: T) => S): S {
  return useSyncExternalStore(watched.subscribe, () => pick(watched.get()));
}

/**
 * `source` as the screen shows it: a value set is shown only once it has lasted `ms`; cleared,
 * it goes at once. A change the engine answers within a blink then neither flashes its note nor
 * greys the buttons (each a layout and a paint that the answer waited behind); one that takes
 * longer is shown as before. What must wait for the change reads `source` itself.
 */
export function shownAfter<T>(source: Watched<T | null>, ms: number): Watched<T | null> {
  const shown = watchedValue<T | null>(source.get());
  let timer: ReturnType<typeof setTimeout> | undefined;
  source.subscribe(() => {
    clearTimeout(timer);
    const value = source.get();
    if (value === null || shown.get() !== null) shown.set(value);
    else timer = setTimeout(() => shown.set(source.get()), ms);
  });
  return shown;
}
