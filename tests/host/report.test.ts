// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { composerReport, hashName, reportPath } from '../../lib/host/report';

const SECRETS = [
  '我今天充值了一萬枚 WXTM',
  'Alice Wang',
  'alice@example.com',
  'https://gimg.gateimg.com/private/photo-123.png',
  '0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE',
  'uid-a1b2c3',
  '分享你的觀點…',
  'secret-draft-value',
];

function page(): HTMLElement {
  document.body.innerHTML = `
    <nav><a href="/profile/alice-wang" title="Alice Wang">Alice Wang</a></nav>
    <main>
      <section aria-label="feed"><article>我今天充值了一萬枚 WXTM <img src="https://gimg.gateimg.com/private/photo-123.png" alt="alice@example.com"></article></section>
      <div class="uid-a1b2c3 post-box" data-user="alice@example.com">
        <div contenteditable="true" role="textbox" aria-placeholder="分享你的觀點…" class="uid-a1b2c3">我今天充值了一萬枚 WXTM 0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE</div>
        <input type="hidden" name="draft" value="secret-draft-value">
        <input type="file" accept="image/*"><input type="file" accept="video/*">
        <button type="button">發布</button>
      </div>
    </main>`;
  return document.querySelector('[contenteditable]')!;
}

test('a report of a page full of text holds none of it: no text, no attribute values that could identify anyone, no image address, classes hashed', () => {
  const editor = page();
  const report = composerReport(document, {
    extensionVersion: '0.2.0',
    userAgent: 'Mozilla/5.0 Chrome/148.0.1.2 Safari/537.36',
    editor,
    how: 'selectors',
    publishButton: true,
  });
  for (const secret of SECRETS) expect(report).not.toContain(secret);
  for (const word of ['充值', 'WXTM', 'Alice', 'alice', 'gimg', 'photo']) expect(report).not.toContain(word);
  const parsed = JSON.parse(report);
  expect(parsed.extension).toBe('0.2.0');
  expect(parsed.browser).toBe('Chrome/148.0.1.2');
  expect(parsed.found).toEqual({ composer: 'div', how: 'selectors', publishButton: true });
  expect(parsed.counts).toMatchObject({ contenteditable: 1, fileInputs: 2 });
  // The structure is there: the composer marked, its role and editability kept, its class hashed.
  const text = JSON.stringify(parsed.tree);
  expect(text).toContain('"composer":true');
  expect(text).toContain('"role":"textbox"');
  expect(text).toContain('"contenteditable":"true"');
  expect(text).toContain('"accept":"video/*"');
  expect(text).toContain(hashName('uid-a1b2c3'));
  expect(text).toContain('"aria-placeholder":true');
});

test('with no composer found, the report describes the main content', () => {
  page();
  const parsed = JSON.parse(
    composerReport(document, { extensionVersion: '0.2.0', userAgent: 'Firefox/140.0', editor: null, how: 'none', publishButton: false }),
  );
  expect(parsed.found.composer).toBeNull();
  expect(parsed.tree.tag).toBe('main');
  expect(parsed.browser).toBe('Firefox/140.0');
});

test('the page path keeps only what kind of page it is: a name or handle in it never reaches the report', () => {
  expect(reportPath('/zh-tw/post/status/13148311')).toBe('/zh-tw/post/status/{n}');
  expect(reportPath('/post')).toBe('/post');
  expect(reportPath('/zh/post/u/alice_wang88')).toBe('/zh/post/{x}/{x}');
  expect(reportPath('/en/post/topic/WXTM创作大赛')).toBe('/en/post/topic/{x}');
  expect(reportPath('/profile/0xAbC123')).toBe('/{x}/{x}');
});
