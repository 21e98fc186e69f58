import type { ImageOcrState } from '../../lib/rules';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LANGS } from '../../lib/contests';
import { VERDICT_KINDS, VERDICT_REASONS } from '../../lib/ocr/verdict';
import { t } from '../../lib/i18n';
import { RULE_MESSAGES } from '../../lib/i18n/messages/rules';
import { buildChecklist, checklistBuilder, RULES, type Checklist, type PostSnapshot, type Rule } from '../../lib/rules';
import { contestWith, OPEN_NOW, SEED, TAGS, verdict } from './helpers';

const RULES_DIR = new URL('../../lib/rules/', import.meta.url);

describe('the rule registry', () => {
  test('runs the rules in the order of the panel', () => {
    expect(RULES.map((r) => r.id)).toEqual(['length', 'tags', 'screenshot', 'deadline']);
  });

  test('has one file per rule, named by its id, whose doc comment quotes the requirement it enforces', async () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts');
    const ruleFiles: string[] = [];
    for (const file of files) {
      const name = file.replace(/\.ts$/, '');
      const mod = (await import(`../../lib/rules/${name}.ts`)) as Record<string, unknown>;
      const rules = Object.values(mod).filter((v): v is Rule => typeof v === 'object' && v !== null && 'check' in v);
      if (rules.length === 0) continue; // a helper module (e.g. fixes), not a rule
      expect(
        rules.map((r) => r.id),
        file,
      ).toEqual([name]);
      expect(readFileSync(new URL(file, RULES_DIR), 'utf8'), file).toMatch(/^ \* > .+/m);
      ruleFiles.push(name);
    }
    expect(ruleFiles.sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  test('pure rule folders read no clock, browser or network', () => {
    for (const dir of ['../../lib/rules/', '../../lib/text/']) {
      const url = new URL(dir, import.meta.url);
      for (const file of readdirSync(url)) {
        const code = readFileSync(new URL(file, url), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        // (`contest.window.start` is data; a global `window.` is not.)
        expect(code, file).not.toMatch(/Date\.now|new Date\(\)|setTimeout|setInterval|(?<![.\w$])(fetch\(|document\.|window\.|browser\.|chrome\.|navigator\.)/);
      }
    }
  });
});

describe('buildChecklist', () => {
  const good = '字'.repeat(100) + TAGS;
  test.each([
    ['a complete post in the window passes', { text: good, images: [verdict('deposit', true)] }, OPEN_NOW, true, 'pass'],
    ['without a screenshot it still passes: the seed only prefers one', { text: good, images: [] }, OPEN_NOW, true, 'pass'],
    ['a missing tag fails the post', { text: '字'.repeat(100), images: [] }, OPEN_NOW, false, 'fail'],
    ['a short post fails', { text: `短 ${TAGS}`, images: [] }, OPEN_NOW, false, 'fail'],
    ['after the deadline the post fails', { text: good, images: [] }, Date.parse('2025-08-13T00:00:00+08:00'), false, 'fail'],
  ])('%s', (_name, snapshot, now, pass, status) => {
    const checklist = buildChecklist(snapshot, SEED, now);
    expect(checklist.pass).toBe(pass);
    expect(checklist.status).toBe(status);
    expect(checklist.message.key).toBe(`rules.overall.${status}`);
  });

  test('a required screenshot being read makes the post pending, not failed', () => {
    const required = contestWith((c) => {
      c.screenshot.requirement = 'required';
    });
    const checklist = buildChecklist({ text: good, images: [{ id: 'a', state: 'reading', progress: 0.5 }] }, required, OPEN_NOW);
    expect(checklist).toMatchObject({ pass: false, status: 'pending', message: { key: 'rules.overall.pending', params: { failed: 0, pending: 1 } } });
  });

  test('the facts give the numbers at a glance', () => {
    const checklist = buildChecklist({ text: `${'字'.repeat(98)} #WXTM創作大賽#`, images: [] }, SEED, OPEN_NOW);
    expect(checklist.facts).toEqual({
      count: 98,
      minimum: 100,
      unit: 'zi',
      lengthOk: false,
      tagsFound: [],
      tagsMissing: ['#WXTM创作大赛#', '#WXTM#'],
      nearMisses: [{ expected: '#WXTM创作大赛#', found: '#WXTM創作大賽#', reason: 'traditional', fix: '#WXTM创作大赛#', start: 99, end: 109 }],
      screenshot: 'warn',
      phase: 'open',
      msLeft: 60 * 3_600_000,
    });
    expect(checklist.summary).toEqual({ pass: 1, fail: 3, warn: 1, pending: 0, info: 0 });
  });

  test('a rule that throws becomes a blocking error item and the others still run', () => {
    const broken: Rule = {
      id: 'screenshot',
      reads: ['images'],
      check() {
        throw new Error('boom');
      },
    };
    const checklist = buildChecklist({ text: good, images: [] }, SEED, OPEN_NOW, [RULES[0], broken, RULES[3]]);
    expect(checklist.items.map((i) => [i.id, i.rule, i.status])).toEqual([
      ['length', 'length', 'pass'],
      ['screenshot', 'error', 'fail'],
      ['deadline', 'deadline', 'pass'],
    ]);
    expect(checklist.items[1].details).toEqual({ rule: 'screenshot', error: 'boom' });
    expect(checklist.pass).toBe(false);
  });

  test('when the text analysis fails, the text rules fail as errors and the others still run', () => {
    const odd = { ...SEED, tags: 42 } as unknown as typeof SEED;
    const checklist = buildChecklist({ text: good, images: [] }, odd, OPEN_NOW);
    expect(checklist.items.map((i) => [i.id, i.rule])).toEqual([
      ['length', 'error'],
      ['tags', 'error'],
      ['screenshot', 'screenshot'],
      ['deadline', 'deadline'],
    ]);
  });
});

/** Checklists that between them reach every message a rule can emit. */
function variety(): Checklist[] {
  const texts = [
    '',
    '字'.repeat(120) + TAGS,
    'カナ 한국 AI #WXTM創作大賽# ＃WXTM＃',
    '#wxtm创作大赛# #WXTM #',
    '#WXTM\u200b创作大赛# #WXTM 创作大赛 #ＷＸＴＭ#',
    '#WXTM创作大赛 好 WXTM# 完',
  ];
  const images = [
    [],
    [verdict('deposit', true)],
    [verdict('trade', true, 0.2)],
    [
      verdict('candydrop', true),
      verdict('none', true, 0.9, { reason: 'mentions-token-only' }),
      verdict('none', false, 0.9, { reason: 'no-text' }),
      verdict('none', false),
    ],
    [verdict('deposit', false, 0.9, { otherTokens: ['BTC'] }), verdict('trade', false), { id: 'f', state: 'failed' as const, reason: 'timeout' }],
    [
      { id: 'u', state: 'unread' as const },
      { id: 'r', state: 'reading' as const, progress: 0.3 },
    ],
  ];
  // More pictures the extension cannot judge, or that the writer vouched for.
  images[2] = [...images[2], verdict('none', true, 0.9, { reason: 'token-unplaced' }), verdict('none', true, 0.9, { reason: 'withdraw-page' })];
  images[4] = [
    ...images[4],
    { ...verdict('none', false), confirmedByWriter: 'deposit' } as ImageOcrState,
    verdict('deposit', true, 0.2),
    verdict('candydrop', true, 0.2),
    ...['empty', 'not-an-image', 'svg', 'truncated', 'too-large', 'file-too-large', 'host-unavailable', 'extension-stopped', 'unreachable'].map(
      (reason, i): ImageOcrState => ({ id: `f${i}`, state: 'failed', reason }),
    ),
  ];
  images[5] = [...images[5], { ...verdict('none', false), confirmedByWriter: 'trade' } as ImageOcrState];
  const contests = [
    SEED,
    contestWith((c) => {
      c.screenshot.requirement = 'required';
      c.screenshot.kinds = ['trade'];
    }),
    contestWith((c) => {
      c.screenshot.requirement = 'none';
      c.length = { min: 80, unit: 'words' };
      c.tags = [{ text: 'CreatorLeaderboard', style: 'single' }];
    }),
  ];
  const times = ['2025-08-01T00:00:00+08:00', '2025-08-10T00:00:00+08:00', '2025-08-12T12:00:00+08:00', '2025-09-01T00:00:00+08:00'];
  const out: Checklist[] = [];
  for (const contest of contests)
    for (const [i, text] of texts.entries())
      out.push(
        buildChecklist(
          { text: `${text} #CreatorLeaderboard# #creatorleaderboard`, images: images[i], tags: ['WXTM創作大賽'] },
          contest,
          Date.parse(times[i % times.length]),
        ),
      );
  return out;
}

describe('rule messages', () => {
  const messages = variety().flatMap((c) => [
    c.message,
    ...c.items.flatMap((item) => {
      const nested = [];
      if (item.rule === 'length') nested.push(item.details.breakdown);
      if (item.rule === 'tags') nested.push(...item.details.nearMisses.map((m) => m.message));
      if (item.rule === 'screenshot') nested.push(...item.details.images.map((r) => r.message));
      return [item.message, ...nested];
    }),
  ]);
  const keys = [...new Set(messages.map((m) => m.key))].sort();

  test('the variety reaches most of the table', () => {
    expect(keys.length).toBeGreaterThan(Object.keys(RULE_MESSAGES).length * 0.6);
  });

  test.each(keys.map((k) => [k]))('%s exists in every language', (key) => {
    expect(RULE_MESSAGES[key], key).toBeDefined();
    for (const lang of LANGS) expect(RULE_MESSAGES[key][lang]).toMatch(/\S/);
  });

  test('every template uses the same placeholders in the three languages', () => {
    for (const [key, entry] of Object.entries(RULE_MESSAGES)) {
      const names = LANGS.map((lang) =>
        [...entry[lang].matchAll(/\{(\w+)\}/g)]
          .map((m) => m[1])
          .sort()
          .join(','),
      );
      expect(new Set(names).size, key).toBe(1);
    }
  });

  test('every emitted message renders with all its placeholders filled', () => {
    for (const m of messages) for (const lang of LANGS) expect(t(lang, m.key, m.params), m.key).not.toMatch(/\{\w+\}/);
  });
});

describe('buildChecklist properties', () => {
  const image = fc.oneof(
    fc.record({ id: fc.string(), state: fc.constant('unread') }),
    fc.record({ id: fc.string(), state: fc.constant('reading'), progress: fc.double() }),
    fc.record({ id: fc.string(), state: fc.constant('failed'), reason: fc.string() }),
    fc.record({
      id: fc.string(),
      state: fc.constant('verdict'),
      // Whole verdicts of every kind and reason, and broken ones (a bogus kind or reason, a
      // confidence out of range, fields missing): those become failed images.
      verdict: fc.record(
        {
          kind: fc.constantFrom(...VERDICT_KINDS, 'bogus'),
          token: fc.boolean(),
          confidence: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double()),
          evidence: fc.array(fc.string()),
          tokenEvidence: fc.array(fc.string()),
          otherTokens: fc.array(fc.string()),
          rowEvidence: fc.array(fc.string()),
          reason: fc.constantFrom(...VERDICT_REASONS, 'bogus'),
          scores: fc.record({ deposit: fc.double(), trade: fc.double(), candydrop: fc.double(), staking: fc.double() }),
        },
        { requiredKeys: ['kind', 'token', 'confidence', 'evidence'] },
      ),
    }),
    fc.anything(),
  );
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc
      .array(fc.constantFrom('#', '＃', 'WXTM', '创作大赛', '創作大賽', ' ', '\u200b', '\n', 'https://gate.com/', '字', '🚀', '\u0301'), { maxLength: 30 })
      .map((a) => a.join('')),
  );
  const snapshot = fc.record({
    text,
    tags: fc.option(fc.array(fc.oneof(fc.string(), fc.anything())), { nil: undefined }),
    images: fc.array(image, { maxLength: 4 }),
  });
  const now = fc.oneof(fc.integer({ min: Date.parse('2025-08-01T00:00:00Z'), max: Date.parse('2025-08-20T00:00:00Z') }), fc.double());

  test('never throws and is deterministic', () => {
    fc.assert(
      fc.property(snapshot, now, (s, n) => {
        const a = buildChecklist(s as unknown as PostSnapshot, SEED, n);
        const b = buildChecklist(s as unknown as PostSnapshot, SEED, n);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        expect(a.items.map((i) => i.id).slice(0, 3)).toEqual(['length', 'tag.0', 'tag.1']);
        expect(a.pass).toBe(a.items.every((i) => !i.required || ['pass', 'warn', 'info'].includes(i.status)));
      }),
      { numRuns: 500 },
    );
  });

  test('garbage instead of a snapshot still gives a checklist', () => {
    for (const junk of [null, undefined, 42, 'text', { text: 5, images: 'x', tags: {} }]) {
      expect(buildChecklist(junk as unknown as PostSnapshot, SEED, OPEN_NOW).items).toHaveLength(5);
    }
  });
});

describe('the checklist builder (a keystroke works out only what changed)', () => {
  const TEXTS = [
    '',
    `正文${TAGS}`,
    '正文 #WXTM創作大賽# ＃WXTM＃',
    `${'好'.repeat(120)} ${TAGS}`,
    `${'字'.repeat(99)}\n#WXTM创作大赛`,
    'Hello world https://gate.com #WXTM#',
  ];
  const CHIPS = [[], ['WXTM'], ['#WXTM创作大赛#', 'WXTM創作大賽']];
  const IMAGES: ImageOcrState[][] = [
    [],
    [verdict('deposit', true)],
    [verdict('trade', false), { id: 'r', state: 'reading', progress: 0.4 }],
    [{ id: 'x', state: 'failed', reason: 'too-large' }],
  ];
  const NOWS = [OPEN_NOW, Date.parse('2025-08-12T20:00:00+08:00'), Date.parse('2025-08-20T00:00:00+08:00'), Number.NaN];
  const CONTESTS = [SEED, contestWith((c) => void (c.length.min = 5)), contestWith((c) => void (c.screenshot.requirement = 'required'))];

  test('each rule lists all it reads: its items do not change with what it does not list', () => {
    const inputs = { text: TEXTS.flatMap((text) => CHIPS.map((tags) => ({ text, tags }))), images: IMAGES, now: NOWS } as const;
    for (const rule of RULES) {
      for (const contest of CONTESTS) {
        const base = { text: TEXTS[1], tags: [] as string[], images: IMAGES[1], now: OPEN_NOW };
        const itemsWith = (change: Partial<typeof base>) => {
          const s = { ...base, ...change };
          return buildChecklist({ text: s.text, tags: s.tags, images: s.images }, contest, s.now, [rule]).items;
        };
        const first = itemsWith({});
        for (const input of ['text', 'images', 'now'] as const) {
          if (rule.reads.includes(input)) continue;
          for (const value of inputs[input]) {
            const change = input === 'text' ? (value as { text: string; tags: string[] }) : { [input]: value };
            expect(itemsWith(change), `${rule.id} with another ${input}`).toEqual(first);
          }
        }
      }
    }
  });

  test('and it fails when a rule does not list what it reads', () => {
    const sneaky: Rule = { ...RULES[3], reads: [] };
    const build = checklistBuilder([sneaky]);
    const before = build({ text: '', images: [] }, SEED, OPEN_NOW);
    const after = build({ text: '', images: [] }, SEED, Date.parse('2025-08-20T00:00:00+08:00'));
    expect(after.items).toBe(before.items); // the stale item, which is why `reads` must be complete
  });

  test('over 20 random runs of up to 30 steps (texts, chips, pictures, clock, contest) it gives what buildChecklist gives, and keeps every item a step left equal as the same object', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            text: fc.nat(TEXTS.length - 1),
            chips: fc.nat(CHIPS.length - 1),
            images: fc.nat(IMAGES.length - 1),
            now: fc.nat(NOWS.length - 1),
            contest: fc.nat(CONTESTS.length - 1),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (steps) => {
          const build = checklistBuilder();
          let previous: Checklist | undefined;
          for (const step of steps) {
            const snapshot: PostSnapshot = { text: TEXTS[step.text], tags: [...CHIPS[step.chips]], images: IMAGES[step.images] };
            const got = build(snapshot, CONTESTS[step.contest], NOWS[step.now]);
            expect(got).toEqual(buildChecklist(snapshot, CONTESTS[step.contest], NOWS[step.now]));
            if (previous)
              for (const item of got.items) {
                const old = previous.items.find((i) => i.id === item.id);
                if (old && JSON.stringify(old) === JSON.stringify(item)) expect(item).toBe(old);
              }
            previous = got;
          }
        },
      ),
      { numRuns: 20, seed: 19 },
    );
  });
});
