/**
 * HTML imitations of Gate pages for the OCR corpus. Each function returns a whole HTML document for
 * one (page, coin, language, theme, size); scripts/render-ocr-corpus.ts renders them with Chromium.
 * No external resources: fonts are the system's (fonts-noto-cjk, Liberation), images are CSS.
 */
import { STRINGS, type CorpusLang, type Strings } from './strings';

export type Theme = 'dark' | 'light';
export type Size = 'desktop' | 'phone';
export type PageId = 'deposit' | 'deposit-records' | 'spot' | 'orders' | 'candydrop' | 'square' | 'news' | 'security';

export interface PageSpec {
  page: PageId;
  coin: string;
  lang: CorpusLang;
  theme: Theme;
  size: Size;
}

interface CoinInfo {
  name: string;
  network: string;
  address: string;
  price: number;
  amounts: string[];
}

const COINS: Record<string, CoinInfo> = {
  WXTM: {
    name: 'MinoTari',
    network: 'ETH/ERC20',
    address: '0x7a3F9c21E84b0D5e6A19c4B2f8E03d71a5C6b942',
    price: 0.004218,
    amounts: ['12,500', '3,000', '860.5'],
  },
  BTC: {
    name: 'Bitcoin',
    network: 'BTC',
    address: 'bc1q9h7garjz4k6p0xw5y3t2u8v6n4m2l0s8d7f5g3',
    price: 116842.5,
    amounts: ['0.0521', '0.0100', '0.2500'],
  },
  ETH: {
    name: 'Ethereum',
    network: 'ETH/ERC20',
    address: '0x3b1E5d9A7c2F840e6D1a9B4c7E2f5A8d0C3b6E91',
    price: 3912.44,
    amounts: ['1.2000', '0.3500', '2.0000'],
  },
  SOL: {
    name: 'Solana',
    network: 'SOL',
    address: '7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU',
    price: 176.31,
    amounts: ['25.00', '4.50', '110.0'],
  },
  USDT: {
    name: 'Tether',
    network: 'TRX/TRC20',
    address: 'TQ4hXrZ8k2m9sPp7V1c3nB6yW5eR0tLdFa',
    price: 1,
    amounts: ['500.00', '1,200.00', '75.00'],
  },
  SAHARA: {
    name: 'Sahara AI',
    network: 'BSC/BEP20',
    address: '0x91cE2a7B4d0F3e8A6c5D1b9E7f2A4c8D0e6B3a15',
    price: 0.0873,
    amounts: ['2,000', '450', '9,800'],
  },
};

interface Palette {
  bg: string;
  panel: string;
  text: string;
  sub: string;
  line: string;
  green: string;
  red: string;
  accent: string;
  btnText: string;
}

const PALETTES: Record<Theme, Palette> = {
  dark: {
    bg: '#0b0d10',
    panel: '#16191e',
    text: '#eaecef',
    sub: '#848e9c',
    line: '#262a31',
    green: '#2ebd85',
    red: '#f6465d',
    accent: '#2354e6',
    btnText: '#ffffff',
  },
  light: {
    bg: '#ffffff',
    panel: '#f5f6f8',
    text: '#1e2329',
    sub: '#707a8a',
    line: '#e6e8ea',
    green: '#20a26d',
    red: '#e0344b',
    accent: '#2354e6',
    btnText: '#ffffff',
  },
};

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fmtPrice(p: number): string {
  if (p >= 1000) return p.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (p >= 1) return p.toFixed(2);
  return p.toFixed(6);
}

/** Deterministic pseudo-random numbers, so re-rendering gives the same pictures. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function css(p: Palette, s: Strings, size: Size): string {
  const phone = size === 'phone';
  return `
  * { box-sizing: border-box; margin: 0; padding: 0; }
  html, body { background: ${p.bg}; color: ${p.text}; font-family: ${s.font}; font-size: ${phone ? 14 : 13}px; }
  body { width: ${phone ? 390 : 1280}px; height: ${phone ? 844 : 800}px; overflow: hidden; position: relative; }
  .nav { height: 56px; display: flex; align-items: center; gap: 22px; padding: 0 20px; border-bottom: 1px solid ${p.line}; background: ${p.bg}; }
  .logo { font-weight: 800; font-size: 22px; letter-spacing: -0.5px; display: flex; align-items: center; gap: 6px; }
  .logo i { width: 22px; height: 22px; border-radius: 50%; background: ${p.accent}; display: inline-block; }
  .nav .item { font-size: 14px; }
  .nav .spacer { flex: 1; }
  .nav .avatar { width: 28px; height: 28px; border-radius: 50%; background: ${p.sub}; }
  .btn { display: inline-block; background: ${p.accent}; color: ${p.btnText}; border-radius: 6px; padding: 8px 16px; font-weight: 600; }
  .btn.green { background: ${p.green}; }
  .btn.red { background: ${p.red}; }
  .btn.ghost { background: transparent; color: ${p.text}; border: 1px solid ${p.line}; }
  .sub { color: ${p.sub}; }
  .green { color: ${p.green}; }
  .red { color: ${p.red}; }
  .panel { background: ${p.panel}; border-radius: 8px; padding: 16px; }
  h1 { font-size: ${phone ? 22 : 26}px; font-weight: 700; }
  h2 { font-size: ${phone ? 17 : 18}px; font-weight: 600; }
  table { border-collapse: collapse; width: 100%; }
  th { text-align: left; font-weight: 400; color: ${p.sub}; padding: 8px 6px; border-bottom: 1px solid ${p.line}; font-size: 12px; }
  td { padding: 10px 6px; border-bottom: 1px solid ${p.line}; white-space: nowrap; }
  .row { display: flex; gap: 16px; }
  .col { display: flex; flex-direction: column; gap: 12px; }
  .field { border: 1px solid ${p.line}; border-radius: 6px; padding: 10px 12px; display: flex; justify-content: space-between; align-items: center; }
  .coinicon { width: 20px; height: 20px; border-radius: 50%; background: linear-gradient(135deg, #7b61ff, #1fc7d4); display: inline-block; vertical-align: middle; margin-right: 6px; }
  .qr { width: 120px; height: 120px; background:
      repeating-linear-gradient(90deg, ${p.text} 0 6px, transparent 6px 12px),
      repeating-linear-gradient(0deg, ${p.bg} 0 6px, transparent 6px 12px); border: 8px solid ${p.bg}; outline: 1px solid ${p.line}; }
  .topbar { height: 48px; display: flex; align-items: center; padding: 0 14px; gap: 12px; font-size: 17px; font-weight: 600; }
  .topbar .back { font-size: 22px; font-weight: 400; }
  .status { height: 24px; padding: 4px 18px; font-size: 12px; display: flex; justify-content: space-between; font-weight: 600; }
  .tabbar { position: absolute; left: 0; right: 0; bottom: 0; height: 58px; border-top: 1px solid ${p.line}; display: flex; justify-content: space-around; align-items: center; background: ${p.bg}; font-size: 11px; color: ${p.sub}; }
  .tabbar div { display: flex; flex-direction: column; align-items: center; gap: 4px; }
  .tabbar i { width: 20px; height: 20px; border-radius: 5px; border: 2px solid ${p.sub}; display: block; }
  .tabbar .on { color: ${p.text}; }
  .tabbar .on i { border-color: ${p.text}; }
  .chips { display: flex; gap: 8px; }
  .chip { padding: 4px 10px; border-radius: 12px; background: ${p.panel}; font-size: 12px; }
  .tabs { display: flex; gap: 24px; border-bottom: 1px solid ${p.line}; }
  .tabs span { padding: 10px 0; }
  .tabs .on { border-bottom: 2px solid ${p.text}; font-weight: 600; }
  `;
}

function desktopNav(s: Strings): string {
  return `<div class="nav"><div class="logo"><i></i>Gate</div>${s.nav
    .map((n) => `<span class="item">${esc(n)}</span>`)
    .join('')}<span class="spacer"></span><span class="btn">${esc(s.navRight[0])}</span>${s.navRight
    .slice(1)
    .map((n) => `<span class="item">${esc(n)}</span>`)
    .join('')}<span class="avatar"></span></div>`;
}

function phoneChrome(s: Strings, title: string, activeTab: number): { top: string; bottom: string } {
  const top = `<div class="status"><span>9:41</span><span>5G ▮▮▮ 82%</span></div><div class="topbar"><span class="back">‹</span><span>${esc(title)}</span></div>`;
  const bottom = `<div class="tabbar">${s.tabs.map((t, i) => `<div class="${i === activeTab ? 'on' : ''}"><i></i>${esc(t)}</div>`).join('')}</div>`;
  return { top, bottom };
}

function wrap(spec: PageSpec, body: string): string {
  const s = STRINGS[spec.lang];
  const p = PALETTES[spec.theme];
  return `<!doctype html><html lang="${s.htmlLang}"><head><meta charset="utf-8"><style>${css(p, s, spec.size)}</style></head><body>${body}</body></html>`;
}

function txHash(r: () => number): string {
  const hex = '0123456789abcdef';
  let out = '0x';
  for (let i = 0; i < 10; i++) out += hex[Math.floor(r() * 16)];
  return `${out}…${hex[Math.floor(r() * 16)]}${hex[Math.floor(r() * 16)]}${hex[Math.floor(r() * 16)]}${hex[Math.floor(r() * 16)]}`;
}

function depositRows(s: Strings, coin: string, c: CoinInfo, r: () => number, n: number, phone: boolean): string {
  const days = ['2025-08-08 14:22:05', '2025-08-07 21:03:47', '2025-08-05 09:15:30', '2025-08-02 18:40:12'];
  let rows = '';
  for (let i = 0; i < n; i++) {
    const st = i === 0 ? s.credited : s.completed;
    if (phone) {
      rows += `<div class="panel" style="margin-bottom:10px"><div class="row" style="justify-content:space-between"><b>${coin}</b><span class="green">${esc(st)}</span></div>
      <div class="row" style="justify-content:space-between;margin-top:8px"><span class="sub">${esc(s.amount)}</span><span>${c.amounts[i % 3]}</span></div>
      <div class="row" style="justify-content:space-between;margin-top:6px"><span class="sub">${esc(s.network)}</span><span>${c.network}</span></div>
      <div class="row" style="justify-content:space-between;margin-top:6px"><span class="sub">${esc(s.time)}</span><span>${days[i % 4]}</span></div>
      <div class="row" style="justify-content:space-between;margin-top:6px"><span class="sub">${esc(s.txid)}</span><span>${txHash(r)}</span></div></div>`;
    } else {
      rows += `<tr><td>${days[i % 4]}</td><td><span class="coinicon"></span>${coin}</td><td>${c.network}</td><td>${c.amounts[i % 3]}</td><td>${txHash(r)}</td><td class="green">${esc(st)}</td></tr>`;
    }
  }
  return phone
    ? rows
    : `<table><tr><th>${esc(s.time)}</th><th>${esc(s.coin)}</th><th>${esc(s.network)}</th><th>${esc(s.amount)}</th><th>${esc(s.txid)}</th><th>${esc(s.status)}</th></tr>${rows}</table>`;
}

function depositPage(spec: PageSpec, s: Strings, c: CoinInfo, r: () => number): string {
  const coin = spec.coin;
  if (spec.size === 'phone') {
    const { top, bottom } = phoneChrome(s, `${s.deposit} ${coin}`, 4);
    return `${top}<div style="padding:10px 16px" class="col">
      <div class="field"><span class="sub">${esc(s.selectCoin)}</span><span><span class="coinicon"></span><b>${coin}</b> <span class="sub">${c.name}</span> ›</span></div>
      <div class="field"><span class="sub">${esc(s.selectNetwork)}</span><span>${c.network} ›</span></div>
      <div style="display:flex;justify-content:center;padding:8px"><div class="qr"></div></div>
      <div class="panel"><div class="sub">${esc(s.depositAddress)}</div><div style="margin-top:6px;word-break:break-all;font-size:15px">${c.address}</div><div style="margin-top:10px"><span class="btn">${esc(s.copy)}</span></div></div>
      <div class="row" style="justify-content:space-between"><span class="sub">${esc(s.minDeposit)}</span><span>0.0001 ${coin}</span></div>
      <div class="row" style="justify-content:space-between"><span class="sub">${esc(s.expectedArrival)}</span><span>12 ${esc(s.confirmations)}</span></div>
      <div class="row" style="justify-content:space-between;margin-top:4px"><h2>${esc(s.recentDeposits)}</h2><span class="sub">${esc(s.viewAll)} ›</span></div>
      ${depositRows(s, coin, c, r, 1, true)}
    </div>${bottom}`;
  }
  return `${desktopNav(s)}<div style="padding:28px 120px" class="col">
    <h1>${esc(s.depositCrypto)}</h1>
    <div class="row" style="gap:40px;margin-top:8px">
      <div class="col" style="width:560px">
        <div class="sub">1. ${esc(s.selectCoin)}</div>
        <div class="field"><span><span class="coinicon"></span><b>${coin}</b> <span class="sub">${c.name}</span></span><span class="sub">▾</span></div>
        <div class="sub">2. ${esc(s.selectNetwork)}</div>
        <div class="field"><span>${c.network}</span><span class="sub">▾</span></div>
        <div class="sub">3. ${esc(s.depositAddress)}</div>
        <div class="panel row" style="align-items:center"><div class="qr"></div><div class="col"><div style="font-size:15px">${c.address}</div><div><span class="btn">${esc(s.copy)}</span></div></div></div>
      </div>
      <div class="col" style="width:400px">
        <div class="panel col"><div class="row" style="justify-content:space-between"><span class="sub">${esc(s.minDeposit)}</span><span>0.0001 ${coin}</span></div>
        <div class="row" style="justify-content:space-between"><span class="sub">${esc(s.expectedArrival)}</span><span>12 ${esc(s.confirmations)}</span></div></div>
      </div>
    </div>
    <div class="row" style="justify-content:space-between;margin-top:14px"><h2>${esc(s.recentDeposits)}</h2><span class="sub">${esc(s.viewAll)} ›</span></div>
    ${depositRows(s, coin, c, r, 2, false)}
  </div>`;
}

function depositRecordsPage(spec: PageSpec, s: Strings, c: CoinInfo, r: () => number): string {
  const coin = spec.coin;
  if (spec.size === 'phone') {
    const { top, bottom } = phoneChrome(s, s.depositHistory, 4);
    return `${top}<div style="padding:6px 16px">
      <div class="tabs" style="margin-bottom:12px"><span class="on">${esc(s.depositHistory)}</span><span class="sub">${esc(s.withdrawHistory)}</span></div>
      <div class="chips" style="margin-bottom:12px"><span class="chip">${coin} ▾</span><span class="chip">${esc(s.last30)} ▾</span></div>
      ${depositRows(s, coin, c, r, 3, true)}
    </div>${bottom}`;
  }
  return `${desktopNav(s)}<div style="padding:28px 80px" class="col">
    <h1>${esc(s.depositHistory)}</h1>
    <div class="tabs"><span class="on">${esc(s.depositHistory)}</span><span class="sub">${esc(s.withdrawHistory)}</span></div>
    <div class="chips"><span class="chip">${esc(s.coin)}: ${coin} ▾</span><span class="chip">${esc(s.last30)} ▾</span></div>
    ${depositRows(s, coin, c, r, 4, false)}
  </div>`;
}

function orderBookRows(c: CoinInfo, r: () => number, n: number, side: 'ask' | 'bid', cls: string): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    const off = side === 'ask' ? n - i : i + 1;
    const price = c.price * (1 + (side === 'ask' ? 1 : -1) * off * 0.0012);
    const qty = (r() * (c.price < 1 ? 90000 : 2)).toFixed(c.price < 1 ? 0 : 4);
    out += `<tr><td class="${cls}">${fmtPrice(price)}</td><td>${qty}</td><td>${(Number(qty) * price).toFixed(2)}</td></tr>`;
  }
  return out;
}

function spotPage(spec: PageSpec, s: Strings, c: CoinInfo, r: () => number): string {
  const coin = spec.coin;
  const pair = `${coin}/USDT`;
  if (spec.size === 'phone') {
    const { top, bottom } = phoneChrome(s, s.spot, 2);
    return `${top}<div style="padding:4px 12px">
      <div class="row" style="align-items:baseline;justify-content:space-between"><h2>${pair}</h2><span class="green">+5.82%</span></div>
      <div class="row" style="margin-top:10px;gap:10px">
        <div class="col" style="width:190px;gap:8px">
          <div class="row" style="gap:0"><span class="btn green" style="flex:1;text-align:center">${esc(s.buy)}</span><span class="btn ghost" style="flex:1;text-align:center">${esc(s.sell)}</span></div>
          <div class="chips"><span class="chip">${esc(s.limit)}</span><span class="chip" style="background:transparent">${esc(s.market)}</span></div>
          <div class="field"><span class="sub">${esc(s.price)}</span><span>${fmtPrice(c.price)}</span></div>
          <div class="field"><span class="sub">${esc(s.amount)}</span><span>${coin}</span></div>
          <div class="sub" style="font-size:12px">${esc(s.available)} 125.40 USDT</div>
          <span class="btn green" style="text-align:center">${esc(s.buy)} ${coin}</span>
        </div>
        <div style="flex:1"><div class="sub" style="font-size:12px;margin-bottom:4px">${esc(s.orderBook)}</div><table style="font-size:12px">
          <tr><th>${esc(s.price)}</th><th>${esc(s.amount)}</th></tr>
          ${orderBookRows(c, r, 5, 'ask', 'red').replace(/<td>[^<]*<\/td><\/tr>/g, '</tr>')}
          <tr><td colspan="2" class="green" style="font-size:15px;font-weight:700">${fmtPrice(c.price)}</td></tr>
          ${orderBookRows(c, r, 5, 'bid', 'green').replace(/<td>[^<]*<\/td><\/tr>/g, '</tr>')}
        </table></div>
      </div>
      <div class="tabs" style="margin-top:14px"><span class="on">${esc(s.openOrders)} (1)</span><span class="sub">${esc(s.orderHistory)}</span></div>
      <div class="panel" style="margin-top:10px"><div class="row" style="justify-content:space-between"><b><span class="green">${esc(s.buy)}</span> ${pair}</b><span class="sub">2025-08-08 15:02</span></div>
      <div class="row" style="justify-content:space-between;margin-top:6px"><span class="sub">${esc(s.price)}</span><span>${fmtPrice(c.price * 0.98)}</span></div>
      <div class="row" style="justify-content:space-between;margin-top:6px"><span class="sub">${esc(s.amount)}</span><span>${c.amounts[0]}</span></div></div>
    </div>${bottom}`;
  }
  const trades = Array.from({ length: 9 }, (_, i) => {
    const up = r() > 0.5;
    return `<tr><td class="${up ? 'green' : 'red'}">${fmtPrice(c.price * (1 + (r() - 0.5) * 0.004))}</td><td>${(r() * (c.price < 1 ? 50000 : 1)).toFixed(c.price < 1 ? 0 : 4)}</td><td class="sub">15:0${i}:${String(Math.floor(r() * 60)).padStart(2, '0')}</td></tr>`;
  }).join('');
  const candles = Array.from({ length: 40 }, () => {
    const h = 20 + Math.floor(r() * 120);
    const up = r() > 0.45;
    return `<div style="width:8px;height:${h}px;margin-top:${Math.floor(r() * 100)}px;background:${up ? PALETTES[spec.theme].green : PALETTES[spec.theme].red}"></div>`;
  }).join('');
  return `${desktopNav(s)}
  <div class="row" style="padding:10px 16px;align-items:center;gap:28px;border-bottom:1px solid ${PALETTES[spec.theme].line}">
    <h2>${pair}</h2><span class="green" style="font-size:18px;font-weight:700">${fmtPrice(c.price)}</span>
    <span><span class="sub">${esc(s.change24h)}</span> <span class="green">+5.82%</span></span>
    <span><span class="sub">${esc(s.high24h)}</span> ${fmtPrice(c.price * 1.07)}</span>
    <span><span class="sub">${esc(s.volume24h)}</span> 18.42M ${coin}</span>
  </div>
  <div class="row" style="padding:8px 16px;gap:12px">
    <div style="width:250px"><div style="font-weight:600;margin-bottom:6px">${esc(s.orderBook)}</div><table style="font-size:12px">
      <tr><th>${esc(s.price)}(USDT)</th><th>${esc(s.amount)}(${coin})</th><th>${esc(s.total)}</th></tr>
      ${orderBookRows(c, r, 6, 'ask', 'red')}
      <tr><td colspan="3" class="green" style="font-size:16px;font-weight:700">${fmtPrice(c.price)}</td></tr>
      ${orderBookRows(c, r, 6, 'bid', 'green')}
    </table></div>
    <div style="flex:1" class="col">
      <div class="panel" style="height:250px;display:flex;gap:6px;align-items:flex-start;overflow:hidden">${candles}</div>
      <div class="row">
        <div class="panel col" style="flex:1"><div class="chips"><span class="chip">${esc(s.limit)}</span><span class="chip" style="background:transparent">${esc(s.market)}</span></div>
          <div class="field"><span class="sub">${esc(s.price)}</span><span>${fmtPrice(c.price)} USDT</span></div>
          <div class="field"><span class="sub">${esc(s.amount)}</span><span>${coin}</span></div>
          <span class="btn green" style="text-align:center">${esc(s.buy)} ${coin}</span></div>
        <div class="panel col" style="flex:1"><div class="chips"><span class="chip">${esc(s.limit)}</span><span class="chip" style="background:transparent">${esc(s.market)}</span></div>
          <div class="field"><span class="sub">${esc(s.price)}</span><span>${fmtPrice(c.price)} USDT</span></div>
          <div class="field"><span class="sub">${esc(s.amount)}</span><span>${coin}</span></div>
          <span class="btn red" style="text-align:center">${esc(s.sell)} ${coin}</span></div>
      </div>
    </div>
    <div style="width:250px"><div style="font-weight:600;margin-bottom:6px">${esc(s.marketTrades)}</div><table style="font-size:12px">
      <tr><th>${esc(s.price)}</th><th>${esc(s.amount)}</th><th>${esc(s.time)}</th></tr>${trades}</table></div>
  </div>
  <div style="padding:0 16px"><div class="tabs"><span class="on">${esc(s.openOrders)} (1)</span><span class="sub">${esc(s.orderHistory)}</span><span class="sub">${esc(s.tradeHistory)}</span></div>
  <table><tr><th>${esc(s.time)}</th><th>${esc(s.pair)}</th><th>${esc(s.type)}</th><th>${esc(s.side)}</th><th>${esc(s.price)}</th><th>${esc(s.amount)}</th></tr>
  <tr><td>2025-08-08 15:02:11</td><td>${pair}</td><td>${esc(s.limit)}</td><td class="green">${esc(s.buy)}</td><td>${fmtPrice(c.price * 0.98)}</td><td>${c.amounts[0]}</td></tr></table></div>`;
}

function ordersPage(spec: PageSpec, s: Strings, c: CoinInfo, r: () => number): string {
  const coin = spec.coin;
  const pair = `${coin}/USDT`;
  const rows = [
    ['2025-08-08 15:02:11', s.buy, s.limit, 0.98, 0],
    ['2025-08-08 09:47:30', s.sell, s.market, 1.03, 1],
    ['2025-08-07 22:15:02', s.buy, s.limit, 0.95, 2],
    ['2025-08-07 18:30:55', s.buy, s.market, 1.0, 1],
  ] as const;
  if (spec.size === 'phone') {
    const { top, bottom } = phoneChrome(s, s.spotOrders, 2);
    return `${top}<div style="padding:6px 16px">
      <div class="tabs" style="margin-bottom:12px"><span class="sub">${esc(s.openOrders)}</span><span class="on">${esc(s.orderHistory)}</span><span class="sub">${esc(s.tradeHistory)}</span></div>
      ${rows
        .slice(0, 3)
        .map(
          ([t, side, type, k, a]) => `<div class="panel" style="margin-bottom:10px">
        <div class="row" style="justify-content:space-between"><b><span class="${side === s.buy ? 'green' : 'red'}">${esc(side)}</span> ${pair}</b><span class="green">${esc(s.filled)}</span></div>
        <div class="row" style="justify-content:space-between;margin-top:8px"><span class="sub">${esc(s.type)}</span><span>${esc(type)}</span></div>
        <div class="row" style="justify-content:space-between;margin-top:6px"><span class="sub">${esc(s.avgPrice)}</span><span>${fmtPrice(c.price * k)}</span></div>
        <div class="row" style="justify-content:space-between;margin-top:6px"><span class="sub">${esc(s.amount)}</span><span>${c.amounts[a]} ${coin}</span></div>
        <div class="row" style="justify-content:space-between;margin-top:6px"><span class="sub">${esc(s.time)}</span><span>${t}</span></div></div>`,
        )
        .join('')}
    </div>${bottom}`;
  }
  void r;
  return `${desktopNav(s)}<div style="padding:28px 60px" class="col">
    <h1>${esc(s.spotOrders)}</h1>
    <div class="tabs"><span class="sub">${esc(s.openOrders)}</span><span class="on">${esc(s.orderHistory)}</span><span class="sub">${esc(s.tradeHistory)}</span></div>
    <table><tr><th>${esc(s.time)}</th><th>${esc(s.pair)}</th><th>${esc(s.type)}</th><th>${esc(s.side)}</th><th>${esc(s.avgPrice)}</th><th>${esc(s.amount)}</th><th>${esc(s.status)}</th></tr>
    ${rows
      .map(
        ([t, side, type, k, a]) =>
          `<tr><td>${t}</td><td>${pair}</td><td>${esc(type)}</td><td class="${side === s.buy ? 'green' : 'red'}">${esc(side)}</td><td>${fmtPrice(c.price * k)}</td><td>${c.amounts[a]}</td><td>${esc(s.filled)}</td></tr>`,
      )
      .join('')}</table>
  </div>`;
}

function candyPage(spec: PageSpec, s: Strings, c: CoinInfo): string {
  const coin = spec.coin;
  const pool = coin === 'WXTM' ? '70,000' : '250,000';
  const round = coin === 'WXTM' ? 59 : 61;
  const task = (n: number, title: string, btn: string) =>
    `<div class="panel row" style="justify-content:space-between;align-items:center"><div class="col" style="gap:4px"><b>${esc(s.task(n))}</b><span class="sub">${esc(title)}</span></div><span class="btn ghost">${esc(btn)}</span></div>`;
  if (spec.size === 'phone') {
    const { top, bottom } = phoneChrome(s, 'CandyDrop', 0);
    return `${top}<div style="padding:6px 16px" class="col">
      <div class="sub">${esc(s.candyTagline)}</div>
      <div class="panel col" style="gap:8px"><div class="row" style="align-items:center"><span class="coinicon" style="width:36px;height:36px"></span><div><h2>${c.name} (${coin})</h2><span class="sub">${esc(s.round(round))}</span></div></div>
      <div class="row" style="justify-content:space-between"><span class="sub">${esc(s.prizePool)}</span><b>${pool} ${coin}</b></div>
      <div class="row" style="justify-content:space-between"><span class="sub">${esc(s.participants)}</span><span>18,604</span></div>
      <div class="row" style="justify-content:space-between"><span class="sub">${esc(s.endsIn)}</span><span>3d 07:41:09</span></div>
      <span class="btn ghost" style="text-align:center">✓ ${esc(s.registered)}</span></div>
      <h2>${esc(s.tasks)}</h2>
      ${task(1, s.depositTask(coin), s.goDeposit)}
      ${task(2, s.tradeTask(coin), s.goTrade)}
      <div class="row" style="justify-content:space-between"><span>${esc(s.myRewards)}</span><span class="sub">${esc(s.rules)} ›</span></div>
    </div>${bottom}`;
  }
  return `${desktopNav(s)}<div style="padding:24px 120px" class="col">
    <div class="row" style="align-items:baseline"><h1>CandyDrop</h1><span class="sub">${esc(s.candyTagline)}</span></div>
    <div class="panel row" style="justify-content:space-between;align-items:center">
      <div class="row" style="align-items:center"><span class="coinicon" style="width:48px;height:48px"></span><div class="col" style="gap:4px"><h2>${c.name} (${coin})</h2><span class="sub">${esc(s.round(round))} · ${esc(s.participants)} 18,604</span></div></div>
      <div class="col" style="gap:4px"><span class="sub">${esc(s.prizePool)}</span><b style="font-size:20px">${pool} ${coin}</b></div>
      <div class="col" style="gap:4px"><span class="sub">${esc(s.endsIn)}</span><b>3d 07:41:09</b></div>
      <div class="col" style="gap:4px;align-items:center"><span class="btn ghost">✓ ${esc(s.registered)}</span><span class="green" style="font-size:12px">${esc(s.registerSuccess)}</span></div>
    </div>
    <h2 style="margin-top:6px">${esc(s.tasks)}</h2>
    ${task(1, s.depositTask(coin), s.goDeposit)}
    ${task(2, s.tradeTask(coin), s.goTrade)}
    <div class="row" style="justify-content:space-between"><span>${esc(s.myRewards)}: 0 ${coin}</span><span class="sub">${esc(s.rules)} ›</span></div>
  </div>`;
}

function squarePage(spec: PageSpec, s: Strings): string {
  const coin = spec.coin;
  const card = `<div class="panel col" style="gap:10px"><div class="row" style="align-items:center"><span class="avatar" style="width:36px;height:36px;border-radius:50%;background:#8a63d2;display:inline-block"></span><div class="col" style="gap:2px"><b>CryptoLin_88</b><span class="sub" style="font-size:12px">2025-08-08 10:24</span></div><span style="flex:1"></span><span class="btn ghost">${esc(s.follow)}</span></div>
    <div style="line-height:1.7;font-size:15px">${esc(s.post(coin))}</div>
    <div class="row sub"><span>♡ ${esc(s.like)} 128</span><span>💬 ${esc(s.comment)} 36</span><span>↗ ${esc(s.share)}</span></div></div>`;
  if (spec.size === 'phone') {
    const { top, bottom } = phoneChrome(s, s.square, 0);
    return `${top}<div style="padding:6px 14px" class="col">${card}
    <div class="panel"><div class="sub">${esc(s.hotTopics)}</div><div style="margin-top:6px">#${coin}# · #Gate# · #BTC#</div></div></div>${bottom}`;
  }
  return `${desktopNav(s)}<div class="row" style="padding:24px 120px;gap:24px"><div style="width:680px" class="col"><h1>${esc(s.square)}</h1>${card}</div>
    <div class="panel col" style="width:300px"><h2>${esc(s.hotTopics)}</h2><span>#${coin}#</span><span>#BTC#</span><span>#Gate#</span></div></div>`;
}

function newsPage(spec: PageSpec, s: Strings): string {
  const body = `<div class="col" style="gap:14px"><span class="chip" style="align-self:flex-start">${esc(s.news)}</span><h1 style="line-height:1.4">${esc(s.newsTitle)}</h1><span class="sub">2025-08-06 16:30</span><div style="line-height:1.8;font-size:15px">${esc(s.newsBody)}</div></div>`;
  if (spec.size === 'phone') {
    const { top, bottom } = phoneChrome(s, s.news, 0);
    return `${top}<div style="padding:10px 16px">${body}</div>${bottom}`;
  }
  return `${desktopNav(s)}<div style="padding:32px 200px">${body}</div>`;
}

function securityPage(spec: PageSpec, s: Strings): string {
  const items = s.securityItems
    .map(
      (it) =>
        `<div class="panel row" style="justify-content:space-between;align-items:center"><span>${esc(it)}</span><span class="green">✓ ${esc(s.bound)}</span></div>`,
    )
    .join('');
  if (spec.size === 'phone') {
    const { top, bottom } = phoneChrome(s, s.security, 4);
    return `${top}<div style="padding:10px 16px" class="col">${items}</div>${bottom}`;
  }
  return `${desktopNav(s)}<div style="padding:32px 200px" class="col"><h1>${esc(s.security)}</h1>${items}</div>`;
}

export function renderPage(spec: PageSpec, seed: number): string {
  const s = STRINGS[spec.lang];
  const c = COINS[spec.coin];
  if (!c) throw new Error(`unknown coin ${spec.coin}`);
  const r = rng(seed);
  const body = {
    deposit: () => depositPage(spec, s, c, r),
    'deposit-records': () => depositRecordsPage(spec, s, c, r),
    spot: () => spotPage(spec, s, c, r),
    orders: () => ordersPage(spec, s, c, r),
    candydrop: () => candyPage(spec, s, c),
    square: () => squarePage(spec, s),
    news: () => newsPage(spec, s),
    security: () => securityPage(spec, s),
  }[spec.page]();
  return wrap(spec, body);
}

/** A photo-like picture (no text): smooth gradients, blobs and noise, as an HTML canvas page. */
export function renderPhoto(width: number, height: number, seed: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>*{margin:0}body{width:${width}px;height:${height}px;overflow:hidden}</style></head><body><canvas id="c" width="${width}" height="${height}"></canvas><script>
  let s=${seed >>> 0 || 1};const r=()=>{s^=s<<13;s^=s>>>17;s^=s<<5;return (s>>>0)/4294967296};
  const c=document.getElementById('c').getContext('2d');
  const g=c.createLinearGradient(0,0,0,${height});g.addColorStop(0,'#5b8fd6');g.addColorStop(0.55,'#f3c27a');g.addColorStop(0.56,'#3d6b35');g.addColorStop(1,'#1f3a1c');
  c.fillStyle=g;c.fillRect(0,0,${width},${height});
  for(let i=0;i<60;i++){const x=r()*${width},y=r()*${height},rad=20+r()*160;const rg=c.createRadialGradient(x,y,0,x,y,rad);rg.addColorStop(0,'rgba('+(r()*255|0)+','+(r()*255|0)+','+(r()*255|0)+',0.5)');rg.addColorStop(1,'rgba(0,0,0,0)');c.fillStyle=rg;c.fillRect(x-rad,y-rad,rad*2,rad*2);}
  const im=c.getImageData(0,0,${width},${height});for(let i=0;i<im.data.length;i+=4){const n=(r()-0.5)*40;im.data[i]+=n;im.data[i+1]+=n;im.data[i+2]+=n;}c.putImageData(im,0,0);
  </script></body></html>`;
}
