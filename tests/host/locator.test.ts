// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { locatorFor, resolveLocator } from '../../lib/host/locator';

const PAGE = (classes: string) => `
  <main>
    <section aria-label="comments"><textarea placeholder="發表評論" class="${classes}-a"></textarea></section>
    <div class="${classes}-box"><div class="${classes}-editor" contenteditable="true" role="textbox" aria-label="發文"></div></div>
    <section aria-label="replies"><div contenteditable="true" role="textbox" class="${classes}-reply"></div></section>
  </main>`;

test('a picked composer is found again after a redeploy that renamed every class', () => {
  document.body.innerHTML = PAGE('uid-x1');
  const picked = document.querySelector<HTMLElement>('[aria-label="發文"]')!;
  const loc = locatorFor(picked);
  expect(JSON.stringify(loc)).not.toContain('uid-');
  document.body.innerHTML = PAGE('uid-9z');
  expect(resolveLocator(document, loc)).toBe(document.querySelector('[aria-label="發文"]'));
});

test('two look-alike editors are told apart by their place on the page', () => {
  document.body.innerHTML = PAGE('uid-x1');
  const reply = document.querySelector<HTMLElement>('section[aria-label="replies"] [contenteditable]')!;
  const loc = locatorFor(reply);
  document.body.innerHTML = PAGE('uid-77');
  expect(resolveLocator(document, loc)).toBe(document.querySelector('section[aria-label="replies"] [contenteditable]'));
});

test('nothing that fits: null, never a guess at another box', () => {
  document.body.innerHTML = PAGE('uid-x1');
  const loc = locatorFor(document.querySelector('textarea')!);
  document.body.innerHTML = '<main><div contenteditable="true"></div></main>';
  expect(resolveLocator(document, loc)).toBeNull();
});

const nested = (inner: string) => `<main>${'<div>'.repeat(7)}${inner}${'</div>'.repeat(7)}</main>`;

test('a reply box with the same role in the same nesting of plain divs is not the picked composer', () => {
  document.body.innerHTML = nested('<div contenteditable="true" role="textbox" data-placeholder="分享你的觀點"></div>');
  const loc = locatorFor(document.querySelector('[contenteditable]')!);
  // Another page of the site: only a comment box, no composer.
  document.body.innerHTML = nested('<div contenteditable="true" role="textbox" data-placeholder="寫下你的評論"></div>');
  expect(resolveLocator(document, loc)).toBeNull();
  // The composer comes back beside it: that one, not the comment box.
  document.body.innerHTML = nested(
    '<div contenteditable="true" role="textbox" data-placeholder="寫下你的評論"></div><div contenteditable="true" role="textbox" data-placeholder="分享你的觀點"></div>',
  );
  expect(resolveLocator(document, loc)).toBe(document.querySelector('[data-placeholder="分享你的觀點"]'));
});

test('an identical box appearing earlier on the page does not take the pick from the box being written in', () => {
  const box = '<div class="uid-b"><div contenteditable="true" role="textbox" aria-label="發文"></div></div>';
  document.body.innerHTML = `<main>${box}</main>`;
  const mine = document.querySelector<HTMLElement>('[aria-label="發文"]')!;
  const loc = locatorFor(mine);
  // The same composer again, earlier on the page (a second copy rendered above).
  document.querySelector('main')!.insertAdjacentHTML('afterbegin', box);
  const copy = document.querySelector<HTMLElement>('[aria-label="發文"]')!;
  expect(copy).not.toBe(mine);
  // Without knowing where the writer is, the remembered position picks the first of the tie…
  expect(resolveLocator(document, loc)).toBe(copy);
  // …with it, the box the writer writes in (or anything inside it).
  expect(resolveLocator(document, loc, mine)).toBe(mine);
  mine.innerHTML = '<p>草稿</p>';
  expect(resolveLocator(document, loc, mine.querySelector('p'))).toBe(mine);
});
