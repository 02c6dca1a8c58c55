/**
 * Whole numbers to read: every number up to 1,100, each power of ten and its neighbours, and
 * `count` random ones of every length up to Number.MAX_SAFE_INTEGER (a fixed seed, so a
 * failure names the same number every run).
 */
export function randomWholeNumbers(count: number): bigint[] {
  const numbers: bigint[] = [];
  for (let n = 0n; n <= 1100n; n += 1n) numbers.push(n);
  for (let power = 1n; power <= 10n ** 15n; power *= 10n) numbers.push(power - 1n, power, power + 1n, power * 5n + 5n, power * 21n + 1n);
  numbers.push(BigInt(Number.MAX_SAFE_INTEGER));
  let seed = 0x2f6b_1d3an;
  const next = (): bigint => {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
    return seed >> 11n;
  };
  for (let i = 0; i < count; i += 1) {
    const digits = (next() % 16n) + 1n;
    numbers.push(next() % 10n ** digits);
  }
  return numbers.filter((n) => n <= BigInt(Number.MAX_SAFE_INTEGER));
}
