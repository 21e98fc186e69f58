/**
 * Stored contests, brought to what the extension reads today. Pure.
 *
 * v1 → v2: contests used to carry a copy of Gate's UI words (`screenshot.signals`: the announcement
 * reader copied the built-in contest's, and Launchpool's for a staking proof). Those words now live
 * once, in lib/ocr/vocabulary; a contest keeps only the words it adds. The words v1 copied are
 * listed here as they were (a migration is frozen: it must not change when the vocabulary does, and
 * the content script, which runs it too, need not carry the vocabulary), and dropped from each
 * kind; a kind left with none goes.
 */

/** Every word a v1 contest could carry as a copy (the built-in contest's, and Launchpool's). */
export const V1_COPIED_WORDS: ReadonlySet<string> = new Set([
  '充值記錄',
  '充值數字貨幣',
  '充值',
  '充值记录',
  '充值数字货币',
  'Deposit History',
  'Deposit Records',
  'Deposit Crypto',
  'Deposit',
  '充值地址',
  '網絡',
  '到賬',
  '已完成',
  '交易哈希',
  '网络',
  '到账',
  'Deposit Address',
  'Network',
  'Credited',
  'Completed',
  'TxID',
  '現貨交易',
  '當前委託',
  '歷史委託',
  '成交記錄',
  '现货交易',
  '当前委托',
  '历史委托',
  '成交记录',
  'Spot Trading',
  'Open Orders',
  'Order History',
  'Trade History',
  '買入',
  '賣出',
  '盤口',
  '最新成交',
  '限價',
  '市價',
  '成交均價',
  '买入',
  '卖出',
  '盘口',
  '限价',
  '市价',
  '成交均价',
  'Buy',
  'Sell',
  'Order Book',
  'Market Trades',
  'Limit',
  'Market',
  'Avg. Price',
  'CandyDrop',
  '糖果空投',
  '獎池',
  '已報名',
  '立即報名',
  '報名成功',
  '任務',
  '參與人數',
  '我的獎勵',
  '奖池',
  '已报名',
  '立即报名',
  '报名成功',
  '任务',
  '参与人数',
  '我的奖励',
  'Prize Pool',
  'Registered',
  'Register Now',
  'Registration successful',
  'Tasks',
  'Participants',
  'My Rewards',
  'Launchpool',
  '質押記錄',
  '我的質押',
  '质押记录',
  '我的质押',
  'Staking Records',
  'My Stakes',
  '質押',
  '已質押',
  '領取',
  '預估收益',
  '年化',
  '贖回',
  '质押',
  '已质押',
  '领取',
  '预估收益',
  '赎回',
  'Stake',
  'Staked',
  'Claim',
  'Est. Rewards',
  'APR',
  'Redeem',
]);

type Words = Record<string, unknown>;

function prune(group: unknown): Words | undefined {
  if (!group || typeof group !== 'object') return undefined;
  const out: Words = {};
  for (const [lang, list] of Object.entries(group as Words)) {
    if (!Array.isArray(list)) continue;
    const kept = list.filter((w) => typeof w !== 'string' || !V1_COPIED_WORDS.has(w.normalize('NFC')));
    if (kept.length) out[lang] = kept;
  }
  return Object.keys(out).length ? out : undefined;
}

/** One stored contest without the vocabulary's words; anything not shaped like a contest is kept as it is. */
export function withoutHostWords(contest: unknown): unknown {
  const shot = (contest as { screenshot?: { signals?: unknown } } | null)?.screenshot;
  if (!shot || typeof shot !== 'object' || !shot.signals || typeof shot.signals !== 'object') return contest;
  const signals: Words = {};
  for (const [kind, s] of Object.entries(shot.signals as Words)) {
    const titles = prune((s as Words | null)?.titles);
    const distinctive = prune((s as Words | null)?.distinctive);
    if (titles || distinctive) signals[kind] = { ...(titles ? { titles } : {}), ...(distinctive ? { distinctive } : {}) };
  }
  return { ...(contest as object), screenshot: { ...shot, signals } };
}

/** The stored list of contests, migrated to v2. */
export function migrateContestsV2(stored: unknown): unknown {
  return Array.isArray(stored) ? stored.map(withoutHostWords) : stored;
}
