import { describe, expect, test } from 'vitest';
import { findLinks } from '../../lib/text';

describe('findLinks', () => {
  test.each([
    ['a scheme link ends at a space', '見 https://www.gate.com/post 吧', ['https://www.gate.com/post']],
    ['a link ends where Chinese text is glued to it', 'https://gate.com/zh/post了解', ['https://gate.com/zh/post']],
    ['a link ends at full-width punctuation', 'https://gate.com/a,好', ['https://gate.com/a']],
    ['a final full stop is not part of the link', 'See https://gate.com/a.', ['https://gate.com/a']],
    ['balanced parentheses stay, an unbalanced one goes', '(https://x.org/a_(b))', ['https://x.org/a_(b)']],
    ['a fragment with # belongs to the link', 'https://www.gate.com/post#comments', ['https://www.gate.com/post#comments']],
    ['www. without a scheme is a link', 'www.gate.io/zh', ['www.gate.io/zh']],
    // Whatever else the text holds: a line read alone (textAnalyzer) must find what the whole text finds.
    ['a scheme link needs no dot, in a text with none', 'http://localhost:3000/a 見', ['http://localhost:3000/a']],
    ['a bare domain with a known ending is a link', '上 gate.com 看', ['gate.com']],
    ['a bare domain with a path is one link', 'gate.io/zh-tw/candydrop', ['gate.io/zh-tw/candydrop']],
    ['a decimal number is not a link', '3.14 and 1,000.5', []],
    ['an abbreviation is not a link', 'e.g. U.S.A.', []],
    ['an e-mail address is not a link', 'me@gate.com', []],
    ['a text without a dot has no link', '沒有連結 no link', []],
  ])('%s', (_name, text, urls) => {
    const links = findLinks(text);
    expect(links.map((l) => l.url)).toEqual(urls);
    for (const l of links) expect(text.slice(l.start, l.end)).toBe(l.url);
  });
});

// The trim runs on every keystroke: these took minutes when it was quadratic (a `+$` regex and a
// bracket recount per character); linear, they finish well inside the test's timeout.
test.each([
  ['200,000 closing brackets', `https://a.com/${')'.repeat(200_000)}`, 'https://a.com/'],
  ['200,000 full stops and then a letter', `https://a.com/${'.'.repeat(200_000)}x`, `https://a.com/${'.'.repeat(200_000)}x`],
  ['one opened bracket, 100,000 closing ones, 100,000 stops', `https://a.com/(${')'.repeat(100_000)}${'.'.repeat(100_000)}`, 'https://a.com/()'],
])('a link followed by %s is trimmed right', (_name, text, url) => {
  expect(findLinks(text).map((l) => l.url)).toEqual([url]);
});
