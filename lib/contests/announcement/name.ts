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

/** "WXTM创作大赛" + 2025 → "wxtm-2025"; "CreatorLeaderboard" → "creator-leaderboard-2025". */
export function slugId(tag: string, symbol: string, year: number): string {
  const ascii = (splitCamel(tag).match(/[A-Za-z0-9]+/g) ?? []).join('-').toLowerCase();
  let base = ascii || symbol.toLowerCase() || 'contest';
  base = base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '') || 'contest';
  const withYear = /\d{4}$/.test(base) || !Number.isFinite(year) ? base : `${base}-${year}`;
  return /^[a-z0-9][a-z0-9-]{1,63}$/.test(withYear) ? withYear : 'contest';
}
