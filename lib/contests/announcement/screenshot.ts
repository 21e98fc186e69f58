/**
 * The proof screenshot: whether it is required ("須附…截圖", "must attach"), preferred
 * ("附帶參與截圖者優先", "priority") or not asked for, and which pages count: deposit (充值記錄), trade (交易頁面),
 * CandyDrop (報名), staking (Launchpool, 質押記錄, staking record). An announcement that asks for it
 * in one place and gives it priority in another is read as required, with a warning; one that asks
 * without "must" or "priority" ("Include screenshots of …") is read as required, with a warning.
 */
import { SCREENSHOT_KINDS, type ScreenshotKind } from '../schema';
import type { Line } from './lines';
import type { Notes } from './notes';
import { SCREENSHOT } from './vocabulary';

export interface ScreenshotRead {
  requirement: 'required' | 'preferred' | 'none';
  kinds: ScreenshotKind[];
  /** The lines that speak of screenshots (a ticker there names the token). */
  lines: Line[];
}

const SHOT_NONE = /无需|不需|不用|不必|非必须|非强制|可选|optional|not\s+required|no\s+screenshots?\s+(?:is\s+)?(?:needed|required)/;
const SHOT_PREFERRED = /优先|加分|priority|prioriti[sz]|preferred|preference|bonus|recommended|建议|鼓励|extra\s+points|more\s+likely/;
const SHOT_REQUIRED =
  /必须|[须須]|务必|需要?附|要求|must|required|mandatory|needs?\s+to|have\s+to|否则|不予|无效|invalid|not\s+(?:be\s+)?(?:counted|eligible|considered)|ineligible|disqualif/;
const KIND_WORDS: [ScreenshotKind, RegExp][] = [
  ['deposit', /充值|存款|入金|deposit/],
  ['trade', /交易|买入|卖出|下单|成交|现货|trading|\btrades?\b|\bbuy\b|\bspot\b/],
  ['candydrop', /candy\s*drop|报名|糖果|registration|register|sign[-\s]?up/],
  ['staking', /launchpool|质押|staking|\bstaked?\b/],
];
/** Proof pages the screenshot classifier does not know. */
const UNKNOWN_KINDS = /launchpad|理财|\bearn\b|startup|hodl|空投|airdrop|合约|futures|跟单|copy\s+trading|余币宝/g;

const quote = (line: Line) => `line ${line.i + 1} ("${line.text.length > 60 ? `${line.text.slice(0, 57)}…` : line.text}")`;

export function readScreenshot(lines: Line[], notes: Notes): ScreenshotRead {
  const shotLines: Line[] = [];
  for (const line of lines) {
    if (!SCREENSHOT.test(line.n)) continue;
    shotLines.push(line);
    notes.use(line, 'screenshot.kinds');
    // "附截圖:" with the accepted pages listed below.
    if (/[:：]$/.test(line.n)) {
      for (let k = line.i + 1; k < Math.min(lines.length, line.i + 5) && lines[k].n.trim() && lines[k].n.length < 40; k++) {
        shotLines.push(lines[k]);
        notes.use(k, 'screenshot.kinds');
      }
    }
  }
  let requirement: ScreenshotRead['requirement'] = 'none';
  let requirementLine: Line | undefined;
  const says = {
    required: undefined as Line | undefined,
    preferred: undefined as Line | undefined,
    none: undefined as Line | undefined,
    implied: undefined as Line | undefined,
  };
  for (const line of shotLines) {
    if (!SCREENSHOT.test(line.n)) continue;
    const key = SHOT_NONE.test(line.n) ? 'none' : SHOT_PREFERRED.test(line.n) ? 'preferred' : SHOT_REQUIRED.test(line.n) ? 'required' : 'implied';
    says[key] ??= line;
  }
  if (says.required) [requirement, requirementLine] = ['required', says.required];
  else if (says.preferred) [requirement, requirementLine] = ['preferred', says.preferred];
  else if (says.none) [requirement, requirementLine] = ['none', says.none];
  else if (says.implied) {
    [requirement, requirementLine] = ['required', says.implied];
    notes.warn('screenshot-implied', 'screenshot.requirement', 'a screenshot is asked for without "must" or "priority": read as required', says.implied);
  }
  // "帖子需附带…截图" and "含有…截图的帖子将优先考虑": one says must, the other priority. (An
  // "attach a screenshot" line beside a "priority" line is read as preferred, without a doubt.)
  const asked = says.required;
  if (asked && says.preferred) {
    notes.warn(
      'screenshot-conflict',
      'screenshot.requirement',
      `${quote(asked)} asks for a screenshot, but ${quote(says.preferred)} only gives posts with one priority: ` +
        'read as required (the safe reading); check which the contest means',
      says.preferred,
    );
  }
  if (requirementLine) notes.find('screenshot.requirement', requirement, requirementLine);
  else notes.miss('screenshot.requirement', 'none', 'no screenshot rule found: no proof screenshot is asked for');

  const kinds: ScreenshotKind[] = [];
  let kindsLine: Line | undefined;
  const unknownKinds: string[] = [];
  let unknownLine: Line | undefined;
  for (const line of shotLines) {
    for (const [kind, re] of KIND_WORDS) {
      if (re.test(line.n) && !kinds.includes(kind)) {
        kinds.push(kind);
        kindsLine ??= line;
      }
    }
    UNKNOWN_KINDS.lastIndex = 0;
    for (let m = UNKNOWN_KINDS.exec(line.n); m; m = UNKNOWN_KINDS.exec(line.n)) {
      const word = line.text.slice(m.index, m.index + m[0].length);
      if (!unknownKinds.includes(word)) unknownKinds.push(word);
      unknownLine ??= line;
    }
  }
  kinds.sort((a, b) => SCREENSHOT_KINDS.indexOf(a) - SCREENSHOT_KINDS.indexOf(b));
  if (kindsLine) notes.find('screenshot.kinds', kinds.join(', '), kindsLine);
  if (unknownKinds.length && requirement !== 'none') {
    notes.warn(
      'screenshot-kind-unknown',
      'screenshot.kinds',
      `the announcement asks for ${unknownKinds.join(' / ')} screenshots, a kind the checker does not recognise: ` +
        (kinds.length
          ? `only ${kinds.join(', ')} screenshots are checked`
          : 'kinds left empty, so any deposit, trade or CandyDrop screenshot counts; check this proof by hand'),
      unknownLine,
    );
  }
  if (!kindsLine && requirement !== 'none') {
    notes.miss('screenshot.kinds', '[]', 'no proof page named: any deposit, trade or CandyDrop screenshot counts');
  }
  return { requirement, kinds, lines: shotLines };
}
