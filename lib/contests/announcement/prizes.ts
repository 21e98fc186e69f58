/**
 * The prize pool ("總獎池 70,000 枚 WXTM", "Total prize pool: 3,000 USDT") and the prize table:
 * a rank ("一等獎", "1st Prize", "第4-10名", "Top 3", "Lucky Draw"), its winners ("(3名)",
 * "(20 winners)", "×5", from the rank range), and the amount each winner gets ("每人 500 $PUBLIC";
 * "前 20 名瓜分 10,000 DOGE" is shared, with a warning). Ranks are written in every language when
 * their form is known; otherwise copied, and the writer is told to translate them.
 */
import { foldProse } from '../../text/fold';
import { CONTEST_LIMITS } from '../limits';
import type { Lang, LocalizedText } from '../schema';
import type { Line } from './lines';
import type { Notes } from './notes';
import { amountsIn, clip, CN_NUM, cnNumber, cnNumeral, ORDINAL_WORDS, ordinal, trimEndOf } from './numbers';
import { localize } from './script';
import { headingOf, POOL_KEYWORD, PRIZE_KEYWORD } from './vocabulary';

export interface PrizeRead {
  rank: LocalizedText;
  winners: number;
  amount: number;
  unit: string;
  untranslated: boolean;
}

export interface PoolRead {
  amount: number;
  unit: string;
}

const EACH = /每人|每位|各|each|per\s+(?:winner|person|user|creator)|\/人/;
const SHARE = /瓜分|平分|共享|share|split/;

export function readPool(lines: Line[], notes: Notes): PoolRead | undefined {
  for (const line of lines) {
    const m = POOL_KEYWORD.exec(line.n);
    if (!m) continue;
    const amount = amountsIn(line.text, line.n, m.index)[0];
    if (!amount) continue;
    const pool = { amount: amount.amount, unit: amount.unit };
    notes.use(line, 'pool');
    notes.find('pool', `${pool.amount} ${pool.unit}`, line);
    return pool;
  }
  notes.miss('pool', '(none)', 'no prize pool found');
  return undefined;
}

/** Ranks written the same way in every language: 一等獎 / 1st Prize / 第1名 / 第4-10名 / 4th-10th Place. */
function rankForms(label: string): LocalizedText | null {
  const n = foldProse(label).replace(/\s+/g, ' ').trim();
  let m = new RegExp(`^(${CN_NUM})\\s*等\\s*奖$`).exec(n);
  if (m) return prizeForms(cnNumber(m[1]));
  m = /^(\d{1,2})(?:st|nd|rd|th) (prize|place)$/.exec(n) ?? /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (prize|place)$/.exec(n);
  if (m) {
    const k = /^\d/.test(m[1]) ? Number(m[1]) : ORDINAL_WORDS.findIndex((w) => w.toLowerCase() === m![1]);
    return m[2] === 'prize' ? prizeForms(k) : placeForms(k, k);
  }
  m = new RegExp(`^第\\s*(${CN_NUM})\\s*名$`).exec(n);
  if (m) return placeForms(cnNumber(m[1]), cnNumber(m[1]));
  m = new RegExp(`^第\\s*(${CN_NUM})\\s*[-~至到]\\s*(?:第\\s*)?(${CN_NUM})\\s*名$`).exec(n);
  if (m) return placeForms(cnNumber(m[1]), cnNumber(m[2]));
  m = /^(\d{1,3})(?:st|nd|rd|th)? ?[-~] ?(\d{1,3})(?:st|nd|rd|th)? (?:place|prize)s?$/.exec(n);
  if (m) return placeForms(Number(m[1]), Number(m[2]));
  m = /^(?:top ?(\d{1,4})|前 ?(\d{1,4}) ?名)$/.exec(n);
  if (m) {
    const k = Number(m[1] ?? m[2]);
    return k >= 1 ? { 'zh-Hant': `前${k}名`, 'zh-Hans': `前${k}名`, en: `Top ${k}` } : null;
  }
  return null;
}

function prizeForms(k: number): LocalizedText | null {
  if (!(k >= 1 && k <= 99)) return null;
  const en = k <= 10 ? `${ORDINAL_WORDS[k]} prize` : `${ordinal(k)} prize`;
  return { 'zh-Hant': `${cnNumeral(k)}等獎`, 'zh-Hans': `${cnNumeral(k)}等奖`, en };
}

function placeForms(a: number, b: number): LocalizedText | null {
  if (!(a >= 1 && b >= a && b <= 9999)) return null;
  if (a === b) return { 'zh-Hant': `第${a}名`, 'zh-Hans': `第${a}名`, en: `${ordinal(a)} place` };
  return { 'zh-Hant': `第${a}-${b}名`, 'zh-Hans': `第${a}-${b}名`, en: `${ordinal(a)}–${ordinal(b)} place` };
}

const WINNER_RANGE = /(?:第\s*)?(?<![\d,.])(\d{1,4})\s*(?:(st|nd|rd|th)\s*)?[-~至到]\s*(?:第\s*)?(\d{1,4})\s*(?:(st|nd|rd|th)\s*)?(名|places?|winners?|位)?/;
const WINNER_TOP = /(?:\btop|前)\s*(\d{1,6})(?!\d)(?:\s*(?:名|winners?|places?|creators?|posts?)(?![a-z]))?/;
// `(?=\d)` first: the look-behind over spaces runs at digits only, not at every space of a run.
const WINNER_COUNT = /(?=\d)(?<![\d,.])(?<!第\s*)(\d{1,6})\s*(?:名|位|人|个名额|winners?|people|persons?|users?|creators?|participants?)(?![a-z])/;
const WINNER_TIMES = /(?<![a-z])[x×]\s*(\d{1,6})(?!\d)/;
/** What ends a rank label before its amount: spaces, dashes, colons, commas, bars. */
const LABEL_TAIL = /[\s\-–—:：,，、|]/;

/** "獎勵:" / "Rewards:" in front of a prize on the same line: a heading, not the rank. */
const PRIZE_HEADING = /^(?:奖励|奖品|奖项|奖金|rewards?|prizes?)\s*[:：]\s*/;

export function readPrizes(lines: Line[], lang: Lang, notes: Notes): PrizeRead[] {
  const prizes: PrizeRead[] = [];
  let over = 0;
  for (const line of lines) {
    if (notes.isUsed(line) || POOL_KEYWORD.test(line.n) || !PRIZE_KEYWORD.test(`${line.raw} ${line.n}`)) continue;
    // "備注:若無法郵寄,將替換爲合約體驗券:一等獎 $200…": a note about the prizes, not a row of the table.
    if (headingOf(line.n) === 'notes') continue;
    const head = PRIZE_HEADING.exec(line.n)?.[0].length ?? 0;
    const text = line.text.slice(head);
    const n = line.n.slice(head);
    const amount = amountsIn(text, n)[0];
    if (!amount) continue;
    if (prizes.length >= CONTEST_LIMITS.prizes) {
      over++;
      continue;
    }
    // Winners: "第4-10名" / "4th-10th", "Top 10" / "前10名", "(3名)" / "(3 winners)", "×5".
    let winners: number | undefined;
    let winnersAt = -1;
    let labelEnd = -1;
    const range = WINNER_RANGE.exec(n);
    if (range && range.index < amount.index && (range[0].includes('第') || range[2] || range[4] || range[5])) {
      const a = Number(range[1]);
      const b = Number(range[3]);
      if (b >= a) {
        winners = b - a + 1;
        winnersAt = range.index;
        if (range.index === 0) labelEnd = range.index + range[0].trimEnd().length;
      }
    }
    for (const re of [WINNER_TOP, WINNER_COUNT, WINNER_TIMES]) {
      if (winners !== undefined) break;
      const m = re.exec(n);
      if (m && Number(m[1]) > 0 && m.index < amount.index) {
        winners = Number(m[1]);
        winnersAt = m.index;
        // "Top 3 share …", "前 20 名瓜分 …": the count is the rank.
        if (re === WINNER_TOP && m.index === 0) labelEnd = m[0].length;
      }
    }
    // Rank label: what precedes the brackets or the colon; else the count or the amount.
    const bracket = n.search(/[(（:：]/);
    const end =
      bracket > 0 && bracket <= amount.index ? bracket : labelEnd > 0 ? labelEnd : Math.min(...[winnersAt, amount.index].filter((k) => k > 0), amount.index);
    let label = trimEndOf(text.slice(0, end), LABEL_TAIL).trim();
    const forms = label ? rankForms(label) : null;
    const single = forms !== null && !/-|–/.test(forms.en) && /place$/.test(forms.en);
    if (winners === undefined || !Number.isSafeInteger(winners) || winners > 1_000_000) {
      winners = 1;
      if (!single) notes.warn('winners-assumed', `prizes.${prizes.length}.winners`, 'no number of winners stated: 1 assumed', line);
    }
    let per = amount.amount;
    if (SHARE.test(n) && !EACH.test(n) && winners > 1) {
      per = Math.round((amount.amount / winners) * 1e6) / 1e6;
      notes.warn('prize-shared', `prizes.${prizes.length}.amount`, `${amount.amount} ${amount.unit} shared by ${winners} winners: ${per} each`, line);
    }
    if (!(per > 0)) continue;
    if (!label) label = `#${prizes.length + 1}`;
    const rank = forms ?? localize(clip(label, CONTEST_LIMITS.shortText), lang);
    prizes.push({ rank, winners, amount: per, unit: amount.unit, untranslated: forms === null });
    notes.use(line, 'prizes');
    notes.find(`prizes.${prizes.length - 1}`, `${rank[lang]} ×${winners}: ${per} ${amount.unit}`, line);
  }
  if (over) {
    notes.warn(
      'over-limit',
      'prizes',
      `${prizes.length + over} prize rows found; a contest holds at most ${CONTEST_LIMITS.prizes}: the first ${prizes.length} are kept`,
    );
  }
  if (prizes.length === 0) notes.miss('prizes', '[]', 'no prize table found');
  return prizes;
}

/** A warning when the table does not add up to the pool (same unit only). */
export function checkPrizesAgainstPool(prizes: PrizeRead[], pool: PoolRead | undefined, notes: Notes): void {
  if (!pool || !prizes.length || !prizes.every((p) => p.unit === pool.unit)) return;
  const sum = Math.round(prizes.reduce((s, p) => s + p.amount * p.winners, 0) * 1e6) / 1e6;
  if (Math.abs(sum - pool.amount) > 1e-6) {
    notes.warn('prizes-vs-pool', 'prizes', `the prizes add up to ${sum} ${pool.unit} but the pool is ${pool.amount} ${pool.unit}`);
  }
}
