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
  // Nothing is copied until the first part that differs: on a keystroke most of a checklist is
  // equal, and building a copy only to throw it away is work for the garbage collector.
  if (Array.isArray(previous) && Array.isArray(next)) {
    let out: unknown[] | undefined = next.length === previous.length ? undefined : [];
    for (let i = 0; i < next.length; i++) {
      const kept = keepEqual(previous[i], next[i]);
      if (!out && kept !== previous[i]) out = previous.slice(0, i);
      out?.push(kept);
    }
    return (out ?? previous) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const keys = Object.keys(next);
    let out: Record<string, unknown> | undefined = keys.length === Object.keys(previous).length ? undefined : {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const kept = keepEqual(previous[key], next[key]);
      if (!out && (kept !== previous[key] || !Object.hasOwn(previous, key))) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]] = previous[keys[j]];
      }
      if (out) out[key] = kept;
    }
    return (out ?? previous) as T;
  }
  return next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
