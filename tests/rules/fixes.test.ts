import { expect, test } from 'vitest';
import { findContest } from '../../lib/contests';
import { buildChecklist } from '../../lib/rules';
import { missingTags, replaceableNearMisses } from '../../lib/rules/fixes';

const contest = findContest('wxtm-2025')!;
const now = Date.parse('2025-08-10T12:00:00+08:00');
const check = (text: string, tags: string[] = []) => buildChecklist({ text, tags, images: [] }, contest, now);

test.each([
  ['a post without tags is offered both', '正文', ['#WXTM创作大赛#', '#WXTM#'], []],
  ['a post with one tag is offered the other', '正文 #WXTM#', ['#WXTM创作大赛#'], []],
  ['a near miss is replaced, not doubled by an insert', '正文 #WXTM創作大賽#', ['#WXTM#'], ['#WXTM創作大賽#']],
  ['a post with both tags is offered nothing', '#WXTM创作大赛# #WXTM#', [], []],
])('%s', (_name, text, inserts, replaces) => {
  const checklist = check(text);
  expect(missingTags(checklist)).toEqual(inserts);
  expect(replaceableNearMisses(checklist).map((m) => m.found)).toEqual(replaces);
});

test('a topic chosen with the wrong characters (a chip) is replaced whole, not doubled by an insert', () => {
  const checklist = check('正文', ['WXTM創作大賽']);
  expect(missingTags(checklist)).toEqual(['#WXTM#']);
  expect(replaceableNearMisses(checklist)).toMatchObject([{ source: 'chip', chip: 0, found: 'WXTM創作大賽', fix: '#WXTM创作大赛#' }]);
});
