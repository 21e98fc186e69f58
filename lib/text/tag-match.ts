/**
 * Required tags against a post: exact matches, and near misses with what was written, why it is not
 * the tag, and the text that fixes it.
 *
 * A tag is found only when a hashtag (see hashtags.ts) of the same style has exactly its text, or
 * when a topic chip of the editor holds exactly its text. Otherwise every written tag whose fold
 * (fold.ts) equals the required tag's fold is a near miss: `#WXTM創作大賽#` (traditional characters),
 * `＃WXTM创作大赛＃` (full-width signs), `#WXTM创作大赛` (no closing sign), `#wxtm#` (letter case),
 * `#WXTM 创作大赛#` (a space inside), `#WXTM​#` (a zero-width space), and `WXTM创作大赛#` (no opening
 * sign) when a stray sign closes it.
 */
import { foldForMatch, isTraditional } from './fold';
import { extractHashtags, formatTag, hasHashLike, isHashLike, isTagBodyChar, signPositions, type Hashtag, type HashtagStyle } from './hashtags';
import type { TextRange } from './ranges';
import { isAsciiWordish, isHiddenChar, showHidden, F_LETTER, F_WORD, flagsOf } from './unicode';

export interface TagFormSpec {
  text: string;
  style: HashtagStyle;
}

export interface RequiredTagSpec extends TagFormSpec {
  /** Other exact forms that also count (an English edition's tag). */
  alternatives?: readonly TagFormSpec[];
}

/**
 * Why a written tag is not the required one, most hidden first (the first is the headline):
 * - `invisible`: a zero-width character, BOM, soft hyphen, or a no-break/odd space in it;
 * - `fullwidth-hash`: `＃` (or `﹟`) instead of `#`;
 * - `missing-closing-hash` / `missing-opening-hash`: a Weibo tag with one sign;
 * - `extra-closing-hash`: a single-# tag written `#x#`;
 * - `spaces`: spaces where the tag has none, or none where it has one;
 * - `traditional` / `simplified`: the other script of Chinese characters (`創` for `创`);
 * - `fullwidth`: full-width letters or digits (`ＷＸＴＭ`);
 * - `case`: different letter case (`wxtm`).
 */
export type NearMissReason =
  | 'invisible'
  | 'fullwidth-hash'
  | 'missing-closing-hash'
  | 'missing-opening-hash'
  | 'extra-closing-hash'
  | 'spaces'
  | 'traditional'
  | 'simplified'
  | 'fullwidth'
  | 'case';

const NEAR_MISS_REASONS: readonly NearMissReason[] = [
  'invisible',
  'fullwidth-hash',
  'missing-closing-hash',
  'missing-opening-hash',
  'extra-closing-hash',
  'spaces',
  'traditional',
  'simplified',
  'fullwidth',
  'case',
];

export interface NearMiss {
  /** The tag it was meant to be, as it must be written: `#WXTM创作大赛#`. */
  expected: string;
  /** Exactly what was written (invisible characters included). */
  found: string;
  /** `found` with invisible characters made visible: `#WXTM⟨ZWSP⟩#`. */
  shown: string;
  reason: NearMissReason;
  reasons: NearMissReason[];
  /**
   * What replaces `found` to make it right: in the text, the range start..end; for a chip, the
   * whole chip (the tag as it must be written, so that typed in its place it is the tag).
   */
  fix: string;
  source: 'text' | 'chip';
  /** UTF-16 range of `found` in the text (source "text"). */
  start?: number;
  end?: number;
  /** Index of the chip (source "chip"). */
  chip?: number;
}

export interface TagOccurrence {
  /** The form found (`#WXTM创作大赛#`, or an accepted alternative). */
  form: string;
  source: 'text' | 'chip';
  start?: number;
  end?: number;
  chip?: number;
}

export interface TagResult {
  tag: RequiredTagSpec;
  /** How the tag must be written. */
  expected: string;
  /** Every accepted form (the tag, then its alternatives). */
  forms: string[];
  found: TagOccurrence[];
  /** Empty when the tag is found. */
  nearMisses: NearMiss[];
}

export interface MatchOptions {
  /** Topic chips of the editor, as their text ("WXTM", "#WXTM#"). */
  chips?: readonly string[];
  /** Ranges that hold no tags (links). */
  skip?: readonly TextRange[];
  /** The strict hashtags of the text, when already extracted. */
  hashtags?: readonly Hashtag[];
}

/** Check each required tag. Never throws. */
export function matchTags(text: string, tags: readonly RequiredTagSpec[], options: MatchOptions = {}): TagResult[] {
  if (typeof text !== 'string') text = '';
  const skip = options.skip ?? [];
  const strict = options.hashtags ?? extractHashtags(text, { skip });
  const chips = (options.chips ?? []).filter((c): c is string => typeof c === 'string');
  let loose: LooseReading | undefined;
  return tags.map((tag) => {
    const forms: TagFormSpec[] = [{ text: tag.text, style: tag.style }, ...(tag.alternatives ?? [])];
    const found: TagOccurrence[] = [];
    for (const h of strict) {
      const form = forms.find((f) => f.style === h.style && f.text === h.text);
      if (form) found.push({ form: formatTag(form), source: 'text', start: h.start, end: h.end });
    }
    chips.forEach((chip, index) => {
      const { body } = splitChip(chip);
      const form = forms.find((f) => f.text === body);
      if (form) found.push({ form: formatTag(form), source: 'chip', chip: index });
    });
    let nearMisses: NearMiss[] = [];
    if (found.length === 0) {
      loose ??= readLoose(text, skip, tags);
      nearMisses = findNearMisses(text, forms, loose, chips, skip);
    }
    return { tag, expected: formatTag(tag), forms: forms.map(formatTag), found, nearMisses };
  });
}

interface LooseReading {
  tags: Hashtag[];
  /** Signs no loose tag uses. */
  stray: number[];
}

function readLoose(text: string, skip: readonly TextRange[], required: readonly RequiredTagSpec[]): LooseReading {
  if (!hasHashLike(text)) return { tags: [], stray: [] };
  const folds = new Set<string>();
  for (const tag of required) for (const form of [tag, ...(tag.alternatives ?? [])]) folds.add(foldForMatch(form.text).text);
  const meant = (body: string) => folds.has(foldForMatch(body).text);
  const tags = extractHashtags(text, { skip, loose: true, meant });
  const used = new Set<number>();
  for (const t of tags) {
    used.add(t.start);
    if (t.style === 'weibo') used.add(t.end - 1);
  }
  const stray = signPositions(text, true, skip).filter((p) => !used.has(p));
  return { tags, stray };
}

function findNearMisses(text: string, forms: TagFormSpec[], loose: LooseReading, chips: string[], skip: readonly TextRange[]): NearMiss[] {
  const folded = forms.map((f) => foldForMatch(f.text).text);
  const out: NearMiss[] = [];
  const push = (miss: NearMiss | null) => {
    if (!miss || miss.reasons.length === 0) return;
    if (out.some((m) => m.source === miss.source && m.start === miss.start && m.end === miss.end && m.chip === miss.chip)) return;
    out.push(miss);
  };

  for (const t of loose.tags) {
    const fb = foldForMatch(t.text).text;
    const i = folded.findIndex((f) => f.length > 0 && f === fb);
    if (i === -1) continue;
    const form = forms[i];
    const reasons = new Set<NearMissReason>();
    if (text.charCodeAt(t.start) !== 0x23) reasons.add('fullwidth-hash');
    if (t.style === 'weibo' && text.charCodeAt(t.end - 1) !== 0x23) reasons.add('fullwidth-hash');
    if (form.style === 'weibo' && t.style === 'single') reasons.add('missing-closing-hash');
    if (form.style === 'single' && t.style === 'weibo') reasons.add('extra-closing-hash');
    bodyReasons(t.text, form.text, reasons);
    push(textMiss(text, form, t.start, t.end, reasons, skip));
  }

  for (const q of loose.stray) {
    let runStart = q;
    while (runStart > 0) {
      const lo = text.charCodeAt(runStart - 1);
      const back = lo >= 0xdc00 && lo <= 0xdfff && runStart >= 2 ? 2 : 1;
      const cp = text.codePointAt(runStart - back)!;
      if (!isTagBodyChar(cp, true)) break;
      runStart -= back;
    }
    if (runStart === q) continue;
    const run = foldForMatch(text.slice(runStart, q), runStart);
    forms.forEach((form, i) => {
      const f = folded[i];
      if (form.style !== 'weibo' || f.length === 0 || !run.text.endsWith(f)) return;
      const k = run.text.length - f.length;
      const s = k === 0 ? runStart : run.source[k];
      if (k > 0 && run.source[k - 1] === s) return; // inside one expanded character
      if (s > runStart && isAsciiWordish(text.charCodeAt(s - 1))) return; // "AWXTM#" is not WXTM
      const reasons = new Set<NearMissReason>(['missing-opening-hash']);
      if (text.charCodeAt(q) !== 0x23) reasons.add('fullwidth-hash');
      bodyReasons(text.slice(s, q), form.text, reasons);
      push(textMiss(text, form, s, q + 1, reasons, skip));
    });
  }

  chips.forEach((chip, index) => {
    const { body, signs } = splitChip(chip);
    const fb = foldForMatch(body).text;
    const i = folded.findIndex((f) => f.length > 0 && f === fb);
    if (i === -1) return;
    const reasons = new Set<NearMissReason>();
    if (signs.some((c) => c !== 0x23)) reasons.add('fullwidth-hash');
    bodyReasons(body, forms[i].text, reasons);
    const list = ordered(reasons);
    if (list.length === 0) return;
    push({
      expected: formatTag(forms[i]),
      found: chip,
      shown: showHidden(chip),
      reason: list[0],
      reasons: list,
      fix: formatTag(forms[i]),
      source: 'chip',
      chip: index,
    });
  });

  return out.sort((a, b) => (a.start ?? Infinity) - (b.start ?? Infinity) || (a.chip ?? 0) - (b.chip ?? 0));
}

function textMiss(text: string, form: TagFormSpec, start: number, end: number, reasons: Set<NearMissReason>, links: readonly TextRange[]): NearMiss | null {
  const list = ordered(reasons);
  if (list.length === 0) return null;
  let fix = formatTag(form);
  // Nor may a tag start glued to what comes before: after a letter, a digit or "&", or inside a link
  // (its fragment: "…/123#WXTM创作大赛#"), its "#" opens nothing, and the fix would never hold.
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (start > 0 && (isAsciiWordish(before) || before === 0x26 || links.some((l) => l.start < start && start <= l.end))) fix = ` ${fix}`;
  // A single-# tag must not run into the next word once fixed.
  if (form.style === 'single' && end < text.length && (flagsOf(text.codePointAt(end)!) & (F_LETTER | F_WORD)) !== 0) fix += ' ';
  const found = text.slice(start, end);
  return { expected: formatTag(form), found, shown: showHidden(found), reason: list[0], reasons: list, fix, source: 'text', start, end };
}

function ordered(reasons: Set<NearMissReason>): NearMissReason[] {
  return NEAR_MISS_REASONS.filter((r) => reasons.has(r));
}

/** A chip's text without its signs and surrounding spaces. */
function splitChip(chip: string): { body: string; signs: number[] } {
  let body = chip.trim();
  const signs: number[] = [];
  if (body.length > 0 && isHashLike(body.charCodeAt(0))) {
    signs.push(body.charCodeAt(0));
    body = body.slice(1);
  }
  if (body.length > 0 && isHashLike(body.charCodeAt(body.length - 1))) {
    signs.push(body.charCodeAt(body.length - 1));
    body = body.slice(0, -1);
  }
  return { body: body.trim(), signs };
}

/**
 * What differs between a written tag text and the required one, given that their folds are equal.
 */
export function bodyReasons(found: string, expected: string, into = new Set<NearMissReason>()): Set<NearMissReason> {
  const fb = foldForMatch(found);
  const fe = foldForMatch(expected);
  for (const ch of found) {
    const cp = ch.codePointAt(0)!;
    if (isHiddenChar(cp)) into.add(cp === 0x3000 ? 'fullwidth' : 'invisible');
  }
  const gapKey = (g: { at: number; length: number }[]) => g.map((x) => `${x.at}x${x.length}`).join(',');
  if (gapKey(fb.gaps) !== gapKey(fe.gaps)) into.add('spaces');
  if (fb.text !== fe.text) return into;
  for (let k = 0; k < fb.text.length; k++) {
    if (k > 0 && fb.source[k] === fb.source[k - 1] && fe.source[k] === fe.source[k - 1]) continue;
    const f = found.codePointAt(fb.source[k])!;
    const e = expected.codePointAt(fe.source[k])!;
    if (f !== e) diagnoseChar(f, e, into);
  }
  return into;
}

function diagnoseChar(f: number, e: number, into: Set<NearMissReason>): void {
  const F = String.fromCodePoint(f);
  const E = String.fromCodePoint(e);
  const f1 = F.normalize('NFKC');
  const e1 = E.normalize('NFKC');
  if (f1 !== F || e1 !== E) into.add('fullwidth');
  const lf = f1.toLowerCase();
  const le = e1.toLowerCase();
  if (f1 !== e1 && lf === le) into.add('case');
  if (lf !== le) {
    const first = lf.codePointAt(0)!;
    into.add(isTraditional(first) ? 'traditional' : 'simplified');
  }
}
