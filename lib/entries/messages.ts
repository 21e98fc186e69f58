/**
 * Every sentence lib/entries produces, in the three UI languages: the published check's headline
 * and its picture and window items (the count and the tags say lib/rules's own sentences), and the
 * entries at a glance. A test checks that each key emitted exists with the same placeholders in
 * each language.
 */
import type { MessageTable } from '../i18n';

export const ENTRY_MESSAGES: MessageTable = {
  // ── The published check's headline ──
  'entries.published.allMet': {
    'zh-Hant': '你的 {name} 投稿,發布於 {time}:全部符合',
    'zh-Hans': '你的 {name} 投稿,发布于 {time}:全部符合',
    en: 'Your entry for {name}, published {time}: all rules met',
  },
  'entries.published.lost': {
    'zh-Hant': '你的 {name} 投稿,發布於 {time}:發布後的版本少了 {lost} 項',
    'zh-Hans': '你的 {name} 投稿,发布于 {time}:发布后的版本少了 {lost} 项',
    en: 'Your entry for {name}, published {time}: the published version lost {lost}',
  },
  'entries.published.notMet': {
    'zh-Hant': '你的 {name} 投稿,發布於 {time}:{failed} 項未符合',
    'zh-Hans': '你的 {name} 投稿,发布于 {time}:{failed} 项未符合',
    en: 'Your entry for {name}, published {time}: {failed} rule(s) not met',
  },
  'entries.published.undated.allMet': {
    'zh-Hant': '你的 {name} 投稿:全部符合',
    'zh-Hans': '你的 {name} 投稿:全部符合',
    en: 'Your entry for {name}: all rules met',
  },
  'entries.published.undated.lost': {
    'zh-Hant': '你的 {name} 投稿:發布後的版本少了 {lost} 項',
    'zh-Hans': '你的 {name} 投稿:发布后的版本少了 {lost} 项',
    en: 'Your entry for {name}: the published version lost {lost}',
  },
  'entries.published.undated.notMet': {
    'zh-Hant': '你的 {name} 投稿:{failed} 項未符合',
    'zh-Hans': '你的 {name} 投稿:{failed} 项未符合',
    en: 'Your entry for {name}: {failed} rule(s) not met',
  },
  // ── Pictures as published ──
  'entries.pictures.present': {
    'zh-Hant': '已發布 {present} 張圖片',
    'zh-Hans': '已发布 {present} 张图片',
    en: '{present} picture(s) published',
  },
  'entries.pictures.fewer': {
    'zh-Hant': '只發布了 {present} 張圖片,發布時有 {atPublish} 張',
    'zh-Hans': '只发布了 {present} 张图片,发布时有 {atPublish} 张',
    en: 'Only {present} of the {atPublish} pictures are published',
  },
  'entries.pictures.none.required': {
    'zh-Hant': '發布後的帖子沒有圖片,活動要求附上截圖(發布時有 {atPublish} 張)',
    'zh-Hans': '发布后的帖子没有图片,活动要求附上截图(发布时有 {atPublish} 张)',
    en: 'The published post has no picture; the contest requires a screenshot ({atPublish} at 发布)',
  },
  'entries.pictures.none.preferred': {
    'zh-Hant': '發布後的帖子沒有圖片,附截圖者優先(發布時有 {atPublish} 張)',
    'zh-Hans': '发布后的帖子没有图片,附截图者优先(发布时有 {atPublish} 张)',
    en: 'The published post has no picture; posts with a screenshot come first ({atPublish} at 发布)',
  },
  // ── The window ──
  'entries.window.inside': {
    'zh-Hant': '於活動時間內發布({time})',
    'zh-Hans': '于活动时间内发布({time})',
    en: 'Published inside the contest window ({time})',
  },
  'entries.window.before': {
    'zh-Hant': '於活動開始前發布({time}),不計入',
    'zh-Hans': '于活动开始前发布({time}),不计入',
    en: 'Published before the contest opened ({time}): it does not count',
  },
  'entries.window.after': {
    'zh-Hant': '於活動結束後發布({time}),不計入',
    'zh-Hans': '于活动结束后发布({time}),不计入',
    en: 'Published after the contest closed ({time}): it does not count',
  },
  // ── At a glance ──
  'entries.recorded': {
    'zh-Hant': '已記錄你在「{name}」的投稿(只存在這個瀏覽器)',
    'zh-Hans': '已记录你在「{name}」的投稿(只存在这个浏览器)',
    en: 'Your entry for {name} is recorded (kept in this browser only)',
  },
  'entries.recordFailed': {
    'zh-Hant': '這篇投稿沒能記錄下來',
    'zh-Hans': '这篇投稿没能记录下来',
    en: 'This entry could not be recorded',
  },
  'entries.count': {
    'zh-Hant': '已投稿 {count} 篇',
    'zh-Hans': '已投稿 {count} 篇',
    en: '{count} entries',
  },
  'entries.progress': {
    'zh-Hant': '已投稿 {count} 篇,要求 {progress}',
    'zh-Hans': '已投稿 {count} 篇,要求 {progress}',
    en: '{count} entries; required: {progress}',
  },
  'entries.state.recorded': { 'zh-Hant': '已記錄,待核對發布的帖子', 'zh-Hans': '已记录,待核对发布的帖子', en: 'Recorded; published post not checked yet' },
  'entries.state.recordedWithIssues': {
    'zh-Hant': '已記錄,發布時有未符合的項目',
    'zh-Hans': '已记录,发布时有未符合的项目',
    en: 'Recorded; some rules were not met at 发布',
  },
  'entries.state.linked': { 'zh-Hant': '已找到發布的帖子', 'zh-Hans': '已找到发布的帖子', en: 'Published post found' },
  'entries.state.allMet': { 'zh-Hant': '發布後全部符合', 'zh-Hans': '发布后全部符合', en: 'All rules met as published' },
  'entries.state.notMet': { 'zh-Hant': '發布後有未符合的項目', 'zh-Hans': '发布后有未符合的项目', en: 'Some rules not met as published' },
  'entries.state.outsideWindow': { 'zh-Hant': '不在活動時間內', 'zh-Hans': '不在活动时间内', en: 'Outside the contest window' },
};
