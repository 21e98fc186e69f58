/**
 * Traditional → Simplified pairs of the characters that matter for contest tags and Gate Square
 * vocabulary (772 pairs): 創作大賽 → 创作大赛, 獎, 幣, 廣場, 交易 words, common function words.
 * Tag matching does not depend on which characters are listed: both sides are folded the same
 * way (see fold.ts), so the table only decides which near misses are recognised as a script
 * variant. Each entry is "繁简"; a simplified character is never itself a key, so folding is
 * idempotent (checked by tests).
 */
const PAIRS: readonly string[] = [
  '來来 倉仓 個个 們们 倫伦 偉伟 側侧 偽伪 備备 傳传 傷伤 僅仅 僞伪 價价 儀仪',
  '億亿 優优 儲储 兌兑 兒儿 內内 兩两 冊册 冪幂 則则 剛刚 創创 劃划 劇剧 劍剑',
  '勁劲 動动 務务 勝胜 勞劳 勢势 勵励 匯汇 區区 協协 卻却 厲厉 參参 員员 問问',
  '啓启 啟启 單单 嚴严 國国 圍围 園园 圓圆 圖图 團团 堅坚 報报 場场 塊块 壇坛',
  '壓压 壞坏 壯壮 壽寿 夠够 夢梦 夥伙 奪夺 奮奋 婦妇 媽妈 學学 實实 審审 寫写',
  '寬宽 寵宠 寶宝 將将 專专 尋寻 對对 導导 層层 屬属 島岛 師师 帳账 幣币 幫帮',
  '幹干 幾几 庫库 廠厂 廢废 廣广 廳厅 張张 強强 彈弹 彌弥 彎弯 彙汇 彥彦 後后',
  '徑径 從从 復复 徵征 徹彻 惡恶 惱恼 惻恻 愛爱 態态 慚惭 慣惯 慮虑 慶庆 憂忧',
  '憑凭 懇恳 應应 懲惩 懶懒 懷怀 戀恋 戰战 戲戏 戶户 拋抛 掃扫 掙挣 掛挂 採采',
  '揚扬 換换 揮挥 損损 搖摇 搶抢 摯挚 撐撑 撥拨 撫抚 擁拥 擇择 擊击 擔担 據据',
  '擠挤 擧举 擬拟 擴扩 擺摆 擾扰 攔拦 攜携 攝摄 攤摊 敗败 敘叙 敵敌 數数 斂敛',
  '斷断 於于 時时 暢畅 暫暂 曆历 曉晓 書书 會会 朧胧 東东 桿杆 條条 棄弃 棧栈',
  '椏桠 楊杨 業业 極极 榮荣 構构 槍枪 槓杠 槳桨 樂乐 樓楼 標标 樣样 樹树 橋桥',
  '機机 橫横 檔档 檢检 櫃柜 欄栏 權权 歎叹 歐欧 歡欢 歲岁 歷历 歸归 殘残 殺杀',
  '殼壳 氣气 氳氲 決决 沒没 況况 涼凉 淨净 減减 測测 準准 溫温 滄沧 滅灭 滯滞',
  '滿满 漁渔 漢汉 漲涨 漸渐 潔洁 潛潜 潤润 澀涩 澤泽 濃浓 濕湿 濟济 濾滤 瀉泻',
  '瀏浏 瀟潇 灑洒 灘滩 灣湾 災灾 為为 烏乌 烴烃 無无 煉炼 煙烟 煥焕 熱热 燈灯',
  '燒烧 營营 爛烂 爭争 爲为 爺爷 牆墙 牽牵 犧牺 狀状 猙狰 猶犹 獄狱 獎奖 獨独',
  '獲获 獸兽 獻献 現现 瑣琐 瑤瑶 璣玑 環环 璽玺 瓊琼 瓏珑 產产 産产 畝亩 畢毕',
  '畫画 異异 當当 瘋疯 療疗 癢痒 發发 皺皱 盜盗 盞盏 盡尽 監监 盤盘 盧卢 眾众',
  '睏困 睜睁 矯矫 碩硕 確确 碼码 磚砖 礎础 礙碍 礦矿 祕秘 祿禄 禍祸 禮礼 稅税',
  '稈秆 稟禀 種种 稱称 穀谷 穌稣 積积 穩稳 窩窝 窮穷 竄窜 竅窍 竊窃 競竞 筆笔',
  '筍笋 筧笕 箋笺 節节 範范 築筑 篩筛 簞箪 簡简 簫箫 簽签 簾帘 籃篮 籌筹 籠笼',
  '籤签 粵粤 糧粮 糾纠 紀纪 約约 紅红 納纳 紐纽 純纯 紗纱 紙纸 級级 紛纷 紡纺',
  '紮扎 細细 紹绍 終终 組组 結结 絕绝 絡络 絲丝 綁绑 經经 綜综 綠绿 綫线 維维',
  '網网 綿绵 緊紧 緒绪 線线 緝缉 緣缘 編编 緩缓 練练 縣县 縮缩 總总 績绩 織织',
  '繩绳 繪绘 繼继 續续 纖纤 罈坛 罰罚 罷罢 羅罗 義义 習习 聖圣 聞闻 聯联 聰聪',
  '聲声 職职 聽听 肅肃 脅胁 腎肾 腦脑 膚肤 膠胶 膽胆 臉脸 臨临 臺台 與与 興兴',
  '舉举 舊旧 舖铺 艙舱 艦舰 艱艰 莊庄 華华 萬万 葉叶 蓋盖 蔔卜 蔥葱 蕭萧 薑姜',
  '薦荐 薩萨 藍蓝 藝艺 藥药 蘆芦 蘇苏 蘊蕴 蘋苹 蘭兰 處处 虛虚 虜虏 號号 蛻蜕',
  '螞蚂 蟲虫 蟻蚁 蠶蚕 衆众 衊蔑 術术 衛卫 衝冲 衞卫 袞衮 裏里 補补 裝装 裡里',
  '製制 複复 襲袭 見见 規规 覓觅 視视 親亲 覺觉 覽览 觀观 觸触 訂订 計计 訊讯',
  '討讨 訓训 記记 訪访 設设 許许 訴诉 診诊 註注 詐诈 評评 詞词 詢询 試试 詩诗',
  '詭诡 話话 該该 詳详 誇夸 誌志 認认 誕诞 誘诱 語语 誠诚 誤误 說说 誰谁 課课',
  '調调 談谈 請请 論论 諾诺 謀谋 謊谎 謎谜 講讲 謝谢 謹谨 證证 識识 譜谱 譯译',
  '議议 護护 譽誉 讀读 變变 讓让 讚赞 豐丰 豬猪 貓猫 貝贝 負负 財财 貢贡 貧贫',
  '貨货 販贩 貪贪 貫贯 責责 貴贵 買买 貸贷 費费 貼贴 貿贸 賀贺 資资 賞赏 賠赔',
  '賣卖 賦赋 質质 賬账 賭赌 賴赖 賺赚 購购 賽赛 贈赠 贊赞 贏赢 贖赎 趕赶 趙赵',
  '趨趋 跡迹 踐践 蹤踪 躍跃 車车 軌轨 軍军 軟软 軸轴 較较 載载 輔辅 輕轻 輩辈',
  '輪轮 輯辑 輸输 轄辖 轉转 轎轿 辦办 辭辞 辯辩 農农 這这 連连 週周 進进 運运',
  '過过 達达 違违 遙遥 遜逊 遞递 遠远 適适 遲迟 遷迁 選选 遺遗 邁迈 還还 邊边',
  '郵邮 鄉乡 鄭郑 醞酝 醫医 釀酿 釋释 針针 鈔钞 鈕钮 鉛铅 銀银 銅铜 銳锐 銷销',
  '鋒锋 鋪铺 鋼钢 錄录 錢钱 錦锦 錯错 錶表 鍋锅 鍵键 鎖锁 鎮镇 鏈链 鏡镜 鐘钟',
  '鐮镰 鐵铁 鑑鉴 鑒鉴 鑰钥 鑽钻 長长 門门 閃闪 閉闭 開开 閑闲 閒闲 間间 閘闸',
  '閣阁 閱阅 闆板 闊阔 闖闯 關关 陣阵 陰阴 陳陈 陸陆 陽阳 隊队 階阶 際际 隨随',
  '險险 隱隐 隸隶 雖虽 雙双 雛雏 雜杂 雞鸡 離离 難难 雲云 電电 霧雾 靂雳 靈灵',
  '靜静 韋韦 韓韩 響响 頁页 頂顶 頃顷 項项 順顺 頌颂 預预 頓顿 頗颇 領领 頭头',
  '頸颈 頻频 顆颗 題题 額额 顏颜 願愿 類类 顧顾 顫颤 顯显 風风 颱台 飄飘 飛飞',
  '飢饥 飯饭 飽饱 餅饼 餓饿 餘余 館馆 餵喂 饒饶 馬马 駐驻 駕驾 騎骑 騙骗 騰腾',
  '騷骚 騾骡 驅驱 驕骄 驗验 驚惊 驟骤 體体 髮发 鬆松 鬍胡 鬥斗 鬧闹 鬱郁 魚鱼',
  '魯鲁 鮮鲜 鯨鲸 鳥鸟 鴨鸭 鴻鸿 鵝鹅 鶴鹤 鹽盐 麗丽 麥麦 麵面 麼么 黃黄 點点',
  '黨党 黴霉 齊齐 齒齿 齡龄 龍龙 龜龟',
];

/** Traditional code point → simplified code point. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = new Map(
  PAIRS.join(' ')
    .split(' ')
    .map((pair) => {
      const [t, s] = Array.from(pair);
      return [t.codePointAt(0)!, s.codePointAt(0)!] as [number, number];
    }),
);

/** Simplified code point → the traditional ones that fold to it (a simplified 发 has 發 and 髮). */
export const SIMPLIFIED_TO_TRADITIONAL: ReadonlyMap<number, readonly number[]> = (() => {
  const out = new Map<number, number[]>();
  for (const [t, s] of TRADITIONAL_TO_SIMPLIFIED) {
    const list = out.get(s) ?? [];
    list.push(t);
    out.set(s, list);
  }
  return out;
})();

/**
 * Pairs that reading announcement prose needs and the tag table above leaves out: 帶上話題 (add the
 * topic), 須 (must), 發佈 (publish), 統計, 並, 曬單. Found by running OpenCC's Traditional → Simplified
 * conversion over the real announcements in tests/fixtures/announcements/real and keeping what this
 * table missed. Kept apart from TRADITIONAL_TO_SIMPLIFIED on purpose: merged there, they would change
 * which tag near misses the keystroke path reports (a change to make with the tag tests, not here).
 * `reversible` pairs are converted back when a name is written in Traditional (须 → 須); the others
 * are also Traditional characters in their own right (布 in 發布, 并 in 合并), so they are not.
 */
const PROSE_PAIRS = {
  reversible: '統统 帶带 須须 諸诸 繞绕 執执 邏逻 檻槛 恆恒 給给 鉤钩 鳴鸣 滲渗 壟垄 釣钓 凍冻',
  oneWay: '並并 佈布 佔占 遊游 曬晒 樑梁 籲吁 闢辟 別别 託托',
};

const pairsOf = (list: string): [number, number][] =>
  list.split(' ').map((pair) => {
    const [t, s] = Array.from(pair);
    return [t.codePointAt(0)!, s.codePointAt(0)!];
  });

/** Traditional → Simplified for reading prose: the pairs the tag table leaves out (see PROSE_PAIRS). */
export const PROSE_TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = new Map([...pairsOf(PROSE_PAIRS.reversible), ...pairsOf(PROSE_PAIRS.oneWay)]);

/** Simplified → Traditional of the reversible prose pairs only (须 → 須, not 布 → 佈). */
export const PROSE_SIMPLIFIED_TO_TRADITIONAL: ReadonlyMap<number, number> = new Map(pairsOf(PROSE_PAIRS.reversible).map(([t, s]) => [s, t]));
