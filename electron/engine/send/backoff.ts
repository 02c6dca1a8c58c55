/**
 * The wait before the n-th retry (n from 0): doubling from `baseMs` up to `maxMs`, each wait
 * drawn between half and all of that ("equal jitter"), so many rows refused together do not
 * all come back together.
 */
export function backoffMs(n: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(n, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
