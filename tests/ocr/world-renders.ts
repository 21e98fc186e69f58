/**
 * Screenshots that look like the world, made here (no real screenshot is copied): Gate's app and web
 * pages in zh-Hans, zh-Hant and en — deposit address, deposit records, spot trade, order history,
 * CandyDrop, and the look-alikes that prove nothing (withdraw form, asset overview, a Square post
 * that talks about WXTM); other exchanges' deposit and withdraw pages (OKX-like, Binance-like).
 * Coins sit in 13 px cells beside a round coin icon, as apps draw them.
 *
 * What writers do to their pictures is applied on top: device pixel ratios 1.5–3, JPEG quality
 * 60–90, dark themes, Android or iOS status bars, a red box drawn around the proof, a mosaic over
 * the address (and over the QR code), crops, a small rotation, a messenger's downscale.
 *
 * Used by scripts/bench-renders.ts (split into a development and a test half) and by a few unit
 * tests (tests/ocr/node/world.test.ts).
 */
import sharp from 'sharp';
import { qrPng } from './qr-code';

export const ADDRESSES = {
  evm: '0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE',
  tron: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
} as const;

export type RenderLang = 'zh-Hans' | 'zh-Hant' | 'en';

export interface Look {
  lang: RenderLang;
  coin: string;
  dark?: boolean;
  /** Output pixels per CSS px. */
  dpr?: number;
  /** JPEG quality; PNG when undefined on desktop pages. */
  quality?: number;
  /** iOS ("9:41 … 87%") or Android ("12:30 … 4G 65%") status bar. */
  statusBar?: 'ios' | 'android';
  /** A red box the writer drew around the proof. */
  redBox?: boolean;
  /** Mosaic over the address ('address') or over the address and the QR code ('address+qr'). */
  mosaic?: 'address' | 'address+qr';
  /** Part of the screen only, as fractions of its height. */
  crop?: { top: number; bottom: number };
  /** Degrees (a tilted re-save). */
  rotate?: number;
  /** Shrunk to this many pixels wide (a messenger's recompression). */
  downscaleTo?: number;
}

type Words = Record<string, string>;

/** Gate app's words per language (Gate's help pages and app; zh-Hant keeps 充值 as the app does). */
const GATE: Record<RenderLang, Words> = {
  'zh-Hans': {
    deposit: '充值', onchain: '地址充值', internal: '站内转账', pick: '选择币种', notArrived: '充值没到账?', chain: '链名称',
    erc: '以太坊ERC20', trc: '波场TRC20', sendTo: '请将{c}汇入如下地址', saveQr: '保存二维码', copy: '复制', notes: '充值须知',
    minDep: '最小充值数量 10 {c},小于该数量将无法到账', confirms: '充值需要 64 个网络确认后到账',
    records: '充值记录', allCoins: '全部币种', last30: '近30天', done: '已完成', amount: '数量', time: '时间', txid: '交易哈希',
    withdraw: '提现', onchainW: '链上提现', wAddr: '提现地址', wHint: '请输入或长按粘贴地址', wMin: '最小提现数量 20', all: '全部',
    avail: '可用余额', fee: '手续费', receive: '实际到账', submitW: '申请提现',
    buy: '买入', sell: '卖出', limit: '限价', price: '价格', availShort: '可用', open: '当前委托', history: '历史委托',
    orderPrice: '委托价格', orderAmt: '委托数量', filled: '已成交', side: '方向', avgPrice: '成交均价', pair: '币对', spot: '现货',
    pool: '奖池', people: '参与人数', registered: '已报名', tasks: '任务', myRewards: '我的奖励', goDo: '去完成', invite: '邀请好友报名',
    assets: '资产', total: '总资产估值', transfer: '划转', hot: '热门币种',
    okxDeposit: '充币', okxCoin: '币种', okxNet: '网络', okxAddr: '充币地址', okxMin: '最小充币数量', okxArrive: '充币到账时间 约 3 分钟',
    okxWithdraw: '提币', okxWAddr: '提币地址', okxWFee: '网络手续费', okxWGet: '到账数量', okxWBtn: '下一步',
    bnDeposit: '充值 {c}', bnNet: '网络', bnAddr: '充值地址', bnShare: '保存并分享地址', bnMin: '最小充值数量',
  },
  'zh-Hant': {
    deposit: '充值', onchain: '地址充值', internal: '站內轉賬', pick: '選擇幣種', notArrived: '充值沒到賬?', chain: '鏈名稱',
    erc: '以太坊ERC20', trc: '波場TRC20', sendTo: '請將{c}匯入如下地址', saveQr: '保存二維碼', copy: '複製', notes: '充值須知',
    minDep: '最小充值數量 10 {c},小於該數量將無法到賬', confirms: '充值需要 64 個網絡確認後到賬',
    records: '充值記錄', allCoins: '全部幣種', last30: '近30天', done: '已完成', amount: '數量', time: '時間', txid: '交易哈希',
    withdraw: '提現', onchainW: '鏈上提現', wAddr: '提現地址', wHint: '請輸入或長按貼上地址', wMin: '最小提現數量 20', all: '全部',
    avail: '可用餘額', fee: '手續費', receive: '實際到賬', submitW: '申請提現',
    buy: '買入', sell: '賣出', limit: '限價', price: '價格', availShort: '可用', open: '當前委託', history: '歷史委託',
    orderPrice: '委託價格', orderAmt: '委託數量', filled: '已成交', side: '方向', avgPrice: '成交均價', pair: '幣對', spot: '現貨',
    pool: '獎池', people: '參與人數', registered: '已報名', tasks: '任務', myRewards: '我的獎勵', goDo: '去完成', invite: '邀請好友報名',
    assets: '資產', total: '總資產估值', transfer: '劃轉', hot: '熱門幣種',
    okxDeposit: '充幣', okxCoin: '幣種', okxNet: '網絡', okxAddr: '充幣地址', okxMin: '最小充幣數量', okxArrive: '充幣到賬時間 約 3 分鐘',
    okxWithdraw: '提幣', okxWAddr: '提幣地址', okxWFee: '網絡手續費', okxWGet: '到賬數量', okxWBtn: '下一步',
    bnDeposit: '充值 {c}', bnNet: '網絡', bnAddr: '充值地址', bnShare: '保存並分享地址', bnMin: '最小充值數量',
  },
  en: {
    deposit: 'Deposit', onchain: 'On-chain Deposit', internal: 'Internal Transfer', pick: 'Select Coin', notArrived: 'Deposit not received?',
    chain: 'Network', erc: 'Ethereum ERC20', trc: 'Tron TRC20', sendTo: 'Send only {c} to this address', saveQr: 'Save QR Code', copy: 'Copy',
    notes: 'Deposit Notes', minDep: 'Minimum deposit 10 {c}. Smaller amounts will not arrive', confirms: 'Arrives after 64 network confirmations',
    records: 'Deposit Records', allCoins: 'All Coins', last30: 'Last 30 days', done: 'Completed', amount: 'Amount', time: 'Time', txid: 'TxID',
    withdraw: 'Withdraw', onchainW: 'On-chain Withdrawal', wAddr: 'Withdrawal Address', wHint: 'Enter or paste an address', wMin: 'Minimum withdrawal 20',
    all: 'All', avail: 'Available Balance', fee: 'Network Fee', receive: 'Receive Amount', submitW: 'Withdraw',
    buy: 'Buy', sell: 'Sell', limit: 'Limit', price: 'Price', availShort: 'Available', open: 'Open Orders', history: 'Order History',
    orderPrice: 'Order Price', orderAmt: 'Order Amount', filled: 'Filled', side: 'Side', avgPrice: 'Avg. Price', pair: 'Pair', spot: 'Spot',
    pool: 'Prize Pool', people: 'Participants', registered: 'Registered', tasks: 'Tasks', myRewards: 'My Rewards', goDo: 'Go', invite: 'Invite friends',
    assets: 'Assets', total: 'Total Balance', transfer: 'Transfer', hot: 'Popular',
    okxDeposit: 'Deposit', okxCoin: 'Crypto', okxNet: 'Network', okxAddr: 'Deposit address', okxMin: 'Minimum deposit', okxArrive: 'Deposit arrival about 3 min',
    okxWithdraw: 'Withdraw', okxWAddr: 'Withdrawal address', okxWFee: 'Network fee', okxWGet: 'Amount received', okxWBtn: 'Next',
    bnDeposit: 'Deposit {c}', bnNet: 'Network', bnAddr: 'Deposit Address', bnShare: 'Save and Share Address', bnMin: 'Minimum deposit',
  },
};

const FONT: Record<RenderLang, string> = { 'zh-Hans': 'Noto Sans CJK SC', 'zh-Hant': 'Noto Sans CJK TC', en: 'Noto Sans CJK SC' };
const INK = '#1f2329';
const GRAY = '#8a919f';
const BLUE = '#2354e6';
const GREEN = '#0ecb81';
const RED = '#f6465d';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

class Canvas {
  parts: string[] = [];
  /** Boxes (CSS px) of the address text and the QR code, for the mosaic. */
  address?: { x: number; y: number; w: number; h: number };
  qr?: { x: number; y: number; w: number; h: number };
  /** The region a writer would circle in red. */
  proof?: { x: number; y: number; w: number; h: number };
  constructor(readonly look: Look, readonly w: Words) {}
  word(key: string): string {
    return (this.w[key] ?? key).replaceAll('{c}', this.look.coin);
  }
  text(x: number, y: number, size: number, s: string, weight = 400, fill = INK): this {
    this.parts.push(`<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="${FONT[this.look.lang]}, sans-serif">${esc(s)}</text>`);
    return this;
  }
  rect(x: number, y: number, w: number, h: number, fill: string, rx = 8): this {
    this.parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}"/>`);
    return this;
  }
  /** A round coin icon with its initial, as apps draw it just left of the symbol. */
  icon(x: number, y: number, r: number, coin: string): this {
    const hue = [...coin].reduce((a, c) => a + c.charCodeAt(0) * 37, 0) % 360;
    this.parts.push(`<circle cx="${x + r}" cy="${y - r * 0.7}" r="${r}" fill="hsl(${hue},70%,45%)"/>`);
    this.parts.push(`<text x="${x + r * 0.45}" y="${y - r * 0.25}" font-size="${r * 1.2}" font-weight="700" fill="#fff" font-family="sans-serif">${esc(coin[0])}</text>`);
    return this;
  }
  /** A coin beside its icon, in a cell. */
  coin(x: number, y: number, size: number, coin: string, weight = 600): this {
    return this.icon(x, y, size * 0.7, coin).text(x + size * 1.7, y, size, coin, weight);
  }
  async qrCode(x: number, y: number, size: number, text: string): Promise<this> {
    const png = (await qrPng(text, 5)).toString('base64');
    this.parts.push(`<image x="${x}" y="${y}" width="${size}" height="${size}" href="data:image/png;base64,${png}"/>`);
    this.qr = { x, y, w: size, h: size };
    return this;
  }
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

function statusBar(c: Canvas): void {
  if (c.look.statusBar === 'android') c.text(16, 18, 12, '12:30').text(300, 18, 11, '4G ▲▼ 65%');
  else c.text(20, 18, 13, '9:41', 600).text(330, 18, 12, '5G 87%');
}

async function finish(c: Canvas, size: { width: number; height: number }, png = false): Promise<Buffer> {
  const { look } = c;
  const dpr = look.dpr ?? 3;
  const bg = look.dark ? '#0b0e11' : '#ffffff';
  const extra: string[] = [];
  const box = (b: { x: number; y: number; w: number; h: number }) => {
    // Blocks of 8 CSS px, each a gray close to the background (what a mosaic tool leaves).
    const cells: string[] = [];
    for (let y = b.y; y < b.y + b.h; y += 8) {
      for (let x = b.x; x < b.x + b.w; x += 8) {
        const v = look.dark ? 40 + ((x * 7 + y * 13) % 50) : 170 + ((x * 7 + y * 13) % 60);
        cells.push(`<rect x="${x}" y="${y}" width="8" height="8" fill="rgb(${v},${v},${v})"/>`);
      }
    }
    return cells.join('');
  };
  if (look.mosaic && c.address) extra.push(box(c.address));
  if (look.mosaic === 'address+qr' && c.qr) extra.push(box(c.qr));
  if (look.redBox && c.proof) {
    const p = c.proof;
    extra.push(`<rect x="${p.x - 4}" y="${p.y - 4}" width="${p.w + 8}" height="${p.h + 8}" rx="4" fill="none" stroke="#ff2d2d" stroke-width="3"/>`);
  }
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.round(size.width * dpr)}" height="${Math.round(size.height * dpr)}" viewBox="0 0 ${size.width} ${size.height}">
    <rect width="100%" height="100%" fill="${bg}"/>${c.parts.join('')}${extra.join('')}</svg>`;
  if (look.dark) svg = svg.replaceAll(INK, '#eaecef').replaceAll('#f5f6f8', '#1e2329').replaceAll('#e8efff', '#1c2a4a');
  let img = sharp(Buffer.from(svg));
  if (look.crop) {
    const H = Math.round(size.height * dpr);
    const top = Math.round(H * look.crop.top);
    const raw = await img.png().toBuffer();
    img = sharp(raw).extract({ left: 0, top, width: Math.round(size.width * dpr), height: Math.round(H * look.crop.bottom) - top });
  }
  if (look.rotate) {
    const raw = await img.png().toBuffer();
    img = sharp(raw).rotate(look.rotate, { background: bg });
  }
  if (look.downscaleTo) {
    const raw = await img.png().toBuffer();
    img = sharp(raw).resize({ width: look.downscaleTo });
  }
  return png && look.quality === undefined ? img.png().toBuffer() : img.jpeg({ quality: look.quality ?? 82 }).toBuffer();
}

// ---------------------------------------------------------------------------------------------
// Gate's app

export async function gateDeposit(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  c.text(16, 58, 18, '‹').text(170, 58, 17, c.word('deposit'), 600);
  c.text(24, 100, 15, c.word('onchain'), 600).text(look.lang === 'en' ? 180 : 120, 100, 15, c.word('internal'), 400, GRAY);
  c.text(24, 140, 13, c.word('pick'), 400, GRAY);
  c.rect(20, 150, 350, 44, '#f5f6f8').coin(34, 178, 16, look.coin).text(look.lang === 'en' ? 232 : 290, 178, 12, c.word('notArrived'), 400, BLUE);
  c.text(24, 222, 13, c.word('chain'), 400, GRAY);
  c.rect(20, 232, 120, 32, '#e8efff', 6).text(30, 253, 12, c.word('erc'), 400, BLUE);
  c.rect(150, 232, 100, 32, '#f5f6f8', 6).text(160, 253, 12, c.word('trc'));
  c.text(24, 296, 14, c.word('sendTo'), 600);
  await c.qrCode(120, 310, 150, ADDRESSES.evm);
  c.text(24, 490, 12, ADDRESSES.evm.slice(0, 22)).text(24, 508, 12, ADDRESSES.evm.slice(22));
  c.address = { x: 20, y: 476, w: 200, h: 38 };
  c.proof = { x: 20, y: 150, w: 350, h: 364 };
  c.rect(20, 528, 170, 40, '#f5f6f8').text(60, 553, 14, c.word('saveQr'));
  c.rect(200, 528, 170, 40, BLUE).text(268, 553, 14, c.word('copy'), 400, '#ffffff');
  c.text(24, 606, 14, c.word('notes'), 600);
  c.text(24, 630, 12, c.word('minDep'), 400, GRAY).text(24, 650, 12, c.word('confirms'), 400, GRAY);
  return finish(c, PHONE);
}

/** A USDT deposit page whose coin picker shows popular coins, WXTM among them: no proof for WXTM. */
export async function gateDepositHotList(look: Look): Promise<Buffer> {
  const c = new Canvas({ ...look, coin: 'USDT' }, GATE[look.lang]);
  statusBar(c);
  c.text(16, 58, 18, '‹').text(170, 58, 17, c.word('deposit'), 600);
  c.text(24, 100, 13, c.word('pick'), 400, GRAY);
  c.rect(20, 110, 350, 44, '#f5f6f8').coin(34, 138, 16, 'USDT');
  c.text(24, 182, 12, c.word('hot'), 400, GRAY);
  ['BTC', 'ETH', 'WXTM', 'SOL'].forEach((coin, i) => c.rect(20 + i * 88, 192, 80, 28, '#f5f6f8', 6).coin(28 + i * 88, 211, 11, coin, 400));
  c.text(24, 250, 13, c.word('chain'), 400, GRAY);
  c.rect(20, 260, 120, 32, '#e8efff', 6).text(30, 281, 12, c.word('trc'), 400, BLUE);
  c.text(24, 322, 14, c.word('sendTo'), 600);
  await c.qrCode(120, 336, 150, ADDRESSES.tron);
  c.text(24, 512, 12, ADDRESSES.tron);
  c.address = { x: 20, y: 498, w: 280, h: 20 };
  c.rect(20, 540, 170, 40, '#f5f6f8').text(60, 565, 14, c.word('saveQr'));
  c.rect(200, 540, 170, 40, BLUE).text(268, 565, 14, c.word('copy'), 400, '#ffffff');
  c.text(24, 618, 14, c.word('notes'), 600);
  return finish(c, PHONE);
}

export function gateRecords(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  c.text(16, 58, 18, '‹').text(150, 58, 17, c.word('records'), 600);
  c.text(24, 100, 13, c.word('allCoins'), 400, GRAY).text(150, 100, 13, c.word('last30'), 400, GRAY);
  for (let i = 0; i < 3; i++) {
    const y = 150 + i * 120;
    c.coin(24, y, 13, look.coin).text(300, y, 13, c.word('done'), 400, GREEN);
    c.text(24, y + 24, 12, c.word('amount'), 400, GRAY).text(230, y + 24, 12, `${(1250 - i * 300).toFixed(2)} ${look.coin}`);
    c.text(24, y + 46, 12, c.word('time'), 400, GRAY).text(230, y + 46, 12, `2025-08-0${8 + i} 1${i}:2${i}:05`);
    c.text(24, y + 68, 12, c.word('txid'), 400, GRAY).text(190, y + 68, 12, `0x9a${i}f…c3e${i}`);
  }
  c.proof = { x: 20, y: 134, w: 350, h: 90 };
  return finish(c, PHONE);
}

export function gateWithdraw(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  c.text(16, 58, 18, '‹').text(170, 58, 17, c.word('withdraw'), 600);
  c.text(24, 100, 15, c.word('onchainW'), 600).text(look.lang === 'en' ? 200 : 120, 100, 15, c.word('internal'), 400, GRAY);
  c.text(24, 140, 13, c.word('pick'), 400, GRAY);
  c.rect(20, 150, 350, 44, '#f5f6f8').coin(34, 178, 16, look.coin);
  c.text(24, 222, 13, c.word('chain'), 400, GRAY);
  c.rect(20, 232, 120, 32, '#e8efff', 6).text(30, 253, 12, c.word('erc'), 400, BLUE);
  c.text(24, 296, 13, c.word('wAddr'), 400, GRAY);
  c.rect(20, 306, 350, 44, '#f5f6f8').text(34, 334, 13, c.word('wHint'), 400, '#b0b5bf');
  c.text(24, 378, 13, c.word('amount'), 400, GRAY);
  c.rect(20, 388, 350, 44, '#f5f6f8').text(34, 416, 13, c.word('wMin'), 400, '#b0b5bf').text(330, 416, 13, c.word('all'), 400, BLUE);
  c.text(24, 456, 12, `${c.word('avail')} 1,250.00 ${look.coin}`, 400, GRAY);
  c.text(24, 690, 13, c.word('fee'), 400, GRAY).text(280, 690, 13, `5 ${look.coin}`);
  c.text(24, 716, 13, c.word('receive'), 400, GRAY).text(280, 716, 13, `0 ${look.coin}`);
  c.rect(20, 740, 350, 46, BLUE).text(160, 769, 15, c.word('submitW'), 600, '#ffffff');
  c.proof = { x: 20, y: 150, w: 350, h: 44 };
  return finish(c, PHONE);
}

export function gateSpot(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  c.icon(24, 60, 10, look.coin).text(48, 60, 17, `${look.coin}/USDT`, 700).text(170, 60, 13, '+3.21%', 400, GREEN);
  c.text(24, 100, 14, c.word('buy'), 600, GREEN).text(90, 100, 14, c.word('sell'), 400, GRAY);
  c.text(24, 140, 12, c.word('limit'), 400, GRAY).text(24, 170, 13, `${c.word('price')} (USDT)`, 400, GRAY);
  c.text(24, 200, 13, `${c.word('amount')} (${look.coin})`, 400, GRAY).text(24, 230, 12, `${c.word('availShort')} 152.40 USDT`, 400, GRAY);
  c.rect(20, 250, 180, 40, GREEN).text(60, 275, 14, `${c.word('buy')} ${look.coin}`, 600, '#ffffff');
  c.text(230, 130, 11, c.word('price'), 400, GRAY).text(320, 130, 11, c.word('amount'), 400, GRAY);
  for (let i = 0; i < 5; i++) c.text(230, 150 + i * 20, 11, (0.0131 - i * 0.0001).toFixed(4), 400, RED).text(320, 150 + i * 20, 11, `${1200 + i * 37}`);
  for (let i = 0; i < 5; i++) c.text(230, 260 + i * 20, 11, (0.0125 - i * 0.0001).toFixed(4), 400, GREEN).text(320, 260 + i * 20, 11, `${900 + i * 53}`);
  c.text(24, 380, 14, `${c.word('open')}(1)`, 600).text(look.lang === 'en' ? 160 : 140, 380, 14, c.word('history'), 400, GRAY);
  c.text(24, 410, 13, `${look.coin}/USDT ${c.word('limit')} ${c.word('buy')}`);
  c.text(24, 432, 12, `${c.word('orderPrice')} 0.0125`, 400, GRAY).text(200, 432, 12, `${c.word('orderAmt')} 1,000`, 400, GRAY);
  c.proof = { x: 20, y: 40, w: 200, h: 30 };
  return finish(c, PHONE);
}

/** Order history: filled orders of the pair, in rows. */
export function gateOrders(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  c.text(16, 58, 18, '‹').text(150, 58, 17, c.word('history'), 600);
  c.text(24, 96, 13, c.word('spot'), 600).text(90, 96, 13, c.word('all'), 400, GRAY);
  for (let i = 0; i < 4; i++) {
    const y = 140 + i * 118;
    c.coin(24, y, 13, look.coin).text(24 + 13 * 1.7 + look.coin.length * 10.5, y, 13, "/USDT").text(300, y, 12, c.word('filled'), 400, GRAY);
    c.text(24, y + 24, 12, c.word('side'), 400, GRAY).text(230, y + 24, 12, i % 2 ? c.word('sell') : c.word('buy'), 400, i % 2 ? RED : GREEN);
    c.text(24, y + 46, 12, c.word('avgPrice'), 400, GRAY).text(230, y + 46, 12, (0.0125 + i * 0.0002).toFixed(4));
    c.text(24, y + 68, 12, `${c.word('amount')} (${look.coin})`, 400, GRAY).text(230, y + 68, 12, `${(1000 + i * 250).toLocaleString('en')}`);
  }
  c.proof = { x: 20, y: 124, w: 350, h: 90 };
  return finish(c, PHONE);
}

export function gateCandyDrop(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  const name = look.coin === 'WXTM' ? 'MinoTari' : look.coin === 'SAHARA' ? 'Sahara AI' : look.coin;
  statusBar(c);
  c.text(16, 58, 18, '‹').text(150, 58, 17, 'CandyDrop', 600);
  c.icon(24, 110, 12, look.coin).text(54, 110, 18, `${name} (${look.coin})`, 700);
  c.text(24, 140, 13, c.word('pool'), 400, GRAY).text(24, 164, 16, `70,000 ${look.coin}`, 600);
  c.text(220, 140, 13, c.word('people'), 400, GRAY).text(220, 164, 16, '18,532', 600);
  c.rect(20, 190, 350, 44, '#e8efff').text(160, 218, 15, c.word('registered'), 600, BLUE);
  c.text(24, 270, 15, c.word('tasks'), 600);
  c.text(24, 302, 13, `${c.word('deposit')} ${look.coin} ≥ 100`).text(310, 302, 12, c.word('goDo'), 400, BLUE);
  c.text(24, 334, 13, `${c.word('spot')} ${look.coin}/USDT ≥ 50 USDT`).text(310, 334, 12, c.word('goDo'), 400, BLUE);
  c.text(24, 366, 13, c.word('invite')).text(310, 366, 12, c.word('goDo'), 400, BLUE);
  c.text(24, 410, 15, c.word('myRewards'), 600).text(24, 436, 13, `0 ${look.coin}`);
  c.proof = { x: 20, y: 90, w: 350, h: 146 };
  return finish(c, PHONE);
}

/** Gate's app Launchpool page after staking: the project, its pool, my stake, APR, claim (the PUBLIC contest's proof). */
export function gateLaunchpool(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  const w = {
    'zh-Hans': { mine: '我的质押', staked: '已质押', apr: '年化收益率', est: '预估收益', claim: '领取', redeem: '赎回', records: '质押记录' },
    'zh-Hant': { mine: '我的質押', staked: '已質押', apr: '年化收益率', est: '預估收益', claim: '領取', redeem: '贖回', records: '質押記錄' },
    en: { mine: 'My Stakes', staked: 'Staked', apr: 'APR', est: 'Est. Rewards', claim: 'Claim', redeem: 'Redeem', records: 'Staking Records' },
  }[look.lang];
  statusBar(c);
  c.text(16, 58, 18, '‹').text(150, 58, 17, 'Launchpool', 600);
  c.icon(24, 110, 12, look.coin).text(54, 110, 18, `${look.coin}`, 700).text(260, 110, 13, w.records, 400, BLUE);
  c.text(24, 150, 13, w.apr, 400, GRAY).text(24, 174, 16, '128.55%', 600, GREEN);
  c.text(220, 150, 13, w.est, 400, GRAY).text(220, 174, 16, `12.40 ${look.coin}`, 600);
  c.text(24, 226, 15, w.mine, 600);
  c.rect(20, 240, 350, 110, '#f5f6f8');
  c.text(34, 268, 13, w.staked, 400, GRAY).text(230, 268, 13, '500 GT');
  c.text(34, 296, 13, w.est, 400, GRAY).text(230, 296, 13, `12.40 ${look.coin}`);
  c.rect(34, 312, 150, 30, BLUE, 6).text(90, 333, 13, w.claim, 400, '#ffffff');
  c.rect(200, 312, 150, 30, '#e8efff', 6).text(255, 333, 13, w.redeem, 400, BLUE);
  c.proof = { x: 20, y: 90, w: 350, h: 260 };
  return finish(c, PHONE);
}

/** The asset overview: a balance, deposit/withdraw/transfer buttons, a list of coins (WXTM among them). */
export function gateAssets(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  c.text(24, 60, 17, c.word('assets'), 600);
  c.text(24, 100, 13, `${c.word('total')} (USDT)`, 400, GRAY).text(24, 134, 26, '2,841.07', 700);
  ['deposit', 'withdraw', 'transfer'].forEach((k, i) => c.rect(20 + i * 118, 160, 110, 38, i === 0 ? BLUE : '#f5f6f8').text(40 + i * 118, 184, 14, c.word(k), 400, i === 0 ? '#ffffff' : INK));
  ['USDT', 'BTC', 'WXTM', 'ETH', 'GT'].forEach((coin, i) => {
    const y = 250 + i * 64;
    c.coin(24, y, 14, coin).text(260, y, 14, (1000 / (i + 1)).toFixed(2)).text(260, y + 20, 11, `≈ $${(900 / (i + 1)).toFixed(2)}`, 400, GRAY);
  });
  return finish(c, PHONE);
}

/** A Gate Square post about the contest: sentences, the tag, a deposit mentioned in prose. */
export function squarePost(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  const lines =
    look.lang === 'en'
      ? ['#WXTM Creative Contest#', 'I deposited WXTM on Gate yesterday and', 'joined the CandyDrop. The team keeps', 'shipping and the pool is big, so I am', 'trading a little WXTM/USDT every day.']
      : look.lang === 'zh-Hant'
        ? ['#WXTM創作大賽#', '昨天在Gate充值了WXTM,也報名了', 'CandyDrop。團隊一直在交付,獎池也很大,', '所以我每天都交易一點WXTM/USDT,', '大家一起來參加吧!']
        : ['#WXTM创作大赛#', '昨天在Gate充值了WXTM,也报名了', 'CandyDrop。团队一直在交付,奖池也很大,', '所以我每天都交易一点WXTM/USDT,', '大家一起来参加吧!'];
  c.icon(24, 80, 16, 'A').text(66, 76, 14, 'CryptoAnna', 600).text(66, 96, 11, '2025-08-14 10:32', 400, GRAY);
  lines.forEach((l, i) => c.text(24, 140 + i * 26, 15, l, i === 0 ? 600 : 400, i === 0 ? BLUE : INK));
  c.text(24, 300, 12, '♡ 128    💬 32    ↗ 9', 400, GRAY);
  return finish(c, PHONE);
}

// ---------------------------------------------------------------------------------------------
// Other exchanges (their layouts, made here)

export async function okxDeposit(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  c.text(16, 58, 18, '‹').text(160, 58, 17, `${c.word('okxDeposit')} ${look.coin}`, 600);
  c.text(24, 100, 13, c.word('okxCoin'), 400, GRAY).rect(20, 110, 350, 44, '#f5f6f8').coin(34, 138, 15, look.coin);
  c.text(24, 182, 13, c.word('okxNet'), 400, GRAY).rect(20, 192, 350, 44, '#f5f6f8').text(34, 220, 14, 'ERC20');
  await c.qrCode(130, 256, 130, ADDRESSES.evm);
  c.text(24, 414, 13, c.word('okxAddr'), 400, GRAY);
  c.text(24, 436, 13, ADDRESSES.evm.slice(0, 24)).text(24, 454, 13, ADDRESSES.evm.slice(24));
  c.address = { x: 20, y: 422, w: 230, h: 38 };
  c.rect(280, 424, 90, 32, '#f5f6f8', 16).text(300, 445, 13, c.word('copy'));
  c.text(24, 500, 12, `${c.word('okxMin')} 0.1 ${look.coin}`, 400, GRAY).text(24, 522, 12, c.word('okxArrive'), 400, GRAY);
  c.proof = { x: 20, y: 250, w: 350, h: 210 };
  return finish(c, PHONE);
}

export async function binanceDeposit(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  c.text(16, 58, 18, '‹').text(140, 58, 17, c.word('bnDeposit'), 600);
  await c.qrCode(110, 90, 170, ADDRESSES.tron);
  c.text(24, 300, 13, c.word('bnNet'), 400, GRAY).text(24, 322, 14, 'Tron (TRC20)', 600);
  c.text(24, 362, 13, c.word('bnAddr'), 400, GRAY).text(24, 384, 14, ADDRESSES.tron, 600);
  c.address = { x: 20, y: 368, w: 340, h: 22 };
  c.text(24, 430, 12, `${c.word('bnMin')}  0.01 ${look.coin}`, 400, GRAY);
  c.rect(20, 760, 350, 46, '#fcd535').text(look.lang === 'en' ? 110 : 140, 789, 15, c.word('bnShare'), 600);
  c.proof = { x: 20, y: 84, w: 350, h: 310 };
  return finish(c, PHONE);
}

export function okxWithdraw(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  statusBar(c);
  c.text(16, 58, 18, '‹').text(160, 58, 17, `${c.word('okxWithdraw')} ${look.coin}`, 600);
  c.text(24, 100, 13, c.word('okxNet'), 400, GRAY).rect(20, 110, 350, 44, '#f5f6f8').text(34, 138, 14, 'ERC20');
  c.text(24, 182, 13, c.word('okxWAddr'), 400, GRAY).rect(20, 192, 350, 44, '#f5f6f8').text(34, 220, 13, c.word('wHint'), 400, '#b0b5bf');
  c.text(24, 264, 13, c.word('amount'), 400, GRAY).rect(20, 274, 350, 44, '#f5f6f8').coin(34, 302, 13, look.coin, 400);
  c.text(24, 346, 12, `${c.word('okxWFee')} 4.2 ${look.coin}`, 400, GRAY);
  c.text(24, 700, 13, c.word('okxWGet'), 400, GRAY).text(260, 700, 13, `0 ${look.coin}`);
  c.rect(20, 740, 350, 46, INK).text(175, 769, 15, c.word('okxWBtn'), 600, '#ffffff');
  return finish(c, PHONE);
}

// ---------------------------------------------------------------------------------------------
// Gate's web pages (desktop)

function webChrome(c: Canvas): void {
  const nav = c.look.lang === 'en' ? ['Buy Crypto', 'Markets', 'Trade', 'Futures', 'Earn', 'Square', 'More'] : c.look.lang === 'zh-Hant' ? ['買幣', '行情', '交易', '合約', '理財', '廣場', '更多'] : ['买币', '行情', '交易', '合约', '理财', '广场', '更多'];
  c.text(24, 36, 20, 'Gate', 800, BLUE);
  nav.forEach((n, i) => c.text(110 + i * 92, 36, 14, n));
  c.text(1030, 36, 14, c.word('deposit')).text(1110, 36, 14, c.word('assets'));
}

export async function gateWebDeposit(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  webChrome(c);
  c.text(80, 110, 26, c.word('onchain'), 700);
  c.text(80, 160, 14, c.word('pick'), 400, GRAY).rect(80, 172, 480, 48, '#f5f6f8').coin(96, 203, 16, look.coin);
  c.text(80, 252, 14, c.word('chain'), 400, GRAY).rect(80, 264, 480, 48, '#f5f6f8').text(96, 295, 15, c.word('erc'));
  c.text(80, 346, 15, c.word('sendTo'), 600);
  await c.qrCode(80, 364, 140, ADDRESSES.evm);
  c.text(240, 420, 15, ADDRESSES.evm).rect(240, 440, 100, 34, BLUE, 6).text(270, 462, 14, c.word('copy'), 400, '#ffffff');
  c.address = { x: 236, y: 402, w: 380, h: 24 };
  c.text(720, 110, 18, c.word('notes'), 600);
  c.text(720, 150, 13, c.word('minDep'), 400, GRAY).text(720, 176, 13, c.word('confirms'), 400, GRAY);
  c.text(720, 250, 18, c.word('records'), 600);
  for (let i = 0; i < 3; i++) {
    const y = 290 + i * 36;
    c.coin(720, y, 13, look.coin).text(840, y, 13, `${(500 + i * 125).toFixed(2)}`).text(940, y, 13, c.word('done'), 400, GREEN).text(1040, y, 13, `2025-08-1${i} 09:1${i}`);
  }
  c.proof = { x: 76, y: 160, w: 540, h: 320 };
  return finish(c, DESKTOP, true);
}

export function gateWebOrders(look: Look): Promise<Buffer> {
  const c = new Canvas(look, GATE[look.lang]);
  webChrome(c);
  c.text(80, 110, 24, c.word('history'), 700);
  const cols = ['time', 'pair', 'side', 'avgPrice', 'amount', 'filled'];
  cols.forEach((k, i) => c.text(80 + i * 180, 160, 13, c.word(k), 400, GRAY));
  for (let r = 0; r < 6; r++) {
    const y = 200 + r * 40;
    c.text(80, y, 13, `2025-08-1${r} 1${r}:0${r}:4${r}`);
    c.coin(260, y, 13, look.coin, 400).text(260 + 13 * 1.7 + look.coin.length * 9.5, y, 13, '/USDT');
    c.text(440, y, 13, r % 2 ? c.word('sell') : c.word('buy'), 400, r % 2 ? RED : GREEN);
    c.text(620, y, 13, (0.0121 + r * 0.0003).toFixed(4)).text(800, y, 13, `${1000 + r * 120}`).text(980, y, 13, c.word('filled'));
  }
  c.proof = { x: 76, y: 180, w: 1100, h: 100 };
  return finish(c, DESKTOP, true);
}
