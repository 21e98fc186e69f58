/**
 * Screenshots that look like the world, made here (no real screenshot is copied): Gate's app and web
 * pages in zh-Hans, zh-Hant and en — deposit address, deposit records (one coin, or mixed coins),
 * spot trade, order history, CandyDrop, Launchpool, and the look-alikes that prove nothing (withdraw
 * form, asset overview, login page, API key management, the account menu, a Square post); other
 * exchanges' deposit and withdraw pages (OKX-like, Binance-like). Coins sit in 13 px cells beside a
 * round coin icon, as apps draw them.
 *
 * Every UI word a render draws is looked up in tests/ocr/gate-ui-strings.ts (page, role, language),
 * where each has the public page it was read on; a role with no string in a language is left out of
 * that language's render rather than invented here. What is not a UI word is data: coin symbols,
 * project names, chain names (NETWORKS), numbers, addresses, times, a writer's own post text.
 *
 * What writers do to their pictures is applied on top: device pixel ratios 1–3, phone widths
 * 360–430 CSS px, JPEG quality 60–90, dark themes, Android or iOS status bars, a red box drawn
 * around the proof, a mosaic over the address (and over the QR code), crops, a small rotation, a
 * messenger's downscale.
 *
 * Used by scripts/bench-renders.ts (split into a development and a test half), by a few unit tests
 * (tests/ocr/node/world.test.ts, staking.test.ts) and for a few e2e fixtures (worldFixtures() in
 * tests/ocr/world-cases.ts).
 */
import sharp from 'sharp';
import { NETWORKS, uiText, type UiLang, type UiPage } from './gate-ui-strings';
import { qrPng } from './qr-code';

export const ADDRESSES = {
  evm: '0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE',
  tron: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE',
} as const;

export type RenderLang = UiLang;

export interface Look {
  lang: RenderLang;
  coin: string;
  dark?: boolean;
  /** Output pixels per CSS px. */
  dpr?: number;
  /** Phone screen width in CSS px (360–430); 390 when undefined. Desktop pages are 1280 wide. */
  width?: number;
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

const FONT: Record<RenderLang, string> = { 'zh-Hans': 'Noto Sans CJK SC', 'zh-Hant': 'Noto Sans CJK TC', en: 'Noto Sans CJK SC' };
const INK = '#1f2329';
const GRAY = '#8a919f';
const BLUE = '#2354e6';
const GREEN = '#0ecb81';
const RED = '#f6465d';
const FIELD = '#f5f6f8';
const CHIP = '#e8efff';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Box = { x: number; y: number; w: number; h: number };

class Canvas {
  parts: string[] = [];
  /** Boxes (CSS px) of the address text and the QR code, for the mosaic. */
  address?: Box;
  qr?: Box;
  /** The region a writer would circle in red. */
  proof?: Box;
  constructor(
    readonly look: Look,
    /** CSS width of the page. */
    readonly W: number,
    readonly H: number,
  ) {}
  /** The page's word for a role in this render's language ({c} → the coin), if one was collected. */
  t(page: UiPage, role: string): string | undefined {
    return uiText(page, role, this.look.lang)?.replaceAll('{c}', this.look.coin);
  }
  /** The same, for roles every language has (titles, buttons); a missing one is a bug in the table. */
  T(page: UiPage, role: string): string {
    const s = this.t(page, role);
    if (s === undefined) throw new Error(`no ${this.look.lang} string for ${page}/${role} in gate-ui-strings.ts`);
    return s;
  }
  text(x: number, y: number, size: number, s: string, weight = 400, fill = INK, anchor: 'start' | 'middle' | 'end' = 'start'): this {
    const a = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
    this.parts.push(
      `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${a} font-family="${FONT[this.look.lang]}, sans-serif">${esc(s)}</text>`,
    );
    return this;
  }
  /** Text drawn only when the role has a string in this language. */
  opt(x: number, y: number, size: number, page: UiPage, role: string, weight = 400, fill = INK, anchor: 'start' | 'middle' | 'end' = 'start'): this {
    const s = this.t(page, role);
    return s === undefined ? this : this.text(x, y, size, s, weight, fill, anchor);
  }
  rect(x: number, y: number, w: number, h: number, fill: string, rx = 8): this {
    this.parts.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}"/>`);
    return this;
  }
  line(x1: number, y1: number, x2: number, y2: number, stroke = '#e6e8ea'): this {
    this.parts.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${stroke}" stroke-width="1"/>`);
    return this;
  }
  /** A round coin icon with its initial, as apps draw it just left of the symbol. */
  icon(x: number, y: number, r: number, coin: string): this {
    const hue = [...coin].reduce((a, c) => a + c.charCodeAt(0) * 37, 0) % 360;
    this.parts.push(`<circle cx="${x + r}" cy="${y - r * 0.7}" r="${r}" fill="hsl(${hue},70%,45%)"/>`);
    this.parts.push(
      `<text x="${x + r * 0.45}" y="${y - r * 0.25}" font-size="${r * 1.2}" font-weight="700" fill="#fff" font-family="sans-serif">${esc(coin[0])}</text>`,
    );
    return this;
  }
  /** A coin beside its icon, in a cell. */
  coin(x: number, y: number, size: number, coin: string, weight = 600): this {
    return this.icon(x, y, size * 0.7, coin).text(x + size * 1.7, y, size, coin, weight);
  }
  async qrCode(x: number, y: number, size: number, text: string): Promise<this> {
    const png = (await qrPng(text, 5)).toString('base64');
    // Apps draw the code on a white card in both themes.
    this.parts.push(`<rect x="${x - 8}" y="${y - 8}" width="${size + 16}" height="${size + 16}" rx="8" fill="#ffffff"/>`);
    this.parts.push(`<image x="${x}" y="${y}" width="${size}" height="${size}" href="data:image/png;base64,${png}"/>`);
    this.qr = { x, y, w: size, h: size };
    return this;
  }
}

const DESKTOP = { width: 1280, height: 800 };

function phone(look: Look): Canvas {
  const W = look.width ?? 390;
  return new Canvas(look, W, Math.round(W * 2.164));
}

function statusBar(c: Canvas): void {
  if (c.look.statusBar === 'android') c.text(16, 18, 12, '12:30').text(c.W - 16, 18, 11, '4G ▲▼ 65%', 400, INK, 'end');
  else c.text(20, 18, 13, '9:41', 600).text(c.W - 20, 18, 12, '5G 87%', 400, INK, 'end');
}

/** The back arrow and a title in the middle of the app's top bar. */
function topBar(c: Canvas, title: string): void {
  c.text(16, 58, 18, '‹').text(c.W / 2, 58, 17, title, 600, INK, 'middle');
}

async function finish(c: Canvas, png = false): Promise<Buffer> {
  const { look } = c;
  const size = { width: c.W, height: c.H };
  const dpr = look.dpr ?? 3;
  const bg = look.dark ? '#0b0e11' : '#ffffff';
  const extra: string[] = [];
  const box = (b: Box) => {
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
  if (look.dark) svg = svg.replaceAll(INK, '#eaecef').replaceAll(FIELD, '#1e2329').replaceAll(CHIP, '#1c2a4a').replaceAll('#e6e8ea', '#2b3139');
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

/** Two buttons side by side at the bottom of a form (the first one filled). */
function buttons(c: Canvas, y: number, left: string, right: string): void {
  const w = (c.W - 50) / 2;
  c.rect(20, y, w, 40, FIELD).text(20 + w / 2, y + 25, 14, left, 400, INK, 'middle');
  c.rect(30 + w, y, w, 40, BLUE).text(30 + w + w / 2, y + 25, 14, right, 400, '#ffffff', 'middle');
}

// ---------------------------------------------------------------------------------------------
// Gate's app

/** The deposit page before a network is chosen: the coin picker, the networks, the address and its QR. */
export async function gateDeposit(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  topBar(c, c.T('deposit', 'title'));
  c.opt(24, 100, 15, 'deposit', 'tabOnchain', 600);
  c.text(24, 140, 13, c.T('deposit', 'coinLabel'), 400, GRAY);
  c.rect(20, 150, W - 40, 44, FIELD)
    .coin(34, 178, 16, look.coin)
    .text(W - 36, 178, 14, '›', 400, GRAY);
  c.text(24, 222, 13, c.T('deposit', 'networkLabel'), 400, GRAY);
  c.rect(20, 232, 150, 32, CHIP, 6).text(30, 253, 12, NETWORKS.erc20, 400, BLUE);
  c.rect(180, 232, 120, 32, FIELD, 6).text(190, 253, 12, NETWORKS.trc20);
  c.text(24, 296, 14, c.T('deposit', 'addressLabel'), 600);
  await c.qrCode((W - 150) / 2, 312, 150, ADDRESSES.evm);
  c.text(24, 490, 12, ADDRESSES.evm.slice(0, 22)).text(24, 508, 12, ADDRESSES.evm.slice(22));
  c.address = { x: 20, y: 476, w: 200, h: 38 };
  c.proof = { x: 20, y: 150, w: W - 40, h: 364 };
  buttons(c, 528, c.T('deposit', 'saveQr'), c.T('deposit', 'copy'));
  c.text(24, 606, 12, `${c.T('deposit', 'minDeposit')} 10 ${look.coin}`, 400, GRAY);
  c.text(24, 628, 12, `${c.T('deposit', 'confirmations')} 64`, 400, GRAY);
  return finish(c);
}

/**
 * The deposit page of one coin on one network, as a phone shows it after both are picked: "Deposit
 * WXTM" on top, the network line (Ethereum (ERC20)), the QR code with the coin-only notice under it,
 * the address, the minimum (10 WXTM) and the confirmations.
 */
export async function gateDepositCoin(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  topBar(c, `${c.T('deposit', 'title')} ${look.coin}`);
  c.text(24, 100, 13, c.T('deposit', 'networkLabel'), 400, GRAY);
  c.rect(20, 110, W - 40, 44, FIELD)
    .text(34, 138, 14, NETWORKS.erc20, 600)
    .text(W - 36, 138, 14, '›', 400, GRAY);
  const q = 170;
  await c.qrCode((W - q) / 2, 182, q, ADDRESSES.evm);
  c.opt(W / 2, 382, 13, 'deposit', 'sendOnly', 600, RED, 'middle');
  c.text(24, 420, 13, c.T('deposit', 'addressLabel'), 400, GRAY);
  c.text(24, 442, 13, ADDRESSES.evm.slice(0, 24), 600).text(24, 460, 13, ADDRESSES.evm.slice(24), 600);
  c.address = { x: 20, y: 428, w: 230, h: 38 };
  c.rect(W - 86, 430, 66, 28, CHIP, 14).text(W - 53, 449, 12, c.T('deposit', 'copy'), 400, BLUE, 'middle');
  c.line(20, 480, W - 20, 480);
  c.text(24, 508, 12, c.T('deposit', 'minDeposit'), 400, GRAY).text(W - 24, 508, 12, `10 ${look.coin}`, 600, INK, 'end');
  c.text(24, 532, 12, c.T('deposit', 'confirmations'), 400, GRAY).text(W - 24, 532, 12, '64', 600, INK, 'end');
  if (c.t('deposit', 'contractAddress'))
    c.text(24, 556, 12, c.T('deposit', 'contractAddress'), 400, GRAY).text(W - 24, 556, 12, '0xfD36…2a47', 600, INK, 'end');
  c.proof = { x: 20, y: 40, w: W - 40, h: 430 };
  const b = c.H - 96;
  buttons(c, b, c.T('deposit', 'saveQr'), c.T('deposit', 'copy'));
  return finish(c);
}

/** A USDT deposit page whose coin picker shows popular coins, WXTM among them: no proof for WXTM. */
export async function gateDepositHotList(look: Look): Promise<Buffer> {
  const c = phone({ ...look, coin: 'USDT' });
  const W = c.W;
  statusBar(c);
  topBar(c, c.T('deposit', 'title'));
  c.text(24, 100, 13, c.T('deposit', 'coinLabel'), 400, GRAY);
  c.rect(20, 110, W - 40, 44, FIELD).coin(34, 138, 16, 'USDT');
  const cell = (W - 40) / 4;
  ['BTC', 'ETH', 'WXTM', 'SOL'].forEach((coin, i) => c.rect(20 + i * cell, 168, cell - 8, 28, FIELD, 6).coin(28 + i * cell, 187, 11, coin, 400));
  c.text(24, 230, 13, c.T('deposit', 'networkLabel'), 400, GRAY);
  c.rect(20, 240, 140, 32, CHIP, 6).text(30, 261, 12, NETWORKS.trc20, 400, BLUE);
  c.text(24, 306, 14, c.T('deposit', 'addressLabel'), 600);
  await c.qrCode((W - 150) / 2, 322, 150, ADDRESSES.tron);
  c.text(24, 502, 12, ADDRESSES.tron);
  c.address = { x: 20, y: 488, w: 280, h: 20 };
  buttons(c, 530, c.T('deposit', 'saveQr'), c.T('deposit', 'copy'));
  c.text(24, 606, 12, `${c.T('deposit', 'minDeposit')} 1 USDT`, 400, GRAY);
  return finish(c);
}

/** The app's records page reached from the deposit page; its tabs are the deposit and withdraw pages' own titles. */
function recordsHeader(c: Canvas): void {
  statusBar(c);
  topBar(c, c.t('deposit-records', 'titleApp') ?? c.T('deposit-records', 'title'));
  // Tabs: the deposit and withdraw titles (each sourced on its own page); the first one selected.
  c.text(24, 98, 14, c.T('deposit', 'title'), 600).rect(24, 106, 28, 3, BLUE, 1);
  c.text(110, 98, 14, c.T('withdraw', 'title'), 400, GRAY);
}

/** One coin's deposit records: three completed deposits. */
export function gateRecords(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  recordsHeader(c);
  c.opt(24, 136, 13, 'deposit-records', 'filterAll', 400, GRAY);
  for (let i = 0; i < 3; i++) {
    const y = 178 + i * 120;
    c.coin(24, y, 13, look.coin).text(W - 24, y, 13, c.T('deposit-records', 'statusDone'), 400, GREEN, 'end');
    c.text(24, y + 24, 12, c.T('deposit-records', 'colAmount'), 400, GRAY).text(
      W - 24,
      y + 24,
      12,
      `${(1250 - i * 300).toFixed(2)} ${look.coin}`,
      400,
      INK,
      'end',
    );
    c.text(24, y + 46, 12, c.T('deposit-records', 'colTime'), 400, GRAY).text(W - 24, y + 46, 12, `2025-08-0${8 + i} 1${i}:2${i}:05`, 400, INK, 'end');
    c.text(24, y + 68, 12, c.T('deposit-records', 'colTxid'), 400, GRAY).text(W - 24, y + 68, 12, `0x9a${i}f…c3e${i}`, 400, INK, 'end');
  }
  c.proof = { x: 20, y: 162, w: W - 40, h: 90 };
  return finish(c);
}

/**
 * Deposit records of all coins (the coin filter on "All"): the contest coin's rows among other
 * coins' rows, each with its amount, time and network. With another coin as `look.coin`, no WXTM
 * row at all.
 */
export function gateRecordsMixed(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  recordsHeader(c);
  const all = c.t('deposit-records', 'filterAll');
  if (all) c.rect(20, 122, 78, 26, FIELD, 13).text(32, 140, 12, `${all} ▾`);
  const coins = look.coin === 'WXTM' ? ['USDT', 'WXTM', 'BTC', 'WXTM', 'ETH'] : ['USDT', look.coin, 'ETH', 'SOL', look.coin];
  const amounts: Record<string, string> = { USDT: '250.00', WXTM: '1,200.00', BTC: '0.0150', ETH: '0.4200', SOL: '3.5000', DOGE: '800.00' };
  const nets: Record<string, string> = { USDT: NETWORKS.trc20, WXTM: NETWORKS.erc20, BTC: 'Bitcoin', ETH: NETWORKS.erc20, SOL: 'Solana', DOGE: 'Dogecoin' };
  const processing = c.t('deposit-records', 'statusProcessing');
  coins.forEach((coin, i) => {
    const y = 184 + i * 104;
    const done = !(i === 4 && processing && coin !== 'WXTM');
    c.coin(24, y, 13, coin).text(W - 24, y, 13, done ? c.T('deposit-records', 'statusDone') : processing!, 400, done ? GREEN : GRAY, 'end');
    c.text(24, y + 24, 12, c.T('deposit-records', 'colAmount'), 400, GRAY).text(W - 24, y + 24, 12, `${amounts[coin] ?? '100.00'} ${coin}`, 400, INK, 'end');
    c.text(24, y + 46, 12, c.T('deposit-records', 'colTime'), 400, GRAY).text(
      W - 24,
      y + 46,
      12,
      `2025-08-${String(11 - i).padStart(2, '0')} ${10 + i}:0${i}:3${i}`,
      400,
      INK,
      'end',
    );
    c.text(24, y + 68, 12, c.T('deposit-records', 'colNetwork'), 400, GRAY).text(W - 24, y + 68, 12, nets[coin] ?? NETWORKS.erc20, 400, INK, 'end');
    c.line(20, y + 82, W - 20, y + 82);
  });
  const first = coins.indexOf('WXTM');
  if (first >= 0) c.proof = { x: 20, y: 184 + first * 104 - 18, w: W - 40, h: 96 };
  return finish(c);
}

export function gateWithdraw(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  topBar(c, c.T('withdraw', 'title'));
  c.opt(24, 100, 15, 'withdraw', 'tabOnchain', 600);
  c.text(24, 140, 13, c.T('deposit', 'coinLabel'), 400, GRAY);
  c.rect(20, 150, W - 40, 44, FIELD).coin(34, 178, 16, look.coin);
  c.text(24, 222, 13, c.T('withdraw', 'networkLabel'), 400, GRAY);
  c.rect(20, 232, 150, 32, CHIP, 6).text(30, 253, 12, NETWORKS.erc20, 400, BLUE);
  c.text(24, 296, 13, c.T('withdraw', 'addressLabel'), 400, GRAY);
  c.rect(20, 306, W - 40, 44, FIELD);
  c.text(24, 378, 13, c.T('withdraw', 'amountLabel'), 400, GRAY);
  c.rect(20, 388, W - 40, 44, FIELD);
  const min = c.t('withdraw', 'minWithdraw');
  if (min) c.text(34, 416, 13, `${min} 20`, 400, '#b0b5bf');
  const bal = c.t('withdraw', 'balance');
  if (bal) c.text(24, 456, 12, `${bal} 1,250.00 ${look.coin}`, 400, GRAY);
  c.text(24, 690, 13, c.T('withdraw', 'fee'), 400, GRAY).text(W - 24, 690, 13, `5 ${look.coin}`, 400, INK, 'end');
  c.rect(20, 740, W - 40, 46, BLUE).text(W / 2, 769, 15, c.T('withdraw', 'submit'), 600, '#ffffff', 'middle');
  c.proof = { x: 20, y: 150, w: W - 40, h: 44 };
  return finish(c);
}

export function gateSpot(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  const right = W - 160;
  statusBar(c);
  c.icon(24, 60, 10, look.coin)
    .text(48, 60, 17, `${look.coin}/USDT`, 700)
    .text(58 + (look.coin.length + 5) * 10.5, 60, 13, '+3.21%', 400, GREEN);
  c.text(24, 100, 14, c.T('spot', 'buy'), 600, GREEN).text(90, 100, 14, c.T('spot', 'sell'), 400, GRAY);
  c.text(24, 136, 12, c.T('spot', 'limit'), 600).text(80, 136, 12, c.T('spot', 'market'), 400, GRAY);
  c.text(24, 170, 13, `${c.T('spot', 'price')} (USDT)`, 400, GRAY);
  c.text(24, 200, 13, `${c.T('spot', 'amount')} (${look.coin})`, 400, GRAY).text(24, 230, 12, `${c.T('spot', 'available')} 152.40 USDT`, 400, GRAY);
  c.rect(20, 250, right - 40, 40, GREEN).text(
    (right - 20) / 2 + 10,
    275,
    14,
    c.t('spot', 'buyCoin') ?? `${c.T('spot', 'buy')} ${look.coin}`,
    600,
    '#ffffff',
    'middle',
  );
  c.opt(right, 112, 11, 'spot', 'orderBook', 600);
  c.text(right, 130, 11, c.T('spot', 'price'), 400, GRAY).text(W - 20, 130, 11, c.T('spot', 'amount'), 400, GRAY, 'end');
  for (let i = 0; i < 5; i++)
    c.text(right, 150 + i * 20, 11, (0.0131 - i * 0.0001).toFixed(4), 400, RED).text(W - 20, 150 + i * 20, 11, `${1200 + i * 37}`, 400, INK, 'end');
  for (let i = 0; i < 5; i++)
    c.text(right, 260 + i * 20, 11, (0.0125 - i * 0.0001).toFixed(4), 400, GREEN).text(W - 20, 260 + i * 20, 11, `${900 + i * 53}`, 400, INK, 'end');
  c.text(24, 380, 14, `${c.T('spot', 'openOrders')}(1)`, 600).opt(W / 2, 380, 14, 'spot', 'history', 400, GRAY);
  c.text(24, 410, 13, `${look.coin}/USDT ${c.T('spot', 'limit')} ${c.T('spot', 'buy')}`);
  c.text(24, 432, 12, `${c.T('spot', 'price')} 0.0125`, 400, GRAY).text(W / 2, 432, 12, `${c.T('spot', 'amount')} 1,000`, 400, GRAY);
  c.proof = { x: 20, y: 40, w: 200, h: 30 };
  return finish(c);
}

/** Order history: filled orders of the pair, in rows. */
export function gateOrders(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  topBar(c, c.T('orders', 'title'));
  c.text(24, 96, 13, c.T('orders', 'spot'), 600).text(W / 2, 96, 13, c.T('orders', 'open'), 400, GRAY);
  for (let i = 0; i < 4; i++) {
    const y = 140 + i * 118;
    c.coin(24, y, 13, look.coin)
      .text(24 + 13 * 1.7 + look.coin.length * 10.5, y, 13, '/USDT')
      .text(W - 24, y, 12, c.T('orders', 'statusFilled'), 400, GRAY, 'end');
    c.opt(24, y + 24, 12, 'orders', 'colSide', 400, GRAY).text(
      W - 24,
      y + 24,
      12,
      i % 2 ? c.T('orders', 'sell') : c.T('orders', 'buy'),
      400,
      i % 2 ? RED : GREEN,
      'end',
    );
    c.text(24, y + 46, 12, c.T('orders', 'colPrice'), 400, GRAY).text(W - 24, y + 46, 12, (0.0125 + i * 0.0002).toFixed(4), 400, INK, 'end');
    c.text(24, y + 68, 12, `${c.T('orders', 'colAmount')} (${look.coin})`, 400, GRAY).text(
      W - 24,
      y + 68,
      12,
      `${(1000 + i * 250).toLocaleString('en')}`,
      400,
      INK,
      'end',
    );
  }
  c.proof = { x: 20, y: 124, w: W - 40, h: 90 };
  return finish(c);
}

export function gateCandyDrop(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  const name = look.coin === 'WXTM' ? 'MinoTari' : look.coin === 'SAHARA' ? 'Sahara AI' : look.coin;
  statusBar(c);
  topBar(c, c.T('candydrop', 'title'));
  c.icon(24, 110, 12, look.coin).text(54, 110, 18, `${name} (${look.coin})`, 700);
  c.opt(24, 134, 12, 'candydrop', 'tagline', 400, GRAY);
  c.text(24, 162, 13, c.T('candydrop', 'prizePool'), 400, GRAY).text(24, 186, 16, `70,000 ${look.coin}`, 600);
  c.rect(20, 204, W - 40, 44, CHIP).text(W / 2, 232, 15, c.T('candydrop', 'joined'), 600, BLUE, 'middle');
  c.opt(24, 284, 15, 'candydrop', 'task', 600);
  const candy = c.t('candydrop', 'candyValue');
  const row = (y: number, role: string, value: string) => {
    c.text(24, y, 13, c.T('candydrop', role));
    c.text(W - 24, y, 12, candy ? `${candy} ${value} ${look.coin}` : `1 ${c.T('candydrop', 'candies')}`, 400, BLUE, 'end');
  };
  row(316, 'taskSpot', '8.4');
  row(348, 'taskFutures', '22.1');
  row(380, 'taskInvite', '57');
  c.text(24, 426, 15, c.T('candydrop', 'candies'), 600).text(24, 452, 13, '3');
  c.proof = { x: 20, y: 90, w: W - 40, h: 160 };
  return finish(c);
}

/** Gate's app Launchpool page after staking: the project, its pool, my stake, claim (the PUBLIC contest's proof). */
export function gateLaunchpool(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  topBar(c, c.T('launchpool', 'title'));
  c.icon(24, 110, 12, look.coin)
    .text(54, 110, 18, `${look.coin}`, 700)
    .text(W - 24, 110, 13, c.T('launchpool', 'records'), 400, BLUE, 'end');
  c.opt(24, 136, 12, 'launchpool', 'tagline', 400, GRAY);
  c.text(24, 170, 13, c.T('launchpool', 'reward'), 400, GRAY).text(24, 194, 16, `12.40 ${look.coin}`, 600, GREEN);
  c.rect(20, 230, W - 40, 120, FIELD);
  c.text(34, 262, 13, c.T('launchpool', 'stake'), 400, GRAY).text(W - 34, 262, 13, '500 GT', 400, INK, 'end');
  c.text(34, 290, 13, c.T('launchpool', 'reward'), 400, GRAY).text(W - 34, 290, 13, `12.40 ${look.coin}`, 400, INK, 'end');
  const w = (W - 84) / 2;
  c.rect(34, 308, w, 30, BLUE, 6).text(34 + w / 2, 329, 13, c.T('launchpool', 'claim'), 400, '#ffffff', 'middle');
  c.rect(50 + w, 308, w, 30, CHIP, 6).text(50 + w + w / 2, 329, 13, c.T('launchpool', 'redeem'), 400, BLUE, 'middle');
  c.proof = { x: 20, y: 90, w: W - 40, h: 260 };
  return finish(c);
}

/** The asset overview: a balance, deposit/withdraw/transfer buttons, a list of coins (WXTM among them). */
export function gateAssets(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  c.text(24, 60, 17, c.T('assets', 'title'), 600).text(W - 24, 60, 13, c.T('assets', 'overview'), 400, GRAY, 'end');
  c.text(24, 100, 13, `${c.T('assets', 'total')} (USDT)`, 400, GRAY).text(24, 134, 26, '2,841.07', 700);
  const bw = (W - 56) / 3;
  (['deposit', 'withdraw', 'transfer'] as const).forEach((k, i) =>
    c
      .rect(20 + i * (bw + 8), 160, bw, 38, i === 0 ? BLUE : FIELD)
      .text(20 + i * (bw + 8) + bw / 2, 184, 14, c.T('assets', k), 400, i === 0 ? '#ffffff' : INK, 'middle'),
  );
  c.opt(24, 232, 13, 'assets', 'spotAccount', 600);
  ['USDT', 'BTC', 'WXTM', 'ETH', 'GT'].forEach((coin, i) => {
    const y = 270 + i * 64;
    c.coin(24, y, 14, coin)
      .text(W - 24, y, 14, (1000 / (i + 1)).toFixed(2), 400, INK, 'end')
      .text(W - 24, y + 20, 11, `≈ $${(900 / (i + 1)).toFixed(2)}`, 400, GRAY, 'end');
  });
  return finish(c);
}

/** The login page (app): proves only that the writer has the app. */
export function gateLogin(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  c.text(W - 24, 58, 14, c.T('login', 'signup'), 400, BLUE, 'end');
  c.text(24, 120, 28, c.T('nav', 'logo'), 800, BLUE);
  c.text(24, 168, 24, c.T('login', 'title'), 700);
  c.text(24, 214, 13, c.T('login', 'account'), 400, GRAY);
  c.rect(20, 224, W - 40, 48, FIELD).text(34, 254, 14, 'writer@example.com');
  c.text(24, 302, 13, c.T('login', 'password'), 400, GRAY);
  c.rect(20, 312, W - 40, 48, FIELD)
    .text(34, 342, 14, '••••••••••')
    .text(W - 34, 342, 14, '◎', 400, GRAY, 'end');
  c.text(W - 24, 386, 13, c.T('login', 'forgot'), 400, BLUE, 'end');
  c.rect(20, 412, W - 40, 48, BLUE).text(W / 2, 442, 16, c.T('login', 'title'), 600, '#ffffff', 'middle');
  c.opt(W / 2, 486, 13, 'login', 'sendCode', 400, BLUE, 'middle');
  return finish(c);
}

/** The account (profile) menu of the app: the writer's UID and the settings list. */
export function gateAccountMenu(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  c.icon(24, 96, 22, 'W').text(80, 84, 17, 'writer_0815', 700).text(80, 106, 12, 'UID 20457318', 400, GRAY);
  const roles = ['account', 'verify', 'security', 'profile', 'api', 'myFunds', 'bills', 'fundPassword', 'subAccount'];
  let y = 160;
  for (const role of roles) {
    const s = c.t('account-menu', role);
    if (!s) continue;
    c.text(24, y, 15, s)
      .text(W - 24, y, 15, '›', 400, GRAY, 'end')
      .line(20, y + 16, W - 20, y + 16);
    y += 52;
  }
  c.rect(20, y + 10, W - 40, 44, FIELD).text(W / 2, y + 38, 15, c.T('account-menu', 'logout'), 400, RED, 'middle');
  return finish(c);
}

/** A Gate Square post: the writer's own sentences about a coin, the contest tag when it is WXTM's. */
export function squarePost(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  const k = look.coin;
  statusBar(c);
  topBar(c, c.T('square', 'square'));
  const wx = k === 'WXTM';
  const lines =
    look.lang === 'en'
      ? [
          wx ? '#WXTM Creative Contest#' : `#${k}#`,
          `I deposited ${k} on Gate yesterday and`,
          'joined the CandyDrop. The team keeps',
          'shipping and the pool is big, so I am',
          `trading a little ${k}/USDT every day.`,
        ]
      : look.lang === 'zh-Hant'
        ? [
            wx ? '#WXTM創作大賽#' : `#${k}#`,
            `昨天在Gate充值了${k},也報名了`,
            'CandyDrop。團隊一直在交付,獎池也很大,',
            `所以我每天都交易一點${k}/USDT,`,
            '大家一起來參加吧!',
          ]
        : [
            wx ? '#WXTM创作大赛#' : `#${k}#`,
            `昨天在Gate充值了${k},也报名了`,
            'CandyDrop。团队一直在交付,奖池也很大,',
            `所以我每天都交易一点${k}/USDT,`,
            '大家一起来参加吧!',
          ];
  c.icon(24, 100, 16, 'A').text(66, 96, 14, 'CryptoAnna', 600).text(66, 116, 11, '2025-08-14 10:32', 400, GRAY);
  c.rect(W - 90, 82, 66, 28, CHIP, 14).text(W - 57, 101, 12, c.T('square', 'follow'), 400, BLUE, 'middle');
  lines.forEach((l, i) => c.text(24, 160 + i * 26, 15, l, i === 0 ? 600 : 400, i === 0 ? BLUE : INK));
  c.text(24, 320, 12, '♡ 128    💬 32    ↗ 9', 400, GRAY);
  return finish(c);
}

// ---------------------------------------------------------------------------------------------
// Other exchanges (their layouts, made here)

export async function okxDeposit(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  topBar(c, `${c.T('okx-deposit', 'title')} ${look.coin}`);
  c.text(24, 100, 13, c.T('okx-deposit', 'coin'), 400, GRAY)
    .rect(20, 110, W - 40, 44, FIELD)
    .coin(34, 138, 15, look.coin);
  c.text(24, 182, 13, c.T('okx-deposit', 'network'), 400, GRAY)
    .rect(20, 192, W - 40, 44, FIELD)
    .text(34, 220, 14, 'ERC20');
  await c.qrCode((W - 130) / 2, 258, 130, ADDRESSES.evm);
  c.text(24, 414, 13, c.T('okx-deposit', 'address'), 400, GRAY);
  c.text(24, 436, 13, ADDRESSES.evm.slice(0, 24)).text(24, 454, 13, ADDRESSES.evm.slice(24));
  c.address = { x: 20, y: 422, w: 230, h: 38 };
  c.rect(W - 110, 424, 90, 32, FIELD, 16).text(W - 65, 445, 13, c.T('okx-deposit', 'copy'), 400, INK, 'middle');
  const min = c.t('okx-deposit', 'min');
  if (min) c.text(24, 500, 12, `${min} 0.1 ${look.coin}`, 400, GRAY);
  c.opt(24, 522, 12, 'okx-deposit', 'depositTo', 400, GRAY);
  c.proof = { x: 20, y: 250, w: W - 40, h: 210 };
  return finish(c);
}

export async function binanceDeposit(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  topBar(c, c.T('binance-deposit', 'title'));
  await c.qrCode((W - 170) / 2, 92, 170, ADDRESSES.tron);
  c.text(24, 300, 13, c.T('binance-deposit', 'network'), 400, GRAY).text(24, 322, 14, NETWORKS.trc20, 600);
  c.text(24, 362, 13, c.T('binance-deposit', 'address'), 400, GRAY).text(24, 384, 14, ADDRESSES.tron, 600);
  c.address = { x: 20, y: 368, w: 340, h: 22 };
  const min = c.t('binance-deposit', 'min');
  if (min) c.text(24, 430, 12, `${min}  0.01 ${look.coin}`, 400, GRAY);
  c.rect(20, 760, W - 40, 46, '#fcd535').text(W / 2, 789, 15, c.T('binance-deposit', 'copy'), 600, INK, 'middle');
  c.proof = { x: 20, y: 84, w: W - 40, h: 310 };
  return finish(c);
}

export function okxWithdraw(look: Look): Promise<Buffer> {
  const c = phone(look);
  const W = c.W;
  statusBar(c);
  topBar(c, `${c.T('okx-withdraw', 'title')} ${look.coin}`);
  c.text(24, 100, 13, c.T('okx-withdraw', 'network'), 400, GRAY)
    .rect(20, 110, W - 40, 44, FIELD)
    .text(34, 138, 14, 'ERC20');
  c.text(24, 182, 13, c.T('okx-withdraw', 'address'), 400, GRAY).rect(20, 192, W - 40, 44, FIELD);
  c.text(24, 264, 13, c.T('okx-withdraw', 'amount'), 400, GRAY)
    .rect(20, 274, W - 40, 44, FIELD)
    .coin(34, 302, 13, look.coin, 400);
  c.text(24, 346, 12, `${c.T('okx-withdraw', 'fee')} 4.2 ${look.coin}`, 400, GRAY);
  c.rect(20, 740, W - 40, 46, INK).text(W / 2, 769, 15, c.T('okx-withdraw', 'next'), 600, '#ffffff', 'middle');
  return finish(c);
}

// ---------------------------------------------------------------------------------------------
// Gate's web pages (desktop)

function webChrome(c: Canvas): void {
  const nav = ['trade', 'futures', 'launch', 'candydrop', 'square', 'wallet'].map((r) => c.t('nav', r)).filter((s): s is string => s !== undefined);
  c.text(24, 36, 20, c.T('nav', 'logo'), 800, BLUE);
  nav.forEach((n, i) => c.text(110 + i * 100, 36, 14, n));
  c.text(1140, 36, 14, c.T('nav', 'deposit'), 400, INK, 'end').text(1256, 36, 14, c.T('nav', 'assets'), 400, INK, 'end');
}

export async function gateWebDeposit(look: Look): Promise<Buffer> {
  const c = new Canvas(look, DESKTOP.width, DESKTOP.height);
  webChrome(c);
  c.text(80, 110, 26, c.t('deposit', 'tabOnchainWeb') ?? c.T('deposit', 'title'), 700);
  c.text(80, 160, 14, c.T('deposit', 'coinLabel'), 400, GRAY).rect(80, 172, 480, 48, FIELD).coin(96, 203, 16, look.coin);
  c.text(80, 252, 14, c.T('deposit', 'networkLabel'), 400, GRAY).rect(80, 264, 480, 48, FIELD).text(96, 295, 15, NETWORKS.erc20);
  c.text(80, 346, 15, c.T('deposit', 'addressLabel'), 600);
  await c.qrCode(88, 372, 130, ADDRESSES.evm);
  c.text(240, 420, 15, ADDRESSES.evm).rect(240, 440, 100, 34, BLUE, 6).text(290, 462, 14, c.T('deposit', 'copy'), 400, '#ffffff', 'middle');
  c.address = { x: 236, y: 402, w: 380, h: 24 };
  c.text(240, 500, 13, `${c.T('deposit', 'minDeposit')} 10 ${look.coin}`, 400, GRAY).text(240, 524, 13, `${c.T('deposit', 'confirmations')} 64`, 400, GRAY);
  c.text(720, 110, 14, c.T('deposit', 'notReceived'), 400, BLUE);
  c.opt(720, 136, 14, 'deposit', 'selfAccelerate', 400, BLUE);
  c.opt(720, 162, 14, 'deposit', 'tokenRecovery', 400, BLUE);
  c.text(720, 250, 18, c.T('deposit', 'recent'), 600);
  const cols = ['colTime', 'colCoin', 'colAmount', 'colStatus'];
  const xs = [720, 900, 1000, 1120];
  cols.forEach((k, i) => c.text(xs[i], 282, 12, c.T('deposit-records', k), 400, GRAY));
  for (let i = 0; i < 3; i++) {
    const y = 316 + i * 36;
    c.text(720, y, 13, `2025-08-1${i} 09:1${i}`)
      .coin(900, y, 13, look.coin)
      .text(1000, y, 13, `${(500 + i * 125).toFixed(2)}`)
      .text(1120, y, 13, c.T('deposit-records', 'statusDone'), 400, GREEN);
  }
  c.proof = { x: 76, y: 160, w: 540, h: 320 };
  return finish(c, true);
}

export function gateWebOrders(look: Look): Promise<Buffer> {
  const c = new Canvas(look, DESKTOP.width, DESKTOP.height);
  webChrome(c);
  c.text(80, 110, 24, c.T('orders', 'title'), 700);
  const cols = ['colTime', 'colPair', 'colSide', 'colPrice', 'colAmount', 'colStatus'];
  cols.forEach((k, i) => c.opt(80 + i * 180, 160, 13, 'orders', k, 400, GRAY));
  for (let r = 0; r < 6; r++) {
    const y = 200 + r * 40;
    c.text(80, y, 13, `2025-08-1${r} 1${r}:0${r}:4${r}`);
    c.coin(260, y, 13, look.coin, 400).text(260 + 13 * 1.7 + look.coin.length * 9.5, y, 13, '/USDT');
    c.text(440, y, 13, r % 2 ? c.T('orders', 'sell') : c.T('orders', 'buy'), 400, r % 2 ? RED : GREEN);
    c.text(620, y, 13, (0.0121 + r * 0.0003).toFixed(4))
      .text(800, y, 13, `${1000 + r * 120}`)
      .text(980, y, 13, c.T('orders', 'statusFilled'));
  }
  c.proof = { x: 76, y: 180, w: 1100, h: 100 };
  return finish(c, true);
}

/** API key management (web): the account menu on the left, the key list on the right. No coin, no activity. */
export function gateApiKeys(look: Look): Promise<Buffer> {
  const c = new Canvas(look, DESKTOP.width, DESKTOP.height);
  webChrome(c);
  c.rect(24, 70, 220, 700, FIELD);
  let y = 110;
  for (const role of ['account', 'security', 'api', 'myFunds', 'subAccount', 'verify']) {
    const s = c.t('account-menu', role);
    if (!s) continue;
    if (role === 'api') c.rect(32, y - 22, 204, 34, CHIP, 6);
    c.text(48, y, 14, s, role === 'api' ? 600 : 400, role === 'api' ? BLUE : INK);
    y += 48;
  }
  c.text(290, 116, 24, c.T('api-keys', 'title'), 700);
  c.rect(1060, 90, 180, 40, BLUE, 6).text(1150, 116, 14, c.t('api-keys', 'create') ?? '+', 600, '#ffffff', 'middle');
  const cols: Array<[string, number]> = [
    ['keyCol', 290],
    ['remark', 470],
    ['keyType', 650],
    ['secret', 650],
    ['permissions', 800],
    ['ipPermissions', 1000],
  ];
  cols.forEach(([role, x]) => c.opt(x, 170, 13, 'api-keys', role, 400, GRAY));
  c.line(290, 184, 1240, 184);
  const rows: Array<[string, string]> = [
    ['a3f9c2…7e10', 'bot-monitor'],
    ['5b81de…c4a2', 'tax-export'],
  ];
  rows.forEach(([key, remark], i) => {
    const ry = 220 + i * 48;
    c.text(290, ry, 13, key);
    if (c.t('api-keys', 'remark')) c.text(470, ry, 13, remark);
    if (c.t('api-keys', 'keyType')) c.text(650, ry, 13, 'APIv4');
    else if (c.t('api-keys', 'secret')) c.text(650, ry, 13, '••••••••••••');
    const perm = i === 0 ? c.t('api-keys', 'readOnly') : c.t('api-keys', 'readWrite');
    if (perm) c.text(800, ry, 13, perm);
    c.text(1000, ry, 13, i === 0 ? '203.0.113.7' : '—');
    c.line(290, ry + 16, 1240, ry + 16);
  });
  c.opt(290, 360, 13, 'api-keys', 'fundPassword', 400, GRAY);
  return finish(c, true);
}
