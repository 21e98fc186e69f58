/** Strings of the panel and popup chrome (rules keep their own tables). */
import type { MessageTable } from '../index';

export const UI_MESSAGES: MessageTable = {
  'app.name': { 'zh-Hant': 'Gate廣場投稿檢查', 'zh-Hans': 'Gate广场投稿检查', en: 'Gate Square Contest Checklist' },
  'phase.upcoming': { 'zh-Hant': '尚未開始', 'zh-Hans': '尚未开始', en: 'Not started yet' },
  'phase.open': { 'zh-Hant': '進行中', 'zh-Hans': '进行中', en: 'Open' },
  'phase.closing': { 'zh-Hant': '最後 24 小時', 'zh-Hans': '最后 24 小时', en: 'Last 24 hours' },
  'phase.closed': { 'zh-Hant': '已結束', 'zh-Hans': '已结束', en: 'Ended' },
  'countdown.toStart': { 'zh-Hant': '距開始', 'zh-Hans': '距开始', en: 'Starts in' },
  'countdown.toEnd': { 'zh-Hant': '距截止', 'zh-Hans': '距截止', en: 'Time left' },
  'countdown.ended': {
    'zh-Hant': '活動已於 {end} 結束,現在發布的貼文不計入本次比賽。',
    'zh-Hans': '活动已于 {end} 结束,现在发布的帖子不计入本次比赛。',
    en: 'The contest ended on {end}; posts published now do not count.',
  },
  'countdown.deadline': { 'zh-Hant': '截止時間', 'zh-Hans': '截止时间', en: 'Deadline' },
  'countdown.startTime': { 'zh-Hant': '開始時間', 'zh-Hans': '开始时间', en: 'Starts' },
  'countdown.local': { 'zh-Hant': '本地時間', 'zh-Hans': '本地时间', en: 'local time' },
  'unit.days': { 'zh-Hant': '天', 'zh-Hans': '天', en: 'd' },
  'unit.hours': { 'zh-Hant': '時', 'zh-Hans': '时', en: 'h' },
  'unit.minutes': { 'zh-Hant': '分', 'zh-Hans': '分', en: 'm' },
  'unit.seconds': { 'zh-Hant': '秒', 'zh-Hans': '秒', en: 's' },
  'panel.title': { 'zh-Hant': '投稿檢查', 'zh-Hans': '投稿检查', en: 'Contest checklist' },
  'panel.collapse': { 'zh-Hant': '收起', 'zh-Hans': '收起', en: 'Collapse' },
  'panel.expand': { 'zh-Hant': '展開', 'zh-Hans': '展开', en: 'Expand' },
  'panel.noEditor': {
    'zh-Hant': '尚未找到發文編輯框:點一下 Gate廣場的輸入框即可開始檢查。',
    'zh-Hans': '尚未找到发文编辑框:点一下 Gate广场的输入框即可开始检查。',
    en: 'No post editor found yet: click into the Gate Square composer to start checking.',
  },
};
