/**
 * The failures the extension survives, one test each, in real Chromium with the real build (issue
 * 9). Read the test names as the list: what the browser, the page or the writer does to the
 * screenshot check, and what the writer sees afterwards.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { ComposerPage, pickOption, type EditorFixture } from './composer-page';
import { expect, test } from './fixtures';
import { closeOffscreen, crashOffscreen, pauseOffscreen, stopServiceWorker } from './lifecycle';

const OCR = (name: string) => path.resolve('tests/fixtures/ocr', name);
const DEPOSIT = OCR('deposit-records-wxtm-zh-hant-dark-phone.jpg');
const TRADE = OCR('spot-wxtm-zh-hant-dark-phone.jpg');
const PHOTO = OCR('photo-1.jpg');
const VERDICT = { timeout: 90_000 };

test.describe.configure({ timeout: 180_000 });

async function attach(composer: ComposerPage, ...files: string[]) {
  await composer.page.locator('#image-input').setInputFiles(files);
}

/** Write a file into the temp dir and return its path. */
function temp(name: string, bytes: Uint8Array | string): string {
  const file = path.join(tmpdir(), `gsc-${process.pid}-${name}`);
  writeFileSync(file, bytes);
  return file;
}

test.describe('the OCR host outlives the browser lifecycle', () => {
  test('the service worker stopped between two reads: the second picture is read', async ({ context, extensionId }) => {
    const composer = await ComposerPage.open(context, 'contenteditable.html');
    await composer.write('我的 WXTM 充值記錄');
    await attach(composer, DEPOSIT);
    await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', 'verdict', VERDICT);

    await stopServiceWorker(context, extensionId);
    await attach(composer, TRADE);
    const second = composer.panel.getByTestId('image-2');
    await expect(second).toHaveAttribute('data-state', 'verdict', VERDICT);
    await expect(second).toContainText('WXTM');
    await expect(second).toHaveClass(/image-proof/);
    expect(composer.errors).toEqual([]);
  });

  test('the offscreen document hangs (its main thread stuck): the silent host is replaced and the picture is read', async ({ context }) => {
    const composer = await ComposerPage.open(context, 'textarea.html');
    await attach(composer, PHOTO);
    await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', /verdict|failed/, VERDICT);
    await pauseOffscreen(context);
    await attach(composer, DEPOSIT);
    const image = composer.panel.getByTestId('image-2');
    await expect(image).toHaveAttribute('data-state', 'verdict', VERDICT);
    await expect(image).toHaveClass(/image-proof/);
  });

  test('a restarted worker finds a document that does not answer its call: it is closed and recreated, and the picture is read', async ({
    context,
    extensionId,
  }) => {
    const composer = await ComposerPage.open(context, 'textarea.html');
    await attach(composer, PHOTO);
    await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', /verdict|failed/, VERDICT);
    await pauseOffscreen(context);
    await stopServiceWorker(context, extensionId);
    await attach(composer, DEPOSIT);
    await expect(composer.panel.getByTestId('image-2')).toHaveAttribute('data-state', 'verdict', VERDICT);
    await expect(composer.panel.getByTestId('image-2')).toHaveClass(/image-proof/);
  });

  test('the extension process crashed (Chrome then terminates the extension): the panel leaves, the page and the draft stay', async ({ context }) => {
    // The offscreen document shares its process with the worker: a crash takes both, and Chrome
    // terminates the extension until the writer reloads it. The content script is invalidated with
    // it: the panel goes away, and nothing of the host page is touched or lost.
    const composer = await ComposerPage.open(context, 'textarea.html');
    await composer.write('草稿 #WXTM#');
    await attach(composer, DEPOSIT);
    await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', /reading|verdict/, VERDICT);
    await crashOffscreen(context);
    // The next picture finds the extension gone: the content script notices and takes the panel away.
    await attach(composer, TRADE);
    await expect(composer.page.locator('gate-square-checklist')).toHaveCount(0, { timeout: 15_000 });
    expect(await composer.model()).toBe('草稿 #WXTM#');
    await composer.page.locator('#publish').click();
    await expect.poll(() => composer.published()).toBe(1);
    expect(composer.errors.filter((e) => !/Extension context invalidated/.test(e))).toEqual([]);
  });

  test('the offscreen document was closed: the next picture is read', async ({ context }) => {
    const composer = await ComposerPage.open(context, 'textarea.html');
    await attach(composer, DEPOSIT);
    await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', 'verdict', VERDICT);

    await closeOffscreen(context);
    await attach(composer, TRADE);
    await expect(composer.panel.getByTestId('image-2')).toHaveAttribute('data-state', 'verdict', VERDICT);
    await expect(composer.panel.getByTestId('image-2')).toHaveClass(/image-proof/);
  });

  test('the offscreen document was closed in the middle of a read: that read is finished by a new document', async ({ context }) => {
    const composer = await ComposerPage.open(context, 'textarea.html');
    await attach(composer, DEPOSIT);
    await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', 'reading', { timeout: 30_000 });
    await closeOffscreen(context);
    await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', 'verdict', VERDICT);
    await expect(composer.panel.getByTestId('image-1')).toHaveClass(/image-proof/);
  });
});

for (const fixture of ['textarea.html', 'contenteditable.html'] as EditorFixture[]) {
  test.describe(`what the panel counts is what the post holds (${fixture})`, () => {
    test('remove-only: a removed proof no longer counts', async ({ context }) => {
      const composer = await ComposerPage.open(context, fixture);
      await composer.write('我的 WXTM 充值記錄');
      await attach(composer, DEPOSIT);
      await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'pass', VERDICT);
      await composer.page.locator('.remove-image').click();
      await expect(composer.panel.getByTestId('image-1')).toHaveCount(0);
      await expect(composer.item('screenshot')).not.toHaveAttribute('data-status', 'pass');
      await composer.page.waitForTimeout(500);
      await expect(composer.item('screenshot')).not.toHaveAttribute('data-status', 'pass');
    });

    test('remove-then-add: photo A and proof B, remove A, add photo C: C has its own verdict, B keeps its own', async ({ context }) => {
      const composer = await ComposerPage.open(context, fixture);
      await attach(composer, PHOTO, DEPOSIT);
      await expect(composer.panel.getByTestId('image-2')).toHaveAttribute('data-state', 'verdict', VERDICT);
      await composer.page.locator('.remove-image').first().click();
      await expect(composer.panel.getByTestId('image-2')).toHaveCount(0);
      await attach(composer, OCR('photo-2.png'));
      const b = composer.panel.getByTestId('image-1');
      const c = composer.panel.getByTestId('image-2');
      await expect(c).toHaveAttribute('data-state', /verdict|failed/, VERDICT);
      await expect(b).toHaveClass(/image-proof/);
      await expect(c).not.toHaveClass(/image-proof/);
    });

    test('replace: the same preview element now shows another picture, and it is judged as that picture', async ({ context }) => {
      const composer = await ComposerPage.open(context, fixture);
      await composer.write('我的 WXTM 充值記錄');
      await attach(composer, DEPOSIT);
      await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'pass', VERDICT);
      await composer.page.locator('#replace-input').setInputFiles(PHOTO);
      await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', /verdict|failed/, VERDICT);
      await expect(composer.panel.getByTestId('image-1')).not.toHaveClass(/image-proof/, VERDICT);
      await expect(composer.item('screenshot')).not.toHaveAttribute('data-status', 'pass');
      await expect(composer.panel.getByTestId('image-2')).toHaveCount(0);
    });
  });
}

test('an uploaded preview the content script cannot fetch is linked to its file by pixel size, not by position', async ({ context }) => {
  // Gate's image host serves the uploaded copies without CORS headers: <img> shows them, fetch() cannot read them.
  let refused = 0;
  await context.route('https://gimg.gateimg.com/upload/**', (route) => {
    if (route.request().resourceType() !== 'image') {
      refused++;
      return route.fulfill({ status: 403, body: 'no' });
    }
    const name = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop()!);
    return route.fulfill({ status: 200, contentType: 'image/jpeg', body: readFileSync(OCR(name)) });
  });
  const composer = await ComposerPage.open(context, 'textarea.html', 'https://www.gate.com/zh-tw/post?upload=cdn');
  await composer.editor.click();
  // Two proofs of the same pixel size (1170×2532) and a photo: each preview still finds its own bytes.
  await attach(composer, PHOTO, DEPOSIT, TRADE);
  await expect(composer.page.locator('#previews img[src^="https://gimg"]')).toHaveCount(3);
  const photo = composer.panel.getByTestId('image-1');
  for (const [id, evidence] of [
    ['image-2', '充值'],
    ['image-3', '交易'],
  ] as const) {
    const proof = composer.panel.getByTestId(id);
    await expect(proof).toHaveAttribute('data-state', 'verdict', VERDICT);
    await expect(proof).toHaveClass(/image-proof/);
    await expect(proof).toContainText(evidence);
  }
  await expect(photo).not.toHaveClass(/image-proof/, VERDICT);
  expect(refused, 'the content script tried the uploaded copies and was refused').toBeGreaterThanOrEqual(3);
});

test('a contest switch in the panel re-judges every picture against the new contest, and the pick belongs to that draft alone', async ({ context }) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const wxtm = JSON.parse(readFileSync('lib/contests/builtin/wxtm-2025.json', 'utf8'));
  const other = {
    ...wxtm,
    id: 'public-2026',
    name: { 'zh-Hant': 'PUBLIC 創作大賽', 'zh-Hans': 'PUBLIC 创作大赛', en: 'PUBLIC Creative Contest' },
    window: { ...wxtm.window, start: '2026-01-01T00:00:00+08:00', end: '2099-01-01T00:00:00+08:00' },
    tags: [{ text: 'PUBLIC创作大赛', style: 'weibo' }],
    screenshot: { ...wxtm.screenshot, token: { symbols: ['PUBLIC'], names: [] } },
  };
  type Chrome = { storage: { local: { set(i: object): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } };
  await worker.evaluate((c) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ customContests: [c] }), other);

  // The one open contest is the draft's until the writer picks another.
  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.write('草稿');
  await attach(composer, DEPOSIT);
  const image = composer.panel.getByTestId('image-1');
  const switcher = composer.panel.getByTestId('contest-switcher');
  await expect(switcher).toHaveValue('public-2026');
  await expect(image).toHaveAttribute('data-state', 'verdict', VERDICT);
  await expect(image).not.toHaveClass(/image-proof/);
  await expect(image).toContainText('WXTM'); // another coin than the contest's

  await pickOption(switcher, 'wxtm-2025');
  await expect(image).toHaveClass(/image-proof/, { timeout: 15_000 });
  // The pick stays with this draft while the writer goes on…
  await composer.write('草稿');
  await expect(composer.panel.getByTestId('contest-switcher')).toHaveValue('wxtm-2025');
  // …is nobody else's: another tab's draft is decided by its own tags…
  const otherTab = await ComposerPage.open(context, 'textarea.html');
  await otherTab.write('另一篇');
  await expect(otherTab.panel.getByTestId('contest-switcher')).toHaveValue('public-2026');
  await otherTab.page.close();
  // …and is forgotten once the composer is emptied (published or discarded): a new draft starts fresh.
  await composer.editor.click();
  await composer.page.keyboard.press('Control+A');
  await composer.page.keyboard.press('Delete');
  await composer.page.locator('.remove-image').click();
  await expect(image).toHaveCount(0);
  await composer.write('新草稿');
  await expect(composer.panel.getByTestId('contest-switcher')).toHaveValue('public-2026');
  // Nothing of it is stored for the whole browser (versions before kept one pick for every tab).
  const stored = await worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('draftChoice'));
  expect(stored.draftChoice).toBeUndefined();
});

test('a request the host cannot understand is answered "refused", never left waiting', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const reply = await page.evaluate(() => {
    type Port = { postMessage(m: unknown): void; onMessage: { addListener(l: (m: { type: string; outcome?: { reason: string } }) => void): void } };
    const chrome = (globalThis as unknown as { chrome: { runtime: { connect(o: object): Port } } }).chrome;
    return new Promise<string>((resolve) => {
      const port = chrome.runtime.connect({ name: 'gsc-ocr' });
      port.onMessage.addListener((m) => m.type === 'ocr:result' && resolve(m.outcome!.reason));
      port.postMessage({ type: 'ocr:read', id: 'broken-1', bytes: 'not bytes', langHint: 'zh-Hant' });
      setTimeout(() => resolve('no answer in 20 s'), 20_000);
    });
  });
  expect(reply).toBe('refused');
});

test('a file over 32 MB is refused at once, with the limit in the message, and the other pictures go on', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  const huge = new Uint8Array(33 * 1024 * 1024);
  huge.set([0xff, 0xd8, 0xff, 0xe0]);
  await attach(composer, temp('huge.jpg', huge), DEPOSIT);
  await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-state', 'failed', { timeout: 15_000 });
  await expect(composer.panel.getByTestId('image-1')).toContainText('32 MB');
  await expect(composer.panel.getByTestId('image-2')).toHaveAttribute('data-state', 'verdict', VERDICT);
});

test('the same picture attached twice: one read, and both copies get the verdict', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  await attach(composer, DEPOSIT);
  await attach(composer, temp('copy-of-deposit.jpg', readFileSync(DEPOSIT)));
  await expect(composer.panel.getByTestId('image-2')).toHaveCount(1);
  for (const id of ['image-1', 'image-2']) {
    await expect(composer.panel.getByTestId(id)).toHaveAttribute('data-state', 'verdict', VERDICT);
    await expect(composer.panel.getByTestId(id)).toHaveClass(/image-proof/);
  }
});

/** A PNG that declares `w`×`h` pixels of one gray row repeated: tiny on disk, huge when decoded. */
function pngBomb(w: number, h: number): Buffer {
  const crc = (buf: Buffer) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // gray
  const raw = Buffer.alloc((w + 1) * Math.min(h, 64)); // a few rows only: the rest is missing on purpose
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('image bombs are refused before decoding: a PNG declaring 20000×20000 px and a GIF declaring a 10000² screen', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  const gif = Buffer.from('474946383961' + '1027' + '1027' + '000000' + '2c00000000010001000002024401003b', 'hex');
  await attach(composer, temp('bomb.png', pngBomb(20_000, 20_000)), temp('bomb.gif', gif), DEPOSIT);
  for (const id of ['image-1', 'image-2']) {
    await expect(composer.panel.getByTestId(id)).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
  }
  await expect(composer.panel.getByTestId('image-1')).toContainText('過大');
  await expect(composer.panel.getByTestId('image-3')).toHaveAttribute('data-state', 'verdict', VERDICT);
});

test.describe('the panel belongs to the writer', () => {
  test('its shadow root is closed, and clicks the page synthesises never act', async ({ context, extensionId }) => {
    const composer = await ComposerPage.open(context, 'textarea.html');
    await composer.write('草稿 #WXTM創作大賽#');
    expect(await composer.page.evaluate(() => document.querySelector('gate-square-checklist')?.shadowRoot ?? null)).toBeNull();
    // Even a page that got hold of the root (here: handed to it by the test) cannot act through it.
    await composer.page.evaluate(() => {
      const root = (window as unknown as { __gscRoot: ShadowRoot }).__gscRoot;
      root.querySelector<HTMLButtonElement>('[data-testid="hide-on-site"]')!.click();
      root.querySelector<HTMLButtonElement>('[data-testid="fix-near-miss-0-0"]')!.click();
      root.querySelector('[data-testid="hide-on-site"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await composer.page.waitForTimeout(500);
    await expect(composer.panel).toBeVisible();
    expect(await composer.model()).toBe('草稿 #WXTM創作大賽#');
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    const stored = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.sync.get('settings'),
    );
    expect(JSON.stringify(stored)).not.toContain('www.gate.com');
    // The writer's own click still works.
    await composer.panel.getByTestId('fix-near-miss-0-0').click();
    await expect.poll(() => composer.model()).toBe('草稿 #WXTM创作大赛#');
  });

  test('"publish anyway" sends no click of its own: the writer\'s next click on 發布 goes through', async ({ context }) => {
    const composer = await ComposerPage.open(context, 'textarea.html');
    await composer.write('太短了');
    await composer.page.locator('#publish').click();
    await expect(composer.panel.getByTestId('publish-guard')).toBeVisible();
    await composer.panel.getByTestId('publish-anyway').click();
    await expect(composer.panel.getByTestId('press-again')).toBeVisible();
    await composer.page.waitForTimeout(300);
    expect(await composer.published()).toBe(0);
    await composer.page.locator('#publish').click();
    await expect.poll(() => composer.published()).toBe(1);
    await expect(composer.panel.getByTestId('press-again')).toHaveCount(0);
  });

  test("an event the page dispatches under WXT's navigation name changes nothing", async ({ context }) => {
    const composer = await ComposerPage.open(context, 'textarea.html');
    await composer.page.evaluate(() => window.dispatchEvent(new CustomEvent('wxt:locationchange')));
    await composer.write('#WXTM#');
    await expect(composer.item('tag.1')).toHaveAttribute('data-status', 'pass');
    expect(composer.errors).toEqual([]);
  });
});
