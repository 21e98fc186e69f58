/**
 * The entries' words on the popup and the options page (the sentences lib/entries produces are
 * lib/entries/messages.ts). Kept out of the panel's tables: the content script never shows them.
 */
import type { MessageTable } from '../index';

export const ENTRIES_UI_MESSAGES: MessageTable = {
  'entries.title': { 'zh-Hant': '我的投稿', 'zh-Hans': '我的投稿', en: 'Your entries' },
  'entries.help': {
    'zh-Hant': '在活動的發帖頁按「發布」後,這裡記下投稿的時間、當時的檢查結果與內文的指紋,作為參賽的憑證。只存在這個瀏覽器,不會傳到任何地方。',
    'zh-Hans': '在活动的发帖页按「发布」后,这里记下投稿的时间、当时的检查结果与正文的指纹,作为参赛的凭证。只存在这个浏览器,不会传到任何地方。',
    en: 'When you publish for a contest, its time, the checklist as it stood and a fingerprint of the text are recorded here as your receipt. They stay in this browser and are never sent anywhere.',
  },
  'entries.none': { 'zh-Hant': '還沒有投稿記錄。', 'zh-Hans': '还没有投稿记录。', en: 'No entries recorded yet.' },
  'entries.dropped': {
    'zh-Hant': '有 {n} 筆投稿資料這個版本無法讀取,已保留但不列出。',
    'zh-Hans': '有 {n} 条投稿数据这个版本无法读取,已保留但不列出。',
    en: '{n} stored entry(ies) could not be read by this version; they are kept but not listed.',
  },
  'entries.col.contest': { 'zh-Hant': '活動', 'zh-Hans': '活动', en: 'Contest' },
  'entries.col.time': { 'zh-Hant': '發布時間', 'zh-Hans': '发布时间', en: 'Published' },
  'entries.col.state': { 'zh-Hant': '狀態', 'zh-Hans': '状态', en: 'State' },
  'entries.col.post': { 'zh-Hant': '帖子', 'zh-Hans': '帖子', en: 'Post' },
  'entries.time.contest': { 'zh-Hant': '活動時間 {time}', 'zh-Hans': '活动时间 {time}', en: 'Contest time {time}' },
  'entries.time.local': { 'zh-Hant': '你的時間 {time}', 'zh-Hans': '你的时间 {time}', en: 'Your time {time}' },
  'entries.openPost': { 'zh-Hant': '查看帖子', 'zh-Hans': '查看帖子', en: 'Open post' },
  'entries.notLinked': { 'zh-Hant': '尚未找到', 'zh-Hans': '尚未找到', en: 'Not found yet' },
  'entries.delete': { 'zh-Hant': '刪除', 'zh-Hans': '删除', en: 'Delete' },
  'entries.exportCsv': { 'zh-Hant': '匯出 CSV', 'zh-Hans': '导出 CSV', en: 'Export CSV' },
  'entries.exportJson': { 'zh-Hant': '匯出 JSON', 'zh-Hans': '导出 JSON', en: 'Export JSON' },
  'entries.clearArchived': {
    'zh-Hant': '清除結束超過 {days} 天的活動的投稿',
    'zh-Hans': '清除结束超过 {days} 天的活动的投稿',
    en: 'Clear entries of contests that ended over {days} days ago',
  },
  'entries.clearArchivedHelp': {
    'zh-Hant': '活動結束超過 {days} 天後,得獎名單通常已公布。已不再追蹤的活動,以發布時間超過 {days} 天為準。',
    'zh-Hans': '活动结束超过 {days} 天后,获奖名单通常已公布。已不再追踪的活动,以发布时间超过 {days} 天为准。',
    en: 'Prize lists are usually out by {days} days after a contest ends. For a contest you no longer track, entries published over {days} days ago go.',
  },
  'entries.cleared': { 'zh-Hant': '已清除 {n} 筆投稿。', 'zh-Hans': '已清除 {n} 条投稿。', en: '{n} entry(ies) cleared.' },
  'entries.clearedNone': {
    'zh-Hant': '沒有結束超過 {days} 天的活動的投稿。',
    'zh-Hans': '没有结束超过 {days} 天的活动的投稿。',
    en: 'No entries of contests that ended over {days} days ago.',
  },
  'entries.forgetAll': { 'zh-Hant': '忘記全部投稿', 'zh-Hans': '忘记全部投稿', en: 'Forget all entries' },
  'entries.forgetAllConfirm': {
    'zh-Hant': '再按一次,刪除全部 {n} 筆投稿',
    'zh-Hans': '再按一次,删除全部 {n} 条投稿',
    en: 'Press again to delete all {n} entries',
  },
  'entries.keepText': {
    'zh-Hant': '投稿時一併保存帖子全文(只存在這個瀏覽器;關閉時刪除已保存的全文)',
    'zh-Hans': '投稿时一并保存帖子全文(只存在这个浏览器;关闭时删除已保存的全文)',
    en: 'Keep the text of each entry too (in this browser only; turning this off deletes the texts kept)',
  },
  'entries.last': { 'zh-Hant': '最後一篇 {time}:{state}', 'zh-Hans': '最后一篇 {time}:{state}', en: 'Last {time}: {state}' },
  'entries.write.quota': {
    'zh-Hant': '瀏覽器的儲存空間已滿(或短時間內寫入太多次),這筆投稿沒有記下。請匯出後清除舊的投稿,再試一次。',
    'zh-Hans': '浏览器的存储空间已满(或短时间内写入太多次),这条投稿没有记下。请导出后清除旧的投稿,再试一次。',
    en: "The browser's storage is full (or was written to too often), so this entry was not recorded. Export and clear old entries, then try again.",
  },
  'entries.write.tooLarge': {
    'zh-Hant': '投稿記錄加起來會有 {size},超過上限 {max},這筆沒有記下。請匯出後清除舊的投稿(或關閉「保存帖子全文」)。',
    'zh-Hans': '投稿记录加起来会有 {size},超过上限 {max},这条没有记下。请导出后清除旧的投稿(或关闭「保存帖子全文」)。',
    en: 'Your entries would take {size}, over the {max} limit, so this one was not recorded. Export and clear old entries (or stop keeping their text).',
  },
  'entries.write.failed': {
    'zh-Hant': '投稿記錄儲存失敗({detail}),請再試一次。',
    'zh-Hans': '投稿记录保存失败({detail}),请再试一次。',
    en: 'Saving the entries failed ({detail}); try again.',
  },
};
