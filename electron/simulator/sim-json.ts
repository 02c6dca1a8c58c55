/** A nested field of a parsed JSON body, or undefined. */
export function field(object: unknown, key: string): unknown {
  return object && typeof object === 'object' && key in object ? (object as Record<string, unknown>)[key] : undefined;
}
