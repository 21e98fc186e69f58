/**
 * The deadline notifications (opt-in): when they fire and what they say. Pure: the contest, the
 * last draft state and `now` in; the background schedules and shows them.
 */
import type { Contest } from './contests/schema';
import { t, tm, type Lang, type Msg } from './i18n';

export const NOTICES = [
  { id: 'notify-24h', before: 24 * 3_600_000, left: 'notify.left24h' },
  { id: 'notify-1h', before: 3_600_000, left: 'notify.left1h' },
] as const;
export type NoticeId = (typeof NOTICES)[number]['id'];

/** The notices still ahead of `now`, with the instant each is due. */
export function noticeSchedule(contest: Pick<Contest, 'window'>, now: number): { id: NoticeId; when: number }[] {
  const end = Date.parse(contest.window.end);
  return NOTICES.map((n) => ({ id: n.id, when: end - n.before })).filter((n) => n.when > now);
}

export interface DraftFacts {
  contestId: string;
  pass: boolean;
  missing: Msg[];
}

export function noticeText(id: NoticeId, contest: Contest, draft: DraftFacts | null, lang: Lang): { title: string; message: string } {
  const notice = NOTICES.find((n) => n.id === id)!;
  const title = t(lang, 'notify.title', { contest: contest.name[lang], left: t(lang, notice.left) });
  if (!draft || draft.contestId !== contest.id) return { title, message: t(lang, 'notify.noDraft') };
  if (draft.pass) return { title, message: t(lang, 'notify.ready') };
  const list = draft.missing.map((m) => tm(lang, m)).join(lang === 'en' ? '; ' : ';');
  return { title, message: t(lang, 'notify.missing', { list }) };
}
