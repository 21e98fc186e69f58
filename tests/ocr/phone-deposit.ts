/**
 * A phone screenshot of Gate's app deposit page, made here (no real screenshot is copied): a status
 * bar, the page's own words (地址充值 / 站内转账, 选择币种, 链名称 with chain chips, "请将 WXTM 汇入如下地址"),
 * a real QR code of the address (ZXing's writer), the address written out, 保存二维码 / 复制, 充值须知;
 * drawn at DPR 3 and saved as a JPEG, as phones save them.
 */
import sharp from 'sharp';
import { qrPng } from './qr-code';

export const DEPOSIT_ADDRESS = '0x3f5CE5FBFe3E9af3971dD833D26bA9b5C936f0bE';

export async function phoneDepositJpeg(opts: { coin?: string; quality?: number; dpr?: number } = {}): Promise<Buffer> {
  const coin = opts.coin ?? 'WXTM';
  const dpr = opts.dpr ?? 3;
  const W = 390;
  const H = 844;
  const qr = (await qrPng(DEPOSIT_ADDRESS, 5)).toString('base64');
  const t = (x: number, y: number, size: number, text: string, weight = 400, fill = '#1f2329') =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="Noto Sans CJK SC, sans-serif">${text}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W * dpr}" height="${H * dpr}" viewBox="0 0 ${W} ${H}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    ${t(20, 18, 13, '9:41', 600)}${t(330, 18, 12, '5G 87%')}
    ${t(16, 58, 18, '‹', 400)}${t(170, 58, 17, '充值', 600)}
    ${t(24, 100, 15, '地址充值', 600)}${t(120, 100, 15, '站内转账', 400, '#8a919f')}
    ${t(24, 140, 13, '选择币种', 400, '#8a919f')}
    <rect x="20" y="150" width="350" height="44" rx="8" fill="#f5f6f8"/>${t(34, 178, 16, coin, 600)}${t(300, 178, 12, '充值没到账?', 400, '#2354e6')}
    ${t(24, 222, 13, '链名称', 400, '#8a919f')}
    <rect x="20" y="232" width="110" height="32" rx="6" fill="#e8efff"/>${t(30, 253, 12, '以太坊ERC20', 400, '#2354e6')}
    <rect x="140" y="232" width="100" height="32" rx="6" fill="#f5f6f8"/>${t(150, 253, 12, '波场TRC20')}
    ${t(24, 296, 14, `请将${coin}汇入如下地址`, 600)}
    <image x="120" y="310" width="150" height="150" href="data:image/png;base64,${qr}"/>
    ${t(24, 490, 12, DEPOSIT_ADDRESS.slice(0, 22))}${t(24, 508, 12, DEPOSIT_ADDRESS.slice(22))}
    <rect x="20" y="528" width="170" height="40" rx="8" fill="#f5f6f8"/>${t(68, 553, 14, '保存二维码')}
    <rect x="200" y="528" width="170" height="40" rx="8" fill="#2354e6"/>${t(272, 553, 14, '复制', 400, '#ffffff')}
    ${t(24, 606, 14, '充值须知', 600)}
    ${t(24, 630, 12, `最小充值数量 10 ${coin},小于该数量将无法到账`, 400, '#8a919f')}
    ${t(24, 650, 12, '充值需要 64 个网络确认后到账', 400, '#8a919f')}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: opts.quality ?? 82 }).toBuffer();
}

/** The look-alike: Gate's app withdraw page (coin, network, an address *field*, fee, amount received). */
export async function phoneWithdrawJpeg(opts: { coin?: string; quality?: number; dpr?: number } = {}): Promise<Buffer> {
  const coin = opts.coin ?? 'WXTM';
  const dpr = opts.dpr ?? 3;
  const W = 390;
  const H = 844;
  const t = (x: number, y: number, size: number, text: string, weight = 400, fill = '#1f2329') =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}" font-family="Noto Sans CJK SC, sans-serif">${text}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W * dpr}" height="${H * dpr}" viewBox="0 0 ${W} ${H}">
    <rect width="100%" height="100%" fill="#ffffff"/>
    ${t(20, 18, 13, '9:41', 600)}${t(330, 18, 12, '5G 87%')}
    ${t(16, 58, 18, '‹')}${t(170, 58, 17, '提现', 600)}
    ${t(24, 100, 15, '链上提现', 600)}${t(120, 100, 15, '站内转账', 400, '#8a919f')}
    ${t(24, 140, 13, '选择币种', 400, '#8a919f')}
    <rect x="20" y="150" width="350" height="44" rx="8" fill="#f5f6f8"/>${t(34, 178, 16, coin, 600)}
    ${t(24, 222, 13, '链名称', 400, '#8a919f')}
    <rect x="20" y="232" width="110" height="32" rx="6" fill="#e8efff"/>${t(30, 253, 12, '以太坊ERC20', 400, '#2354e6')}
    ${t(24, 296, 13, '提现地址', 400, '#8a919f')}
    <rect x="20" y="306" width="350" height="44" rx="8" fill="#f5f6f8"/>${t(34, 334, 13, '请输入或长按粘贴地址', 400, '#b0b5bf')}
    ${t(24, 378, 13, '数量', 400, '#8a919f')}
    <rect x="20" y="388" width="350" height="44" rx="8" fill="#f5f6f8"/>${t(34, 416, 13, '最小提现数量 20', 400, '#b0b5bf')}${t(330, 416, 13, '全部', 400, '#2354e6')}
    ${t(24, 456, 12, `可用余额 1,250.00 ${coin}`, 400, '#8a919f')}
    ${t(24, 690, 13, '手续费', 400, '#8a919f')}${t(280, 690, 13, `5 ${coin}`)}
    ${t(24, 716, 13, '实际到账', 400, '#8a919f')}${t(280, 716, 13, `0 ${coin}`)}
    <rect x="20" y="740" width="350" height="46" rx="8" fill="#2354e6"/>${t(165, 769, 15, '申请提现', 600, '#ffffff')}
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: opts.quality ?? 82 }).toBuffer();
}
