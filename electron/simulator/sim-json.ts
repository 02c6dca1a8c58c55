/** A nested field of a parsed JSON body, or undefined. */
export function field(object: unknown, key: string): unknown {
  return object && typeof object === 'object' && key in object ? (object as Record<string, unknown>)[key] : undefined;
}

/**
 * A request body that is a JSON object, or null for anything else. The simulators' own, so they
 * import nothing from the clients in electron/engine/providers.
 */
export function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
