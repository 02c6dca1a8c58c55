/** An approved batch a new one would pay again, as the engine reports it. */
export type Earlier = { readonly batchId: string; readonly sameContent: boolean };

/**
 * Of the approved batches a draft repeats (same payments, or the same file), the one the
 * accountant must name to pay again: the latest with the same payments if there is one (the
 * people who would be paid twice), else the latest from the same file. `earlier` is oldest first.
 */
export function payAgainTarget<T extends Earlier>(earlier: readonly T[]): T | undefined {
  return earlier.filter((e) => e.sameContent).at(-1) ?? earlier.at(-1);
}
