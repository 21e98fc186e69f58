import { describe, expect, test } from 'vitest';
import { tagsRule } from '../../lib/rules/tags';
import type { TagItem } from '../../lib/rules';
import { contestWith, run } from './helpers';

describe('tags rule (添加標籤: #WXTM创作大赛# 和 #WXTM#)', () => {
  test.each([
    ['both tags as announced pass both items', '文 #WXTM创作大赛# 和 #WXTM#', ['pass', 'pass']],
    ['adjacent tags pass both items', '#WXTM创作大赛##WXTM#', ['pass', 'pass']],
    ['only the long tag fails #WXTM#: it is not found inside', '#WXTM创作大赛#', ['pass', 'fail']],
    ['only #WXTM# fails the long tag', '#WXTM#', ['fail', 'pass']],
    ['no tags fail both items', '只有內容', ['fail', 'fail']],
    ['traditional characters fail the long tag', '#WXTM創作大賽# #WXTM#', ['fail', 'pass']],
    ['full-width signs fail both', '＃WXTM创作大赛＃ ＃WXTM＃', ['fail', 'fail']],
  ])('%s', (_name, text, statuses) => {
    const items = run<TagItem>(tagsRule, { text });
    expect(items.map((i) => i.status)).toEqual(statuses);
    expect(items.map((i) => i.id)).toEqual(['tag.0', 'tag.1']);
  });

  test.each([
    ['traditional characters', '#WXTM創作大賽#', 'traditional', '#WXTM創作大賽#'],
    ['a full-width sign', '＃WXTM创作大赛＃', 'fullwidth-hash', '＃WXTM创作大赛＃'],
    ['a missing closing sign', '#WXTM创作大赛 好', 'missing-closing-hash', '#WXTM创作大赛'],
    ['letter case', '#wxtm创作大赛#', 'case', '#wxtm创作大赛#'],
    ['a space inside', '#WXTM 创作大赛#', 'spaces', '#WXTM 创作大赛#'],
    ['a zero-width space', '#WXTM\u200b创作大赛#', 'invisible', '#WXTM⟨ZWSP⟩创作大赛#'],
  ])('a near miss with %s is the message, with what was found and the fix', (_name, text, reason, shown) => {
    const [item] = run<TagItem>(tagsRule, { text });
    expect(item.status).toBe('fail');
    expect(item.message).toEqual({
      key: `rules.tag.nearMiss.${reason}`,
      params: { tag: '#WXTM创作大赛#', found: shown, fix: '#WXTM创作大赛#' },
    });
    expect(item.details.nearMisses[0]).toMatchObject({ reason, fix: '#WXTM创作大赛#', start: 0 });
  });

  test('a missing tag without a near miss says so', () => {
    const [, item] = run<TagItem>(tagsRule, { text: '#WXTM创作大赛#' });
    expect(item.message).toEqual({ key: 'rules.tag.missing', params: { tag: '#WXTM#' } });
    expect(item.details).toMatchObject({ index: 1, expected: '#WXTM#', forms: ['#WXTM#'], found: [], nearMisses: [] });
  });

  test('a chip from the editor passes the tag', () => {
    const items = run<TagItem>(tagsRule, { text: '', tags: ['WXTM创作大赛', '#WXTM#'] });
    expect(items.map((i) => i.status)).toEqual(['pass', 'pass']);
    expect(items[0].message).toEqual({ key: 'rules.tag.found', params: { tag: '#WXTM创作大赛#', form: '#WXTM创作大赛#' } });
  });

  test('a topic chosen with traditional characters (a chip) is explained as a chosen topic, with the tag that replaces it', () => {
    // As the editor reader gives a chip: its # signs drawn by CSS put back.
    const [item, other] = run<TagItem>(tagsRule, { text: '正文', tags: ['#WXTM創作大賽#', '#WXTM#'] });
    expect([item.status, other.status]).toEqual(['fail', 'pass']);
    expect(item.message).toEqual({
      key: 'rules.tag.nearMiss.traditional',
      params: { tag: '#WXTM创作大赛#', found: '#WXTM創作大賽#', fix: '#WXTM创作大赛#' },
    });
    expect(item.details.nearMisses).toMatchObject([
      { source: 'chip', chip: 0, fix: '#WXTM创作大赛#', hint: { key: 'rules.tag.nearMiss.chip', params: { found: '#WXTM創作大賽#', fix: '#WXTM创作大赛#' } } },
    ]);
    // A near miss in the text has no such hint: it is typed, and retyped.
    const [typed] = run<TagItem>(tagsRule, { text: '#WXTM創作大賽#' });
    expect(typed.details.nearMisses[0].hint).toBeUndefined();
  });

  const english = contestWith((c) => {
    c.tags = [{ text: 'WXTM创作大赛', style: 'weibo', alternatives: [{ text: 'WXTM Creative Contest', style: 'weibo' }] }];
  });
  test.each([
    ["the English edition's tag passes as an accepted alternative", '#WXTM Creative Contest#', 'pass'],
    ['the tag itself still passes', '#WXTM创作大赛#', 'pass'],
    ['the English tag without its spaces fails', '#WXTMCreativeContest#', 'fail'],
  ])('%s', (_name, text, status) => {
    const [item] = run<TagItem>(tagsRule, { text }, english);
    expect(item.status).toBe(status);
  });

  test('a contest without required tags has no tag items', () => {
    const none = contestWith((c) => {
      c.tags = [];
    });
    expect(run<TagItem>(tagsRule, { text: '#WXTM#' }, none)).toEqual([]);
  });
});
