/**
 * The post as Gate published it, checked again against its contest (issue 20, point 2): the count,
 * each required tag as Gate rendered it (a topic link `/post/topic/{TAG}` or a topic line counts),
 * the pictures present, and the publish time against the window. What the writer sees: "your entry
 * for #X, published 2025-08-10 14:02 (UTC+8): all rules met", or what the published version lost.
 *
 * The count and the tags are lib/rules's own length and tags rules over the published text (a
 * topic link is a chip to them, as an editor's chosen topic is), so a pass here means what it
 * means in the composer. Pure: the page's reading comes in, `now` comes in.
 */
import type { Contest } from '../contests/schema';
import { wallClockLabel } from '../contests/phase';
import { registerMessages, type Msg } from '../i18n';
import { buildChecklist } from '../rules';
import { lengthRule } from '../rules/length';
import { tagsRule } from '../rules/tags';
import type { ItemStatus, LengthItem, TagItem } from '../rules/types';
import { formatTag } from '../text/hashtags';
import { entryWindow } from './entry';
import { ENTRY_MESSAGES } from './messages';
import { topicLineTags } from './normalise';
import type { Entry, EntryWindow, PublishedCheckRecord } from './schema';
import { restoreTopicLines, topicsFromHrefs } from './topics';

registerMessages(ENTRY_MESSAGES);

/** What the post page shows of the post (lib/host/post-page's reading, and its block's links and pictures). */
export interface PublishedReading {
  /** The post's text, as the post page reader gives it. */
  text: string;
  /** The hrefs of the topic links inside the post (`…/post/topic/{TAG}`). */
  topicHrefs?: readonly string[];
  /** The post's own pictures (not avatars, not icons). */
  pictures: number;
  /** When the page says it was published (ms), for a post with no entry. */
  publishedAt?: number;
}

/** How a tag is on the published page. */
export type TagRendering = 'topic-link' | 'topic-line' | 'text';

export interface PublishedItem {
  id: 'length' | `tag.${number}` | 'pictures' | 'window';
  status: ItemStatus;
  /** Whether it decides "all rules met". */
  required: boolean;
  /** Met at 发布 (by the entry's checklist) and not met as published. */
  lost: boolean;
  message: Msg;
}

export interface PublishedTag {
  expected: string;
  met: boolean;
  rendering?: TagRendering;
}

export interface PublishedCheck {
  contestId: string;
  checkedAt: number;
  /** `all-met` when every required item passes as published. */
  status: 'all-met' | 'not-met';
  /** The headline: "your entry for #X, published …: all rules met" / "…: N rules not met". */
  message: Msg;
  items: PublishedItem[];
  /** The failing items' messages, lost ones first: the list the panel shows under the headline. */
  problems: Msg[];
  count: { count: number; min: number; unit: 'zi' | 'words' };
  tags: PublishedTag[];
  pictures: { present: number; atPublish?: number; requirement: Contest['screenshot']['requirement'] };
  /** When it was published and where that stood against the window (unknown without an entry or a page date). */
  published?: { at: number; label: string; window: EntryWindow };
}

/** Check the published post. Never throws on odd input (a rule that fails is an item that fails). */
export function checkPublished(reading: PublishedReading, contest: Contest, entry: Entry | undefined, now: number): PublishedCheck {
  const topics = topicsFromHrefs(reading.topicHrefs ?? []);
  const text = restoreTopicLines(typeof reading.text === 'string' ? reading.text : '', topics);
  const checklist = buildChecklist({ text, tags: topics, images: [] }, contest, now, [lengthRule, tagsRule]);
  const at = entry?.publishedAt ?? reading.publishedAt;
  const items: PublishedItem[] = [];
  const tags: PublishedTag[] = [];
  let count = 0;

  for (const item of checklist.items) {
    if (item.rule === 'length') {
      count = (item as LengthItem).details.count;
      const was = entry?.checklist.length.met;
      items.push({ id: 'length', status: item.status, required: true, lost: was === true && item.status === 'fail', message: item.message });
    } else if (item.rule === 'tags') {
      const tag = item as TagItem;
      const i = tag.details.index;
      const met = tag.status === 'pass';
      // A topic link is the surest sign of how Gate took the tag: it comes first.
      const found = tag.details.found.find((f) => f.source === 'chip') ?? tag.details.found[0];
      const rendering: TagRendering | undefined = !found
        ? undefined
        : found.source === 'chip'
          ? 'topic-link'
          : onTopicLine(text, found.start ?? 0)
            ? 'topic-line'
            : 'text';
      tags.push({ expected: tag.details.expected, met, ...(rendering ? { rendering } : {}) });
      const was = entry?.checklist.tags[i]?.met;
      items.push({ id: `tag.${i}`, status: tag.status, required: true, lost: was === true && !met, message: tag.message });
    } else {
      // A rule that failed unexpectedly: shown as failing rather than hidden.
      items.push({ id: item.id === 'tags' ? 'tag.0' : 'length', status: 'fail', required: true, lost: false, message: item.message });
    }
  }

  items.push(picturesItem(reading.pictures, contest, entry));

  let published: PublishedCheck['published'];
  if (typeof at === 'number' && Number.isFinite(at)) {
    const window = entry?.window ?? entryWindow(contest, at);
    const label = wallClockLabel(at, window.displayOffset);
    published = { at, label, window };
    items.push({
      id: 'window',
      status: window.inside ? 'pass' : 'fail',
      required: true,
      lost: false,
      message: { key: window.inside ? 'entries.window.inside' : `entries.window.${window.side ?? 'after'}`, params: { time: label } },
    });
  }

  const failing = items.filter((i) => i.required && i.status === 'fail');
  const status = failing.length === 0 ? 'all-met' : 'not-met';
  const name = contest.tags[0] ? formatTag(contest.tags[0]) : contest.name.en;
  const lost = failing.filter((i) => i.lost).length;
  const message: Msg = published
    ? {
        key: `entries.published.${status === 'all-met' ? 'allMet' : lost ? 'lost' : 'notMet'}`,
        params: { name, time: published.label, failed: failing.length, lost },
      }
    : { key: `entries.published.undated.${status === 'all-met' ? 'allMet' : lost ? 'lost' : 'notMet'}`, params: { name, failed: failing.length, lost } };
  return {
    contestId: contest.id,
    checkedAt: now,
    status,
    message,
    items,
    problems: [...failing.filter((i) => i.lost), ...failing.filter((i) => !i.lost)].map((i) => i.message),
    count: { count, min: contest.length.min, unit: contest.length.unit },
    tags,
    pictures: {
      present: reading.pictures,
      ...(entry ? { atPublish: entry.checklist.pictures.length } : {}),
      requirement: contest.screenshot.requirement,
    },
    ...(published ? { published } : {}),
  };
}

/** Whether offset `at` sits on a line that holds only hashtags. */
function onTopicLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return topicLineTags(text.slice(start, end === -1 ? text.length : end)) !== null;
}

function picturesItem(present: number, contest: Contest, entry: Entry | undefined): PublishedItem {
  const n = Number.isFinite(present) && present > 0 ? Math.floor(present) : 0;
  const requirement = contest.screenshot.requirement;
  const atPublish = entry?.checklist.pictures.length;
  const required = requirement === 'required';
  const fewer = atPublish !== undefined && n < atPublish;
  if (requirement !== 'none' && n === 0) {
    return {
      id: 'pictures',
      status: required ? 'fail' : 'warn',
      required,
      lost: atPublish !== undefined && atPublish > 0,
      message: { key: `entries.pictures.none.${required ? 'required' : 'preferred'}`, params: { atPublish: atPublish ?? 0 } },
    };
  }
  if (fewer) {
    return {
      id: 'pictures',
      status: 'warn',
      required,
      lost: false,
      message: { key: 'entries.pictures.fewer', params: { present: n, atPublish } },
    };
  }
  return {
    id: 'pictures',
    status: requirement === 'none' ? 'info' : 'pass',
    required,
    lost: false,
    message: { key: 'entries.pictures.present', params: { present: n } },
  };
}

/** What an entry keeps of the check (lib/entries/schema.ts PublishedCheckRecord). */
export function checkRecord(check: PublishedCheck): PublishedCheckRecord {
  const failing = check.items.filter((i) => i.required && i.status === 'fail');
  return {
    checkedAt: check.checkedAt,
    status: check.status,
    failing: failing.map((i) => i.id),
    lost: failing.filter((i) => i.lost).map((i) => i.id),
    count: check.count.count,
    pictures: check.pictures.present,
  };
}
