/**
 * The words the world renders (tests/ocr/world-renders.ts) draw, each with where it was found: Gate's
 * own help-centre articles, announcements, Gate Learn/blog and Square pages (on gate.com and its
 * mirror domains), and, where Gate's own page was not in the stored corpus, third-party tutorials
 * that describe Gate's (or OKX's, Binance's) screens. Found with the project's search tool in the
 * stored copies of public pages; see docs/ocr-ui-sources.md.
 *
 * Chosen WITHOUT looking at the classifier's word tables (lib/ocr/…, the contest's `screenshot`
 * signals), so that a render the classifier reads right is evidence, not an echo of its own words.
 *
 * Each string: { text, lang, page, role, source, note? }.
 * - `source` is the URL of the page where the text (or, with a note, its words) was read;
 * - `source: null` marks a role for which no page was found: the text is the author's best
 *   knowledge of the screen (kept few; each says why);
 * - `note` says when the text is not verbatim: a word read on a page of the other script (the same
 *   characters), a label composed from words found separately, another exchange's wording.
 * `{c}` in a text stands for the coin the page is about.
 */

export type UiLang = 'zh-Hans' | 'zh-Hant' | 'en';

export type UiPage =
  | 'nav'
  | 'deposit'
  | 'deposit-records'
  | 'withdraw'
  | 'spot'
  | 'orders'
  | 'candydrop'
  | 'launchpool'
  | 'assets'
  | 'login'
  | 'api-keys'
  | 'account-menu'
  | 'square'
  | 'okx-deposit'
  | 'okx-withdraw'
  | 'binance-deposit';

export interface UiString {
  text: string;
  lang: UiLang;
  page: UiPage;
  role: string;
  /** Where the text was read (a stored public page), or null when none was found. */
  source: string | null;
  /** Why the text is not verbatim, or what kind of page the source is. */
  note?: string;
}

/** Pages the strings were read on (all stored public copies; mirrors of gate.com keep Gate's text). */
export const SOURCES = {
  // --- Gate's own pages (help centre, announcements, Learn, blog, Square) --------------------------
  /** Help 16447 "How to Make Onchain Deposit/Withdrawal on Gate (App)" (mirror of gate.com/help/guide/deposit_withdrawa/16447). */
  gateAppDepositWithdraw: 'https://data.gatenft.io/help/guide/deposit_withdrawa/16447/how-to-deposit-withdraw-fund-on-gate.com-app',
  /** Help 17297 "Common questions with deposit" (how to view blockchain info, deposit not arrived). */
  gateDepositFaq: 'https://www.gate.com/help/guide/deposit_withdrawa/17297',
  /** Help 44930 (web): "Deposit Not Received - Recovery Request". */
  gateRecoveryWeb: 'https://www.gatexx.net/help/guide/deposit-withdrawa/44930',
  /** Help 26321 "Token Recovery" (web + app; statuses on the sending platform). */
  gateTokenRecovery: 'https://www.gate.com/help/guide/deposit_withdrawa/26321/how-to-submit-a-retrieval-application',
  /** Help 17244 "About Spot Trading" (the trading page's areas, in English on a Thai-path mirror). */
  gateSpotAbout: 'https://apim.gateapi.io/th/help/trade/spot/17244',
  /** Help 45213 "What is a Limit Order?". */
  gateLimitOrder: 'https://bs.gate.com/help/trade/spot/45213',
  /** Help 38111 "Conditional order" (web + app words of the order form). */
  gateConditionalEn: 'https://web.gate.it/tr/help/futures/questions/38111/conditional-order',
  /** Help 38111 in Traditional Chinese ("如何使用條件單"). */
  gateConditionalZhTw: 'https://bi.live/zh-tw/help/futures/questions/38111',
  /** Help 17521 "How to utilize API" (API Management, Create API Key…). */
  gateApi: 'https://www.gateex.org/help/guide/faq/17521/how-to-utilize-api',
  /** Help 16445 "How to enable/disable Authenticator" (Security Settings, Security Center). */
  gateAuthenticator: 'https://www.gate.com/tr/help/guide/security/16445/how-to-enable-disable-authenticator',
  /** Help 22526 "Double Authentication" (Profile and Settings, Security). */
  gateDoubleAuth: 'https://www.gate.com/tr/help/guide/safe_question/22526',
  /** Help 17247 "How to Link or Unlink Your Phone Number" (avatar menu → Security, Basic Security Items). */
  gatePhone: 'https://app.csrqoa.com/tr/help/guide/security-settings/17247/how-to-bind-or-unbind-your-phone-number-on-gate',
  /** A Gate Square page whose stored copy keeps the web navigation (Futures, Launch, CandyDrop…) and a CandyDrop task list. */
  gateNavCandy: 'https://www.gateex.cc/tr/post/status/17527303',
  /** Gate Learn: "Dissecting Gate's CandyDrop Community Airdrop 3.0" (the "Join" button, candies, prize pool). */
  gateLearnCandy:
    'https://pre.gate51.club/tr/learn/articles/dismantling-gates-candy-drop-national-airdrop-3-0-community-participation-and-ecosystem-development/9538',
  /** Gate blog, Traditional Chinese: "拆解 Gate 的 CandyDrop 全民空投 3.0" (加入, 獎池, 糖果, 合約交易, 邀請好友). */
  gateBlogCandyZhTw: 'https://www.gt-io.net/zh-tw/blog/8442/breaking-down-gate-s-candydrop-airdrop-3.0',
  /** Gate Square official post, Traditional Chinese (【廣場】, 【申請認證】, 立即報名, 獎池). */
  gateSquareZhTw: 'https://gateioservicefront.com/zh-tw/post/status/17903404',
  /** Gate Square: the #WXTM创作大赛# announcement (充值記錄, 交易頁面, CandyDrop 報名, 總獎池); the copy in /work/shared/seed-announcement.txt. */
  gateWxtmAnnouncement: 'https://www.gate.com/zh-tw/post (the #WXTM创作大赛# announcement; stored copy /work/shared/seed-announcement.txt)',
  /** Gate Square: the PUBLIC Launchpool contest, Simplified (质押记录, 领取页面). */
  gatePublicZhHans: 'https://www.gatesites.com/zh/post/status/13148311',
  /** The same, Traditional (質押記錄, 領取頁面). */
  gatePublicZhHant: 'https://www.gatesites.com/zh-tw/post/status/13148311',
  /** The same, English (staking record, reward). */
  gatePublicEn: 'https://www.gt-io.net/post/status/13140631',
  /** Announcement 17401 "Sub-account" (Account Setting – My Funds – Security Settings). */
  gateSubAccount: 'https://www.gate.com/ar/announcements/article/17401',
  /** Gate Learn glossary, Traditional Chinese ("Gate充值/提現"). */
  gateLearnZhTw: 'https://openpunks.io/zh-tw/learn/glossary/ethereum-wallet-lookup',
  /** Gate's official API SDK documentation (spot order fields: Currency pair, Order side, status filled/cancelled). */
  gateApiOrderDoc: 'https://gh.022408.xyz/gateio/gateapi-python/blob/master/docs/Order.md',
  /** Copy of Gate's Simplified help "充值未到账" (确认数, 哈希值(TXID), 充值自助加速, 完成/成功). */
  gateZhDepositFaqCopy: 'http://gateioio.com/?id=7',
  /** Copy of Gate's old Simplified help "gate.io币币交易须知" (限价, 市价, 最新成交记录, 买卖深度, 完全成交). */
  gateZhSpotCopy: 'https://blockvalue.com/xinbi/20200514371115.html',

  // --- Third-party tutorials about Gate's screens ---------------------------------------------------
  zhHansDeposit1: 'https://www.zpt966033.com/bqzx/1482173.html',
  zhHansDeposit2: 'http://gateio.bccbhxf.com/6982.html',
  zhHansDeposit3: 'https://news.zpt966033.com/btcqb/1042952.html',
  zhHansOnchain: 'https://www.coin256.com/vision/14375.html',
  zhHansWithdraw: 'https://www.listno1.com/post/126718.html',
  zhHansWithdraw2: 'http://vvq.com.cn/post/25067.html',
  zhHansConditional: 'https://www.bibobao.com/view/7470',
  zhHansRecords: 'https://www.252kz.cc/blogs/564069.html',
  zhHansBills: 'https://www.58zll.com/stories/83078.html',
  zhHansFunds: 'https://www.oahzgg.com/story/129083.html',
  zhHansAssets: 'https://www.njysz.com/view/350376.html',
  zhHansLogin: 'https://gateio.bccbhxf.com/50729.html',
  zhHansApi: 'https://www.gq685.com/data/353855.html',
  zhHansApi2: 'https://www.kdj.com/Cryptocurrency-Encyclopedia/Exchanges/set-api-gateio-party-bots-security-tips.html',
  zhHantDeposit1: 'http://www.rainbowmusic.cn/bitcoin/jy/2025-06-13/468310.html',
  zhHantDeposit2: 'http://www.rainbowmusic.cn/bitcoin/jy/2025-06-10/464455.html',
  zhHantDeposit3: 'http://www.675min6.cn/bitcoin/jy/2025-06-09/461681.html',
  zhHantDepositFaq: 'http://www.www44bbcc.com/bitcoin/jy/2025-05-10/412754.html',
  zhHantWithdraw: 'http://www.sdadkj.com/jczn/849.html',
  zhHantWithdraw2: 'http://www.675min6.cn/bitcoin/jy/2025-06-12/466609.html',
  enWithdrawOld: 'https://cryptocurrencybegin.com/how-to-withdraw-from-gate-io-05258',
  enFunds: 'https://coincraze.co/articles/15939',
  enLogin: 'https://www.motkraft.net/cantlogin/',
  enLogin2: 'https://365shuku.com/11717.html',
  enChecklist: 'https://gatezhuce.com/en/tutorials/wallet/binance-deposit-withdraw-checklist',

  // --- Other exchanges (tutorials describing their screens) -----------------------------------------
  okxEn1: 'https://deveab.com/?p=7309',
  okxEn2: 'https://emroozi.com/15478.html',
  okxEn3: 'https://www.roedsa.com/15851.html',
  okxZhHans: 'https://www.ahmixiu.com/yxzx/ouyi/97132.html',
  okxZhHans2: 'https://www.listno1.com/post/126718.html',
  binanceEn1: 'https://babiafox.com/en/h/binance-deposit-crypto-transfer/',
  binanceEn2: 'https://ip-okx.com/market-news-info/209960.html',
  binanceEn3: 'https://www.casscams.com/3333.html',
  binanceZhHans: 'https://walletex71554.downyd.com',
  binanceZhHans2: 'https://www.tf197.com/entries/296221.html',
  binanceZhHans3: 'https://www.cjm666.com/info/127488.html',
  mexcZhHant: 'http://www.jqgpp.com/view/8915.html',
  mexcLaunchpoolZhHans: 'https://www.alookzone.com/zh-MY/learn/article/what-is-launchpool-/1',
  mexcLaunchpoolZhHant: 'https://www.alookzone.com/zh-TW/learn/article/what-is-launchpool-/1',
} as const;

const S = SOURCES;
type Cell = readonly [text: string, source: string | null, note?: string];
type Row = Partial<Record<UiLang, Cell>>;

const strings: UiString[] = [];
function page(p: UiPage, rows: Record<string, Row>): void {
  for (const [role, row] of Object.entries(rows)) {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const cell = row[lang];
      if (!cell) continue;
      const [text, source, note] = cell;
      strings.push({ text, lang, page: p, role, source, ...(note ? { note } : {}) });
    }
  }
}

const HANT_CHARS = 'the same characters, read on the Traditional page';
const HANS_FORM = 'Simplified form of the word read on the Traditional page';
const TP = 'third-party tutorial describing the screen';

// ---------------------------------------------------------------------------------------------------
// Gate's web navigation bar (the strip above every web page)
page('nav', {
  logo: { 'zh-Hans': ['Gate', S.gateDepositFaq], 'zh-Hant': ['Gate', S.gateDepositFaq], en: ['Gate', S.gateDepositFaq] },
  trade: {
    en: ['Trade', S.gateDepositFaq, 'help: click “Trade” in the navigation bar'],
    'zh-Hant': ['交易', S.gateWxtmAnnouncement, '交易頁面'],
    'zh-Hans': ['交易', S.gateWxtmAnnouncement, '交易 / 交易頁面; ' + HANT_CHARS],
  },
  futures: { en: ['Futures', S.gateNavCandy], 'zh-Hant': ['合約', S.gateBlogCandyZhTw, '合約交易'], 'zh-Hans': ['合约', S.gateZhSpotCopy, '永续合约'] },
  launch: { en: ['Launch', S.gateNavCandy] },
  candydrop: { en: ['CandyDrop', S.gateNavCandy], 'zh-Hans': ['CandyDrop', S.gateWxtmAnnouncement], 'zh-Hant': ['CandyDrop', S.gateWxtmAnnouncement] },
  square: {
    en: ['Square', null, 'Gate Square; the nav label not seen in a stored page'],
    'zh-Hant': ['廣場', S.gateSquareZhTw, '【廣場】'],
    'zh-Hans': ['广场', S.gateSquareZhTw, HANS_FORM],
  },
  deposit: {
    en: ['Deposit', S.gateRecoveryWeb, 'click "Deposit" in the top right corner'],
    'zh-Hans': ['充值', S.zhHansDeposit2, TP],
    'zh-Hant': ['充值', S.zhHantDeposit1, TP],
  },
  assets: {
    en: ['Assets', S.gateTokenRecovery, '“Assets” > “Funds Management”'],
    'zh-Hans': ['资产', S.zhHansDeposit2, TP + ': 页面右上角的“资产”按钮'],
    'zh-Hant': ['資產', S.zhHantDeposit2, TP],
  },
  wallet: { 'zh-Hans': ['钱包', S.zhHansDeposit1, TP], 'zh-Hant': ['錢包', S.zhHantDeposit1, TP] },
});

// ---------------------------------------------------------------------------------------------------
// Deposit (app and web): title, method tab, coin and network pickers, address, QR, notices
page('deposit', {
  title: { en: ['Deposit', S.gateAppDepositWithdraw, 'Tap [Deposit]'], 'zh-Hans': ['充值', S.zhHansDeposit2, TP], 'zh-Hant': ['充值', S.zhHantDeposit1, TP] },
  tabOnchain: {
    en: ['Onchain Deposit', S.gateAppDepositWithdraw, 'Select [Onchain Deposit] (app)'],
    'zh-Hans': ['链上充值', S.zhHansOnchain, TP],
    'zh-Hant': ['鏈上充值', null, 'no Traditional page found; Traditional form of 链上充值'],
  },
  tabOnchainWeb: { en: ['On-chain Deposit', S.gateRecoveryWeb, 'web: "Deposit" → "On-chain Deposit"'] },
  coinLabel: {
    en: ['Coin', S.gateDepositFaq, '“after selecting the coin and chain”: the word, not a label seen'],
    'zh-Hans': ['选择币种', S.zhHansDeposit2, TP + ': 选择充值币种'],
    'zh-Hant': ['選擇幣種', S.zhHantDeposit3, TP + ': 選擇幣種和網絡'],
  },
  networkLabel: {
    en: ['Network', S.gateAppDepositWithdraw, 'Select the appropriate deposit network / [Network]'],
    'zh-Hans': ['网络', S.zhHansDeposit1, TP + ': 网络选择'],
    'zh-Hant': ['網絡', S.zhHantDeposit1, TP + ': 網絡類型'],
  },
  addressLabel: {
    en: ['Address', S.gateAppDepositWithdraw, 'Copy the deposit [Address]'],
    'zh-Hans': ['充值地址', S.zhHansDeposit1, TP],
    'zh-Hant': ['充值地址', S.zhHantDeposit1, TP],
  },
  sendOnly: {
    en: ['Send only {c} to this address', null, 'the notice under the QR code as the issue describes it; Gate’s wording not in a stored page'],
    'zh-Hans': ['仅支持向该地址充值{c}', S.okxZhHans, 'OKX’s notice (仅支持向该地址充值所选币种), ' + TP + '; Gate’s own not found'],
  },
  saveQr: {
    en: ['Save QR Code', S.gateAppDepositWithdraw, 'save the QR code for the deposit'],
    'zh-Hans': ['保存二维码', S.okxZhHans, 'OKX tutorial: 复制生成的充币地址,或保存二维码'],
    'zh-Hant': ['保存二維碼', S.zhHantDeposit1, 'composed: 二維碼 read there, 保存 as in the Simplified page'],
  },
  copy: {
    en: ['Copy', S.gateAppDepositWithdraw, 'Copy the deposit [Address]'],
    'zh-Hans': ['复制', S.zhHansDeposit1, TP],
    'zh-Hant': ['複製', S.zhHantDeposit1, 'the page writes 復制 (mixed script); 複製 is the Traditional form'],
  },
  minDeposit: {
    en: ['Minimum deposit', S.enChecklist, TP + ': “Review minimum deposit or withdrawal limits”'],
    'zh-Hans': ['最小充值金额', S.zhHansDeposit3, TP],
    'zh-Hant': ['最小充幣金額', S.zhHantDeposit2, TP],
  },
  confirmations: {
    en: ['Block confirmations', S.gateDepositFaq, '“confirmation requirement at the bottom of the Deposit page”'],
    'zh-Hans': ['确认数', S.gateZhDepositFaqCopy, '各币种确认数可在充值页面查看'],
    'zh-Hant': ['網絡確認次數', S.zhHantDeposit2, TP],
  },
  notReceived: {
    en: ['Deposit Not Received - Recovery Request', S.gateRecoveryWeb],
    'zh-Hans': ['充值未到账', S.gateZhDepositFaqCopy],
    'zh-Hant': ['充值未到賬', S.zhHantDepositFaq, TP],
  },
  selfAccelerate: { 'zh-Hans': ['充值自助加速', S.gateZhDepositFaqCopy] },
  recent: {
    en: ['Recent Deposits', S.gateDepositFaq],
    'zh-Hans': ['充值记录', S.zhHansDeposit2, TP],
    'zh-Hant': ['充值記錄', S.gateWxtmAnnouncement],
  },
  contractAddress: { en: ['Contract Address', S.gateDepositFaq, 'a masked “Contract Address” at the bottom of the “Address” field'] },
  tokenRecovery: { en: ['Token Recovery', S.gateTokenRecovery] },
});

// ---------------------------------------------------------------------------------------------------
// Deposit records (the app's records page, the web's Recent Deposits table)
page('deposit-records', {
  title: { en: ['Recent Deposits', S.gateDepositFaq], 'zh-Hans': ['充值记录', S.zhHansDeposit2, TP], 'zh-Hant': ['充值記錄', S.gateWxtmAnnouncement] },
  titleApp: { en: ['Recent Trades', S.gateAppDepositWithdraw, 'the app: tap the [Notebook] icon on the deposit page to view [Recent Trades]'] },
  detail: { en: ['Deposit Details', S.gateAppDepositWithdraw] },
  filterAll: {
    en: ['All', null, 'the coin filter; no stored page names it'],
    'zh-Hans': ['全部', null, 'the coin filter; no stored page names it'],
    'zh-Hant': ['全部', null, 'the coin filter; no stored page names it'],
  },
  colTime: {
    en: ['Time', null, 'column header; not named in a stored page'],
    'zh-Hans': ['时间', S.zhHansRecords, TP + ': 时间范围'],
    'zh-Hant': ['時間', S.zhHantWithdraw2, TP + ': 到賬時間'],
  },
  colCoin: { en: ['Coin', S.gateDepositFaq], 'zh-Hans': ['币种', S.zhHansDeposit2, TP], 'zh-Hant': ['幣種', S.zhHantDeposit2, TP] },
  colAmount: {
    en: ['Amount', S.gateTokenRecovery],
    'zh-Hans': ['数量', S.zhHansWithdraw, TP + ': 提现数量'],
    'zh-Hant': ['數量', S.zhHantWithdraw, TP + ': 提現的地址和數量'],
  },
  colNetwork: { en: ['Network', S.gateAppDepositWithdraw], 'zh-Hans': ['网络', S.zhHansDeposit1, TP], 'zh-Hant': ['網絡', S.zhHantDeposit1, TP] },
  colStatus: {
    en: ['Status', S.gateTokenRecovery, '“The transaction status”'],
    'zh-Hans': ['状态', S.gateZhDepositFaqCopy, '确认交易状态'],
    'zh-Hant': ['狀態', S.zhHantDeposit2, TP + ': 充幣狀態'],
  },
  colTxid: {
    en: ['TXID', S.gateDepositFaq],
    'zh-Hans': ['哈希值', S.gateZhDepositFaqCopy, '哈希值(TXID,也称作hash)'],
    'zh-Hant': ['交易哈希', S.zhHantDepositFaq, TP + ': 交易哈希(TxID)'],
  },
  statusDone: {
    en: ['Completed', S.gateTokenRecovery, 'statuses “Completed” or “Credited”'],
    'zh-Hans': ['已完成', S.zhHantDeposit2, HANT_CHARS + ' (充幣狀態: 處理中、已完成、失敗)'],
    'zh-Hant': ['已完成', S.zhHantDeposit2, TP],
  },
  statusProcessing: { 'zh-Hant': ['處理中', S.zhHantDeposit2, TP], en: ['Processing', null, 'best knowledge'] },
});

// ---------------------------------------------------------------------------------------------------
// Withdraw (the look-alike that proves nothing)
page('withdraw', {
  title: { en: ['Withdraw', S.gateAppDepositWithdraw], 'zh-Hans': ['提现', S.zhHansWithdraw, TP], 'zh-Hant': ['提現', S.gateLearnZhTw, 'Gate充值/提現'] },
  tabOnchain: { en: ['Onchain Withdrawal', S.gateAppDepositWithdraw] },
  networkLabel: {
    en: ['Network', S.gateAppDepositWithdraw],
    'zh-Hans': ['网络', S.zhHansWithdraw, TP + ': 网络选择'],
    'zh-Hant': ['網絡', S.zhHantWithdraw2, TP],
  },
  addressLabel: {
    en: ['Address', S.gateAppDepositWithdraw, 'Enter the receiving [Address]'],
    'zh-Hans': ['提现地址', S.zhHansWithdraw, TP],
    'zh-Hant': ['提現地址', S.zhHantWithdraw, TP + ': 提現的地址'],
  },
  amountLabel: { en: ['Amount', S.gateAppDepositWithdraw], 'zh-Hans': ['提现数量', S.zhHansWithdraw, TP], 'zh-Hant': ['數量', S.zhHantWithdraw, TP] },
  minWithdraw: { 'zh-Hans': ['最小提现限额', S.zhHansWithdraw, TP] },
  balance: { en: ['Balance', S.enWithdrawOld, TP + ' (older UI): the balance of the coin'], 'zh-Hans': ['账户余额', S.zhHansWithdraw2, TP] },
  fee: { en: ['Handling fee', S.enWithdrawOld, TP], 'zh-Hans': ['手续费', S.zhHansWithdraw, TP], 'zh-Hant': ['手續費', S.zhHantWithdraw, TP] },
  fundPassword: { en: ['Fund Password', S.gateAppDepositWithdraw], 'zh-Hant': ['資金密碼', S.zhHantWithdraw2, TP] },
  submit: {
    en: ['Withdraw', S.gateAppDepositWithdraw, 'Tap [Withdraw]'],
    'zh-Hans': ['提交', S.zhHansWithdraw, TP],
    'zh-Hant': ['提交申請', S.zhHantWithdraw, TP],
  },
  recent: { en: ['Recent Withdrawals', S.enWithdrawOld, TP], 'zh-Hant': ['提現記錄', S.zhHantWithdraw, TP] },
});

// ---------------------------------------------------------------------------------------------------
// Spot trading page
page('spot', {
  spot: { en: ['Spot Trading', S.gateSpotAbout], 'zh-Hans': ['币币交易', S.gateZhSpotCopy], 'zh-Hant': ['現貨', S.zhHantDeposit1, TP + ': 現貨賬戶'] },
  buy: {
    en: ['Buy', S.gateConditionalEn, 'Click “Buy/Sell”'],
    'zh-Hans': ['买入', S.gateZhSpotCopy, '买入/卖出的价格'],
    'zh-Hant': ['買入', S.gateConditionalZhTw, '買入做多'],
  },
  sell: { en: ['Sell', S.gateConditionalEn], 'zh-Hans': ['卖出', S.gateZhSpotCopy], 'zh-Hant': ['賣出', S.gateConditionalZhTw, '賣出做空'] },
  buyCoin: { en: ['Buy {c}', S.gateLimitOrder, 'click Buy BTC'] },
  limit: { en: ['Limit', S.gateLimitOrder, 'Open Orders - Limit'], 'zh-Hans': ['限价', S.gateZhSpotCopy], 'zh-Hant': ['限價', S.gateConditionalZhTw] },
  market: {
    en: ['Market', S.gateConditionalEn, 'order type (market/limit)'],
    'zh-Hans': ['市价', S.gateZhSpotCopy],
    'zh-Hant': ['市價', S.gateConditionalZhTw],
  },
  price: {
    en: ['Price', S.gateConditionalEn, 'Enter the order price and amount'],
    'zh-Hans': ['价格', S.gateZhSpotCopy],
    'zh-Hant': ['委托價格', S.gateConditionalZhTw],
  },
  amount: { en: ['Amount', S.gateConditionalEn], 'zh-Hans': ['数量', S.gateZhSpotCopy, '委托数量'], 'zh-Hant': ['委托數量', S.gateConditionalZhTw] },
  available: {
    en: ['Available', S.gateLimitOrder, 'my Available balance'],
    'zh-Hans': ['可用', null, 'best knowledge'],
    'zh-Hant': ['可用', null, 'best knowledge'],
  },
  orderBook: { en: ['Order Book', S.gateSpotAbout], 'zh-Hans': ['买卖深度', S.gateZhSpotCopy] },
  latestTrades: { en: ['Latest Trades', S.gateSpotAbout], 'zh-Hans': ['最新成交', S.gateZhSpotCopy, '最新成交记录'] },
  openOrders: {
    en: ['Open Orders', S.gateLimitOrder],
    'zh-Hans': ['当前委托', S.zhHansConditional, TP + ': 当前限价委托单'],
    'zh-Hant': ['當前委托', S.gateConditionalZhTw],
  },
  history: {
    en: ['Order History', S.gateLimitOrder, 'How to View the Limit Order History'],
    'zh-Hans': ['历史委托', S.zhHansConditional, TP + ': 限价历史委托'],
  },
});

// ---------------------------------------------------------------------------------------------------
// Order history
page('orders', {
  title: {
    en: ['Order History', S.gateLimitOrder],
    'zh-Hans': ['历史委托', S.zhHansConditional, TP],
    'zh-Hant': ['普通委托', S.gateConditionalZhTw, 'the orders list (當前委托 → 普通委托)'],
  },
  open: { en: ['Open Orders', S.gateLimitOrder], 'zh-Hans': ['当前委托', S.zhHansConditional, TP], 'zh-Hant': ['當前委托', S.gateConditionalZhTw] },
  spot: { en: ['Spot', S.gateSpotAbout, 'Spot Trading'], 'zh-Hans': ['币币交易', S.gateZhSpotCopy], 'zh-Hant': ['現貨', S.zhHantDeposit1, TP] },
  colTime: {
    en: ['Time', null, 'column header; not named in a stored page'],
    'zh-Hans': ['时间', S.zhHansRecords, TP],
    'zh-Hant': ['時間', S.zhHantWithdraw2, TP],
  },
  colPair: { en: ['Pair', S.gateApiOrderDoc, 'Currency pair'], 'zh-Hans': ['交易对', S.gateZhSpotCopy, '当前交易对'] },
  colSide: { en: ['Side', S.gateApiOrderDoc, 'Order side'], 'zh-Hans': ['方向', S.zhHansConditional, TP + ': 买卖方向'] },
  colPrice: { en: ['Price', S.gateConditionalEn], 'zh-Hans': ['委托价格', S.zhHansConditional, TP], 'zh-Hant': ['委托價格', S.gateConditionalZhTw] },
  colAmount: { en: ['Amount', S.gateConditionalEn], 'zh-Hans': ['委托量', S.zhHansConditional, TP], 'zh-Hant': ['委托數量', S.gateConditionalZhTw] },
  colStatus: { en: ['Status', S.gateApiOrderDoc, 'Order status'], 'zh-Hans': ['状态', S.gateZhDepositFaqCopy], 'zh-Hant': ['狀態', S.zhHantDeposit2, TP] },
  statusFilled: {
    en: ['Filled', S.gateApiOrderDoc, 'closed: filled'],
    'zh-Hans': ['完全成交', S.gateZhSpotCopy, '订单不能立即完全成交'],
    'zh-Hant': ['全部成交', S.gateConditionalZhTw, '未全部成交'],
  },
  statusCancelled: { en: ['Cancelled', S.gateApiOrderDoc], 'zh-Hant': ['撤銷', S.gateConditionalZhTw] },
  buy: { en: ['Buy', S.gateConditionalEn], 'zh-Hans': ['买入', S.gateZhSpotCopy], 'zh-Hant': ['買入', S.gateConditionalZhTw, '買入做多'] },
  sell: { en: ['Sell', S.gateConditionalEn], 'zh-Hans': ['卖出', S.gateZhSpotCopy], 'zh-Hant': ['賣出', S.gateConditionalZhTw, '賣出做空'] },
  limit: { en: ['Limit', S.gateLimitOrder], 'zh-Hans': ['限价', S.gateZhSpotCopy], 'zh-Hant': ['限價', S.gateConditionalZhTw] },
});

// ---------------------------------------------------------------------------------------------------
// CandyDrop
page('candydrop', {
  title: { en: ['CandyDrop', S.gateNavCandy], 'zh-Hans': ['CandyDrop', S.gateWxtmAnnouncement], 'zh-Hant': ['CandyDrop', S.gateWxtmAnnouncement] },
  tagline: { en: ['Collect candies to earn airdrops', S.gateNavCandy] },
  join: {
    en: ['Join', S.gateLearnCandy, 'click the “Join” button'],
    'zh-Hant': ['加入', S.gateBlogCandyZhTw, '點擊活動界面的“加入”按鈕'],
    'zh-Hans': ['加入', S.gateBlogCandyZhTw, HANT_CHARS],
  },
  registerNow: { 'zh-Hant': ['立即報名', S.gateSquareZhTw], 'zh-Hans': ['立即报名', S.gateSquareZhTw, HANS_FORM] },
  joined: {
    en: ['Joined', null, 'the button after joining; not seen'],
    'zh-Hans': ['已报名', null, 'the button after joining; not seen'],
    'zh-Hant': ['已報名', null, 'the button after joining; not seen'],
  },
  prizePool: {
    en: ['Prize Pool', S.gateLearnCandy, 'a total prize pool of 200 ETH'],
    'zh-Hant': ['總獎池', S.gateWxtmAnnouncement],
    'zh-Hans': ['总奖池', S.gateWxtmAnnouncement, HANS_FORM],
  },
  candyValue: { en: ['1 Candy ≈', S.gateNavCandy] },
  candies: { 'zh-Hant': ['糖果', S.gateBlogCandyZhTw], 'zh-Hans': ['糖果', S.gateBlogCandyZhTw, HANT_CHARS], en: ['Candies', S.gateLearnCandy] },
  task: { en: ['Task', S.gateNavCandy, '· Task: Spot Trading'] },
  reward: { en: ['Reward', S.gateNavCandy, '· Reward: 1 Candy'] },
  taskSpot: { en: ['Spot Trading', S.gateNavCandy], 'zh-Hans': ['币币交易', S.gateZhSpotCopy], 'zh-Hant': ['現貨交易', null, 'best knowledge'] },
  taskFutures: {
    en: ['Futures Trading', S.gateNavCandy],
    'zh-Hant': ['合約交易', S.gateBlogCandyZhTw],
    'zh-Hans': ['合约交易', S.gateBlogCandyZhTw, HANS_FORM],
  },
  taskInvite: {
    en: ['Invite a Friend', S.gateNavCandy],
    'zh-Hant': ['邀請好友', S.gateBlogCandyZhTw],
    'zh-Hans': ['邀请好友', S.gateBlogCandyZhTw, HANS_FORM],
  },
});

// ---------------------------------------------------------------------------------------------------
// Launchpool (the PUBLIC contest's proof page)
page('launchpool', {
  title: { en: ['Launchpool', S.gateNavCandy], 'zh-Hans': ['Launchpool', S.gatePublicZhHans], 'zh-Hant': ['Launchpool', S.gatePublicZhHant] },
  tagline: { en: ['Quick staking, earn potential new tokens', S.gateNavCandy] },
  records: {
    en: ['Staking Record', S.gatePublicEn, 'staking record'],
    'zh-Hans': ['质押记录', S.gatePublicZhHans],
    'zh-Hant': ['質押記錄', S.gatePublicZhHant],
  },
  claim: {
    en: ['Claim', null, 'best knowledge (the announcement says “reward”)'],
    'zh-Hans': ['领取', S.gatePublicZhHans, '领取页面'],
    'zh-Hant': ['領取', S.gatePublicZhHant, '領取頁面'],
  },
  reward: { en: ['Reward', S.gatePublicEn], 'zh-Hans': ['奖励', S.gatePublicZhHans, '奖励池'], 'zh-Hant': ['獎勵', S.gatePublicZhHant, '獎勵池'] },
  stake: { en: ['Stake', null, 'best knowledge'], 'zh-Hans': ['质押', S.gatePublicZhHans], 'zh-Hant': ['質押', S.gatePublicZhHant] },
  redeem: {
    en: ['Redeem', null, 'best knowledge'],
    'zh-Hans': ['赎回', S.mexcLaunchpoolZhHans, 'MEXC Launchpool page (another exchange)'],
    'zh-Hant': ['贖回', S.mexcLaunchpoolZhHant, 'MEXC Launchpool page (another exchange)'],
  },
});

// ---------------------------------------------------------------------------------------------------
// Asset overview
page('assets', {
  title: { en: ['Assets', S.gateAppDepositWithdraw, 'Go to [Assets]'], 'zh-Hans': ['资产', S.zhHansDeposit2, TP], 'zh-Hant': ['資產', S.zhHantDeposit2, TP] },
  overview: {
    en: ['Funds Overview', S.enFunds, TP],
    'zh-Hans': ['资产总览', S.zhHansAssets, TP],
    'zh-Hant': ['資產概覽', S.zhHantDeposit2, TP + ': 資產概覽頁面'],
  },
  total: {
    en: ['Total Balance', null, 'the big number’s label; not seen'],
    'zh-Hans': ['总资产', null, 'the big number’s label; not seen'],
    'zh-Hant': ['總資產', null, 'the big number’s label; not seen'],
  },
  deposit: {
    en: ['Deposit', S.gateAppDepositWithdraw, '[Assets] - [Deposit]'],
    'zh-Hans': ['充值', S.zhHansDeposit2, TP],
    'zh-Hant': ['充幣', S.zhHantDeposit2, TP + ': 資產概覽頁面:點擊"充幣"按鈕'],
  },
  withdraw: {
    en: ['Withdraw', S.gateAppDepositWithdraw, '[Assets] - [Withdraw]'],
    'zh-Hans': ['提现', S.zhHansWithdraw, TP],
    'zh-Hant': ['提現', S.zhHantWithdraw2, TP],
  },
  transfer: {
    en: ['Transfer', S.enFunds, TP + ': In Funds Overview, select Transfer'],
    'zh-Hans': ['划转', null, 'best knowledge'],
    'zh-Hant': ['劃轉', null, 'best knowledge'],
  },
  spotAccount: { en: ['Spot Account', S.enWithdrawOld, TP], 'zh-Hans': ['现货账户', S.zhHansDeposit1, TP], 'zh-Hant': ['現貨賬戶', S.zhHantDeposit1, TP] },
  fundsManagement: { en: ['Funds Management', S.gateTokenRecovery], 'zh-Hans': ['资金管理', S.zhHansFunds, TP] },
});

// ---------------------------------------------------------------------------------------------------
// Login page
page('login', {
  title: {
    en: ['Log In', null, 'the page title; no stored page quotes it'],
    'zh-Hans': ['登录', S.zhHansLogin, TP + ': 点击“登录”按钮'],
    'zh-Hant': ['登錄', S.zhHantDeposit1, TP + ': 點擊右上角“登錄”'],
  },
  account: {
    en: ['Email / Phone number / Username', S.enLogin2, TP + ': Login | Email address / Phone number / Username'],
    'zh-Hans': ['邮箱/手机号', S.zhHansDeposit3, TP + ': 填写邮箱/手机号并设置密码'],
    'zh-Hant': ['郵箱地址', S.zhHantDeposit2, TP + ': 輸入郵箱地址和設置密碼'],
  },
  password: { en: ['Password', S.enLogin2, TP], 'zh-Hans': ['密码', S.zhHansLogin, TP], 'zh-Hant': ['密碼', S.zhHantDeposit2, TP] },
  forgot: {
    en: ['Forgot your password?', S.enLogin, TP + ': click “Forgot your password?” at the bottom right of the password field'],
    'zh-Hans': ['忘记密码?', S.zhHansLogin, TP],
    'zh-Hant': ['忘記密碼?', null, 'Traditional form of 忘记密码?'],
  },
  signup: {
    en: ['Sign up', S.gateSubAccount, 'Click to Sign up'],
    'zh-Hans': ['注册', S.zhHansDeposit3, TP],
    'zh-Hant': ['注冊', S.zhHantDeposit2, TP + ' (writes 注冊)'],
  },
  sendCode: { 'zh-Hans': ['发送验证码', S.zhHansLogin, TP] },
});

// ---------------------------------------------------------------------------------------------------
// API key management
page('api-keys', {
  title: {
    en: ['API Management', S.gateApi],
    'zh-Hans': ['API管理', S.zhHansApi2, TP + ': 「账户管理→API管理」'],
    'zh-Hant': ['API密鑰', S.zhHantDeposit2, TP + ': 保存好API密鑰'],
  },
  create: { en: ['Create API Key', S.gateApi], 'zh-Hans': ['创建 API Key', S.zhHansApi, TP] },
  keyCol: { en: ['API Key', S.gateApi], 'zh-Hans': ['API Key', S.zhHansApi, TP + ': API Key 和 Secret Key'], 'zh-Hant': ['API密鑰', S.zhHantDeposit2, TP] },
  remark: { en: ['API Key Remarks', S.gateApi] },
  ipPermissions: { en: ['IP permissions', S.gateApi], 'zh-Hans': ['IP白名单', S.zhHansApi2, TP] },
  keyType: { en: ['API v4 Key', S.gateApi] },
  permissions: { en: ['Permissions', S.gateApi], 'zh-Hans': ['权限', S.zhHansApi, TP] },
  readWrite: { en: ['Read and Write', S.gateApi] },
  readOnly: { en: ['Read Only', S.gateApi] },
  secret: { 'zh-Hans': ['Secret Key', S.zhHansApi, TP] },
  fundPassword: { en: ['Fund Password', S.gateApi], 'zh-Hant': ['資金密碼', S.zhHantWithdraw2, TP] },
  submit: { en: ['Submit', S.gateApi], 'zh-Hans': ['提交', S.zhHansLogin, TP] },
});

// ---------------------------------------------------------------------------------------------------
// The account (avatar) menu
page('account-menu', {
  account: { en: ['Account Setting', S.gateSubAccount], 'zh-Hans': ['账户管理', S.zhHansApi2, TP], 'zh-Hant': ['個人中心', S.zhHantWithdraw2, TP] },
  security: {
    en: ['Security', S.gatePhone, 'select “Security” from the dropdown menu'],
    'zh-Hans': ['安全设置', S.zhHansLogin, TP],
    'zh-Hant': ['安全設置', S.zhHantDeposit2, TP + ': 賬戶安全設置'],
  },
  securitySettings: { en: ['Security Settings', S.gateAuthenticator] },
  profile: { en: ['Profile and Settings', S.gateDoubleAuth] },
  api: { en: ['API Management', S.gateApi], 'zh-Hans': ['API管理', S.zhHansApi2, TP], 'zh-Hant': ['API密鑰', S.zhHantDeposit2, TP] },
  myFunds: { en: ['My Funds', S.gateSubAccount], 'zh-Hans': ['资金管理', S.zhHansFunds, TP] },
  bills: { 'zh-Hans': ['账单', S.zhHansBills, TP] },
  fundPassword: { en: ['Fund Password', S.gateAppDepositWithdraw], 'zh-Hant': ['資金密碼', S.zhHantWithdraw2, TP] },
  subAccount: { en: ['Sub-account', S.gateSubAccount, 'sub-account management'] },
  verify: { en: ['Identity Verification', S.gateAppDepositWithdraw, 'completed identity verification'], 'zh-Hant': ['身份認證', S.zhHantWithdraw2, TP] },
  logout: { en: ['Log Out', null, 'best knowledge'], 'zh-Hans': ['退出登录', null, 'best knowledge'], 'zh-Hant': ['退出登錄', null, 'best knowledge'] },
});

// ---------------------------------------------------------------------------------------------------
// A Gate Square post (the page chrome around a writer's text)
page('square', {
  square: {
    en: ['Gate Square', S.gatePublicEn, 'share your post on Gate Square'],
    'zh-Hans': ['Gate广场', S.gatePublicZhHans],
    'zh-Hant': ['Gate廣場', S.gateWxtmAnnouncement],
  },
  verify: { 'zh-Hant': ['申請認證', S.gateSquareZhTw], 'zh-Hans': ['申请认证', S.gateSquareZhTw, HANS_FORM] },
  follow: { en: ['Follow', null, 'best knowledge'], 'zh-Hans': ['关注', null, 'best knowledge'], 'zh-Hant': ['關注', null, 'best knowledge'] },
});

// ---------------------------------------------------------------------------------------------------
// OKX (tutorials describing its app)
page('okx-deposit', {
  title: {
    en: ['Deposit', S.okxEn1, '[Assets] → [Deposit] → [Deposit Crypto]'],
    'zh-Hans': ['充币', S.okxZhHans, '【资产】→【充币】'],
    'zh-Hant': ['充幣', S.zhHantDeposit2, 'the word on a Traditional exchange tutorial (Gate); OKX’s own Traditional page not found'],
  },
  coin: {
    en: ['Crypto', S.okxEn1, 'Deposit Crypto'],
    'zh-Hans': ['币种', S.okxZhHans],
    'zh-Hant': ['幣種', S.mexcZhHant, 'MEXC Traditional tutorial; OKX’s not found'],
  },
  network: {
    en: ['Network', S.okxEn3],
    'zh-Hans': ['网络', S.okxZhHans],
    'zh-Hant': ['網絡', S.zhHantDeposit1, 'the word on a Traditional exchange tutorial; OKX’s not found'],
  },
  address: {
    en: ['Deposit address', S.okxEn3, 'a unique deposit address'],
    'zh-Hans': ['充币地址', S.okxZhHans],
    'zh-Hant': ['充值地址', S.mexcZhHant, 'MEXC Traditional tutorial; OKX’s not found'],
  },
  depositTo: { en: ['Deposit to', S.okxEn2] },
  copy: { en: ['Copy', S.okxEn1], 'zh-Hans': ['复制', S.okxZhHans], 'zh-Hant': ['複製', S.zhHantDeposit1, 'written 復制 there'] },
  min: { en: ['Minimum deposit', S.okxEn2], 'zh-Hans': ['最小限额', S.okxZhHans, '单笔充值需≥最小限额'] },
  share: { en: ['Share deposit details', S.okxEn2] },
  tag: { 'zh-Hans': ['标签', S.okxZhHans] },
});
page('okx-withdraw', {
  title: {
    en: ['Withdraw Crypto', S.okxEn1, '[Assets] → [Withdraw] → [Withdraw Crypto]'],
    'zh-Hans': ['提币', S.okxZhHans, '提币页面'],
    'zh-Hant': ['提幣', S.zhHantWithdraw2, 'the word on a Traditional exchange tutorial; OKX’s not found'],
  },
  network: { en: ['Network', S.okxEn3], 'zh-Hans': ['网络', S.okxZhHans], 'zh-Hant': ['網絡', S.zhHantWithdraw2, 'as above'] },
  address: {
    en: ['Address', S.okxEn1, 'Enter: – Deposit address …'],
    'zh-Hans': ['提币地址', S.okxZhHans2, TP + ' (Gate withdraw tutorial wording 提现地址/提币)'],
    'zh-Hant': ['提幣地址', S.zhHantWithdraw2, 'as above'],
  },
  amount: {
    en: ['Amount', null, 'best knowledge'],
    'zh-Hans': ['数量', S.okxZhHans, '确认手续费和数量后提交'],
    'zh-Hant': ['數量', S.zhHantWithdraw, 'as above'],
  },
  fee: { en: ['Network fee', null, 'best knowledge'], 'zh-Hans': ['手续费', S.okxZhHans], 'zh-Hant': ['手續費', S.zhHantWithdraw2, 'as above'] },
  next: { en: ['Next', null, 'best knowledge'], 'zh-Hans': ['提交', S.okxZhHans, '确认手续费和数量后提交'], 'zh-Hant': ['提交', S.zhHantWithdraw, 'as above'] },
});

// ---------------------------------------------------------------------------------------------------
// Binance (tutorials describing its app)
page('binance-deposit', {
  title: {
    en: ['Deposit {c}', S.binanceEn1, 'Assets > Deposit > Select coin'],
    'zh-Hans': ['充值 {c}', S.binanceZhHans, '【钱包】→【现货账户】→【充值】'],
    'zh-Hant': ['充值 {c}', S.mexcZhHant, 'MEXC Traditional tutorial; Binance’s not found'],
  },
  network: {
    en: ['Network', S.binanceEn3],
    'zh-Hans': ['网络', S.binanceZhHans2],
    'zh-Hant': ['網絡', S.zhHantDeposit1, 'the word on a Traditional exchange tutorial; Binance’s not found'],
  },
  address: {
    en: ['Deposit Address', S.binanceEn1, 'Binance deposit address'],
    'zh-Hans': ['充值地址', S.binanceZhHans2],
    'zh-Hant': ['充值地址', S.mexcZhHant, 'MEXC Traditional tutorial'],
  },
  copy: {
    en: ['Copy', S.binanceEn1, 'Tap the "Copy" button'],
    'zh-Hans': ['复制', S.binanceZhHans2, '务必准确复制该地址'],
    'zh-Hant': ['複製', S.zhHantDeposit1, 'written 復制 there'],
  },
  min: { en: ['Minimum deposit', S.binanceEn1, 'Minimum deposit amount'], 'zh-Hans': ['最小充值额度', S.binanceZhHans3] },
  history: { en: ['Deposit History', S.binanceEn2], 'zh-Hans': ['资产记录', S.binanceZhHans, '【资产记录】'] },
});

/** Every string with its source (or null). */
export const GATE_UI: readonly UiString[] = strings;

/** The text a page shows for a role in a language, or undefined when none was collected. */
export function uiText(p: UiPage, role: string, lang: UiLang): string | undefined {
  return GATE_UI.find((s) => s.page === p && s.role === role && s.lang === lang)?.text;
}

/** Counts for the report: strings with a source, without one, and the ones marked not verbatim. */
export function uiStats(): { total: number; sourced: number; unsourced: number; withNote: number } {
  const sourced = GATE_UI.filter((s) => s.source !== null).length;
  return { total: GATE_UI.length, sourced, unsourced: GATE_UI.length - sourced, withNote: GATE_UI.filter((s) => s.note).length };
}

/** Chain names shown in network pickers (names of blockchains, not UI words). */
export const NETWORKS = { erc20: 'Ethereum (ERC20)', trc20: 'Tron (TRC20)', bep20: 'BNB Smart Chain (BEP20)' } as const;
