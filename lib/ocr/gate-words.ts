/**
 * Gate's own UI words that no contest needs to list: host knowledge, the same for every contest
 * (the contest JSON keeps the contest-specific signals). Pure data.
 *
 * The withdraw page is the deposit page's look-alike (coin picker, network chips, an address), and
 * no proof of anything: what gives it away is an address *field*, a fee and the amount received.
 * Spellings: Gate's app and web, zh-Hans, zh-Hant and en.
 */

/**
 * The withdrawal records' titles: the deposit records' look-alike (time, coin, network, amount,
 * TxID, status). Gate's records page shows both as tabs, the chosen one told only by its colour:
 * a withdrawal title rules out a deposit only where no deposit-records title is on the page.
 */
export const WITHDRAW_RECORD_TITLES = ['提现记录', '提現記錄', '提币记录', '提幣記錄', 'Withdrawal Records', 'Withdrawal History', 'Withdraw Records', 'Withdraw History'];
export const DEPOSIT_RECORD_TITLES = ['充值记录', '充值記錄', '充币记录', '充幣記錄', '儲值記錄', 'Deposit Records', 'Deposit History'];

/** Titles and tabs of the withdraw page (also a button on asset pages: never enough alone). As spelled. */
export const WITHDRAW_TITLES = ['提现', '提現', '提币', '提幣', '链上提现', '鏈上提現', 'Withdraw', 'Withdrawal', 'On-chain Withdrawal'];

/** "提币 X" / "Withdraw X" as a title line: the withdraw form of coin X (OKX, Binance). */
export const WITHDRAW_TITLE_COIN = /^(?:提现|提現|提币|提幣|withdraw)\s*[A-Za-z][A-Za-z0-9]{1,11}$/i;

/** What only a withdraw form shows: an address field, the amount received, its submit button. */
export const WITHDRAW_ONLY = [
  '提现地址', '提現地址', '提币地址', '提幣地址', 'Withdrawal Address', 'Withdraw Address', 'Withdraw to',
  '实际到账', '實際到賬', '實際到帳', 'Receive Amount', 'Amount Received', 'You will receive', 'Receivable Amount',
  '申请提现', '申請提現', '确认提现', '確認提現', 'Confirm Withdrawal',
  '最小提现', '最小提現', '最小提币数量', '最小提幣數量', 'Minimum Withdrawal', 'Min. Withdrawal',
  '提现限额', '提現限額', 'Withdrawal Limit', 'Withdrawal Fee',
  '到账数量', '到賬數量',
];

/** Words a withdraw form shows, but trade forms and asset pages too: only beside a withdraw-only word. */
export const WITHDRAW_SHARED = ['手续费', '手續費', '网络手续费', '網絡手續費', 'Network Fee', '可提现', '可提現', '可用余额', '可用餘額', 'Available Balance', 'Available to withdraw'];

/**
 * What Gate's deposit page shows besides the words a contest lists (app and web): the coin picker,
 * the chain chooser, "send X to this address", the QR code's buttons, the notes. Added to every
 * contest's deposit signals. (Gate's zh-Hant help calls a deposit 儲值 as well as 充值.)
 */
export const DEPOSIT_ONLY = [
  '充值地址', '儲值地址', 'Deposit Address',
  '汇入如下地址', '匯入如下地址', 'to this address',
  '保存二维码', '保存二維碼', 'Save QR Code',
  '充值须知', '充值須知', '儲值須知', 'Deposit Notes', 'Deposit Tips',
  '充值没到账', '充值沒到賬', '儲值沒到賬', 'Deposit Not Received',
  '地址充值', '地址儲值', '链上充值', '鏈上充值', 'On-chain Deposit', 'Onchain Deposit',
  '最小充值', '最小儲值', 'Minimum Deposit',
  // Other exchanges' deposit pages, which writers attach too (OKX: 充币地址; Binance: 保存并分享地址).
  '充币地址', '充幣地址', '最小充币', '最小充幣', '充币到账', '充幣到賬', 'Deposit arrival',
  '保存并分享地址', '保存並分享地址', 'Save and Share Address',
];

/** The coin picker and chain chooser: the withdraw page has them too, so never enough alone. */
export const DEPOSIT_SHARED = ['选择币种', '選擇幣種', 'Select Coin', 'Select Crypto', '链名称', '鏈名稱', '选择网络', '選擇網絡', 'Select Network', '确认数', '確認數', 'Confirmations'];

export const DEPOSIT_DISTINCTIVE = [...DEPOSIT_ONLY, ...DEPOSIT_SHARED];

/** Deposit titles Gate uses besides 充值 (zh-Hant help pages say 儲值). */
export const DEPOSIT_TITLES = ['儲值', '儲值記錄', '儲值紀錄', '链上充值', '鏈上充值', '充币', '充幣', '充币记录', '充幣記錄'];

/**
 * Where an activity page names its subject coin (Gate's and other exchanges' spellings): "请将 X
 * 汇入如下地址" / "Send only X to this address", a title "充值 X" / "Deposit X", a pair "X/USDT" as
 * a line of its own. A coin named there is what the page is about; a coin only in a list beside
 * others (a "popular coins" row, an asset list) is not. Each pattern's group 1 is the symbol as read.
 */
export const SUBJECT_PATTERNS: readonly RegExp[] = [
  /(?:请将|請將)\s*([A-Za-z][A-Za-z0-9]{1,11})\s*(?:汇入|匯入|充值|充入|转入|轉入)/,
  // OCR drops the spaces and misreads "only" ("Sendonty UsDTtothis address").
  /send\s*(?:on[a-z]{1,2}\s*)?([A-Za-z][A-Za-z0-9]{1,11}?)\s*to\s*th[a-z]s\s*add?ress/i,
  /^(?:充值|充币|充幣|儲值|deposit)\s*([A-Za-z][A-Za-z0-9]{1,11})$/i,
  /^\W{0,2}([A-Za-z][A-Za-z0-9]{1,11})\s*[/]\s*(?:USDT|USDC|BTC|ETH)$/,
];
