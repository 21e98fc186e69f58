/**
 * The benchmark's post: exactly 10,000 字 of mixed content (Traditional Chinese from the seed's
 * sample article, English sentences, numbers, emoji with ZWJ and modifiers, links, both contest
 * tags, a near miss), built from pieces whose counts are known, then checked by a test.
 */
import { readFileSync } from 'node:fs';
import { findContest } from '../../lib/contests';
import { analyzeText } from '../../lib/text';

export const BENCH_TARGET = 10_000;

const ARTICLE = readFileSync(new URL('../conformance/seed-article.txt', import.meta.url), 'utf8');

const PIECES: readonly string[] = [
  ...ARTICLE.split('\n').filter(Boolean),
  'Decentralized AI lets contributors earn fair rewards, and don’t forget: 70,000 WXTM in prizes!',
  '我在 Gate 充值了 1,250.5 枚 WXTM 🚀🚀,詳情見 https://www.gate.com/zh-tw/post/status/123456 ,歡迎交流 👩🏽‍💻',
  'CandyDrop 第59期報名成功 ✅ 1️⃣ 先充值 2️⃣ 再交易 3️⃣ 等空投 🇭🇰🇹🇼',
  'MinoTari (WXTM) は Rust で作られたプロトコルです。타리 프로토콜도 좋아요.',
  '#BTC 和 #ETH 今天都漲了,但 #WXTM創作大賽# 要用簡體字 ＃WXTM＃ 也不算。',
];

/** The 字 count the checklist sees (tags and links left out). */
export function benchCount(text: string): number {
  return analyzeText(text, { tags: findContest('wxtm-2025')!.tags }).count.count;
}

/** The post: pieces in turn until the count would pass the target, then single 字 to land on it. */
export function benchPost(target = BENCH_TARGET): string {
  const tail = '\n#WXTM创作大赛# #WXTM#';
  let text = '';
  let count = 0;
  for (let i = 0; ; i = (i + 1) % PIECES.length) {
    const piece = `${PIECES[i]}\n`;
    const next = benchCount(text + piece + tail); // the whole text: pieces may interact where they join
    if (next > target) break;
    text += piece;
    count = next;
  }
  while (count < target) {
    text += '字'; // after a line break, one more Han character is exactly one more 字
    count++;
  }
  return text + tail;
}
