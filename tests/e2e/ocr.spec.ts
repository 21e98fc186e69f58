/**
 * Issue 5 in the real extension: attached screenshots are read by tesseract.js in Chrome's
 * offscreen document, the panel shows progress then the verdict with its evidence, bad files get
 * a specific reason, and no request leaves the browser (Chromium's own NetLog is the witness).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ComposerPage } from './composer-page';
import { expect, test } from './fixtures';

const NETLOG = path.join(mkdtempSync(path.join(tmpdir(), 'gsc-netlog-')), 'netlog.json');
const OCR = (name: string) => `tests/fixtures/ocr/${name}`;

test.use({ chromiumArgs: [`--log-net-log=${NETLOG}`, '--net-log-capture-mode=Default'] });
test.describe.configure({ timeout: 180_000 });

test('screenshots are read locally, verdicts shown with evidence, and nothing leaves the browser', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'contenteditable.html');
  await composer.write('我的 WXTM 充值記錄 #WXTM创作大赛# #WXTM#');
  const input = composer.page.locator('#image-input');

  await input.setInputFiles(OCR('deposit-records-wxtm-zh-hant-dark-phone.jpg'));
  const first = composer.panel.getByTestId('image-1');
  await expect(first).toHaveAttribute('data-state', /reading|verdict/);
  await expect(first).toHaveAttribute('data-state', 'verdict', { timeout: 90_000 });
  await expect(first).toContainText('WXTM');
  await expect(first).toContainText('充值');
  await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'pass');

  // A news page that merely mentions WXTM is not proof, and says so.
  await input.setInputFiles(OCR('news-wxtm-zh-hans-light-desktop.png'));
  const second = composer.panel.getByTestId('image-2');
  await expect(second).toHaveAttribute('data-state', 'verdict', { timeout: 90_000 });
  await expect(second).toHaveClass(/image-not-proof/);

  // A text file named .png fails with its own reason; the other images keep their verdicts.
  const fake = path.join(path.dirname(NETLOG), 'notes.png');
  writeFileSync(fake, 'this is not a picture');
  await input.setInputFiles(fake);
  const third = composer.panel.getByTestId('image-3');
  await expect(third).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
  await expect(third).toContainText('不是圖片檔');
  await expect(first).toHaveAttribute('data-state', 'verdict');
  expect(composer.errors).toEqual([]);

  // A control request from the page, so the test proves the NetLog would have caught a leak.
  const WITNESS = 'https://witness.invalid/control';
  await composer.page.evaluate((url) => fetch(url).catch(() => undefined), WITNESS);
  await context.close(); // flushes the NetLog
  // Every request a web page, worker, extension page or offscreen document started (Chromium's own
  // update and account checks have no initiator and are not ours).
  const netlog = JSON.parse(readFileSync(NETLOG, 'utf8')) as {
    constants: { logEventTypes: Record<string, number> };
    events: { type: number; params?: { url?: string; initiator?: string } }[];
  };
  const startJob = netlog.constants.logEventTypes.URL_REQUEST_START_JOB;
  const started = netlog.events.filter((e) => e.type === startJob && e.params?.url && e.params.initiator !== 'not an origin');
  const urls = new Set(started.map((e) => e.params!.url!).filter((u) => /^(https?|wss?):/.test(u)));
  expect(urls, 'the NetLog saw the control request').toContain(WITNESS);
  const outside = [...urls].filter((u) => u !== WITNESS && new URL(u).host !== 'www.gate.com');
  expect(outside, 'requests that left for another host').toEqual([]);
});

test('removing a picture while it is read cancels it, and the other pictures go on', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.editor.click();
  await composer.page.locator('#image-input').setInputFiles([OCR('spot-wxtm-zh-hant-dark-phone.jpg'), OCR('orders-wxtm-zh-hant-dark-desktop.png')]);
  await expect(composer.panel.getByTestId('image-2')).toBeVisible();
  await composer.page.locator('.remove-image').first().click();
  await expect(composer.panel.getByTestId('image-2')).toHaveCount(0);
  const remaining = composer.panel.getByTestId('image-1');
  await expect(remaining).toHaveAttribute('data-state', 'verdict', { timeout: 90_000 });
  await expect(remaining).toContainText('WXTM');
  expect(composer.errors).toEqual([]);
});
