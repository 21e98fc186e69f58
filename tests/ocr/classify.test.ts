import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findContest } from '../../lib/contests';
import type { ScreenshotRule } from '../../lib/contests/schema';
import { classifyScreenshot } from '../../lib/ocr/classify';
import { fold } from '../../lib/ocr/classify-fold';

const rule = findContest('wxtm-2025')!.screenshot;

const NAV_HANT = '買幣 行情 交易 合約 跟單 理財 Web3 廣場 更多 充值 資產 訂單';
const NAV_EN = 'Buy Crypto Markets Trade Futures Copy Earn Web3 Square More Deposit Assets Orders';
const TABS_HANS = ['首页', '行情', '交易', '合约', '资产'].join('\n\n');

interface Case {
  name: string;
  text: string;
  kind: 'deposit' | 'trade' | 'candydrop' | 'none';
  token: boolean;
  reason?: string;
  otherTokens?: string[];
}

const cases: Case[] = [
  {
    name: 'a zh-Hant deposit record with WXTM is a WXTM deposit',
    text: `Gate ${NAV_HANT}\n充值記錄\n時間 幣種 網絡 數量 交易哈希 狀態\n2025-08-08 14:22:05 WXTM ETH/ERC20 12,500 0x0091…95b0 已完成`,
    kind: 'deposit',
    token: true,
    reason: 'token-activity',
  },
  {
    name: 'spaces inside Chinese words do not hide them (充 值 記 錄)',
    text: `充 值 記 錄\n\n幣 種 WXTM\n\n網 絡 ETH/ERC20\n\n已 到 賬`,
    kind: 'deposit',
    token: true,
  },
  {
    name: 'a chi_sim reading of a zh-Hant page (mixed scripts) still matches',
    text: `充值记錄\nWXTM\n网絡 ETH/ERC20\n已完成\n交易哈希 0x0c3c…0591`,
    kind: 'deposit',
    token: true,
  },
  {
    name: 'full-width letters and digits are folded (ＷＸＴＭ)',
    text: `充值记录\n币种 ＷＸＴＭ\n网络 ETH/ERC20\n已完成`,
    kind: 'deposit',
    token: true,
  },
  {
    name: 'OCR confusions 0/O and 1/l/I in English labels (Dep0sit Hist0ry, Cred1ted, Netw0rk)',
    text: `Dep0sit Hist0ry\nWXTM\nCred1ted\nNetw0rk ETH/ERC20\nTxlD 0x0457…25e9`,
    kind: 'deposit',
    token: true,
  },
  {
    name: 'WXTM glued to an amount (0.0001WXTM) is still WXTM',
    text: `充值數字貨幣\n最小充值金額 0.0001WXTM\n充值地址 0x7a3F…b942\n網絡 ETH/ERC20`,
    kind: 'deposit',
    token: true,
  },
  {
    name: 'one misread letter of the token name is tolerated (Minorari)',
    text: `充值數字貨幣\n選擇幣種 Minorari\n充值地址 0x7a3F…b942\n網絡 ETH/ERC20\n最近充值記錄`,
    kind: 'deposit',
    token: true,
  },
  {
    name: 'a spot trading page of WXTM/USDT is a WXTM trade',
    text: `現貨交易\nWXTM/USDT\n盤口\n價格 數量\n0.004243 556\n限價 市價\n買入 WXTM\n當前委託 (1)\n歷史委託`,
    kind: 'trade',
    token: true,
  },
  {
    name: 'an English order history of WXTM/USDT is a WXTM trade',
    text: `${NAV_EN}\nSpot Orders\nOpen Orders Order History Trade History\nTime Pair Type Side Avg. Price Amount Status\n2025-08-08 WXTM/USDT Limit Buy 0.004134 12,500 Filled`,
    kind: 'trade',
    token: true,
  },
  {
    name: 'a CandyDrop registration for MinoTari is a WXTM CandyDrop, despite its deposit and trade tasks',
    text: `CandyDrop\n糖果空投 · 完成任務瓜分獎池\nMinoTari (WXTM)\n第 59 期\n獎池 70,000 WXTM\n✓ 已報名\n任務\n任務一\n淨充值 WXTM ≥ 100 即可瓜分\n去充值\n任務二\n現貨交易 WXTM/USDT 累計 ≥ 50 USDT\n去交易\n${TABS_HANS}`,
    kind: 'candydrop',
    token: true,
  },
  {
    name: 'a BTC deposit page is a deposit of another coin, and says which',
    text: `${NAV_HANT}\n充值數字貨幣\n選擇幣種 BTC Bitcoin\n選擇網絡 BTC\n充值地址 bc1q9h7g…\n最近充值記錄\n2025-08-08 BTC BTC 0.0521 已到賬\n2025-08-07 BTC BTC 0.0100 已完成`,
    kind: 'deposit',
    token: false,
    reason: 'other-coin',
    otherTokens: ['BTC'],
  },
  {
    name: 'a USDT deposit names USDT (the quote currency is the subject when nothing else is)',
    text: `Deposit History\nUSDT\nusDT Credited\nAmount 500.00\nNetwork TRX/TRC20\nusDT Completed\nNetwork TRX/TRC20`,
    kind: 'deposit',
    token: false,
    otherTokens: ['USDT'],
  },
  {
    name: 'an ETH/USDT trading page is a trade of another coin (ETH), not of USDT',
    text: `ETH/USDT 3,912.44\n盘口\n价格(USDT) 数量(ETH)\n最新成交\n限价 市价\n买入 ETH\n卖出 ETH\n当前委托`,
    kind: 'trade',
    token: false,
    otherTokens: ['ETH'],
  },
  {
    name: 'a CandyDrop of another campaign is CandyDrop activity but not WXTM',
    text: `CandyDrop\nSahara AI (SAHARA)\nRound 61\nPrize Pool 250,000 SAHARA\nRegistered\nTasks\nTask 1\nNet deposit of SAHARA ≥ 100 to share`,
    kind: 'candydrop',
    token: false,
    reason: 'other-coin',
    otherTokens: ['SAHARA'],
  },
  {
    name: 'an activity page whose coin cannot be read says token-not-seen',
    text: `充值記錄\n網絡\n已完成\n交易哈希`,
    kind: 'deposit',
    token: false,
    reason: 'token-not-seen',
  },
  {
    name: 'a Square post that mentions WXTM, deposits, trading and CandyDrop is no proof',
    text: `${NAV_HANT}\n廣場\nCryptoLin_88\n關注\n#WXTM創作大賽# #WXTM# 最近在研究 WXTM，聽說 CandyDrop 有充值和交易任務，獎池很大。大家覺得 MinoTari 的隱私技術怎麼樣？我還在觀望，歡迎留言討論。\n讚 128 評論 36 分享`,
    kind: 'none',
    token: true,
    reason: 'mentions-token-only',
  },
  {
    name: 'an English Square post wrapped over short lines is no proof either',
    text: `Square\n#WXTM Creative Contest# #WXTM# Been\nreading about WXTM lately. I hear the\nCandyDrop has deposit and trading tasks and a\nbig prize pool. What do you think of MinoTari's\nprivacy tech? Still watching for now.\nLike 128\nComment 36`,
    kind: 'none',
    token: true,
    reason: 'mentions-token-only',
  },
  {
    name: 'a news item whose headline names spot trading of WXTM is no proof',
    text: `快訊\nGate 將上線 MinoTari (WXTM) 並開\n啟現貨交易\n2025-08-06 16:30\nGate 宣布將於今日 18:00 開放 WXTM 充值，並於明日\n上線 WXTM/USDT 現貨交易。用戶可參與 CandyDrop\n活動瓜分 70,000 WXTM。投資有風險，請注意。`,
    kind: 'none',
    token: true,
    reason: 'mentions-token-only',
  },
  {
    name: "Gate's navigation alone (買幣 行情 交易 合約 … 充值) is no deposit and no trade",
    text: `Gate\n${NAV_HANT.split(' ').join('\n\n')}\n安全中心\n登入密碼 ✓ 已綁定\n資金密碼 ✓ 已綁定`,
    kind: 'none',
    token: false,
    reason: 'not-activity',
  },
  {
    name: 'the English navigation with Deposit and Trade is no deposit and no trade',
    text: `${NAV_EN}\nSecurity\nLogin password Linked\nFund password Linked`,
    kind: 'none',
    token: false,
  },
  {
    name: 'one title without anything distinctive is not enough (充值記錄 alone): WXTM seen, the page not told',
    text: `充值記錄\nWXTM`,
    kind: 'none',
    token: true,
    reason: 'token-unplaced',
  },
  {
    name: "Gate's app withdraw page (coin, network, address field, fee, amount received) is a withdraw page, not a deposit",
    text: `提现\n选择币种\nWXTM\n链名称\n以太坊ERC20\n提现地址\n请输入或长按粘贴地址\n数量\n可用余额 1,250 WXTM\n手续费 5 WXTM\n实际到账 0 WXTM\n申请提现`,
    kind: 'none',
    token: true,
    reason: 'withdraw-page',
  },
  {
    name: 'an English withdraw form with deposit-like words (Network, Address) is still a withdraw page',
    text: `Withdraw\nCoin\nWXTM\nNetwork\nETH/ERC20\nWithdrawal Address\nAmount\nNetwork Fee 5 WXTM\nReceive Amount 0 WXTM\nConfirm Withdrawal`,
    kind: 'none',
    token: true,
    reason: 'withdraw-page',
  },
  {
    name: 'a WXTM spot trade whose order form shows 可用余额 and whose history has 手续费 stays a trade (those words alone make no withdraw form)',
    text: `现货\nWXTM/USDT\n限价\n市价\n买入 WXTM\n可用余额 1,250 USDT\n当前委托\n历史委托\n成交记录\n时间 价格 数量 手续费\n0.0123 1000 0.1 USDT`,
    kind: 'trade',
    token: true,
    reason: 'token-activity',
  },
  {
    name: 'a trade page whose pair was misread keeps the quote coin out of it: WXTM not seen, not "USDT"',
    text: `现货\nwxrmw/USDT\n限价\n市价\n买入\n可用 12 USDT\n价格(USDT)\n当前委托\n历史委托\n成交记录`,
    kind: 'trade',
    token: false,
    reason: 'token-not-seen',
    otherTokens: [],
  },
  {
    name: 'a coin picker, a chain chooser and an address are on withdraw forms too: no deposit without a deposit-only sign',
    text: `选择币种\nWXTM\n链名称\n以太坊ERC20\n0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE`,
    kind: 'none',
    token: true,
  },
  {
    name: 'a deposit page whose coin is only read in its notice sentence is untold, not "a post"',
    text: `充值\n链名称\n以太坊ERC20\n保存二维码\n复制\n请勿向该地址充值任何非WXTM资产，否则资产将无法找回。\n充值须知`,
    kind: 'deposit',
    token: false,
  },
  {
    name: 'an asset overview with 充值 / 提現 / 劃轉 buttons is no withdraw page and no deposit: an asset overview, with WXTM in it',
    text: `總資產估值\n12,345.67 USDT\n充值\n提現\n劃轉\nWXTM\n1,250\nUSDT\n300`,
    kind: 'none',
    token: true,
    reason: 'assets-page',
  },
  {
    name: 'a USDT deposit page that lists WXTM among popular coins is a USDT deposit, not WXTM proof (read of a render)',
    text: `9:41\n\n5G 87%\n\nDeposit\n\nSelect Coin\n\n@® usor\n\nPopular\n\n0 BTC\n\nQc ETH\n\n@ wxtm\n\n© SOL\n\nNetwork\n\nTron TRC20\n\nSend only USDT to this address\n\nTQN9Y2KhESLIJW1ChVWFMSMeRDowSKcbLSE\n\nSave QR Code\n\nDeposit Notes`,
    kind: 'deposit',
    token: false,
    reason: 'other-coin',
    otherTokens: ['USDT'],
  },
  {
    name: 'the coin named as the subject counts with one letter lost beside its icon (请将WXM汇入如下地址)',
    text: `充值\n地址充值\n选择币种\n@wxm\n链名称\n以太坊ERC20\n请将WXM汇入如下地址\n保存二维码\n充值须知`,
    kind: 'deposit',
    token: true,
    reason: 'token-activity',
  },
  {
    name: 'a letter lost is never enough outside the subject: WXM in a cell is not WXTM',
    text: `充值\n地址充值\n选择币种\n@wxm\n链名称\n以太坊ERC20\n保存二维码\n充值须知`,
    kind: 'deposit',
    token: false,
  },
  {
    name: 'deposit records rows of WXTM beside coin icons count (the same coin in every cell)',
    text: `充值记录\n全部币种\n近30天\nW WXTM\n已完成\n数量\n1250.00 WXTM\n交易哈希\nW WXTM\n已完成\n数量\n950.00 WXTM`,
    kind: 'deposit',
    token: true,
  },
  {
    name: "a Square post's lines, cut by the screen's width, are one paragraph: WXTM only mentioned (zh-Hans)",
    text: `12:30\n\nCryptoAnna\n\n2025-08-14 10:32\n\n#WXTM创作大赛#\n\n昨天在Gate充值了WXTM,也报名了\n\nCandyDrop。团队一直在交付,奖池也很大，\n\n所以我每天都交易一点WXTM/USDT，\n\n大家一起来参加吧!\n\n128`,
    kind: 'none',
    token: true,
    reason: 'mentions-token-only',
  },
  {
    name: "a Square post's lines are one paragraph: WXTM only mentioned (en)",
    text: `A cryptoAnna\n202508141032\n#WXTM Creative Contest#\n| deposited WXTM on Gate yesterday and\njoined the CandyDrop. The team keeps\nshipping and the pool is big, so | am\ntrading a little WXTM/USDT every day.\n128132 79`,
    kind: 'none',
    token: true,
    reason: 'mentions-token-only',
  },
  {
    name: "another exchange's withdraw form titled 'Withdraw WXTM' is a withdraw page",
    text: `12:30\n4G AV 65%\nWithdraw WXTM\nNetwork\nERC20\nWithdrawal address\nAmount\n@ wxtm\nNetwork fee 4.2 WXTM\nAmount received\n0WXTM`,
    kind: 'none',
    token: true,
    reason: 'withdraw-page',
  },
  {
    name: "another exchange's deposit page (OKX-like: 充幣 X, 充幣地址) is a deposit page",
    text: `9:41\n充幣 WXTM\n幣種\n@ WXTM\n網絡\nERC20\n充幣地址\n0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE\n複製\n最小充幣數量 0.1 WXTM`,
    kind: 'deposit',
    token: true,
  },
  {
    name: 'empty text is no-text',
    text: '',
    kind: 'none',
    token: false,
    reason: 'no-text',
  },
  {
    name: 'stray symbols from a photo are no-text',
    text: '站\n\nix\n\n儿\n\n| ]\n\n0\n\n光寺起\n\n3入革人\n\nS考\n',
    kind: 'none',
    token: false,
    reason: 'no-text',
  },
];

describe('classifyScreenshot', () => {
  test.each(cases)('$name', ({ text, kind, token, reason, otherTokens }) => {
    const v = classifyScreenshot(text, rule);
    expect(v.kind).toBe(kind);
    expect(v.token).toBe(token);
    if (reason) expect(v.reason).toBe(reason);
    if (otherTokens) expect(v.otherTokens).toEqual(otherTokens);
    expect(v.confidence).toBeGreaterThanOrEqual(0);
    expect(v.confidence).toBeLessThanOrEqual(1);
    // The evidence of a kind, or of the page it is instead (a withdraw form, a login page…);
    // nothing for anything else.
    if (kind !== 'none' || /^(withdraw|login|api-key|assets|menu)-page$/.test(v.reason)) expect(v.evidence.length).toBeGreaterThan(0);
    else expect(v.evidence).toEqual([]);
  });

  test('evidence is spelled as on the page: simplified words for a simplified page', () => {
    const v = classifyScreenshot('充值记录\nWXTM\n网络 ETH/ERC20\n已完成\n到账', rule);
    expect(v.evidence).toEqual(expect.arrayContaining(['充值记录', '网络', '到账']));
    expect(v.evidence).not.toContain('充值記錄');
  });

  test('a longer title is not counted again through a shorter one inside it (充值 in 充值記錄)', () => {
    const v = classifyScreenshot('充值記錄\nWXTM\n網絡\n已完成', rule);
    expect(v.evidence).toContain('充值記錄');
    expect(v.evidence).not.toContain('充值');
  });

  test("a contest's own words add to the host's: another contest with other words classifies by them too", () => {
    const other: ScreenshotRule = {
      requirement: 'required',
      kinds: ['deposit'],
      signals: { deposit: { titles: { en: ['Launchpool'] }, distinctive: { en: ['Staked', 'APR'] } } },
      token: { symbols: ['ABC'], names: [] },
    };
    const v = classifyScreenshot('Launchpool\nABC\nStaked 100 ABC\nAPR 12%', other);
    expect(v).toMatchObject({ kind: 'deposit', token: true, reason: 'token-activity' });
    // Gate's words are the vocabulary's, whatever the contest: a WXTM deposit record is a deposit
    // page, of another coin than this contest's.
    expect(classifyScreenshot('充值記錄\nWXTM\n網絡\n已完成', other)).toMatchObject({ kind: 'deposit', token: false });
  });

  test('never throws on odd input', () => {
    for (const t of ['\u0000\u0001', '#'.repeat(10_000), '\n'.repeat(500), '(((((', '充值記錄'.repeat(2000)]) {
      expect(() => classifyScreenshot(t, rule)).not.toThrow();
    }
  });

  test('is stable: the same text gives the same verdict', () => {
    const t = cases[0].text;
    expect(classifyScreenshot(t, rule)).toEqual(classifyScreenshot(t, rule));
  });
});

describe('fold', () => {
  test.each([
    ['traditional → simplified', '充值記錄', fold('充值记录')],
    ['spaces between ideographs', '充 值 記 錄', fold('充值记录')],
    ['full-width Latin', 'ＷＸＴＭ', fold('WXTM')],
    ['0 and O', 'Dep0sit', fold('Deposit')],
    ['1, l and I', 'Cred1ted', fold('Credlted')],
    ['rn and m', 'Rnarket', fold('Market')],
  ])('%s', (_name, input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

// Real OCR output of the corpus, recorded by `npm run bench:ocr -- --dump DIR` (ours: <file>.txt,
// the native tesseract CLI on the original image: <file>.native.txt), classified as labelled.
const TEXTS = join(import.meta.dirname, '..', 'fixtures', 'ocr', 'texts');
const labels: Array<{ file: string; kind: string; token: boolean; coin: string }> = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ocr', 'labels.json'), 'utf8'),
);
const recorded = labels.flatMap((l) =>
  (['txt', 'native.txt'] as const).filter((ext) => existsSync(join(TEXTS, `${l.file}.${ext}`))).map((ext) => ({ ...l, text: `${l.file}.${ext}` })),
);

describe('recorded OCR text of the corpus', () => {
  test('there are recorded texts', () => {
    expect(recorded.length).toBeGreaterThan(80);
  });
  test.each(recorded)('$text reads as $kind (token $token)', (l) => {
    const v = classifyScreenshot(readFileSync(join(TEXTS, l.text), 'utf8'), rule);
    expect(v.kind).toBe(l.kind);
    const proof = v.kind !== 'none' && v.token;
    expect(proof).toBe(l.kind !== 'none' && l.token);
    // An activity page of another coin says which coin.
    if (l.kind !== 'none' && l.coin !== 'WXTM') expect(v).toMatchObject({ reason: 'other-coin', otherTokens: [l.coin] });
    if (l.kind !== 'none' && l.coin === 'WXTM') expect(v.otherTokens).toEqual([]);
  });
});
