import { describe, expect, test } from 'vitest';
import type { ImageOcrState, ScreenshotItem } from '../../lib/rules';
import { screenshotRule } from '../../lib/rules/screenshot';
import { contestWith, run, verdict } from './helpers';

const REQUIRED = contestWith((c) => {
  c.screenshot.requirement = 'required';
});
const CANDYDROP_ONLY = contestWith((c) => {
  c.screenshot.requirement = 'required';
  c.screenshot.kinds = ['candydrop'];
});
const NONE = contestWith((c) => {
  c.screenshot.requirement = 'none';
});

const reading = (progress: number): ImageOcrState => ({ id: 'r', state: 'reading', progress });
const unread: ImageOcrState = { id: 'u', state: 'unread' };
const failed: ImageOcrState = { id: 'f', state: 'failed', reason: 'undecodable' };

describe('screenshot rule (附本人活動截圖,附帶參與截圖者優先)', () => {
  test.each([
    ['a WXTM deposit record is proof', [verdict('deposit', true)], 'pass', 'rules.screenshot.pass.deposit'],
    ['a WXTM trading page is proof', [verdict('trade', true)], 'pass', 'rules.screenshot.pass.trade'],
    ['a WXTM CandyDrop registration is proof', [verdict('candydrop', true)], 'pass', 'rules.screenshot.pass.candydrop'],
    ['one proof among other images is enough', [verdict('none', false), verdict('trade', true)], 'pass', 'rules.screenshot.pass.trade'],
    ['an unsure proof is a warning that asks the writer, never a green tick', [verdict('deposit', true, 0.3)], 'warn', 'rules.screenshot.unsure.preferred'],
    [
      'a picture the writer marked as theirs passes, as theirs',
      [{ ...verdict('none', false), confirmedByWriter: 'deposit' } as ImageOcrState],
      'pass',
      'rules.screenshot.byWriter.deposit',
    ],
    [
      "a confirmed reading is named before the writer's word",
      [{ ...verdict('none', false), confirmedByWriter: 'trade' } as ImageOcrState, verdict('deposit', true)],
      'pass',
      'rules.screenshot.pass.deposit',
    ],
    ['no image is only recommended when the screenshot is preferred', [], 'warn', 'rules.screenshot.missing.preferred'],
    ['a deposit page whose coin cannot be read asks the writer', [verdict('deposit', false)], 'warn', 'rules.screenshot.unsure.preferred'],
    [
      'a deposit of another coin is recommended to replace',
      [verdict('deposit', false, 0.9, { otherTokens: ['BTC'] })],
      'warn',
      'rules.screenshot.noProof.preferred',
    ],
    ['an image still being read is pending', [reading(0.4)], 'pending', 'rules.screenshot.reading'],
    ['an image not read yet is pending', [unread], 'pending', 'rules.screenshot.reading'],
    ['a proof wins over an image still being read', [reading(0.2), verdict('deposit', true)], 'pass', 'rules.screenshot.pass.deposit'],
    ['an unreadable image alone leaves the recommendation', [failed], 'warn', 'rules.screenshot.noProof.preferred'],
  ])('preferred (the seed): %s', (_name, images, status, key) => {
    const [item] = run<ScreenshotItem>(screenshotRule, { images });
    expect(item.status).toBe(status);
    expect(item.message.key).toBe(key);
    expect(item.required).toBe(false);
  });

  test.each([
    ['no image fails', [], 'fail', 'rules.screenshot.missing.required'],
    ['a WXTM deposit passes', [verdict('deposit', true)], 'pass', 'rules.screenshot.pass.deposit'],
    ['a post that only mentions WXTM fails', [verdict('none', true, 0.9, { reason: 'mentions-token-only' })], 'fail', 'rules.screenshot.noProof.required'],
    [
      'a picture that cannot be judged fails until the writer marks it',
      [verdict('none', true, 0.9, { reason: 'token-unplaced' })],
      'fail',
      'rules.screenshot.unsure.required',
    ],
    [
      'a picture the writer marked passes',
      [{ ...verdict('none', true, 0.9, { reason: 'token-unplaced' }), confirmedByWriter: 'trade' } as ImageOcrState],
      'pass',
      'rules.screenshot.byWriter.trade',
    ],
    ['a withdraw page fails', [verdict('none', true, 0.9, { reason: 'withdraw-page' })], 'fail', 'rules.screenshot.noProof.required'],
    ['an image being read is pending', [reading(0.9)], 'pending', 'rules.screenshot.reading'],
  ])('required: %s', (_name, images, status, key) => {
    const [item] = run<ScreenshotItem>(screenshotRule, { images }, REQUIRED);
    expect(item.status).toBe(status);
    expect(item.message.key).toBe(key);
    expect(item.required).toBe(true);
  });

  test('a kind the contest does not accept is no proof, and says so', () => {
    const [item] = run<ScreenshotItem>(screenshotRule, { images: [verdict('deposit', true)] }, CANDYDROP_ONLY);
    expect(item.status).toBe('fail');
    expect(item.details.images[0]).toMatchObject({ status: 'not-proof', message: { key: 'rules.image.wrongKind.deposit' } });
  });

  test('a contest without a screenshot requirement shows an info item', () => {
    const [item] = run<ScreenshotItem>(screenshotRule, { images: [] }, NONE);
    expect(item).toMatchObject({ status: 'info', required: false, message: { key: 'rules.screenshot.none' } });
  });

  test.each([
    ['unread', unread, { status: 'pending', message: { key: 'rules.image.unread', params: { position: 1 } } }],
    ['reading', reading(0.456), { status: 'pending', progress: 0.456, message: { key: 'rules.image.reading', params: { position: 1, percent: 46 } } }],
    ['failed', failed, { status: 'failed', message: { key: 'rules.image.failed.undecodable', params: { position: 1 } } }],
    [
      'failed for a reason with no sentence of its own',
      { id: 'g', state: 'failed', reason: 'strange' } as ImageOcrState,
      { status: 'failed', message: { key: 'rules.image.failed', params: { position: 1, reason: 'strange' } } },
    ],
    ['a proof', verdict('candydrop', true), { status: 'proof', kind: 'candydrop', token: true, message: { key: 'rules.image.proof.candydrop' } }],
    [
      'another coin',
      verdict('trade', false, 0.8, { otherTokens: ['BTC'] }),
      { status: 'not-proof', message: { key: 'rules.image.otherCoin.trade', params: { other: 'BTC' } } },
    ],
    [
      "an activity page without the token: can't tell, the writer may say it is theirs",
      verdict('trade', false),
      { status: 'unsure', verdictState: 'cant-tell', confirmKinds: ['trade'], message: { key: 'rules.image.noToken.trade' } },
    ],
    [
      'a post that mentions the token: not proof',
      verdict('none', true, 0.9, { reason: 'mentions-token-only' }),
      { status: 'not-proof', verdictState: 'not-proof', message: { key: 'rules.image.mentionOnly' } },
    ],
    [
      'a withdraw page: not proof, with what gave it away',
      verdict('none', true, 0.9, { reason: 'withdraw-page', evidence: ['提现地址', '实际到账'] }),
      { status: 'not-proof', message: { key: 'rules.image.withdraw', params: { evidence: '提现地址, 实际到账' } } },
    ],
    [
      'a login page: not proof, and says so',
      verdict('none', false, 0.9, { reason: 'login-page', evidence: ['Password', 'Log In'] }),
      { status: 'not-proof', message: { key: 'rules.image.loginPage', params: { evidence: 'Password, Log In' } } },
    ],
    [
      'an API-key page: not proof, and says so',
      verdict('none', false, 0.9, { reason: 'api-key-page', evidence: ['Secret Key', 'API Key'] }),
      { status: 'not-proof', message: { key: 'rules.image.apiKeyPage' } },
    ],
    [
      'an asset overview: not proof, and says so',
      verdict('none', true, 0.9, { reason: 'assets-page', evidence: ['總資產估值', '劃轉'] }),
      { status: 'not-proof', message: { key: 'rules.image.assetsPage' } },
    ],
    [
      'the account menu: not proof, and says so',
      verdict('none', false, 0.9, { reason: 'menu-page', evidence: ['退出登录', '账户安全', '设置'] }),
      { status: 'not-proof', message: { key: 'rules.image.menuPage' } },
    ],
    ['a post: not proof, and says so', verdict('none', false, 0.9, { reason: 'post-page' }), { status: 'not-proof', message: { key: 'rules.image.postPage' } }],
    [
      'a records row proves it, and is named first',
      verdict('deposit', true, 0.9, { evidence: ['充值记录', '已完成'], tokenEvidence: ['WXTM'], rowEvidence: ['2025-08-05 14:02 · 120 WXTM · 已完成'] }),
      { status: 'proof', message: { key: 'rules.image.proof.deposit', params: { evidence: '2025-08-05 14:02 · 120 WXTM · 已完成, 充值记录, 已完成' } } },
    ],
    [
      'the token on a page that cannot be told',
      verdict('none', true, 0.9, { reason: 'token-unplaced' }),
      { status: 'unsure', verdictState: 'cant-tell', confirmKinds: ['deposit', 'trade', 'candydrop'], message: { key: 'rules.image.tokenUnplaced' } },
    ],
    ["no text: can't tell", verdict('none', false, 0.9, { reason: 'no-text' }), { status: 'unsure', message: { key: 'rules.image.noText' } }],
    [
      'no activity page recognised: can\'t tell, never "not an activity page"',
      verdict('none', false),
      { status: 'unsure', verdictState: 'cant-tell', message: { key: 'rules.image.notActivity' } },
    ],
    [
      "the writer's word",
      { ...verdict('none', false), confirmedByWriter: 'candydrop' } as ImageOcrState,
      { status: 'proof', byWriter: true, kind: 'candydrop', message: { key: 'rules.image.byWriter.candydrop' } },
    ],
  ])('each image says what it is: %s', (_name, image, row) => {
    const [item] = run<ScreenshotItem>(screenshotRule, { images: [image] });
    expect(item.details.images[0]).toMatchObject(row);
  });

  test('the proof is named in the details', () => {
    const [item] = run<ScreenshotItem>(screenshotRule, { images: [verdict('none', false), verdict('deposit', true)] });
    expect(item.details.proof).toEqual({ id: 'img-deposit-true', position: 2, kind: 'deposit' });
    expect(item.details.token).toBe('WXTM');
  });

  test('a malformed image state becomes a failed image, not an exception', () => {
    const images = [{ id: 'x', state: 'verdict', verdict: { kind: 'selfie' } }, { state: 'dancing' }, null] as unknown as ImageOcrState[];
    const [item] = run<ScreenshotItem>(screenshotRule, { images });
    expect(item.details.images.map((r) => r.status)).toEqual(['failed', 'failed', 'failed']);
    expect(item.details.images[0].message.params).toMatchObject({ reason: 'invalid-state' });
  });
});

test('every OCR failure reason has its own sentence in each language', async () => {
  const { FAILURE_REASONS } = await import('../../lib/ocr/types');
  const { hasMessage, t } = await import('../../lib/i18n');
  for (const reason of [...FAILURE_REASONS, 'unreachable']) {
    expect(hasMessage(`rules.image.failed.${reason}`), reason).toBe(true);
    for (const lang of ['zh-Hant', 'zh-Hans', 'en'] as const) {
      expect(t(lang, `rules.image.failed.${reason}`, { position: 2 })).toMatch(/2/);
    }
  }
});
