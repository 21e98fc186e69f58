/**
 * Issue 10 in the real extension: the verdict in three states, and the writer's last word. A
 * picture the extension cannot judge says so (never "not an activity page"), and the writer may
 * mark it as theirs; the checklist then passes "as you confirmed", until the picture is removed.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { ComposerPage } from './composer-page';
import { expect, test } from './fixtures';

const OCR = (name: string) => path.resolve('tests/fixtures/ocr', name);
const VERDICT = { timeout: 90_000 };

test.describe.configure({ timeout: 180_000 });

/** A composer on a zh page with a picture the tests rendered attached to it. */
async function attachRender(context: BrowserContext, name: string, bytes: Buffer): Promise<ComposerPage> {
  const file = path.join(tmpdir(), `gsc-${process.pid}-${name}`);
  writeFileSync(file, bytes);
  const composer = await ComposerPage.open(context, 'textarea.html', 'https://www.gate.com/zh/post');
  await composer.editor.click();
  await composer.page.locator('#image-input').setInputFiles(file);
  return composer;
}

test('a picture the extension cannot judge says so; the writer marks it as theirs, and the item passes as theirs until it is removed', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.write('我的 WXTM 充值記錄 #WXTM创作大赛# #WXTM#');
  await composer.page.locator('#image-input').setInputFiles(OCR('photo-1.jpg'));
  const image = composer.panel.getByTestId('image-1');
  await expect(image).toHaveAttribute('data-verdict', 'cant-tell', VERDICT);
  await expect(image).toHaveClass(/image-unsure/);
  await expect(image).not.toContainText('不是 WXTM 的活動截圖');
  await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'warn');

  // From the keyboard: the button goes away with the press, and the focus stays in the row.
  await image.getByTestId('mine-1-deposit').focus();
  await composer.page.keyboard.press('Enter');
  await expect(image).toHaveClass(/image-by-writer/);
  await expect(image.getByTestId('not-mine-1')).toBeFocused();
  await expect(image).toContainText('你確認');
  await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'pass');
  await expect(composer.item('screenshot')).toContainText('你確認這是你的 WXTM 充值記錄');

  // Taken back, then given again, then the picture removed: the word goes with the picture.
  await image.getByTestId('not-mine-1').click();
  await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'warn');
  await image.getByTestId('mine-1-trade').click();
  await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'pass');
  await composer.page.locator('.remove-image').click();
  await expect(composer.panel.getByTestId('image-1')).toHaveCount(0);
  // The word outlives a preview moving to its uploaded address (3 s), not the picture's removal.
  await composer.page.waitForTimeout(3_500);
  // The same picture attached again is judged afresh: the word was about the picture that was removed.
  // (A copy under another name: a file input does not fire again for the very same file.)
  const copy = path.join(tmpdir(), `gsc-${process.pid}-photo-again.jpg`);
  copyFileSync(OCR('photo-1.jpg'), copy);
  await composer.page.locator('#image-input').setInputFiles(copy);
  await expect(composer.panel.getByTestId('image-1')).toHaveAttribute('data-verdict', 'cant-tell', VERDICT);
  await expect(composer.panel.getByTestId('image-1')).not.toHaveClass(/image-by-writer/);
  await expect(composer.item('screenshot')).not.toHaveAttribute('data-status', 'pass');
  expect(composer.errors).toEqual([]);
});

test('a confirmed proof offers no "mine" button; a post that mentions WXTM is not proof, and says why', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.editor.click();
  await composer.page.locator('#image-input').setInputFiles([OCR('deposit-records-wxtm-zh-hant-dark-phone.jpg'), OCR('news-wxtm-zh-hans-light-desktop.png')]);
  const proof = composer.panel.getByTestId('image-1');
  const news = composer.panel.getByTestId('image-2');
  await expect(proof).toHaveAttribute('data-verdict', 'confirmed', VERDICT);
  await expect(proof.getByTestId('mine-1-deposit')).toHaveCount(0);
  await expect(news).toHaveAttribute('data-verdict', 'not-proof', VERDICT);
  await expect(news).toContainText('貼文或新聞');
});

test('phone screenshots at 1× and 3×, light and dark: deposit pages and deposit records mixing coins confirm, each record named by its row', async ({
  context,
}) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.editor.click();
  await composer.page
    .locator('#image-input')
    .setInputFiles(
      [
        'deposit-wxtm-en-dark-phone-1x.jpg',
        'deposit-wxtm-zh-hans-light-phone-1x.jpg',
        'deposit-records-mixed-wxtm-en-light-phone-1x.jpg',
        'deposit-records-mixed-wxtm-zh-hant-dark-phone-3x.jpg',
      ].map(OCR),
    );
  for (const n of [1, 2, 3, 4]) await expect(composer.panel.getByTestId(`image-${n}`)).toHaveAttribute('data-verdict', 'confirmed', VERDICT);
  // A records table with other coins' rows beside WXTM's: the proof names the WXTM row (time,
  // amount, status), not the other coins.
  for (const n of [3, 4]) await expect(composer.panel.getByTestId(`image-${n}`)).toContainText(/20\d\d[-./]\d\d[-./]\d\d.* · [\d,.]+ WXTM · /);
  await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'pass');
  expect(composer.errors).toEqual([]);
});

test('a login page at 1× and an API-key page are not proof, and each says what it is', async ({ context }) => {
  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.editor.click();
  await composer.page.locator('#image-input').setInputFiles([OCR('login-en-light-phone-1x.jpg'), OCR('api-keys-zh-hans-light-desktop.png')]);
  const login = composer.panel.getByTestId('image-1');
  const keys = composer.panel.getByTestId('image-2');
  await expect(login).toHaveAttribute('data-verdict', 'not-proof', VERDICT);
  await expect(login).toContainText('登入頁面');
  await expect(keys).toHaveAttribute('data-verdict', 'not-proof', VERDICT);
  await expect(keys).toContainText('API 金鑰');
  expect(composer.errors).toEqual([]);
});

test("a phone shot of Gate's app deposit page: its own words and its QR code (matching the address beside it) make it a WXTM deposit, in the browser's own OCR host", async ({
  context,
}) => {
  const { phoneDepositJpeg } = await import('../ocr/phone-deposit');
  const composer = await attachRender(context, 'app-deposit.jpg', await phoneDepositJpeg());
  const image = composer.panel.getByTestId('image-1');
  await expect(image).toHaveAttribute('data-verdict', 'confirmed', VERDICT);
  await expect(image).toContainText('QR ⇔ 0x3f5C…f0bE');
  await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'pass');
});

test("a phone shot of Gate's app withdraw page is not proof, and says it is a withdrawal page (after the host's closer look at its light gray labels)", async ({
  context,
}) => {
  const { phoneWithdrawJpeg } = await import('../ocr/phone-deposit');
  const composer = await attachRender(context, 'app-withdraw.jpg', await phoneWithdrawJpeg());
  const image = composer.panel.getByTestId('image-1');
  await expect(image).toHaveAttribute('data-verdict', 'not-proof', VERDICT);
  await expect(image).toContainText('提現頁面'); // the panel speaks the browser's language (zh-TW here)
});

test('with a required screenshot, the publish guard asks while the picture cannot be confirmed; once the writer marks it as theirs the checklist is all set, so the guard has nothing to ask', async ({
  context,
}) => {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const wxtm = JSON.parse(readFileSync('lib/contests/builtin/wxtm-2025.json', 'utf8'));
  const open = {
    ...wxtm,
    id: 'wxtm-open',
    window: { ...wxtm.window, start: '2026-01-01T00:00:00+08:00', end: '2099-01-01T00:00:00+08:00' },
    screenshot: { ...wxtm.screenshot, requirement: 'required' },
  };
  type Chrome = { storage: { local: { set(i: object): Promise<void> }; sync: { set(i: object): Promise<void> } } };
  await worker.evaluate(async (c) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    // The one open contest: the draft is checked against it.
    await chrome.storage.local.set({ customContests: [c] });
  }, open);

  const composer = await ComposerPage.open(context, 'textarea.html');
  await composer.write(`${'字'.repeat(120)} #WXTM创作大赛# #WXTM#`);
  await composer.page.locator('#image-input').setInputFiles(OCR('photo-1.jpg'));
  const image = composer.panel.getByTestId('image-1');
  await expect(image).toHaveAttribute('data-verdict', 'cant-tell', VERDICT);
  await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'fail');

  await composer.page.locator('#publish').click();
  await expect(composer.panel.getByTestId('publish-guard')).toBeVisible();
  expect(await composer.published()).toBe(0);
  await composer.panel.getByRole('button', { name: '繼續編輯' }).click();

  await image.getByTestId('mine-1-deposit').click();
  await expect(composer.item('screenshot')).toHaveAttribute('data-status', 'pass');
  await expect(composer.panel.getByTestId('summary')).toHaveAttribute('class', /status-pass/);
  expect(composer.errors).toEqual([]);
});
