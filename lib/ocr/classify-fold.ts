/**
 * Folding OCR text (and the contest's keywords) into one comparable form, so that a keyword matches
 * whatever script and whatever OCR noise it was read with. Pure.
 *
 * - NFKC: full-width letters, digits and punctuation become ASCII (ＷＸＴＭ → WXTM, （ → ().
 * - Traditional → simplified for the characters of exchange pages (記錄 → 记录), so one keyword
 *   list serves zh-Hant and zh-Hans screenshots, and a chi_sim reading of a zh-Hant page still matches.
 * - Latin lower case, and the OCR confusions 0/o, 1/l/I/i/|, rn/m, vv/w folded to one letter.
 * - Spaces between CJK characters removed (tesseract puts some between ideographs).
 */

// Pairs: traditional (top) → simplified (bottom), same index. Characters of exchange UIs and posts.
const TRAD =
  '記錄網絡賬帳現貨當託歷買賣盤價獎報務幣種選擇數狀態額預計確認複製廣場約單財資產訂頁時間結參與勵規則動關註讚評論熱門話題訊聞碼驗證機綁郵釣魚漲對類紀總戶轉區塊鏈氣體發佈後從來會員個們這為爲於開啟將並線風險請術隱聽說覺樣還觀歡討創賽淨進離條視圖義擊點鐘號餘凍銷掛協議實名隨費權倉槓槓槓幫標準備達鎖額優質領導師際應礎廣濟營運現費樂東車電腦鍵盤';
const SIMP =
  '记录网络账帐现货当托历买卖盘价奖报务币种选择数状态额预计确认复制广场约单财资产订页时间结参与励规则动关注赞评论热门话题讯闻码验证机绑邮钓鱼涨对类纪总户转区块链气体发布后从来会员个们这为为于开启将并线风险请术隐听说觉样还观欢讨创赛净进离条视图义击点钟号余冻销挂协议实名随费权仓杠杠杠帮标准备达锁额优质领导师际应础广济营运现费乐东车电脑键盘';

const T2S = new Map<string, string>();
for (let i = 0; i < Math.min(TRAD.length, SIMP.length); i++) T2S.set(TRAD[i], SIMP[i]);

/** A CJK ideograph (and the compatibility block), where spaces between characters mean nothing. */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_SPACE = /([\u3400-\u9fff\uf900-\ufaff])\s+(?=[\u3400-\u9fff\uf900-\ufaff])/g;

export function toSimplified(s: string): string {
  let out = '';
  for (const ch of s) out += T2S.get(ch) ?? ch;
  return out;
}

/**
 * The comparable form of a piece of text. Keeps its length roughly but not exactly: use it on both
 * sides of a comparison, never to index into the original.
 */
export function fold(s: string): string {
  return toSimplified(s.normalize('NFKC'))
    .replace(CJK_SPACE, '$1')
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[0]/g, 'o')
    .replace(/[1i|!]/g, 'l')
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .trim();
}

export function hasCjk(s: string): boolean {
  return CJK.test(s);
}
