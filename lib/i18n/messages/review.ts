/**
 * What the review of a contest draft says (the reader's doubts, the schema's problems), wherever a
 * draft is reviewed: the panel's "Track this contest", the popup's first run, the options page.
 * Kept apart from the options page's table so the content script carries only these.
 */
import type { MessageTable } from '../index';

export const REVIEW_MESSAGES: MessageTable = {
  'options.invalid': {
    'zh-Hant': '這份活動資料有問題,沒有儲存:',
    'zh-Hans': '这份活动数据有问题,没有保存:',
    en: 'This contest data has problems; nothing was saved:',
  },
  'options.root': { 'zh-Hant': '(整份文件)', 'zh-Hans': '(整份文件)', en: '(the whole document)' },
  'options.warning.timezone-assumed': {
    'zh-Hant': '公告沒寫時區,已假設 UTC+8',
    'zh-Hans': '公告没写时区,已假设 UTC+8',
    en: 'No time zone stated; UTC+8 assumed',
  },
  'options.warning.year-assumed': {
    'zh-Hant': '活動時間沒寫年份,已取公告別處寫的年份或今年:請確認',
    'zh-Hans': '活动时间没写年份,已取公告别处写的年份或今年:请确认',
    en: 'The dates state no year; the year written elsewhere in the announcement, or else the current one, is used: check it',
  },
  'options.warning.time-assumed': { 'zh-Hant': '公告沒寫時刻,已假設', 'zh-Hans': '公告没写时刻,已假设', en: 'No time of day stated; one is assumed' },
  'options.warning.end-before-midnight': {
    'zh-Hant': '截止寫成 23:59,照原樣保留',
    'zh-Hans': '截止写成 23:59,照原样保留',
    en: 'The end is written as 23:59 and kept as stated',
  },
  'options.warning.window-reversed': { 'zh-Hant': '截止早於開始,請檢查', 'zh-Hans': '截止早于开始,请检查', en: 'The end is not after the start: check it' },
  'options.warning.window-ambiguous': {
    'zh-Hant': '找到多個日期區間,請確認用的是哪一個',
    'zh-Hans': '找到多个日期区间,请确认用的是哪一个',
    en: 'Several date ranges found: check which one is used',
  },
  'options.warning.tags-not-instructed': {
    'zh-Hant': '沒找到「添加標籤」的說明,已採用全部標籤',
    'zh-Hans': '没找到「添加标签」的说明,已采用全部标签',
    en: 'No "add the tags" line: every tag found is required',
  },
  'options.warning.length-more-than': {
    'zh-Hant': '「多於 N」已換算成最少 N+1',
    'zh-Hans': '「多于 N」已换算成最少 N+1',
    en: '"More than N" read as a minimum of N+1',
  },
  'options.warning.screenshot-implied': {
    'zh-Hant': '截圖要求是推斷的,請確認必填或優先',
    'zh-Hans': '截图要求是推断的,请确认必填或优先',
    en: 'The screenshot requirement is inferred: check required or preferred',
  },
  'options.warning.screenshot-kind-unknown': {
    'zh-Hant': '截圖頁面類型無法對應(如 Launchpad),接受任一類',
    'zh-Hans': '截图页面类型无法对应(如 Launchpad),接受任一类',
    en: 'The proof page is none the extension knows (deposit, trade, CandyDrop, Launchpool staking): any of them is accepted',
  },
  'options.warning.title-tag-differs': {
    'zh-Hant': '標題裡的標籤和規則要求的不同:已採用規則的標籤,請確認',
    'zh-Hans': '标题里的标签和规则要求的不同:已采用规则的标签,请确认',
    en: "The title's tag differs from the one the rules ask for: the rules' tag is used, check it",
  },
  'options.warning.length-conditional': {
    'zh-Hant': '字數要求只適用部分帖子(如第一帖或圖文帖),請確認',
    'zh-Hans': '字数要求只适用部分帖子(如第一帖或图文帖),请确认',
    en: 'The minimum applies to some posts only (the first post, or text posts): check it',
  },
  'options.warning.screenshot-conflict': {
    'zh-Hant': '公告一處說必附截圖、一處說附上者優先:已當作必附,請確認',
    'zh-Hans': '公告一处说必附截图、一处说附上者优先:已当作必附,请确认',
    en: 'The announcement says the screenshot is required in one place and preferred in another: read as required, check it',
  },
  'options.warning.window-open-ended': {
    'zh-Hant': '活動長期有效或按月進行,沒有固定截止:請填上你要的時間',
    'zh-Hans': '活动长期有效或按月进行,没有固定截止:请填上你要的时间',
    en: 'The contest runs long-term or monthly, with no fixed end: set the window you want',
  },
  'options.warning.window-guessed': {
    'zh-Hant': '這個日期區間沒寫明是活動時間(可能是評審或發獎期間):請確認',
    'zh-Hans': '这个日期区间没写明是活动时间(可能是评审或发奖期间):请确认',
    en: 'This date range is not said to be the contest period (it may be judging or payout): check it',
  },
  'options.warning.window-recurring': {
    'zh-Hant': '活動每天或每週重複,每一輪有自己的時間:請確認或填上你參加的那一輪',
    'zh-Hans': '活动每天或每周重复,每一轮有自己的时间:请确认或填上你参加的那一轮',
    en: 'The contest repeats daily or weekly, each round with its own window: check it, or set the round you enter',
  },
  'options.warning.date-order-assumed': {
    'zh-Hant': '日期的日、月順序公告沒寫清楚,已按「月/日」讀取:請確認',
    'zh-Hans': '日期的日、月顺序公告没写清楚,已按「月/日」读取:请确认',
    en: 'The dates could be day-first or month-first and the text never says which; read month-first: check them',
  },
  'options.warning.length-ambiguous': {
    'zh-Hant': '公告寫了不只一個字數,已取規則那行的:請確認',
    'zh-Hans': '公告写了不只一个字数,已取规则那行的:请确认',
    en: 'The announcement states more than one length; the one on the rule’s line is used: check it',
  },
  'options.warning.tag-example': {
    'zh-Hant': '舉例用的標籤沒有當成必帶標籤',
    'zh-Hans': '举例用的标签没有当成必带标签',
    en: 'A tag given as an example is not taken as required',
  },
  'options.warning.tag-punctuation': {
    'zh-Hant': '標籤後面緊跟問號或驚嘆號,話題名稱可能包含它:請到 Gate 確認',
    'zh-Hans': '标签后面紧跟问号或惊叹号,话题名称可能包含它:请到 Gate 确认',
    en: 'The tag is followed by “?” or “!”, which the topic’s name may include: check the topic on Gate',
  },
  'options.warning.tag-rule-unclear': {
    'zh-Hant': '公告對標籤的要求前後不一(全部帶上或擇一,或另有清單):請確認要帶哪些',
    'zh-Hans': '公告对标签的要求前后不一(全部带上或择一,或另有清单):请确认要带哪些',
    en: 'The announcement states the tag rule in more than one way (all of them, one of them, or a list elsewhere): check which tags a post needs',
  },
  'options.warning.tag-spelling': {
    'zh-Hant': '規則那行的標籤拼法和公告其他地方不同,已用較常見的拼法:請確認',
    'zh-Hans': '规则那行的标签拼法和公告其他地方不同,已用较常见的拼法:请确认',
    en: 'The rule’s line spells a tag differently from the rest of the announcement; the commoner spelling is used: check it',
  },
  'options.warning.tag-unmarked': {
    'zh-Hant': '公告說出了標籤名稱但沒有寫 # 號,已照名稱當成標籤:請確認貼文要怎麼帶上它',
    'zh-Hans': '公告说出了标签名称但没有写 # 号,已照名称当成标签:请确认帖子要怎么带上它',
    en: 'The announcement names a tag without a # sign; the name is taken as the tag: check how a post carries it',
  },
  'options.warning.rules-linked': {
    'zh-Hant': '完整規則在另一個連結裡,已記下網址',
    'zh-Hans': '完整规则在另一个链接里,已记下网址',
    en: 'The full rules are behind a link: its address is kept',
  },
  'options.warning.news-inserted': {
    'zh-Hant': '轉載網站在公告裡插入了自己的新聞,這幾行沒有讀取:請對照原公告',
    'zh-Hans': '转载网站在公告里插入了自己的新闻,这几行没有读取:请对照原公告',
    en: 'The site that restates the announcement inserted its own news items; those lines are not read: compare with the original',
  },
  'options.warning.text-cut-off': {
    'zh-Hant': '公告文字似乎被截斷了:請打開原文補齊',
    'zh-Hans': '公告文字似乎被截断了:请打开原文补齐',
    en: 'The text seems cut off: open the full announcement and fill in what is missing',
  },
  'options.warning.token-guessed': { 'zh-Hant': '代幣是推測的,請確認', 'zh-Hans': '代币是推测的,请确认', en: 'The token is a guess: check it' },
  'options.warning.winners-assumed': {
    'zh-Hant': '沒寫獲獎人數,已假設 1 名',
    'zh-Hans': '没写获奖人数,已假设 1 名',
    en: 'No number of winners stated: 1 assumed',
  },
  'options.warning.prize-shared': {
    'zh-Hant': '獎金為平分,已換算為每人金額',
    'zh-Hans': '奖金为平分,已换算为每人金额',
    en: 'A shared prize was split per winner',
  },
  'options.warning.prizes-vs-pool': { 'zh-Hant': '獎項加總與總獎池不一致', 'zh-Hans': '奖项加总与总奖池不一致', en: 'The prizes do not add up to the pool' },
  'options.warning.untranslated': {
    'zh-Hant': '部分文字只複製了原文,儲存前請翻譯',
    'zh-Hans': '部分文字只复制了原文,保存前请翻译',
    en: 'Some text was copied untranslated: translate it before saving',
  },
  'options.warning.text-truncated': {
    'zh-Hant': '貼上的文字超過 {max} 個字元,只讀了開頭的部分;公告通常在最前面',
    'zh-Hans': '粘贴的文字超过 {max} 个字符,只读了开头的部分;公告通常在最前面',
    en: 'The pasted text is over {max} characters: only its beginning was read (the announcement is usually at the top)',
  },
  'options.warning.over-limit': {
    'zh-Hant': '項目多於一個活動能存的上限,只保留了前面的',
    'zh-Hans': '项目多于一个活动能存的上限,只保留了前面的',
    en: 'More items than a contest can hold: only the first ones are kept',
  },
  'options.warning.unreadable': { 'zh-Hant': '公告無法讀取', 'zh-Hans': '公告无法读取', en: 'The announcement could not be read' },
  // The fields the reader can miss, as the review names them (the gap lines say these, not paths).
  'review.field.name': { 'zh-Hant': '活動名稱', 'zh-Hans': '活动名称', en: 'Contest name' },
  'review.field.tags': { 'zh-Hant': '必帶標籤', 'zh-Hans': '必带标签', en: 'Required tags' },
  'review.field.length.min': { 'zh-Hant': '最少字數', 'zh-Hans': '最少字数', en: 'Minimum length' },
  'review.field.window.start': { 'zh-Hant': '開始時間', 'zh-Hans': '开始时间', en: 'Start' },
  'review.field.window.end': { 'zh-Hant': '截止時間', 'zh-Hans': '截止时间', en: 'End' },
  'review.field.window.displayOffset': { 'zh-Hant': '公告的時區', 'zh-Hans': '公告的时区', en: "The announcement's time zone" },
  'review.field.screenshot.requirement': { 'zh-Hant': '是否需附截圖', 'zh-Hans': '是否需附截图', en: 'Whether a screenshot is required' },
  'review.field.screenshot.kinds': { 'zh-Hant': '截圖種類', 'zh-Hans': '截图种类', en: 'Screenshot kinds' },
  'review.field.screenshot.token.symbols': { 'zh-Hant': '代幣', 'zh-Hans': '代币', en: 'Token' },
  'review.field.prizes': { 'zh-Hant': '獎項', 'zh-Hans': '奖项', en: 'Prize rows' },
  'review.field.pool': { 'zh-Hant': '總獎池', 'zh-Hans': '总奖池', en: 'Prize pool' },
  'review.field.rules': { 'zh-Hant': '活動規則', 'zh-Hans': '活动规则', en: 'Rules' },
  'options.missingField': { 'zh-Hant': '{field}:沒讀到,已填預設值', 'zh-Hans': '{field}:没读到,已填默认值', en: '{field}: not found, a placeholder is set' },
  // What the review says when it would replace a tracked contest (the options page, the panel's offer, the popup).
  'review.replace.id': {
    'zh-Hant': '這是已追蹤的「{name}」(同一個 id,活動時間重疊):儲存會取代它。',
    'zh-Hans': '这是已跟踪的「{name}」(同一个 id,活动时间重叠):保存会替换它。',
    en: 'This is the tracked contest “{name}” (the same id, overlapping windows): saving replaces it.',
  },
  'review.replace.tag-window': {
    'zh-Hant': '這是已追蹤的「{name}」(有相同的標籤,活動時間重疊):儲存會取代它。',
    'zh-Hans': '这是已跟踪的「{name}」(有相同的标签,活动时间重叠):保存会替换它。',
    en: 'This is the tracked contest “{name}” (a tag in common, overlapping windows): saving replaces it.',
  },
  'review.replace.save': { 'zh-Hant': '取代', 'zh-Hans': '替换', en: 'Replace' },
  'review.replace.confirm': { 'zh-Hant': '確認取代', 'zh-Hans': '确认替换', en: 'Confirm replace' },
  'review.replace.changes': {
    'zh-Hant': '會改變的項目(舊 → 新)。還沒有儲存:再按「確認取代」才會儲存,改了任何欄位都要重新確認。',
    'zh-Hans': '会改变的项目(旧 → 新)。还没有保存:再按「确认替换」才会保存,改了任何字段都要重新确认。',
    en: 'What changes (old → new). Nothing is saved yet: press "Confirm replace" to save; any edit asks again.',
  },
  'review.replace.identical': {
    'zh-Hant': '和已追蹤的「{name}」完全相同:沒有要改的,沒有重新儲存。',
    'zh-Hans': '和已跟踪的「{name}」完全相同:没有要改的,没有重新保存。',
    en: 'Identical to the tracked “{name}”: nothing changes, nothing was saved again.',
  },
  'review.diff.none': { 'zh-Hant': '(無)', 'zh-Hans': '(无)', en: '(none)' },
  'review.diff.kinds': { 'zh-Hant': '{kinds}', 'zh-Hans': '{kinds}', en: '{kinds}' },
  'review.diff.defaultKinds': { 'zh-Hant': '未指定(用預設的種類)', 'zh-Hans': '未指定(用默认的种类)', en: 'not listed (the default kinds)' },
  'review.diff.words': { 'zh-Hant': '{n} 個詞', 'zh-Hans': '{n} 个词', en: '{n} words' },
  'review.diff.rules': { 'zh-Hant': '{n} 條', 'zh-Hans': '{n} 条', en: '{n} rules' },
  'review.diff.rulesEdited': { 'zh-Hant': '{n} 條(內容有改)', 'zh-Hans': '{n} 条(内容有改)', en: '{n} rules (edited)' },
  'review.field.url': { 'zh-Hant': '公告網址', 'zh-Hans': '公告网址', en: 'Announcement link' },
  'review.field.length.unit': { 'zh-Hant': '字數單位', 'zh-Hans': '字数单位', en: 'Length unit' },
  'review.field.screenshot.token': { 'zh-Hant': '代幣', 'zh-Hans': '代币', en: 'Token' },
  'review.field.screenshot.signals': { 'zh-Hant': '截圖的額外辨識詞', 'zh-Hans': '截图的额外识别词', en: 'Extra screenshot words' },
};
