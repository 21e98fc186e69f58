/**
 * The toolbar badge and the opt-in deadline notifications, kept fresh by alarms (which survive a
 * service worker's sleep) and recomputed at every start, install and settings change, so they are
 * right after a browser restart. With several contests tracked, the badge counts down to the
 * nearest deadline of the contest the writer has a draft for, else of all live ones; each live
 * contest has its own notices (alarm "notify-24h|<contest id>").
 */
import { badgeFor } from '../../lib/badge';
import { nearestDeadline, isLive, type TrackedEntry } from '../../lib/contests/tracked';
import { pickLang } from '../../lib/i18n';
import { noticeSchedule, noticeText, NOTICES } from '../../lib/notify';
import { customContestsItem, draftItem, loadContestList, loadDraft, loadSettings, settingsItem } from '../../lib/settings/storage';

const BADGE_ALARM = 'badge';
const action = () => browser.action ?? browser.browserAction;
const noticeAlarm = (id: string, contestId: string) => `${id}|${contestId}`;

export async function refreshDeadline(): Promise<void> {
  const lang = pickLang(navigator.languages);
  const now = Date.now();
  const [{ entries }, { settings }, draft] = await Promise.all([loadContestList(now), loadSettings(), loadDraft()]);
  const target = nearestDeadline(entries, draft ? [draft.contestId] : []) ?? entries.find((e) => e.state === 'upcoming');
  await browser.alarms.clear(BADGE_ALARM);
  if (target) {
    const badge = badgeFor(target.contest, now, lang);
    await action().setBadgeText({ text: badge.text });
    await action().setBadgeBackgroundColor({ color: badge.color });
    await action().setTitle({ title: `${target.contest.name[lang]} · ${badge.text}` });
    // Alarms fire at most every 30 s; the badge only changes on whole minutes anyway.
    if (Number.isFinite(badge.nextChange)) await browser.alarms.create(BADGE_ALARM, { when: Math.max(badge.nextChange, now + 30_000) });
  } else {
    await action().setBadgeText({ text: '' });
    await action().setTitle({ title: browser.runtime.getManifest().name });
  }

  for (const alarm of await browser.alarms.getAll()) if (NOTICES.some((n) => alarm.name.startsWith(`${n.id}|`))) await browser.alarms.clear(alarm.name);
  if (settings.notifications) {
    for (const e of entries.filter((x) => isLive(x.state) || x.state === 'upcoming')) {
      for (const { id, when } of noticeSchedule(e.contest, now)) await browser.alarms.create(noticeAlarm(id, e.contest.id), { when });
    }
  }
}

/**
 * How late a notice may still be given. Chrome fires the alarms a sleeping device missed when it
 * wakes: "24 hours left" at the deadline, or after it, would be wrong.
 */
export const NOTICE_GRACE_MS = 15 * 60_000;

/** A notice is given while its contest is live and it is at most {@link NOTICE_GRACE_MS} late. */
export function noticeIsDue(before: number, entry: TrackedEntry, now: number): boolean {
  return isLive(entry.state) && now < Date.parse(entry.contest.window.end) - before + NOTICE_GRACE_MS;
}

/** Show the notice an alarm ("notify-24h|<contest id>") is for, if it is still true. */
export async function notify(alarmName: string): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const [id, contestId] = alarmName.split('|');
  const notice = NOTICES.find((n) => n.id === id);
  const lang = pickLang(navigator.languages);
  const now = Date.now();
  const [{ entries }, draft] = await Promise.all([loadContestList(now), loadDraft()]);
  const entry = entries.find((e) => e.contest.id === contestId);
  if (!notice || !entry || !noticeIsDue(notice.before, entry, now)) return;
  const { title, message } = noticeText(notice.id, entry.contest, draft, lang);
  await browser.notifications.create(alarmName, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

export function watchDeadline(): void {
  const refresh = () => void refreshDeadline().catch((error) => console.error('[gate-square-checklist] badge', error));
  browser.runtime.onStartup.addListener(refresh);
  browser.runtime.onInstalled.addListener(refresh);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) refresh();
    if (NOTICES.some((n) => alarm.name.startsWith(`${n.id}|`))) void notify(alarm.name).then(refresh);
  });
  settingsItem.watch(refresh);
  customContestsItem.watch(refresh);
  // The draft's contest decides which deadline the badge shows.
  let lastContest: string | undefined;
  draftItem.watch(async () => {
    const d = await loadDraft();
    if (d?.contestId !== lastContest) {
      lastContest = d?.contestId;
      refresh();
    }
  });
  refresh();
}
