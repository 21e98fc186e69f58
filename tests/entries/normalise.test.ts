import { describe, expect, test } from 'vitest';
import { cleanText, fingerprintText, hashText, NORMALISATION_VERSION, normaliseText, proseText, topicLineTags } from '../../lib/entries/normalise';

const BODY = 'WXTM 是 MinoTari 的代币。\n\n我在 Gate 参加了 CandyDrop,记录如下。';

describe('the normalised text: what the composer and the published page have in common', () => {
  test.each([
    ['spaces and blank lines collapse', 'WXTM  是 MinoTari 的代币。\n\n\n我在 Gate 参加了 CandyDrop,记录如下。'],
    ['line breaks become spaces, as a page reads paragraphs', 'WXTM 是 MinoTari 的代币。 我在 Gate 参加了 CandyDrop,记录如下。'],
    ['CRLF and a line separator are line breaks', 'WXTM 是 MinoTari 的代币。\r\n\r\n我在 Gate 参加了 CandyDrop,记录如下。\u2028'],
    ['a no-break space and an ideographic space are spaces', 'WXTM\u00a0是 MinoTari 的代币。\u3000我在 Gate 参加了 CandyDrop,记录如下。'],
    ['leading and trailing whitespace goes', '  \n WXTM 是 MinoTari 的代币。\n我在 Gate 参加了 CandyDrop,记录如下。 \n\n'],
    ['zero-width characters and a BOM go', '\ufeffWXTM 是\u200b MinoTari 的代\u200d币。\n我在 Gate 参\u2060加了 CandyDrop,记录如下。'],
    ['Traditional characters read as Simplified (the prose fold of lib/text)', 'WXTM 是 MinoTari 的代幣。\n我在 Gate 參加了 CandyDrop,記錄如下。'],
  ])('%s', async (_name, variant) => {
    expect(normaliseText(variant).text).toBe(normaliseText(BODY).text);
    expect(await hashText(variant)).toBe(await hashText(BODY));
  });

  test('NFC: a letter with a combining accent is the precomposed letter', () => {
    expect(normaliseText('Cafe\u0301 WXTM').text).toBe(normaliseText('Café WXTM').text);
  });

  test('different prose is a different hash', async () => {
    expect(await hashText(`${BODY}多一句。`)).not.toBe(await hashText(BODY));
  });
});

describe('topic lines: their place does not matter', () => {
  const end = `${BODY}\n#WXTM创作大赛# #WXTM#`;
  test.each([
    ['moved to the top, as Gate renders topics', `#WXTM创作大赛# #WXTM#\n${BODY}`],
    ['one topic a line, in another order', `#WXTM#\n#WXTM创作大赛#\n${BODY}`],
    ['repeated at the top and at the end', `#WXTM#\n#WXTM创作大赛#\n${BODY}\n#WXTM创作大赛# #WXTM#`],
    ['split between the top and the end', `#WXTM#\n${BODY}\n\n#WXTM创作大赛#`],
    ['listed with a separator', `#WXTM创作大赛#、#WXTM#\n${BODY}`],
  ])('%s', async (_name, variant) => {
    expect(normaliseText(variant)).toEqual(normaliseText(end));
    expect(await hashText(variant)).toBe(await hashText(end));
  });

  test('the topics come first, sorted and once each', () => {
    expect(normaliseText(end)).toEqual({
      topics: ['#WXTM#', '#WXTM创作大赛#'],
      body: normaliseText(BODY).body,
      text: `#WXTM# #WXTM创作大赛#\n${normaliseText(BODY).body}`,
    });
  });

  test('a tag inside a sentence is prose, not a topic line', async () => {
    const inline = `参加 #WXTM创作大赛# #WXTM#\n${BODY}`;
    expect(normaliseText(inline).topics).toEqual([]);
    expect(await hashText(inline)).not.toBe(await hashText(end));
  });

  test.each([
    ['#WXTM创作大赛# #WXTM#', ['#WXTM创作大赛#', '#WXTM#']],
    ['  #BTC  ', ['#BTC']],
    ['#WXTM#, #BTC#', ['#WXTM#', '#BTC#']],
    ['参加 #WXTM#', null],
    ['', null],
    ['https://www.gate.com/#x', null],
  ])('topicLineTags(%j)', (line, expected) => {
    const tags = topicLineTags(line);
    expect(tags ? tags.map((t) => t.raw) : null).toEqual(expected);
  });
});

describe('the prose form: tags anywhere and emoji left out', () => {
  test('inline tags, topic lines and emoji do not change it', () => {
    const a = `🔥 参加 #WXTM创作大赛# 活动!${BODY} #WXTM#`;
    const b = `#WXTM创作大赛#\n#WXTM#\n参加 活动!${BODY}`;
    expect(proseText(a)).toBe(proseText(b));
    expect(proseText(a)).not.toMatch(/[#\s🔥]/u);
  });

  test('the words still count', () => {
    expect(proseText('参加活动 #WXTM#')).not.toBe(proseText('参加比赛 #WXTM#'));
  });

  test('cleanText keeps the lines and never throws on a non-string', () => {
    expect(cleanText('a\r\nb')).toBe('a\nb');
    expect(cleanText(undefined as unknown as string)).toBe('');
    expect(normaliseText(null as unknown as string).text).toBe('');
  });
});

describe('the hashes', () => {
  test('SHA-256 of the normalised text, in hex (the FIPS 180-2 vector for "abc")', async () => {
    expect(await hashText('  abc\n')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('the fingerprint names its algorithm and normalisation version', async () => {
    const fp = await fingerprintText(`${BODY}\n#WXTM#`);
    expect(fp).toMatchObject({ algorithm: 'sha256', normalisation: NORMALISATION_VERSION });
    expect(fp.text).toMatch(/^[0-9a-f]{64}$/);
    expect(fp.prose).toMatch(/^[0-9a-f]{64}$/);
    expect(fp.prose).toBe((await fingerprintText(`#WXTM#\n${BODY}`)).prose);
  });

  // Stored entries keep these hashes: a change to a normalisation step (or to the Traditional →
  // Simplified tables it uses) changes them, and must come with a new NORMALISATION_VERSION.
  test('normalisation version 1 is pinned', async () => {
    expect(NORMALISATION_VERSION).toBe(1);
    const fp = await fingerprintText('#WXTM創作大賽#\n參加 WXTM 活動,記錄 🔥\u200b');
    expect(normaliseText('#WXTM創作大賽#\n參加 WXTM 活動,記錄 🔥\u200b').text).toBe('#WXTM创作大赛#\n参加 WXTM 活动,记录 🔥');
    expect(proseText('#WXTM創作大賽#\n參加 WXTM 活動,記錄 🔥\u200b')).toBe('参加WXTM活动,记录');
    expect(fp.text).toBe('8227bdd6352f527725ef910713e547550fe61b2747eefa7e3827fa74af18972c');
    expect(fp.prose).toBe('2789ae9615b10b2bb3a99cb457d97f80f0c88dd1cc256f6ad4a660bda0686ef5');
  });
});
