/**
 * Every sentence the checklist rules produce, in the three UI languages. A rule returns
 * `{ key, params }`; these templates turn it into text. Keys are `rules.<rule>.<case>`; a tests
 * meta-check makes sure every key a rule can emit exists here with the same placeholders in each
 * language.
 */
import type { ScreenshotKind } from '../../contests/schema';
import type { Lang, MessageTable } from '../index';

const KIND_NAMES = {
  deposit: { 'zh-Hant': '充值記錄', 'zh-Hans': '充值记录', en: 'deposit record' },
  trade: { 'zh-Hant': '交易頁面', 'zh-Hans': '交易页面', en: 'trading page' },
  candydrop: { 'zh-Hant': 'CandyDrop 報名', 'zh-Hans': 'CandyDrop 报名', en: 'CandyDrop registration' },
  staking: { 'zh-Hant': 'Launchpool 質押記錄', 'zh-Hans': 'Launchpool 质押记录', en: 'Launchpool staking record' },
} as const satisfies Record<ScreenshotKind, unknown>;
type Kind = keyof typeof KIND_NAMES;
const KINDS = Object.keys(KIND_NAMES) as Kind[];

/** One entry per screenshot kind, from a template that receives the kind's name. */
function perKind(prefix: string, make: (name: (typeof KIND_NAMES)[Kind]) => { 'zh-Hant': string; 'zh-Hans': string; en: string }): MessageTable {
  return Object.fromEntries(KINDS.map((kind) => [`${prefix}.${kind}`, make(KIND_NAMES[kind])]));
}

/** The message key of a kind's name, for list params (`{kinds}`: the contest's accepted kinds). */
export const kindKey = (kind: ScreenshotKind) => `rules.kind.${kind}`;

export const RULE_MESSAGES: MessageTable = {
  ...Object.fromEntries(KINDS.map((kind) => [kindKey(kind), KIND_NAMES[kind]])),
  // ── Length ──
  'rules.length.pass.zi': {
    'zh-Hant': '字數 {count},已達 {min} 字',
    'zh-Hans': '字数 {count},已达 {min} 字',
    en: '{count} 字, at least {min} needed: met',
  },
  'rules.length.fail.zi': {
    'zh-Hant': '字數 {count},還差 {missing} 字(至少 {min} 字)',
    'zh-Hans': '字数 {count},还差 {missing} 字(至少 {min} 字)',
    en: '{count} 字: {missing} more needed (at least {min})',
  },
  'rules.length.pass.words': {
    'zh-Hant': '{count} 詞,已達 {min} 詞',
    'zh-Hans': '{count} 词,已达 {min} 词',
    en: '{count} words, at least {min} needed: met',
  },
  'rules.length.fail.words': {
    'zh-Hant': '{count} 詞,還差 {missing} 詞(至少 {min} 詞)',
    'zh-Hans': '{count} 词,还差 {missing} 词(至少 {min} 词)',
    en: '{count} words: {missing} more needed (at least {min})',
  },
  'rules.length.breakdown.zi': {
    'zh-Hant': '{count} 字 = {han} 個漢字 + {words} 個外文詞或數字;標籤、連結、標點和表情不計',
    'zh-Hans': '{count} 字 = {han} 个汉字 + {words} 个外文词或数字;标签、链接、标点和表情不计',
    en: '字 {count} = {han} 漢字 + {words} words; tags, links, punctuation and emoji not counted',
  },
  'rules.length.breakdown.cjk': {
    'zh-Hant': '{count} 字 = {cjk} 個漢字、假名或韓文字 + {words} 個其他文字的詞;標籤、連結、標點和表情不計',
    'zh-Hans': '{count} 字 = {cjk} 个汉字、假名或韩文字 + {words} 个其他文字的词;标签、链接、标点和表情不计',
    en: '字 {count} = {cjk} CJK characters (Han, kana, Hangul) + {words} words; tags, links, punctuation and emoji not counted',
  },
  'rules.length.breakdown.words': {
    'zh-Hant': '{count} 詞 = {words} 個詞 + {cjk} 個漢字(每字算一詞);標籤、連結、標點和表情不計',
    'zh-Hans': '{count} 词 = {words} 个词 + {cjk} 个汉字(每字算一词);标签、链接、标点和表情不计',
    en: '{count} words = {words} words + {cjk} CJK characters (one word each); tags, links, punctuation and emoji not counted',
  },

  // ── Tags ──
  'rules.tag.found': {
    'zh-Hant': '已加標籤 {form}',
    'zh-Hans': '已加标签 {form}',
    en: 'Tag {form} is there',
  },
  'rules.tag.missing': {
    'zh-Hant': '缺少標籤 {tag}',
    'zh-Hans': '缺少标签 {tag}',
    en: 'Tag {tag} is missing',
  },
  'rules.tag.nearMiss.invisible': {
    'zh-Hant': '{found} 裡有看不見的字元(零寬字元或不換行空格),與 {tag} 不是同一個標籤;改為 {fix}',
    'zh-Hans': '{found} 里有看不见的字符(零宽字符或不换行空格),与 {tag} 不是同一个标签;改为 {fix}',
    en: '{found} holds an invisible character (zero-width or no-break space), so it is not {tag}; change it to {fix}',
  },
  'rules.tag.nearMiss.fullwidth-hash': {
    'zh-Hant': '{found} 用了全形 ＃,不算標籤 {tag};改為半形 # :{fix}',
    'zh-Hans': '{found} 用了全角 ＃,不算标签 {tag};改为半角 # :{fix}',
    en: '{found} uses the full-width ＃, so it is not the tag {tag}; use the plain #: {fix}',
  },
  'rules.tag.nearMiss.missing-closing-hash': {
    'zh-Hant': '{found} 少了結尾的 #,不算標籤 {tag};改為 {fix}',
    'zh-Hans': '{found} 少了结尾的 #,不算标签 {tag};改为 {fix}',
    en: '{found} lacks the closing #, so it is not the tag {tag}; change it to {fix}',
  },
  'rules.tag.nearMiss.missing-opening-hash': {
    'zh-Hant': '{found} 少了開頭的 #,不算標籤 {tag};改為 {fix}',
    'zh-Hans': '{found} 少了开头的 #,不算标签 {tag};改为 {fix}',
    en: '{found} lacks the opening #, so it is not the tag {tag}; change it to {fix}',
  },
  'rules.tag.nearMiss.extra-closing-hash': {
    'zh-Hant': '{found} 多了結尾的 #,本活動的標籤是 {tag};改為 {fix}',
    'zh-Hans': '{found} 多了结尾的 #,本活动的标签是 {tag};改为 {fix}',
    en: '{found} has an extra closing #; this contest’s tag is {tag}; change it to {fix}',
  },
  'rules.tag.nearMiss.spaces': {
    'zh-Hant': '{found} 的空格與 {tag} 不同,不是同一個標籤;改為 {fix}',
    'zh-Hans': '{found} 的空格与 {tag} 不同,不是同一个标签;改为 {fix}',
    en: '{found} is spaced differently from {tag}, so it is another tag; change it to {fix}',
  },
  'rules.tag.nearMiss.traditional': {
    'zh-Hant': '{found} 用了繁體字,活動標籤是簡體的 {tag};改為 {fix}',
    'zh-Hans': '{found} 用了繁体字,活动标签是简体的 {tag};改为 {fix}',
    en: '{found} uses traditional characters; the contest tag is {tag} in simplified; change it to {fix}',
  },
  'rules.tag.nearMiss.simplified': {
    'zh-Hant': '{found} 用了簡體字,活動標籤是繁體的 {tag};改為 {fix}',
    'zh-Hans': '{found} 用了简体字,活动标签是繁体的 {tag};改为 {fix}',
    en: '{found} uses simplified characters; the contest tag is {tag} in traditional; change it to {fix}',
  },
  'rules.tag.nearMiss.fullwidth': {
    'zh-Hant': '{found} 用了全形字母或數字,不算標籤 {tag};改為 {fix}',
    'zh-Hans': '{found} 用了全角字母或数字,不算标签 {tag};改为 {fix}',
    en: '{found} uses full-width letters or digits, so it is not the tag {tag}; change it to {fix}',
  },
  'rules.tag.nearMiss.chip': {
    'zh-Hant': '{found} 是從建議清單選入的話題(編輯器裡的一整塊),不是打出來的字:按「改成 {fix}」換掉整個話題,或刪掉它再輸入 {fix}',
    'zh-Hans': '{found} 是从建议列表选入的话题(编辑器里的一整块),不是打出来的字:按「改成 {fix}」换掉整个话题,或删掉它再输入 {fix}',
    en: '{found} is a topic chosen from the suggestion list (one block in the editor), not typed text: use “Replace with {fix}” to swap the whole topic, or delete it and type {fix}',
  },
  'rules.tag.nearMiss.case': {
    'zh-Hant': '{found} 的大小寫與 {tag} 不同;改為 {fix}',
    'zh-Hans': '{found} 的大小写与 {tag} 不同;改为 {fix}',
    en: '{found} differs from {tag} in letter case; change it to {fix}',
  },

  // ── Screenshot (the item) ──
  'rules.screenshot.none': {
    'zh-Hant': '本活動不需要截圖',
    'zh-Hans': '本活动不需要截图',
    en: 'This contest asks for no screenshot',
  },
  ...perKind('rules.screenshot.pass', (k) => ({
    'zh-Hant': `第 {position} 張圖是 {token} 的${k['zh-Hant']}截圖`,
    'zh-Hans': `第 {position} 张图是 {token} 的${k['zh-Hans']}截图`,
    en: `Image {position} is a {token} ${k.en} screenshot`,
  })),
  ...perKind('rules.screenshot.byWriter', (k) => ({
    'zh-Hant': `第 {position} 張圖:你確認這是你的 {token} ${k['zh-Hant']}截圖`,
    'zh-Hans': `第 {position} 张图:你确认这是你的 {token} ${k['zh-Hans']}截图`,
    en: `Image {position}: you confirmed it is your {token} ${k.en} screenshot`,
  })),
  'rules.screenshot.unsure.required': {
    'zh-Hant': '還無法確認截圖(見第 {position} 張圖的說明);若它是你的 {token} 活動截圖,請標記為你的',
    'zh-Hans': '还无法确认截图(见第 {position} 张图的说明);若它是你的 {token} 活动截图,请标记为你的',
    en: 'The screenshot cannot be confirmed yet (see image {position}); if it is your {token} activity screenshot, mark it as yours',
  },
  'rules.screenshot.unsure.preferred': {
    'zh-Hant': '還無法確認截圖(見第 {position} 張圖的說明);若它是你的 {token} 活動截圖,可標記為你的',
    'zh-Hans': '还无法确认截图(见第 {position} 张图的说明);若它是你的 {token} 活动截图,可标记为你的',
    en: 'The screenshot cannot be confirmed (see image {position}); if it is your {token} activity screenshot, you can mark it as yours',
  },
  'rules.screenshot.reading': {
    'zh-Hant': '正在辨識截圖({pending}/{total} 張未完成)',
    'zh-Hans': '正在识别截图({pending}/{total} 张未完成)',
    en: 'Reading screenshots ({pending} of {total} still to go)',
  },
  'rules.screenshot.missing.required': {
    'zh-Hant': '缺少本人的 {token} 活動截圖({kinds})',
    'zh-Hans': '缺少本人的 {token} 活动截图({kinds})',
    en: 'Your {token} activity screenshot is missing ({kinds})',
  },
  'rules.screenshot.missing.preferred': {
    'zh-Hant': '建議附上本人的 {token} 活動截圖({kinds}):附截圖者優先',
    'zh-Hans': '建议附上本人的 {token} 活动截图({kinds}):附截图者优先',
    en: 'Recommended: attach your {token} activity screenshot ({kinds}); posts with one come first',
  },
  'rules.screenshot.noProof.required': {
    'zh-Hant': '{total} 張圖都不是 {token} 的活動截圖:需要{kinds}',
    'zh-Hans': '{total} 张图都不是 {token} 的活动截图:需要{kinds}',
    en: 'None of the {total} images is a {token} activity screenshot: a {kinds} is required',
  },
  'rules.screenshot.noProof.preferred': {
    'zh-Hant': '{total} 張圖都不是 {token} 的活動截圖;建議附上{kinds},附截圖者優先',
    'zh-Hans': '{total} 张图都不是 {token} 的活动截图;建议附上{kinds},附截图者优先',
    en: 'None of the {total} images is a {token} activity screenshot; attaching a {kinds} is recommended',
  },

  // ── Screenshot (each image) ──
  'rules.image.unread': {
    'zh-Hant': '第 {position} 張圖:等待辨識',
    'zh-Hans': '第 {position} 张图:等待识别',
    en: 'Image {position}: waiting to be read',
  },
  'rules.image.reading': {
    'zh-Hant': '第 {position} 張圖:辨識中 {percent}%',
    'zh-Hans': '第 {position} 张图:识别中 {percent}%',
    en: 'Image {position}: reading, {percent}%',
  },
  'rules.image.failed': {
    'zh-Hant': '第 {position} 張圖:無法辨識({reason})',
    'zh-Hans': '第 {position} 张图:无法识别({reason})',
    en: 'Image {position}: could not be read ({reason})',
  },
  ...imageFailures(),
  ...perKind('rules.image.proof', (k) => ({
    'zh-Hant': `第 {position} 張圖:{token} ${k['zh-Hant']}(依據:{evidence})`,
    'zh-Hans': `第 {position} 张图:{token} ${k['zh-Hans']}(依据:{evidence})`,
    en: `Image {position}: {token} ${k.en} (seen: {evidence})`,
  })),
  ...perKind('rules.image.wrongKind', (k) => ({
    'zh-Hant': `第 {position} 張圖是${k['zh-Hant']},本活動不接受這類截圖`,
    'zh-Hans': `第 {position} 张图是${k['zh-Hans']},本活动不接受这类截图`,
    en: `Image {position} is a ${k.en}, which this contest does not accept`,
  })),
  ...perKind('rules.image.otherCoin', (k) => ({
    'zh-Hant': `第 {position} 張圖是 {other} 的${k['zh-Hant']},不是 {token}`,
    'zh-Hans': `第 {position} 张图是 {other} 的${k['zh-Hans']},不是 {token}`,
    en: `Image {position} is a ${k.en} of {other}, not {token}`,
  })),
  ...perKind('rules.image.noToken', (k) => ({
    'zh-Hant': `第 {position} 張圖是${k['zh-Hant']},但看不到 {token}`,
    'zh-Hans': `第 {position} 张图是${k['zh-Hans']},但看不到 {token}`,
    en: `Image {position} is a ${k.en}, but {token} cannot be seen on it`,
  })),
  ...perKind('rules.image.unsure', (k) => ({
    'zh-Hant': `第 {position} 張圖像是 {token} 的${k['zh-Hant']},但辨識不夠確定(依據:{evidence});請確認圖片清晰、未裁掉標題`,
    'zh-Hans': `第 {position} 张图像是 {token} 的${k['zh-Hans']},但识别不够确定(依据:{evidence});请确认图片清晰、未裁掉标题`,
    en: `Image {position} looks like a {token} ${k.en}, but the reading is not sure enough (seen: {evidence}); check it is sharp and shows the page title`,
  })),
  ...perKind('rules.image.byWriter', (k) => ({
    'zh-Hant': `第 {position} 張圖:你確認這是你的 {token} ${k['zh-Hant']}`,
    'zh-Hans': `第 {position} 张图:你确认这是你的 {token} ${k['zh-Hans']}`,
    en: `Image {position}: your {token} ${k.en}, as you confirmed`,
  })),
  'rules.image.withdraw': {
    'zh-Hant': '第 {position} 張圖是提現頁面(依據:{evidence}),不是充值記錄,不算參與證明',
    'zh-Hans': '第 {position} 张图是提现页面(依据:{evidence}),不是充值记录,不算参与证明',
    en: 'Image {position} is a withdrawal page (seen: {evidence}), not a deposit record, so it proves no participation',
  },
  'rules.image.mentionOnly': {
    'zh-Hant': '第 {position} 張圖是提到 {token} 的貼文或新聞,不是{kinds},不算參與證明',
    'zh-Hans': '第 {position} 张图是提到 {token} 的帖子或新闻,不是{kinds},不算参与证明',
    en: 'Image {position} is a post or news item that mentions {token}, not a {kinds}, so it proves no participation',
  },
  'rules.image.loginPage': {
    'zh-Hant': '第 {position} 張圖是登入頁面(依據:{evidence}),不是{kinds},不算參與證明',
    'zh-Hans': '第 {position} 张图是登录页面(依据:{evidence}),不是{kinds},不算参与证明',
    en: 'Image {position} is a login page (seen: {evidence}), not a {kinds}, so it proves no participation',
  },
  'rules.image.apiKeyPage': {
    'zh-Hant': '第 {position} 張圖是 API 金鑰管理頁面(依據:{evidence}),不是{kinds},不算參與證明;請勿公開 API 金鑰',
    'zh-Hans': '第 {position} 张图是 API 密钥管理页面(依据:{evidence}),不是{kinds},不算参与证明;请勿公开 API 密钥',
    en: 'Image {position} is an API key page (seen: {evidence}), not a {kinds}, so it proves no participation; never post API keys',
  },
  'rules.image.assetsPage': {
    'zh-Hant': '第 {position} 張圖是資產總覽(依據:{evidence}),不是{kinds},不算參與證明',
    'zh-Hans': '第 {position} 张图是资产总览(依据:{evidence}),不是{kinds},不算参与证明',
    en: 'Image {position} is an asset overview (seen: {evidence}), not a {kinds}, so it proves no participation',
  },
  'rules.image.menuPage': {
    'zh-Hant': '第 {position} 張圖是帳戶選單(依據:{evidence}),不是{kinds},不算參與證明',
    'zh-Hans': '第 {position} 张图是账户菜单(依据:{evidence}),不是{kinds},不算参与证明',
    en: 'Image {position} is the account menu (seen: {evidence}), not a {kinds}, so it proves no participation',
  },
  'rules.image.postPage': {
    'zh-Hant': '第 {position} 張圖是一則貼文,不是{kinds},不算參與證明',
    'zh-Hans': '第 {position} 张图是一条帖子,不是{kinds},不算参与证明',
    en: 'Image {position} is a post, not a {kinds}, so it proves no participation',
  },
  'rules.image.tokenUnplaced': {
    'zh-Hant': '第 {position} 張圖上有 {token},但看不出是{kinds}',
    'zh-Hans': '第 {position} 张图上有 {token},但看不出是{kinds}',
    en: 'Image {position} shows {token}, but it cannot be told whether it is a {kinds}',
  },
  'rules.image.noText': {
    'zh-Hant': '第 {position} 張圖上讀不到文字,無法判斷',
    'zh-Hans': '第 {position} 张图上读不到文字,无法判断',
    en: 'Image {position}: no text could be read, so it cannot be judged',
  },
  'rules.image.notActivity': {
    'zh-Hant': '第 {position} 張圖:看不出是{kinds},也沒看到 {token}',
    'zh-Hans': '第 {position} 张图:看不出是{kinds},也没看到 {token}',
    en: 'Image {position}: no {kinds} recognised, and no {token} seen',
  },

  // ── Deadline ──
  'rules.deadline.upcoming': {
    'zh-Hant': '活動尚未開始:{start} 開始,還有 {days} 天 {hours} 小時 {minutes} 分;現在發布不計入',
    'zh-Hans': '活动尚未开始:{start} 开始,还有 {days} 天 {hours} 小时 {minutes} 分;现在发布不计入',
    en: 'Not started yet: starts {start}, in {days} d {hours} h {minutes} min; a post published now does not count',
  },
  'rules.deadline.open': {
    'zh-Hant': '距截止 {days} 天 {hours} 小時 {minutes} 分(截止 {end})',
    'zh-Hans': '距截止 {days} 天 {hours} 小时 {minutes} 分(截止 {end})',
    en: '{days} d {hours} h {minutes} min left (deadline {end})',
  },
  'rules.deadline.closing': {
    'zh-Hant': '最後 24 小時:只剩 {hours} 小時 {minutes} 分(截止 {end})',
    'zh-Hans': '最后 24 小时:只剩 {hours} 小时 {minutes} 分(截止 {end})',
    en: 'Last 24 hours: {hours} h {minutes} min left (deadline {end})',
  },
  'rules.deadline.closed': {
    'zh-Hant': '活動已於 {end} 截止,現在發布不計入',
    'zh-Hans': '活动已于 {end} 截止,现在发布不计入',
    en: 'The contest closed at {end}; a post published now does not count',
  },

  // ── Overall ──
  'rules.overall.pass': {
    'zh-Hant': '全部符合,可以發布',
    'zh-Hans': '全部符合,可以发布',
    en: 'All set: ready to publish',
  },
  'rules.overall.fail': {
    'zh-Hant': '還有 {failed} 項未符合',
    'zh-Hans': '还有 {failed} 项未符合',
    en: '{failed} item(s) still to fix',
  },
  'rules.overall.pending': {
    'zh-Hant': '其餘都符合,正在等待截圖辨識',
    'zh-Hans': '其余都符合,正在等待截图识别',
    en: 'Everything else is met; waiting for the screenshot to be read',
  },
  'rules.internalError': {
    'zh-Hant': '檢查「{rule}」時出錯,請重新整理頁面',
    'zh-Hans': '检查「{rule}」时出错,请刷新页面',
    en: 'The “{rule}” check failed; reload the page',
  },
};

/** Why an image could not be read, one sentence per reason (lib/ocr FAILURE_REASONS and the host's own). */
function imageFailures(): MessageTable {
  const reasons: Record<string, Record<Lang, string>> = {
    empty: { 'zh-Hant': '檔案是空的(0 位元組)', 'zh-Hans': '文件是空的(0 字节)', en: 'the file is empty (0 bytes)' },
    'not-an-image': {
      'zh-Hant': '這不是圖片檔(可能是改了副檔名的文字檔)',
      'zh-Hans': '这不是图片文件(可能是改了扩展名的文本文件)',
      en: 'this is not an image file (perhaps a renamed text file)',
    },
    svg: {
      'zh-Hant': 'SVG 是向量圖,不是截圖,請附 PNG 或 JPG',
      'zh-Hans': 'SVG 是矢量图,不是截图,请附 PNG 或 JPG',
      en: 'an SVG is a drawing, not a screenshot; attach a PNG or JPG',
    },
    'unsupported-format': {
      'zh-Hant': '瀏覽器無法解碼這種圖片格式,請改存成 PNG 或 JPG',
      'zh-Hans': '浏览器无法解码这种图片格式,请改存成 PNG 或 JPG',
      en: 'the browser cannot decode this format; save it as PNG or JPG',
    },
    truncated: {
      'zh-Hant': '檔案不完整(下載或複製時中斷),請重新截圖',
      'zh-Hans': '文件不完整(下载或复制时中断),请重新截图',
      en: 'the file is cut short (an interrupted download or copy); take the screenshot again',
    },
    undecodable: { 'zh-Hant': '圖片資料已損壞,無法解碼', 'zh-Hans': '图片数据已损坏,无法解码', en: 'the image data is corrupt and cannot be decoded' },
    'too-small': { 'zh-Hant': '圖片太小,看不出文字', 'zh-Hans': '图片太小,看不出文字', en: 'the image is too small to hold readable text' },
    'too-large': { 'zh-Hant': '圖片尺寸過大,無法處理', 'zh-Hans': '图片尺寸过大,无法处理', en: 'the image is too large to handle' },
    timeout: {
      'zh-Hant': '本機 OCR 太久沒有回應,已停止;可以再試一次',
      'zh-Hans': '本地 OCR 太久没有响应,已停止;可以再试一次',
      en: 'local OCR stopped answering; you can try again',
    },
    cancelled: { 'zh-Hant': '圖片已移除,停止辨識', 'zh-Hans': '图片已移除,停止识别', en: 'the image was removed; reading stopped' },
    'engine-failed': {
      'zh-Hant': '本機 OCR 引擎在辨識時停止了;可以再試一次',
      'zh-Hans': '本地 OCR 引擎在识别时停止了;可以再试一次',
      en: 'the local OCR engine stopped while reading; you can try again',
    },
    'host-unavailable': {
      'zh-Hant': '本機 OCR 暫時無法啟動;可以再試一次,若一直失敗請重新啟動瀏覽器',
      'zh-Hans': '本地 OCR 暂时无法启动;可以再试一次,若一直失败请重启浏览器',
      en: 'local OCR could not be started just now; try again, and restart the browser if it keeps failing',
    },
    refused: {
      'zh-Hant': '擴充功能內部出錯,未能送出這張圖;可以再試一次',
      'zh-Hans': '扩展内部出错,未能发送这张图;可以再试一次',
      en: 'an internal error kept this picture from being sent; you can try again',
    },
    'extension-stopped': {
      'zh-Hant': '擴充功能已停止(當機或剛更新);請在 擴充功能 頁面重新載入它,再重新整理這一頁',
      'zh-Hans': '扩展已停止(崩溃或刚更新);请在 扩展程序 页面重新加载它,再刷新这一页',
      en: 'the extension has stopped (it crashed or was just updated); reload it on the Extensions page, then reload this page',
    },
    'file-too-large': {
      'zh-Hant': '檔案超過 {limit} MB 上限,未辨識;請壓縮或重新截圖',
      'zh-Hans': '文件超过 {limit} MB 上限,未识别;请压缩或重新截图',
      en: 'the file is over the {limit} MB limit and was not read; compress it or take the screenshot again',
    },
    unreachable: {
      'zh-Hant': '無法取得這張圖的內容(來自其他網站),請從電腦選擇檔案上傳',
      'zh-Hans': '无法取得这张图的内容(来自其他网站),请从电脑选择文件上传',
      en: 'the picture cannot be fetched from its site; attach it from a file instead',
    },
  };
  const table: MessageTable = {};
  for (const [reason, why] of Object.entries(reasons)) {
    table[`rules.image.failed.${reason}`] = {
      'zh-Hant': `第 {position} 張圖:${why['zh-Hant']}`,
      'zh-Hans': `第 {position} 张图:${why['zh-Hans']}`,
      en: `Image {position}: ${why.en}`,
    };
  }
  return table;
}
