/**
 * Issue 2: the built Firefox extension installs in real Firefox ESR (puppeteer-core over WebDriver
 * BiDi) and its content script runs there: the panel mounts on a Gate Square page.
 */
import { test, expect } from '@playwright/test';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_PATH } from './browsers';
import { fixtureResponse } from './fixtures';
import { liveAnnouncement, postPageHtml } from './announcement-page';
import { bundleEditors, editorResponse, type EditorLibrary } from './editor-fixtures';
import { panelEval, waitForPanel } from './firefox-panel';

const FIREFOX_BUILD = path.resolve('.output/firefox-mv2');

test.describe('Firefox', () => {
  let browser: Browser;
  test.beforeAll(async () => {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: {
        'xpinstall.signatures.required': false,
        'intl.accept_languages': 'zh-TW, zh, en',
        'intl.locale.requested': 'zh-TW',
        // Keep Firefox off the closed network.
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        // Event pages would be suspended after 2 s idle: the test shows ours is not one (below).
        'extensions.background.idle.timeout': 2000,
      },
    });
  });
  let extensionId = '';
  test.beforeAll(async () => {
    // Installed once for every test below (each may also run alone with -g).
    extensionId = await browser.installExtension(FIREFOX_BUILD);
  });
  test.afterAll(async () => {
    await browser?.close();
  });

  test('the extension installs and its content script mounts the panel on Gate Square', async () => {
    expect(extensionId).toBe('gate-square-checklist@contest-tools.dev');

    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('https://www.gate.com/')) {
        void request.respond(fixtureResponse(request.url(), 'textarea.html'));
      } else {
        void request.abort();
      }
    });
    await page.goto('https://www.gate.com/zh-tw/post');
    await waitForPanel(browser, page, "root && root.textContent.includes('WXTM')");
    // The root is closed to the page's own scripts.
    expect(await page.evaluate(() => document.querySelector('gate-square-checklist')?.shadowRoot ?? null)).toBeNull();
    const text = await panelEval(page, (root) => root.textContent);
    // Local OCR in Firefox's background page: attach a deposit record and wait for the verdict.
    const input = await page.$('#image-input');
    const upload = (file: string) =>
      (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path.resolve('tests/fixtures/ocr', file));
    await upload('deposit-records-wxtm-zh-hant-dark-phone.jpg');
    await waitForPanel(browser, page, `root.querySelector('[data-testid="image-1"]')?.getAttribute('data-state') === 'verdict'`, 120_000);
    const verdict = await panelEval(page, (root) => root.querySelector('[data-testid="image-1"]')!.textContent);
    expect(verdict).toContain('WXTM');
    expect(verdict).toContain('充值');
    console.log(`[firefox ocr] ${verdict}`);

    // The background page is persistent (MV2, "persistent": true): left idle past the 2 s an
    // event page would get, it still answers, and the next picture is read.
    await new Promise((r) => setTimeout(r, 5_000));
    await upload('spot-wxtm-zh-hant-dark-phone.jpg');
    await waitForPanel(browser, page, `root.querySelector('[data-testid="image-2"]')?.getAttribute('data-state') === 'verdict'`, 120_000);
    expect(await panelEval(page, (root) => root.querySelector('[data-testid="image-2"]')!.className)).toContain('image-proof');

    // Clicks the page synthesises never act: "hide on this site" stays unclicked.
    await page.evaluate(() => (window as unknown as { __gscRoot: ShadowRoot }).__gscRoot.querySelector<HTMLElement>('[data-testid="hide-on-site"]')!.click());
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => document.querySelectorAll('gate-square-checklist').length)).toBe(1);

    // Rendered by our React code in the writer's language (Firefox asked for zh-TW).
    expect(text).toContain('WXTM 創作大賽');
    expect(text).toContain('活動已於 2025-08-12 24:00 (UTC+8) 截止');
  });

  // The editor matrix in Firefox for Quill, Lexical and a React-controlled textarea (the real npm
  // packages): typing updates the panel, the near-miss fix lands in the library's model exactly,
  // the editor's own undo takes it back in one step, and no error is logged.
  for (const lib of ['quill', 'lexical', 'react-textarea'] as EditorLibrary[]) {
    test(`${lib} in Firefox: typing, the near-miss fix in the model, one-step undo`, async () => {
      await bundleEditors();
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().startsWith('https://www.gate.com/')) void request.respond(editorResponse(request.url(), lib));
        else void request.abort();
      });
      // Gate's page (the editor mounted in its recorded chain) wide enough to dock the panel beside.
      await page.setViewport({ width: 1920, height: 1000 });
      await page.goto('https://www.gate.com/zh-tw/post');
      await page.waitForFunction(() => (window as unknown as { __editorReady?: boolean }).__editorReady === true);
      const model = () => page.evaluate(() => (window as unknown as { __editorModel(): string }).__editorModel());
      await page.click('#composer');
      await page.keyboard.type('我參加了 CandyDrop #WXTM創作大賽#');
      await waitForPanel(browser, page, `root && /字數 5[,，]/.test(root.querySelector('[data-testid="item-length"]')?.textContent ?? '')`);
      expect(await model()).toBe('我參加了 CandyDrop #WXTM創作大賽#');
      await new Promise((r) => setTimeout(r, 1100)); // the writer reads the panel (Quill merges edits < 1 s apart)
      const box = await panelEval(page, (root) => {
        const r = root.querySelector('[data-testid="fix-near-miss-0-0"]')!.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      });
      await page.mouse.click(box.x, box.y);
      await waitForPanel(browser, page, `root.querySelector('[data-testid="item-tag.0"]')?.getAttribute('data-status') === 'pass'`);
      expect(await model()).toBe('我參加了 CandyDrop #WXTM创作大赛#');
      await page.click('#composer');
      await page.keyboard.down('Control');
      await page.keyboard.press('z');
      await page.keyboard.up('Control');
      await waitForPanel(browser, page, `root.querySelector('[data-testid="item-tag.0"]')?.getAttribute('data-status') === 'fail'`);
      expect(await model()).toBe('我參加了 CandyDrop #WXTM創作大賽#');
      // Found by itself (no pick), and a feed post's reply box does not take the panel.
      expect(await panelEval(page, (root) => root.querySelector('[data-testid="forget-composer"]') === null)).toBe(true);
      await page.click('#reply-1');
      await page.keyboard.type('好文');
      await new Promise((r) => setTimeout(r, 500));
      await waitForPanel(browser, page, `root && /字數 5[,，]/.test(root.querySelector('[data-testid="item-length"]')?.textContent ?? '')`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  // Last: it tracks a live contest, which every later draft in this profile would be checked against.
  test('an announcement page offers Track; the writer reviews and saves the contest (real clicks)', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const html = postPageHtml(liveAnnouncement(Date.now()), '2026-11-29');
    page.on('request', (request) => {
      if (request.url().startsWith('https://www.gate.com/')) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else void request.abort();
    });
    await page.goto('https://www.gate.com/zh/post/status/13148311');
    await waitForPanel(browser, page, `root && root.querySelector('[data-testid="track-button"]') !== null`);
    // A writer's click: a real pointer event at the button, not element.click().
    const click = async (testid: string) => {
      const box = await panelEval(
        page,
        new Function(
          'root',
          `const r = root.querySelector('[data-testid="${testid}"]').getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 };`,
        ) as (root: ShadowRoot) => { x: number; y: number },
      );
      await page.mouse.click(box.x, box.y);
    };
    await click('track-button');
    await waitForPanel(browser, page, `root.querySelector('[data-testid="review-tag-0"]')?.value === 'PUBLIC创作大赛'`);
    expect(await panelEval(page, (root) => root.querySelector<HTMLInputElement>('[data-testid="review-kind-staking"]')!.checked)).toBe(true);
    await panelEval(page, (root) => root.querySelector('[data-testid="review-save"]')!.scrollIntoView());
    await click('review-save');
    await waitForPanel(browser, page, `root.querySelector('[data-testid="track-saved"]') !== null`);
    expect(await panelEval(page, (root) => root.querySelector('[data-testid="track-saved"]')!.textContent)).toContain('PUBLIC');
  });
});
