/**
 * What the popup says about the active tab's host as a Gate mirror (lib/host/mirrors.ts,
 * MirrorOffer): the offer, the result of asking, and the way back. Kept apart so only the popup
 * carries it.
 */
import type { MessageTable } from '../index';

export const MIRROR_MESSAGES: MessageTable = {
  'mirror.title': { 'zh-Hant': '這個網站', 'zh-Hans': '这个网站', en: 'This site' },
  'mirror.known': {
    'zh-Hant': '{host} 是 Gate廣場的鏡像網站。啟用後,檢查面板也會出現在這裡。',
    'zh-Hans': '{host} 是 Gate广场的镜像网站。启用后,检查面板也会出现在这里。',
    en: '{host} is a mirror of Gate Square. Enable it and the checklist shows here too.',
  },
  'mirror.found': {
    'zh-Hant': '{host} 的頁面有 Gate廣場的發文框。啟用後,檢查面板也會出現在這裡。',
    'zh-Hans': '{host} 的页面有 Gate广场的发帖框。启用后,检查面板也会出现在这里。',
    en: 'This page on {host} has Gate Square’s composer. Enable it and the checklist shows here too.',
  },
  'mirror.lost': {
    'zh-Hant': '{host} 已在設定中,但瀏覽器沒有給這個網站的權限,面板不會出現。',
    'zh-Hans': '{host} 已在设置中,但浏览器没有给这个网站的权限,面板不会出现。',
    en: '{host} is in your settings, but the browser holds no permission for it: the panel cannot show.',
  },
  'mirror.enable': { 'zh-Hant': '在這個網站啟用', 'zh-Hans': '在这个网站启用', en: 'Enable on this site' },
  'mirror.enabled': {
    'zh-Hant': '已在 {host} 啟用。',
    'zh-Hans': '已在 {host} 启用。',
    en: 'Enabled on {host}.',
  },
  'mirror.reloadHint': {
    'zh-Hant': '重新載入分頁後,面板就會出現。',
    'zh-Hans': '重新加载标签页后,面板就会出现。',
    en: 'Reload the tab and the panel appears.',
  },
  'mirror.reload': { 'zh-Hant': '重新載入分頁', 'zh-Hans': '重新加载标签页', en: 'Reload the tab' },
  'mirror.disable': { 'zh-Hant': '在這個網站停用', 'zh-Hans': '在这个网站停用', en: 'Turn off on this site' },
  'mirror.disabled': {
    'zh-Hant': '已在 {host} 停用,並交還這個網站的權限。',
    'zh-Hans': '已在 {host} 停用,并交还这个网站的权限。',
    en: 'Turned off on {host}; its permission was given back.',
  },
  'mirror.denied': {
    'zh-Hant': '沒有取得 {host} 的權限,未啟用。',
    'zh-Hans': '没有取得 {host} 的权限,未启用。',
    en: 'Permission for {host} was not granted; nothing was enabled.',
  },
  'mirror.check': {
    'zh-Hant': '還沒檢查這個頁面是不是 Gate廣場的鏡像。',
    'zh-Hans': '还没检查这个页面是不是 Gate广场的镜像。',
    en: 'This page has not been checked for Gate Square’s composer.',
  },
  'mirror.checkButton': { 'zh-Hant': '檢查這個頁面', 'zh-Hans': '检查这个页面', en: 'Check this page' },
  'mirror.checking': { 'zh-Hant': '正在檢查頁面…', 'zh-Hans': '正在检查页面…', en: 'Checking the page…' },
  'mirror.absent': {
    'zh-Hant': '{host} 的這個頁面沒有 Gate廣場的發文框。',
    'zh-Hans': '{host} 的这个页面没有 Gate广场的发帖框。',
    en: 'This page on {host} has no Gate Square composer.',
  },
  'mirror.unreadable': {
    'zh-Hant': '瀏覽器不讓擴充功能讀取這個頁面,無法判斷是不是 Gate廣場。',
    'zh-Hans': '浏览器不让扩展程序读取这个页面,无法判断是不是 Gate广场。',
    en: 'The browser does not let the extension read this page, so it cannot tell whether it is Gate Square.',
  },
};
