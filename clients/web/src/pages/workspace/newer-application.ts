/** The fresher of two copies of one application: by updatedAt, then by the length of its history. */
export function newerApplication<A extends { updatedAt: string; history: readonly unknown[] }>(loaded: A, returned: A | null): A {
  if (!returned) return loaded;
  const byTime = Date.parse(returned.updatedAt) - Date.parse(loaded.updatedAt);
  if (byTime !== 0) return byTime > 0 ? returned : loaded;
  return returned.history.length > loaded.history.length ? returned : loaded;
}
