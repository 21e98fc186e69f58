/**
 * The words of the imitation exchange pages, per UI language. They imitate what Gate shows (top
 * navigation, deposit page, spot trading, CandyDrop) closely enough that the OCR classifier meets
 * the same traps as on real screenshots: navigation words on every page, CandyDrop tasks that talk
 * about deposits and trading, posts and news that mention WXTM.
 */
export type CorpusLang = 'zh-Hant' | 'zh-Hans' | 'en';

export interface Strings {
  htmlLang: string;
  font: string;
  nav: string[];
  navRight: string[];
  tabs: string[];
  // deposit
  deposit: string;
  depositCrypto: string;
  selectCoin: string;
  selectNetwork: string;
  depositAddress: string;
  copy: string;
  minDeposit: string;
  expectedArrival: string;
  confirmations: string;
  depositHistory: string;
  withdrawHistory: string;
  recentDeposits: string;
  viewAll: string;
  time: string;
  coin: string;
  network: string;
  amount: string;
  status: string;
  txid: string;
  completed: string;
  credited: string;
  allCoins: string;
  last30: string;
  // trade
  spot: string;
  orderBook: string;
  marketTrades: string;
  price: string;
  total: string;
  limit: string;
  market: string;
  buy: string;
  sell: string;
  available: string;
  openOrders: string;
  orderHistory: string;
  tradeHistory: string;
  pair: string;
  side: string;
  type: string;
  filled: string;
  avgPrice: string;
  spotOrders: string;
  change24h: string;
  high24h: string;
  volume24h: string;
  // candydrop
  candyTagline: string;
  round: (n: number) => string;
  prizePool: string;
  registered: string;
  registerSuccess: string;
  registerNow: string;
  tasks: string;
  task: (n: number) => string;
  depositTask: (coin: string) => string;
  tradeTask: (coin: string) => string;
  goDeposit: string;
  goTrade: string;
  endsIn: string;
  myRewards: string;
  participants: string;
  rules: string;
  // square / news / unrelated
  square: string;
  follow: string;
  like: string;
  comment: string;
  share: string;
  post: (coin: string) => string;
  hotTopics: string;
  newsTitle: string;
  newsBody: string;
  news: string;
  security: string;
  securityItems: string[];
  bound: string;
  home: string;
  markets: string;
  trade: string;
  futures: string;
  assets: string;
}

const hant: Strings = {
  htmlLang: 'zh-Hant',
  font: '"Noto Sans CJK TC", "Noto Sans CJK SC", sans-serif',
  nav: ['買幣', '行情', '交易', '合約', '跟單', '理財', 'Web3', '廣場', '更多'],
  navRight: ['充值', '資產', '訂單'],
  tabs: ['首頁', '行情', '交易', '合約', '資產'],
  deposit: '充值',
  depositCrypto: '充值數字貨幣',
  selectCoin: '選擇幣種',
  selectNetwork: '選擇網絡',
  depositAddress: '充值地址',
  copy: '複製',
  minDeposit: '最小充值金額',
  expectedArrival: '預計到賬',
  confirmations: '次網絡確認',
  depositHistory: '充值記錄',
  withdrawHistory: '提現記錄',
  recentDeposits: '最近充值記錄',
  viewAll: '查看全部',
  time: '時間',
  coin: '幣種',
  network: '網絡',
  amount: '數量',
  status: '狀態',
  txid: '交易哈希',
  completed: '已完成',
  credited: '已到賬',
  allCoins: '全部幣種',
  last30: '近30天',
  spot: '現貨交易',
  orderBook: '盤口',
  marketTrades: '最新成交',
  price: '價格',
  total: '累計',
  limit: '限價',
  market: '市價',
  buy: '買入',
  sell: '賣出',
  available: '可用',
  openOrders: '當前委託',
  orderHistory: '歷史委託',
  tradeHistory: '成交記錄',
  pair: '交易對',
  side: '方向',
  type: '類型',
  filled: '已成交',
  avgPrice: '成交均價',
  spotOrders: '現貨訂單',
  change24h: '24h漲跌',
  high24h: '24h最高',
  volume24h: '24h成交量',
  candyTagline: '糖果空投 · 完成任務瓜分獎池',
  round: (n) => `第 ${n} 期`,
  prizePool: '獎池',
  registered: '已報名',
  registerSuccess: '報名成功',
  registerNow: '立即報名',
  tasks: '任務',
  task: (n) => `任務${['一', '二', '三'][n - 1]}`,
  depositTask: (c) => `淨充值 ${c} ≥ 100 即可瓜分`,
  tradeTask: (c) => `現貨交易 ${c}/USDT 累計 ≥ 50 USDT`,
  goDeposit: '去充值',
  goTrade: '去交易',
  endsIn: '距結束',
  myRewards: '我的獎勵',
  participants: '參與人數',
  rules: '活動規則',
  square: '廣場',
  follow: '關注',
  like: '讚',
  comment: '評論',
  share: '分享',
  post: (c) =>
    `#${c}創作大賽# #${c}# 最近在研究 ${c}，聽說 CandyDrop 有充值和交易任務，獎池很大。大家覺得 MinoTari 的隱私技術怎麼樣？我還在觀望，歡迎留言討論。`,
  hotTopics: '熱門話題',
  newsTitle: 'Gate 將上線 MinoTari (WXTM) 並開啟現貨交易',
  newsBody: 'Gate 宣布將於今日 18:00 開放 WXTM 充值，並於明日上線 WXTM/USDT 現貨交易。用戶可參與 CandyDrop 活動瓜分 70,000 WXTM。投資有風險，請注意。',
  news: '快訊',
  security: '安全中心',
  securityItems: ['登入密碼', '資金密碼', '谷歌驗證', '手機綁定', '郵箱綁定', '防釣魚碼'],
  bound: '已綁定',
  home: '首頁',
  markets: '行情',
  trade: '交易',
  futures: '合約',
  assets: '資產',
};

const hans: Strings = {
  ...hant,
  htmlLang: 'zh-Hans',
  font: '"Noto Sans CJK SC", sans-serif',
  nav: ['买币', '行情', '交易', '合约', '跟单', '理财', 'Web3', '广场', '更多'],
  navRight: ['充值', '资产', '订单'],
  tabs: ['首页', '行情', '交易', '合约', '资产'],
  depositCrypto: '充值数字货币',
  selectCoin: '选择币种',
  selectNetwork: '选择网络',
  copy: '复制',
  minDeposit: '最小充值金额',
  expectedArrival: '预计到账',
  confirmations: '次网络确认',
  depositHistory: '充值记录',
  withdrawHistory: '提现记录',
  recentDeposits: '最近充值记录',
  viewAll: '查看全部',
  time: '时间',
  coin: '币种',
  network: '网络',
  amount: '数量',
  status: '状态',
  txid: '交易哈希',
  credited: '已到账',
  allCoins: '全部币种',
  spot: '现货交易',
  orderBook: '盘口',
  price: '价格',
  total: '累计',
  limit: '限价',
  market: '市价',
  buy: '买入',
  sell: '卖出',
  openOrders: '当前委托',
  orderHistory: '历史委托',
  tradeHistory: '成交记录',
  pair: '交易对',
  type: '类型',
  avgPrice: '成交均价',
  spotOrders: '现货订单',
  change24h: '24h涨跌',
  volume24h: '24h成交量',
  candyTagline: '糖果空投 · 完成任务瓜分奖池',
  prizePool: '奖池',
  registered: '已报名',
  registerSuccess: '报名成功',
  registerNow: '立即报名',
  tasks: '任务',
  task: (n) => `任务${['一', '二', '三'][n - 1]}`,
  depositTask: (c) => `净充值 ${c} ≥ 100 即可瓜分`,
  tradeTask: (c) => `现货交易 ${c}/USDT 累计 ≥ 50 USDT`,
  endsIn: '距结束',
  myRewards: '我的奖励',
  participants: '参与人数',
  rules: '活动规则',
  square: '广场',
  follow: '关注',
  like: '赞',
  comment: '评论',
  post: (c) =>
    `#${c}创作大赛# #${c}# 最近在研究 ${c}，听说 CandyDrop 有充值和交易任务，奖池很大。大家觉得 MinoTari 的隐私技术怎么样？我还在观望，欢迎留言讨论。`,
  hotTopics: '热门话题',
  newsTitle: 'Gate 将上线 MinoTari (WXTM) 并开启现货交易',
  newsBody: 'Gate 宣布将于今日 18:00 开放 WXTM 充值，并于明日上线 WXTM/USDT 现货交易。用户可参与 CandyDrop 活动瓜分 70,000 WXTM。投资有风险，请注意。',
  news: '快讯',
  security: '安全中心',
  securityItems: ['登录密码', '资金密码', '谷歌验证', '手机绑定', '邮箱绑定', '防钓鱼码'],
  bound: '已绑定',
  home: '首页',
  futures: '合约',
  assets: '资产',
};

const en: Strings = {
  htmlLang: 'en',
  font: '"Liberation Sans", "DejaVu Sans", sans-serif',
  nav: ['Buy Crypto', 'Markets', 'Trade', 'Futures', 'Copy', 'Earn', 'Web3', 'Square', 'More'],
  navRight: ['Deposit', 'Assets', 'Orders'],
  tabs: ['Home', 'Markets', 'Trade', 'Futures', 'Assets'],
  deposit: 'Deposit',
  depositCrypto: 'Deposit Crypto',
  selectCoin: 'Select Coin',
  selectNetwork: 'Select Network',
  depositAddress: 'Deposit Address',
  copy: 'Copy',
  minDeposit: 'Minimum deposit',
  expectedArrival: 'Expected arrival',
  confirmations: 'network confirmations',
  depositHistory: 'Deposit History',
  withdrawHistory: 'Withdrawal History',
  recentDeposits: 'Recent Deposits',
  viewAll: 'View all',
  time: 'Time',
  coin: 'Coin',
  network: 'Network',
  amount: 'Amount',
  status: 'Status',
  txid: 'TxID',
  completed: 'Completed',
  credited: 'Credited',
  allCoins: 'All coins',
  last30: 'Last 30 days',
  spot: 'Spot Trading',
  orderBook: 'Order Book',
  marketTrades: 'Market Trades',
  price: 'Price',
  total: 'Total',
  limit: 'Limit',
  market: 'Market',
  buy: 'Buy',
  sell: 'Sell',
  available: 'Available',
  openOrders: 'Open Orders',
  orderHistory: 'Order History',
  tradeHistory: 'Trade History',
  pair: 'Pair',
  side: 'Side',
  type: 'Type',
  filled: 'Filled',
  avgPrice: 'Avg. Price',
  spotOrders: 'Spot Orders',
  change24h: '24h Change',
  high24h: '24h High',
  volume24h: '24h Volume',
  candyTagline: 'Complete tasks and share the prize pool',
  round: (n) => `Round ${n}`,
  prizePool: 'Prize Pool',
  registered: 'Registered',
  registerSuccess: 'Registration successful',
  registerNow: 'Register Now',
  tasks: 'Tasks',
  task: (n) => `Task ${n}`,
  depositTask: (c) => `Net deposit of ${c} ≥ 100 to share`,
  tradeTask: (c) => `Spot trade ${c}/USDT, volume ≥ 50 USDT`,
  goDeposit: 'Deposit',
  goTrade: 'Trade',
  endsIn: 'Ends in',
  myRewards: 'My Rewards',
  participants: 'Participants',
  rules: 'Rules',
  square: 'Square',
  follow: 'Follow',
  like: 'Like',
  comment: 'Comment',
  share: 'Share',
  post: (c) =>
    `#${c} Creative Contest# #${c}# Been reading about ${c} lately. I hear the CandyDrop has deposit and trading tasks and a big prize pool. What do you think of MinoTari's privacy tech? Still watching for now.`,
  hotTopics: 'Trending Topics',
  newsTitle: 'Gate to list MinoTari (WXTM) and open spot trading',
  newsBody:
    'Gate will open WXTM deposits today at 18:00 and list WXTM/USDT for spot trading tomorrow. Users can join the CandyDrop to share 70,000 WXTM. Crypto investment carries risk.',
  news: 'News',
  security: 'Security',
  securityItems: ['Login password', 'Fund password', 'Google Authenticator', 'Phone', 'Email', 'Anti-phishing code'],
  bound: 'Linked',
  home: 'Home',
  markets: 'Markets',
  trade: 'Trade',
  futures: 'Futures',
  assets: 'Assets',
};

export const STRINGS: Record<CorpusLang, Strings> = { 'zh-Hant': hant, 'zh-Hans': hans, en };
