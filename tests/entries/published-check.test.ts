import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { entryFromChecklist } from '../../lib/entries/entry';
import { ENTRY_MESSAGES } from '../../lib/entries/messages';
import { fingerprintText } from '../../lib/entries/normalise';
import { checkPublished, checkRecord } from '../../lib/entries/published-check';
import { PublishedCheckRecord, type Entry } from '../../lib/entries/schema';
import { tm } from '../../lib/i18n';
import { buildChecklist } from '../../lib/rules';
import { contestWith, OPEN_NOW, SEED, verdict } from '../rules/helpers';

const ARTICLE = readFileSync(new URL('../conformance/seed-article.txt', import.meta.url), 'utf8').slice(0, 400);
const DRAFT = `${ARTICLE}\n#WXTM创作大赛# #WXTM#`;
const AT = OPEN_NOW;

async function entryFor(text: string, images = [verdict('deposit', true)]): Promise<Entry> {
  const checklist = buildChecklist({ text, images }, SEED, AT);
  return entryFromChecklist({ id: 'e1', contest: SEED, checklist, publishedAt: AT, fingerprint: await fingerprintText(text) });
}

describe('the post as published, checked again', () => {
  test('topics rendered as topic lines at the top: all rules met, said with the time in the contest zone', async () => {
    const entry = await entryFor(DRAFT);
    const check = checkPublished({ text: `#WXTM创作大赛#\n#WXTM#\n${ARTICLE}`, pictures: 1 }, SEED, entry, AT + 60_000);
    expect(check.status).toBe('all-met');
    expect(check.tags).toEqual([
      { expected: '#WXTM创作大赛#', met: true, rendering: 'topic-line' },
      { expected: '#WXTM#', met: true, rendering: 'topic-line' },
    ]);
    expect(check.problems).toEqual([]);
    expect(tm('en', check.message)).toBe('Your entry for #WXTM创作大赛#, published 2025-08-10 12:00 (UTC+8): all rules met');
    expect(check.count.count).toBeGreaterThanOrEqual(100);
  });

  test('topics rendered as links (/post/topic/{TAG}) whose lines show the bare name: met, and not counted as prose', async () => {
    const entry = await entryFor(DRAFT);
    const check = checkPublished(
      { text: `WXTM创作大赛\nWXTM\n${ARTICLE}`, topicHrefs: ['/zh/post/topic/WXTM创作大赛', '/zh/post/topic/WXTM'], pictures: 1 },
      SEED,
      entry,
      AT,
    );
    expect(check.status).toBe('all-met');
    expect(check.tags.map((t) => t.rendering)).toEqual(['topic-link', 'topic-link']);
    expect(check.count.count).toBe(checkPublished({ text: ARTICLE, pictures: 1 }, SEED, entry, AT).count.count);
  });

  test('a tag inline in the prose still counts', async () => {
    const check = checkPublished({ text: `${ARTICLE} #WXTM创作大赛# #WXTM#`, pictures: 1 }, SEED, await entryFor(DRAFT), AT);
    expect(check.tags.map((t) => t.rendering)).toEqual(['text', 'text']);
  });

  test('a tag lost on the published page is named, and the headline says what was lost', async () => {
    const entry = await entryFor(DRAFT);
    const check = checkPublished({ text: `#WXTM创作大赛#\n${ARTICLE}`, pictures: 1 }, SEED, entry, AT);
    expect(check.status).toBe('not-met');
    expect(check.items.find((i) => i.id === 'tag.1')).toMatchObject({ status: 'fail', lost: true });
    expect(check.problems.map((m) => tm('en', m))).toEqual(['Tag #WXTM# is missing']);
    expect(tm('en', check.message)).toBe('Your entry for #WXTM创作大赛#, published 2025-08-10 12:00 (UTC+8): the published version lost 1');
    expect(checkRecord(check)).toEqual({ checkedAt: AT, status: 'not-met', failing: ['tag.1'], lost: ['tag.1'], count: check.count.count, pictures: 1 });
    expect(PublishedCheckRecord.safeParse(checkRecord(check)).success).toBe(true);
  });

  test('a rule already unmet at 发布 is not met, but not "lost"', async () => {
    const entry = await entryFor(`${ARTICLE}\n#WXTM创作大赛#`);
    const check = checkPublished({ text: `#WXTM创作大赛#\n${ARTICLE}`, pictures: 1 }, SEED, entry, AT);
    expect(check.items.find((i) => i.id === 'tag.1')).toMatchObject({ status: 'fail', lost: false });
    expect(check.message.key).toBe('entries.published.notMet');
  });

  test('a post cut short by Gate is short of 字 again', async () => {
    const check = checkPublished({ text: `#WXTM创作大赛# #WXTM#\n${ARTICLE.slice(0, 40)}`, pictures: 1 }, SEED, await entryFor(DRAFT), AT);
    expect(check.items.find((i) => i.id === 'length')).toMatchObject({ status: 'fail', lost: true });
  });

  test.each([
    ['preferred: no picture is a warning, the rules are still met', 'preferred', 0, 'warn', 'all-met'],
    ['required: no picture fails', 'required', 0, 'fail', 'not-met'],
    ['fewer pictures than at 发布: a warning', 'required', 1, 'warn', 'all-met'],
    ['none asked: shown as information', 'none', 2, 'info', 'all-met'],
  ] as const)('pictures, %s', async (_name, requirement, present, status, overall) => {
    const contest = contestWith((c) => {
      c.screenshot.requirement = requirement;
    });
    const checklist = buildChecklist({ text: DRAFT, images: [verdict('deposit', true), verdict('trade', true)] }, contest, AT);
    const entry = entryFromChecklist({ id: 'e', contest, checklist, publishedAt: AT, fingerprint: await fingerprintText(DRAFT) });
    const check = checkPublished({ text: DRAFT, pictures: present }, contest, entry, AT);
    expect(check.items.find((i) => i.id === 'pictures')?.status).toBe(status);
    expect(check.status).toBe(overall);
  });

  test('published after the window closed: not met, whatever the text', async () => {
    const late = Date.parse('2025-08-13T01:00:00+08:00');
    const check = checkPublished({ text: DRAFT, pictures: 1, publishedAt: late }, SEED, undefined, late);
    expect(check.status).toBe('not-met');
    expect(tm('en', check.problems[0])).toBe('Published after the contest closed (2025-08-13 01:00 (UTC+8)): it does not count');
  });

  test('without an entry or a date: checked, undated, nothing "lost"', () => {
    const check = checkPublished({ text: DRAFT, pictures: 1 }, SEED, undefined, AT);
    expect(check.published).toBeUndefined();
    expect(tm('zh-Hant', check.message)).toBe('你的 #WXTM创作大赛# 投稿:全部符合');
    expect(check.pictures).toEqual({ present: 1, requirement: 'preferred' });
  });

  test('odd input does not throw', () => {
    expect(() => checkPublished({ text: undefined as unknown as string, pictures: NaN, topicHrefs: ['%%%'] }, SEED, undefined, AT)).not.toThrow();
  });
});

describe('the messages', () => {
  test('every entries message has the same placeholders in each language', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, langs] of Object.entries(ENTRY_MESSAGES)) {
      expect(names(langs['zh-Hans']), key).toEqual(names(langs.en));
      expect(names(langs['zh-Hant']), key).toEqual(names(langs.en));
    }
  });
});
