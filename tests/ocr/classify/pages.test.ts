import { describe, expect, test } from 'vitest';
import { findContest } from '../../../lib/contests';
import { classifyScreenshot } from '../../../lib/ocr/classify';
import { verdictState } from '../../../lib/ocr/verdict-state';

const rule = findContest('wxtm-2025')!.screenshot;

/** Pages that are evidence of something else: not proof, and the verdict says which. */
const PAGES: [string, string, string][] = [
  [
    'an English login page',
    'login-page',
    ['Log In', 'Welcome back', 'Email/Phone', 'Password', 'Forgot password?', 'Log In', 'No account? Sign Up'].join('\n'),
  ],
  ['a zh-Hans login page', 'login-page', ['账号登录', '扫码登录', '邮箱/手机号', '密码', '忘记密码', '登录', '没有账号? 立即注册'].join('\n')],
  ['an API-key page', 'api-key-page', ['API管理', 'APIv4', '创建API Key', 'API Key', 'Secret Key', '权限设置 只读', 'IP白名单'].join('\n')],
  ['an English API-key page', 'api-key-page', ['API Management', 'Create API Key', 'API Keys', 'Permissions', 'Read Only', 'IP Whitelist'].join('\n')],
  ['the account menu', 'menu-page', ['UID 12345678', '账户安全', '身份认证', '邀请返佣', 'API管理', '设置', '退出登录'].join('\n')],
  ['an asset overview', 'assets-page', ['Estimated Balance', '1,234.56 USDT', 'Deposit', 'Withdraw', 'Transfer', 'Spot Account', 'Funding Account'].join('\n')],
  [
    'a Square post without the token',
    'post-page',
    ['CryptoWriter', 'Follow', '今天市场波动很大，大家注意控制仓位，不要追高。', '我自己这周只做了现货定投，心态平稳很多。', '点赞 12  评论 3  转发'].join(
      '\n',
    ),
  ],
];

describe('not proof means evidence of something else', () => {
  test.each(PAGES)('%s is %s, not proof, with what told it', (_, reason, text) => {
    const v = classifyScreenshot(text, rule);
    expect(v.kind).toBe('none');
    expect(v.reason).toBe(reason);
    expect(verdictState(v, rule.kinds)).toBe('not-proof');
    if (reason !== 'post-page') expect(v.evidence.length).toBeGreaterThanOrEqual(2);
  });

  test('a deposit page with a header’s Log In and Sign Up is still a deposit page', () => {
    const text = [
      'Log In  Sign Up',
      'Deposit WXTM',
      'Network',
      'Ethereum (ERC20)',
      'Send only WXTM to this address',
      '0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE',
      'Save QR Code',
    ].join('\n');
    expect(classifyScreenshot(text, rule)).toMatchObject({ kind: 'deposit', token: true });
  });

  test('security settings ("登入密碼 ✓ 已綁定") are no login page: nothing told, can’t tell', () => {
    const v = classifyScreenshot(['安全中心', '登入密碼 ✓ 已綁定', '資金密碼 ✓ 已綁定'].join('\n'), rule);
    expect(v.reason).toBe('not-activity');
    expect(verdictState(v, rule.kinds)).toBe('cant-tell');
  });
});
