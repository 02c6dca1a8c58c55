/**
 * Changes to a draft go to the engine one after another, in the order asked: one asked while
 * another is on its way (a click before the buttons are greyed, see shownAfter) waits for it.
 *
 * The same change asked again right after itself, before its answer is drawn (a double click),
 * is that one request: a second Undo or Acknowledge would be refused, and the banner saying so
 * would be about a click the accountant meant once. `drawn` is the screen's version now;
 * `run` answers the version at which its change will be on screen. A refused change is
 * forgotten, so asking it again asks the engine again (and shows why it is refused, again).
 */
export function changeQueue<R>() {
  let tail: Promise<unknown> = Promise.resolve();
  type Asked = { readonly key: string; promise: Promise<R | null>; shownAt: number };
  let last: Asked | null = null;
  const forget = (entry: Asked) => {
    if (last === entry) last = null;
  };
  return {
    ask(key: string, drawn: number, run: () => Promise<{ result: R | null; shownAt: number }>): Promise<R | null> {
      if (last && last.key === key && drawn < last.shownAt) return last.promise;
      const entry: Asked = { key, promise: Promise.resolve(null), shownAt: Number.POSITIVE_INFINITY };
      const ran = tail.then(run);
      tail = ran.catch(() => undefined);
      entry.promise = ran.then(
        ({ result, shownAt }) => {
          if (result === null) forget(entry);
          else entry.shownAt = shownAt;
          return result;
        },
        (error: unknown) => {
          forget(entry);
          throw error;
        },
      );
      last = entry;
      return entry.promise;
    },
  };
}
