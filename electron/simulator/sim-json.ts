/** A request body as an object, or null when it is not a JSON object. */
export function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function field(object: unknown, key: string): unknown {
  return object && typeof object === 'object' && key in object ? (object as Record<string, unknown>)[key] : undefined;
}
