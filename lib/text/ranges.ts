/** A span of a text in UTF-16 code units, end exclusive: what a textarea selection or a DOM Range uses. */
export interface TextRange {
  start: number;
  end: number;
}

/** Sort and merge overlapping or touching ranges; drops empty and out-of-text ones. */
export function mergeRanges(ranges: readonly TextRange[], textLength = Infinity): TextRange[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(textLength, r.end) }))
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** The parts of [0, length) not covered by the (merged) ranges. */
export function complementRanges(merged: readonly TextRange[], length: number): TextRange[] {
  const out: TextRange[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ start: at, end: r.start });
    at = Math.max(at, r.end);
  }
  if (at < length) out.push({ start: at, end: length });
  return out;
}
