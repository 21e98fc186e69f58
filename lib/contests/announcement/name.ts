/**
 * The contest's name and id, made from its main tag: "#WXTM创作大赛#" → "WXTM 創作大賽" / "WXTM 创作大赛"
 * / "WXTM Creative Contest" (an English alternative tag, else a glossary of Gate Square's contest
 * words), id "wxtm-2025". A Latin tag is a brand name, the same in every language.
 */
import { CONTEST_LIMITS } from '../limits';
import type { LocalizedText } from '../schema';
import type { Notes } from './notes';
import { clip } from './numbers';
import { spaced, splitCamel, toSimplifiedText, toTraditionalText } from './script';
import type { TagPick } from './tags';

/** Contest-name words Gate Square uses, for an English name from a Chinese tag. */
const NAME_GLOSSARY: [string, string][] = [
  ['创作大赛', ' Creative Contest '],
  ['创作者', ' Creator '],
  ['创作季', ' Creator Season '],
  ['创作', ' Creative '],
  ['征文', ' Writing Contest '],
  ['大赛', ' Contest '],
  ['比赛', ' Contest '],
  ['挑战赛', ' Challenge '],
  ['挑战', ' Challenge '],
  ['排行榜', ' Leaderboard '],
  ['广场', ' Square '],
  ['观点', ' Insights '],
];

function englishName(tag: string): string | null {
  let s = toSimplifiedText(tag);
  for (const [zh, en] of NAME_GLOSSARY) s = s.split(zh).join(en);
  s = s.replace(/\s+/g, ' ').trim();
  return /\p{Script=Han}/u.test(s) || s === '' ? null : s;
}

/** The name, and whether it could not be put into English. */
export function readName(main: TagPick | undefined, lang: keyof LocalizedText, notes: Notes): { name: LocalizedText; untranslated: boolean } {
  if (!main) {
    const name = { 'zh-Hant': 'Gate廣場活動', 'zh-Hans': 'Gate广场活动', en: 'Gate Square contest' };
    notes.miss('name', name.en, 'no tag to name the contest after: give it a name');
    return { name, untranslated: false };
  }
  // A name is made from a tag (at most 64 characters) and can grow past the limit when spaced or
  // glossed ("征文" → "Writing Contest"): clipped.
  const short = (s: string) => clip(s, CONTEST_LIMITS.shortText);
  const hasHan = /\p{Script=Han}/u.test(main.text);
  const englishAlt = [main, ...main.alternatives].map((f) => f.text).find((t) => !/\p{Script=Han}/u.test(t));
  const en = englishAlt ? splitCamel(englishAlt) : hasHan ? englishName(main.text) : splitCamel(main.text);
  let name: LocalizedText;
  if (hasHan) {
    name = {
      'zh-Hant': short(spaced(toTraditionalText(main.text))),
      'zh-Hans': short(spaced(toSimplifiedText(main.text))),
      en: short(en ?? spaced(main.text)),
    };
  } else {
    const display = short(splitCamel(main.text));
    name = { 'zh-Hant': display, 'zh-Hans': display, en: short(en ?? display) };
  }
  notes.find('name', name[lang], main.line);
  return { name, untranslated: hasHan && !en };
}

/**
 * Words nearly every Gate Square contest tag shares ("#Gate品牌蓝创作挑战#" keeps only "Gate" in
 * Latin letters): an id made of them alone would name many contests.
 */
const GENERIC_ID_WORDS = new Set([
  'gate',
  'gateio',
  'io',
  'square',
  'contest',
  'creative',
  'creator',
  'creators',
  'challenge',
  'post',
  'posts',
  'event',
  'campaign',
]);

/**
 * "WXTM创作大赛" from 2025-08-07 → "wxtm-2025"; "CreatorLeaderboard" → "creator-leaderboard-2025".
 * A base that names no contest in particular (a Chinese-only tag, no tag, "Gate", two letters) takes
 * the start's date, not just its year, so different contests get different ids:
 * "我的2026第一条帖" from 2025-12-31 → "contest-20251231", "Gate品牌蓝创作挑战" → "gate-20250811".
 * (Two contests can still meet on an id, a monthly tag for one; saving gives the second a free one,
 * lib/settings/storage.ts.) `start` is the window's ISO start, written in its display offset.
 */
export function slugId(tag: string, symbol: string, start: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})T/.exec(start);
  const ascii = (splitCamel(tag).match(/[A-Za-z0-9]+/g) ?? []).join('-').toLowerCase();
  let base = ascii || symbol.toLowerCase() || 'contest';
  base =
    base
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'contest';
  // Digits alone ("2026" from "我的2026第一条帖") are no name.
  if (/^[0-9-]+$/.test(base)) base = 'contest';
  const naming = base
    .split('-')
    .filter((w) => !GENERIC_ID_WORDS.has(w))
    .join('')
    .replace(/[0-9]/g, '');
  let id = base;
  if (date && naming.length < 3) id = `${base}-${date[1]}${date[2]}${date[3]}`;
  else if (date && !/\d{4}$/.test(base)) id = `${base}-${date[1]}`;
  return /^[a-z0-9][a-z0-9-]{1,63}$/.test(id) ? id : 'contest';
}
