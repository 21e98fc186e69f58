/**
 * How big a contest may be. Contests arrive from outside (a JSON file, a pasted announcement), are
 * stored in `chrome.storage.local` (lib/settings/storage.ts, `local:customContests`: 10 MB in
 * Chrome; settings alone live in `sync`, 8 KB per item) and are checked on every keystroke in the
 * composer, so each list and each string has a ceiling, and so has the whole.
 *
 * Every number sits far above any real Gate Square contest: the built-in WXTM contest
 * (builtin/wxtm-2025.json) has 2 tags, no alternatives, 3 prize rows, 3 rules of at most 78
 * characters, at most 7 OCR keywords per list, names of at most 21 characters, and is 2.9 KB as
 * compact JSON; the announcement reader
 * keeps at most 12 rule lines of at most 200 characters. The ceilings only stop data no
 * announcement could mean: 10,000 tags (a slow keystroke) or a 12 MB contest (a storage quota
 * error; docs/measurements.md).
 *
 * Pure: no browser API.
 */

export const CONTEST_LIMITS = {
  /** Required tags (real: 1–3). Each is checked against the draft on every keystroke. */
  tags: 10,
  /** Other accepted forms of one tag (real: 0–1, the English edition's `#WXTM Creative Contest#`). */
  alternatives: 5,
  /** Characters in a tag's text: the hashtag definition's own bound for Weibo tags (MAX_WEIBO_BODY). */
  tagText: 64,
  /** Characters of a name or a prize rank in one language (real: 3–25). */
  shortText: 100,
  /** Characters of a rule in one language (real: 16–78; the reader keeps lines of at most 200). */
  longText: 500,
  /** Prize rows (real: 3–12, leaderboards included). */
  prizes: 50,
  /** Rule lines (real: 2–6; the reader keeps at most 12). */
  rules: 30,
  /** Words in one OCR keyword list, per kind, group and language (real: 3–7). */
  keywords: 50,
  /** Characters of one OCR keyword or token name (real: at most 23, "Registration successful"). */
  keyword: 64,
  /** Token symbols and names the screenshot must show (real: 1 symbol, 2 names). */
  tokens: 10,
  /** Characters of a ticker or a prize unit (tickers are 2–10 letters). */
  unit: 20,
  /** Characters of the announcement's address. */
  url: 2048,
  /** UTF-8 bytes of one contest as stored (compact JSON): about 22 times the built-in contest. */
  contestBytes: 64 * 1024,
  /**
   * UTF-8 bytes of all added contests together: a tenth of chrome.storage.local's 10 MB, room for
   * about 350 real contests (several a month for years) and never near the quota.
   */
  allContestsBytes: 1024 * 1024,
  /**
   * Characters of contest JSON text accepted for reading at all: four times `contestBytes`, room
   * for indentation; longer text is refused before it is parsed.
   */
  jsonText: 256 * 1024,
  /** Issues listed for one contest; the rest are counted in a last line. */
  issues: 50,
} as const;

/** Size in UTF-8 bytes, as storage quotas count it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length && (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      k++;
    } else bytes += 3;
  }
  return bytes;
}

/** A size for people, rounded up so a limit never looks passed when it is not: "64 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.ceil(bytes / ((1024 * 1024) / 10)) / 10} MB`;
}
