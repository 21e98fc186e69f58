/**
 * Structural sharing for values read again from storage. Pure.
 *
 * Every read of a stored item builds new objects, even when nothing changed (another item's change,
 * the same value written again): to React that is a new value, and consumers used to turn them into
 * strings to see that they were the same. `keepEqual(previous, next)` gives back `previous` when
 * the two are deep-equal, and otherwise `next` with each part that is deep-equal to the previous
 * one's (same key, or same index) replaced by that part: one contest edited leaves the others, and
 * the settings, the objects they were.
 *
 * Made for what storage holds (JSON: plain objects, arrays, strings, numbers, booleans, null); any
 * other object is compared by identity. The values it returns are shared: never mutate them.
 */
export function keepEqual<T>(previous: unknown, next: T): T {
  if (Object.is(previous, next)) return previous as T;
  if (Array.isArray(previous) && Array.isArray(next)) {
    const out = next.map((value, i) => keepEqual(previous[i], value));
    return (out.length === previous.length && out.every((value, i) => value === previous[i]) ? previous : out) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(previous).length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      out[key] = keepEqual(previous[key], next[key]);
      if (out[key] !== previous[key] || !Object.hasOwn(previous, key)) same = false;
    }
    return (same ? previous : out) as T;
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
