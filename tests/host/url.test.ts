import { expect, test } from 'vitest';
import { isSquarePostUrl, pageLanguage, postStatusPathOf } from '../../lib/host/url';

test.each([
  ['the composer page without a language prefix', 'https://www.gate.com/post', true],
  ['the Traditional Chinese composer page', 'https://www.gate.com/zh-tw/post', true],
  ['the Simplified Chinese composer page', 'https://www.gate.com/zh/post', true],
  ['a post permalink', 'https://www.gate.com/zh-tw/post/status/12345678', true],
  ['the older gate.io host', 'https://www.gate.io/post', true],
  ['a query string', 'https://www.gate.com/post?tab=hot', true],
  ['a trading page', 'https://www.gate.com/trade/BTC_USDT', false],
  ['a path that merely starts with post', 'https://www.gate.com/posts-archive', false],
  ['a lookalike host', 'https://www.gate.com.evil.example/post', false],
  ['plain http', 'http://www.gate.com/post', false],
  ['not a URL at all', 'post', false],
])('%s (%s) is a Gate Square page: %s', (_name, url, expected) => {
  expect(isSquarePostUrl(url)).toBe(expected);
});

test('a mirror host counts once the writer added it', () => {
  expect(isSquarePostUrl('https://gate.mirror.example/zh-tw/post')).toBe(false);
  expect(isSquarePostUrl('https://gate.mirror.example/zh-tw/post', ['gate.mirror.example'])).toBe(true);
});

test.each([
  ['https://www.gate.com/zh-tw/post', 'en', 'zh-tw'],
  ['https://www.gate.com/zh/post', null, 'zh'],
  ['https://www.gate.com/post', 'zh-CN', 'zh-CN'],
  ['https://www.gate.com/post', null, undefined],
])('the page language of %s (html lang %s) is %s', (url, htmlLang, expected) => {
  expect(pageLanguage(url, htmlLang)).toBe(expected);
});

test("a post's own page gives its path; another page or no URL gives null", () => {
  expect(postStatusPathOf('https://www.gate.com/zh-tw/post/status/123')).toBe('/zh-tw/post/status/123');
  expect(postStatusPathOf('https://www.gate.com/post')).toBeNull();
  expect(postStatusPathOf('not a url')).toBeNull();
});
