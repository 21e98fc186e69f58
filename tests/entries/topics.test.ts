import { describe, expect, test } from 'vitest';
import { restoreTopicLines, topicFromHref, topicsFromHrefs } from '../../lib/entries/topics';

describe('topic links as Gate renders them', () => {
  test.each([
    ['/zh/post/topic/PUBLIC创作大赛', 'PUBLIC创作大赛'],
    ['https://www.gate.com/post/topic/WXTM%E5%88%9B%E4%BD%9C%E5%A4%A7%E8%B5%9B', 'WXTM创作大赛'],
    ['https://web.gate.it/zh-tw/post/topic/WXTM/', 'WXTM'],
    ['/post/topic/%23WXTM%23', 'WXTM'],
    ['/post/topic/WXTM%20Creative%20Contest?from=feed', 'WXTM Creative Contest'],
    ['/zh/post/status/13148311', null],
    ['/post/topic/', null],
    ['/post/topic/%E0%A4%A', null],
    ['', null],
  ])('%s → %s', (href, name) => {
    expect(topicFromHref(href)).toBe(name);
  });

  test('each topic once, in order', () => {
    expect(topicsFromHrefs(['/post/topic/WXTM', '/zh/post/topic/WXTM', '/post/topic/BTC', '/profile/joe'])).toEqual(['WXTM', 'BTC']);
  });

  test("a line that is a topic's bare name is written as the tag; other lines are left alone", () => {
    expect(restoreTopicLines('WXTM创作大赛\n WXTM \n参加 WXTM 活动', ['WXTM创作大赛', 'WXTM'])).toBe('#WXTM创作大赛#\n#WXTM#\n参加 WXTM 活动');
    expect(restoreTopicLines('WXTM', [])).toBe('WXTM');
  });
});
