/**
 * The toolbar badge: time left at a glance, coloured by phase. Pure: the contest and `now` in.
 * Upcoming shows the time to the start, open and closing the time to the deadline ("3d", "5h",
 * "42m"), closed an ended mark.
 */
import type { Contest } from './contests/schema';
import { contestPhase, type Phase } from './contests/phase';
import type { Lang } from './i18n';

export interface Badge {
  text: string;
  color: string;
  phase: Phase;
  /** When the text next changes (ms since epoch): the next alarm. */
  nextChange: number;
}

export const BADGE_COLORS: Record<Phase, string> = {
  upcoming: '#6b7280',
  open: '#2354e6',
  closing: '#d9480f',
  closed: '#6b7280',
};

const ENDED: Record<Lang, string> = { 'zh-Hant': '結束', 'zh-Hans': '结束', en: 'END' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function badgeFor(contest: Pick<Contest, 'window'>, now: number, lang: Lang): Badge {
  const state = contestPhase(contest, now);
  if (state.phase === 'closed') return { text: ENDED[lang], color: BADGE_COLORS.closed, phase: 'closed', nextChange: Infinity };
  const left = state.msLeft;
  const target = now + left;
  // Days and hours round down (never promise more time than is left); minutes round up, so "1m"
  // shows until the very end rather than "0m".
  let text: string;
  let nextChange: number;
  if (left >= DAY || left >= HOUR) {
    const unit = left >= DAY ? DAY : HOUR;
    const whole = Math.floor(left / unit);
    text = `${whole}${unit === DAY ? 'd' : 'h'}`;
    nextChange = target - whole * unit + 1;
  } else {
    const whole = Math.max(1, Math.ceil(left / MINUTE));
    text = `${whole}m`;
    nextChange = target - (whole - 1) * MINUTE;
  }
  return { text, color: BADGE_COLORS[state.phase], phase: state.phase, nextChange: Math.max(now + 1, nextChange) };
}
