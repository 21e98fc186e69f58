/**
 * The toolbar badge and the opt-in deadline notifications, kept fresh by alarms (which survive a
 * service worker's sleep) and recomputed at every start, install and settings change, so they are
 * right after a browser restart.
 */
import { badgeFor } from '../../lib/badge';
import { pickLang } from '../../lib/i18n';
import { noticeSchedule, noticeText, NOTICES, type NoticeId } from '../../lib/notify';
import {
  activeContestItem,
  customContestsItem,
  loadActiveContest,
  loadDraft,
  loadSettings,
  settingsItem,
} from '../../lib/settings/storage';

const BADGE_ALARM = 'badge';
const action = () => browser.action ?? browser.browserAction;

export async function refreshDeadline(): Promise<void> {
  const lang = pickLang(navigator.languages);
  const [contest, { settings }] = await Promise.all([loadActiveContest(), loadSettings()]);
  const now = Date.now();
  const badge = badgeFor(contest, now, lang);
  await action().setBadgeText({ text: badge.text });
  await action().setBadgeBackgroundColor({ color: badge.color });
  await action().setTitle({ title: `${contest.name[lang]} · ${badge.text}` });
  await browser.alarms.clear(BADGE_ALARM);
  // Alarms fire at most every 30 s; the badge only changes on whole minutes anyway.
  if (Number.isFinite(badge.nextChange)) await browser.alarms.create(BADGE_ALARM, { when: Math.max(badge.nextChange, now + 30_000) });

  for (const notice of NOTICES) await browser.alarms.clear(notice.id);
  if (settings.notifications) {
    for (const { id, when } of noticeSchedule(contest, now)) await browser.alarms.create(id, { when });
  }
}

async function notify(id: NoticeId): Promise<void> {
  const { settings } = await loadSettings();
  if (!settings.notifications || !(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const lang = pickLang(navigator.languages);
  const [contest, draft] = await Promise.all([loadActiveContest(), loadDraft()]);
  const { title, message } = noticeText(id, contest, draft, lang);
  await browser.notifications.create(id, {
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
    const notice = NOTICES.find((n) => n.id === alarm.name);
    if (notice) void notify(notice.id).then(refresh);
  });
  settingsItem.watch(refresh);
  activeContestItem.watch(refresh);
  customContestsItem.watch(refresh);
  refresh();
}
