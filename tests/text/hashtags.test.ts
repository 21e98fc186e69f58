import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractHashtags, formatTag, MAX_WEIBO_BODY, tagTextProblem } from '../../lib/text';

describe('extractHashtags', () => {
  test.each([
    ['a Weibo tag carries its body and ranges', 'a #WXTM# b', [{ style: 'weibo', text: 'WXTM', start: 2, end: 8, bodyStart: 3, bodyEnd: 7 }]],
    [
      'adjacent Weibo tags are two tags',
      '#A##B#',
      [
        { raw: '#A#', start: 0 },
        { raw: '#B#', start: 3 },
      ],
    ],
    ['a single tag ends at a space', '#BTC 漲', [{ style: 'single', text: 'BTC', end: 4 }]],
    ['a single tag ends at Chinese punctuation', '#比特币,漲', [{ style: 'single', text: '比特币' }]],
    ['a Weibo body may not start with a space', '# WXTM#', []],
    ['a Weibo body may not end with a space, so it falls back to a single tag', '#WXTM #', [{ style: 'single', text: 'WXTM' }]],
    ['a Weibo tag never crosses a line', '#WXTM\nok#', [{ style: 'single', text: 'WXTM' }]],
    ['a # after an ASCII letter opens nothing', 'C#WXTM#', []],
    ['a # after an ampersand opens nothing (HTML entity)', '&#35;', []],
    ['a # glued after Chinese text opens a tag', '參加#WXTM#活動', [{ raw: '#WXTM#' }]],
    ['a number alone is no single tag', '#2025 年', []],
    ['digits between signs make a Weibo tag', '#2025#', [{ raw: '#2025#' }]],
    ['a keycap #️⃣ is no sign', '#\ufe0f\u20e3a#', []],
    ['the full-width ＃ is no sign', '＃WXTM＃', []],
    ['a surrogate-pair body is kept whole', '#𠮷野家#', [{ text: '𠮷野家', end: 6 }]],
    ['a body longer than the limit is no Weibo tag', `#${'a'.repeat(MAX_WEIBO_BODY + 1)}#`, [{ style: 'single' }]],
  ])('%s', (_name, text, expected) => {
    const tags = extractHashtags(text);
    expect(tags).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(tags[i]).toMatchObject(e));
    for (const t of tags) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  test('signs inside a skipped range (a link) are ignored', () => {
    const text = 'x https://a.io/#WXTM# #B#';
    expect(extractHashtags(text, { skip: [{ start: 2, end: 21 }] }).map((t) => t.raw)).toEqual(['#B#']);
  });

  test.each([
    ['the loose reading takes full-width signs', '＃WXTM＃', ['＃WXTM＃']],
    ['the loose reading allows a space before the closing sign', '#WXTM #', ['#WXTM #']],
    ['the loose reading keeps a sign that opens the next tag for that tag', '#WXTM创作大赛 #WXTM#', ['#WXTM创作大赛', '#WXTM#']],
    ['the loose reading keeps a sign that closes the previous tag for that tag', '#A# B# c', ['#A#']],
  ])('%s', (_name, text, raws) => {
    expect(extractHashtags(text, { loose: true }).map((t) => t.raw)).toEqual(raws);
  });

  test('any letter body between signs is found exactly, whatever text surrounds it', () => {
    const body = fc.stringMatching(/^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5]{0,20}$/);
    const noise = fc.string({ maxLength: 20 }).map((s) => s.replace(/[#＃﹟\n]/g, ' '));
    fc.assert(
      fc.property(noise, body, noise, (before, text, after) => {
        const post = `${before} #${text}# ${after}`;
        const found = extractHashtags(post).filter((t) => t.style === 'weibo' && t.text === text);
        expect(found.length).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('tag forms', () => {
  test.each([
    ['a Weibo tag is written with a sign on each side', { text: 'WXTM', style: 'weibo' as const }, '#WXTM#'],
    ['a single tag is written with one sign', { text: 'CreatorLeaderboard', style: 'single' as const }, '#CreatorLeaderboard'],
  ])('%s', (_name, form, written) => {
    expect(formatTag(form)).toBe(written);
  });

  test.each([
    ['the seed tag is writable as a Weibo tag', 'WXTM创作大赛', 'weibo', true],
    ['an English tag with spaces is writable as a Weibo tag', 'WXTM Creative Contest', 'weibo', true],
    ['a tag with spaces is not writable as a single tag', 'Creator Leaderboard', 'single', false],
    ['a tag of digits only is not writable as a single tag', '2025', 'single', false],
    ['a tag on two lines is not writable', 'A\nB', 'weibo', false],
  ] as const)('%s', (_name, text, style, ok) => {
    expect(tagTextProblem(text, style) === null).toBe(ok);
  });
});
