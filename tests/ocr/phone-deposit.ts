/**
 * A phone screenshot of Gate's app deposit page, made here (no real screenshot is copied): a status
 * bar, the page's own words (地址充值 / 站内转账, 选择币种, 链名称 with chain chips, "请将 WXTM 汇入如下地址"),
 * a real QR code of the address (ZXing's writer), the address written out, 保存二维码 / 复制, 充值须知;
 * drawn at DPR 3 and saved as a JPEG, as phones save them.
 */
import sharp from 'sharp';
import { qrPng } from './qr-code';

export const DEPOSIT_ADDRESS = '0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE';

const text = (x: number, y: number, size: number, s: string, weight = 400, fill = '#1f2329') =>
  `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="Noto Sans CJK SC, sans-serif">${s}</text>`;

async function phone(body: string, opts: { dpr?: number; quality?: number; dark?: boolean } = {}): Promise<Buffer> {
  const dpr = opts.dpr ?? 3;
  const bg = opts.dark ? '#0b0e11' : '#ffffff';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${390 * dpr}" height="${844 * dpr}" viewBox="0 0 390 844">
    <rect width="100%" height="100%" fill="${bg}"/>${body}</svg>`;
  return sharp(Buffer.from(opts.dark ? svg.replaceAll('#1f2329', '#eaecef') : svg))
    .jpeg({ quality: opts.quality ?? 82 })
    .toBuffer();
}

export async function phoneDepositJpeg(opts: { coin?: string; quality?: number; dpr?: number } = {}): Promise<Buffer> {
  const coin = opts.coin ?? 'WXTM';
  const qr = (await qrPng(DEPOSIT_ADDRESS, 5)).toString('base64');
  return phone(
    `
    ${text(20, 18, 13, '9:41', 600)}${text(330, 18, 12, '5G 87%')}
    ${text(16, 58, 18, '‹', 400)}${text(170, 58, 17, '充值', 600)}
    ${text(24, 100, 15, '地址充值', 600)}${text(120, 100, 15, '站内转账', 400, '#8a919f')}
    ${text(24, 140, 13, '选择币种', 400, '#8a919f')}
    <rect x="20" y="150" width="350" height="44" rx="8" fill="#f5f6f8"/>${text(34, 178, 16, coin, 600)}${text(300, 178, 12, '充值没到账?', 400, '#2354e6')}
    ${text(24, 222, 13, '链名称', 400, '#8a919f')}
    <rect x="20" y="232" width="110" height="32" rx="6" fill="#e8efff"/>${text(30, 253, 12, '以太坊ERC20', 400, '#2354e6')}
    <rect x="140" y="232" width="100" height="32" rx="6" fill="#f5f6f8"/>${text(150, 253, 12, '波场TRC20')}
    ${text(24, 296, 14, `请将${coin}汇入如下地址`, 600)}
    <image x="120" y="310" width="150" height="150" href="data:image/png;base64,${qr}"/>
    ${text(24, 490, 12, DEPOSIT_ADDRESS.slice(0, 22))}${text(24, 508, 12, DEPOSIT_ADDRESS.slice(22))}
    <rect x="20" y="528" width="170" height="40" rx="8" fill="#f5f6f8"/>${text(68, 553, 14, '保存二维码')}
    <rect x="200" y="528" width="170" height="40" rx="8" fill="#2354e6"/>${text(272, 553, 14, '复制', 400, '#ffffff')}
    ${text(24, 606, 14, '充值须知', 600)}
    ${text(24, 630, 12, `最小充值数量 10 ${coin},小于该数量将无法到账`, 400, '#8a919f')}
    ${text(24, 650, 12, '充值需要 64 个网络确认后到账', 400, '#8a919f')}`,
    opts,
  );
}

/** The look-alike: Gate's app withdraw page (coin, network, an address *field*, fee, amount received). */
export function phoneWithdrawJpeg(opts: { coin?: string; quality?: number; dpr?: number } = {}): Promise<Buffer> {
  const coin = opts.coin ?? 'WXTM';
  return phone(
    `
    ${text(20, 18, 13, '9:41', 600)}${text(330, 18, 12, '5G 87%')}
    ${text(16, 58, 18, '‹')}${text(170, 58, 17, '提现', 600)}
    ${text(24, 100, 15, '链上提现', 600)}${text(120, 100, 15, '站内转账', 400, '#8a919f')}
    ${text(24, 140, 13, '选择币种', 400, '#8a919f')}
    <rect x="20" y="150" width="350" height="44" rx="8" fill="#f5f6f8"/>${text(34, 178, 16, coin, 600)}
    ${text(24, 222, 13, '链名称', 400, '#8a919f')}
    <rect x="20" y="232" width="110" height="32" rx="6" fill="#e8efff"/>${text(30, 253, 12, '以太坊ERC20', 400, '#2354e6')}
    ${text(24, 296, 13, '提现地址', 400, '#8a919f')}
    <rect x="20" y="306" width="350" height="44" rx="8" fill="#f5f6f8"/>${text(34, 334, 13, '请输入或长按粘贴地址', 400, '#b0b5bf')}
    ${text(24, 378, 13, '数量', 400, '#8a919f')}
    <rect x="20" y="388" width="350" height="44" rx="8" fill="#f5f6f8"/>${text(34, 416, 13, '最小提现数量 20', 400, '#b0b5bf')}${text(330, 416, 13, '全部', 400, '#2354e6')}
    ${text(24, 456, 12, `可用余额 1,250.00 ${coin}`, 400, '#8a919f')}
    ${text(24, 690, 13, '手续费', 400, '#8a919f')}${text(280, 690, 13, `5 ${coin}`)}
    ${text(24, 716, 13, '实际到账', 400, '#8a919f')}${text(280, 716, 13, `0 ${coin}`)}
    <rect x="20" y="740" width="350" height="46" rx="8" fill="#2354e6"/>${text(165, 769, 15, '申请提现', 600, '#ffffff')}`,
    opts,
  );
}

/** Gate's app deposit records: rows of coin, amount, status and time, the coin in 13 px cells. */
export function phoneDepositRecordsJpeg(opts: { coin?: string; quality?: number; dpr?: number; dark?: boolean } = {}): Promise<Buffer> {
  const coin = opts.coin ?? 'WXTM';
  const rows = [0, 1, 2]
    .map((i) => {
      const y = 150 + i * 120;
      return `${text(24, y, 13, coin, 600)}${text(300, y, 13, '已完成', 400, '#0ecb81')}
        ${text(24, y + 24, 12, '数量', 400, '#8a919f')}${text(250, y + 24, 12, `${(1250 - i * 300).toFixed(2)} ${coin}`)}
        ${text(24, y + 46, 12, '时间', 400, '#8a919f')}${text(230, y + 46, 12, `2025-08-0${8 + i} 1${i}:2${i}:05`)}
        ${text(24, y + 68, 12, '交易哈希', 400, '#8a919f')}${text(190, y + 68, 12, `0x9a${i}f…c3e${i}`)}`;
    })
    .join('');
  return phone(
    `${text(20, 18, 13, '9:41', 600)}${text(330, 18, 12, '5G 87%')}
    ${text(16, 58, 18, '‹')}${text(150, 58, 17, '充值记录', 600)}
    ${text(24, 100, 13, '全部币种', 400, '#8a919f')}${text(150, 100, 13, '近30天', 400, '#8a919f')}${rows}`,
    opts,
  );
}

/** Gate's app spot trade page: the pair as its title, buy/sell, the order book's columns, open orders. */
export function phoneSpotJpeg(opts: { coin?: string; quality?: number; dpr?: number; dark?: boolean } = {}): Promise<Buffer> {
  const coin = opts.coin ?? 'WXTM';
  const book = [0, 1, 2, 3, 4]
    .map((i) => `${text(230, 150 + i * 20, 11, (0.0131 - i * 0.0001).toFixed(4), 400, '#f6465d')}${text(320, 150 + i * 20, 11, `${1200 + i * 37}`)}`)
    .join('');
  return phone(
    `${text(20, 18, 13, '9:41', 600)}${text(330, 18, 12, '5G 87%')}
    ${text(24, 60, 17, `${coin}/USDT`, 700)}${text(150, 60, 13, '+3.21%', 400, '#0ecb81')}
    ${text(24, 100, 14, '买入', 600, '#0ecb81')}${text(80, 100, 14, '卖出', 400, '#8a919f')}
    ${text(24, 140, 12, '限价', 400, '#8a919f')}${text(24, 170, 13, '价格 (USDT)', 400, '#8a919f')}
    ${text(24, 200, 13, `数量 (${coin})`, 400, '#8a919f')}${text(24, 230, 12, '可用 152.40 USDT', 400, '#8a919f')}
    <rect x="20" y="250" width="180" height="40" rx="8" fill="#0ecb81"/>${text(80, 275, 14, `买入 ${coin}`, 600, '#ffffff')}
    ${text(230, 130, 11, '价格', 400, '#8a919f')}${text(320, 130, 11, '数量', 400, '#8a919f')}${book}
    ${text(24, 340, 14, '当前委托(1)', 600)}${text(140, 340, 14, '历史委托', 400, '#8a919f')}
    ${text(24, 370, 13, `${coin}/USDT 限价 买入`)}${text(24, 392, 12, '委托价格 0.0125', 400, '#8a919f')}${text(200, 392, 12, '委托数量 1,000', 400, '#8a919f')}`,
    opts,
  );
}

/**
 * Gate's app CandyDrop campaign after registering: the project, its prize pool, "已报名", and its
 * own deposit and trading tasks (which must not make it a deposit or a trade page).
 */
export function phoneCandyDropJpeg(opts: { coin?: string; quality?: number; dpr?: number; dark?: boolean } = {}): Promise<Buffer> {
  const coin = opts.coin ?? 'WXTM';
  const name = coin === 'WXTM' ? 'MinoTari' : 'Sahara AI';
  return phone(
    `${text(20, 18, 13, '9:41', 600)}${text(330, 18, 12, '5G 87%')}
    ${text(16, 58, 18, '‹')}${text(150, 58, 17, 'CandyDrop', 600)}
    ${text(24, 110, 18, `${name} (${coin})`, 700)}
    ${text(24, 140, 13, '奖池', 400, '#8a919f')}${text(24, 164, 16, `70,000 ${coin}`, 600)}
    ${text(220, 140, 13, '参与人数', 400, '#8a919f')}${text(220, 164, 16, '18,532', 600)}
    <rect x="20" y="190" width="350" height="44" rx="8" fill="#e8efff"/>${text(165, 218, 15, '已报名', 600, '#2354e6')}
    ${text(24, 270, 15, '任务', 600)}
    ${text(24, 302, 13, `充值 ${coin} ≥ 100`)}${text(300, 302, 12, '去完成', 400, '#2354e6')}
    ${text(24, 334, 13, `交易 ${coin}/USDT ≥ 50 USDT`)}${text(300, 334, 12, '去完成', 400, '#2354e6')}
    ${text(24, 366, 13, '邀请好友报名')}${text(300, 366, 12, '去邀请', 400, '#2354e6')}
    ${text(24, 410, 15, '我的奖励', 600)}${text(24, 436, 13, `0 ${coin}`)}`,
    opts,
  );
}
