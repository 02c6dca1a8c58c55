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
