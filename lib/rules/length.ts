/**
 * Length. The contest requirement it enforces (seed announcement):
 *
 * > 內容不少於 100 字,形式不限(觀點分析、教程分享、圖文創意等)
 *
 * and, for other contests, "Minimum 80 words". The count is THE definition in lib/text/count.ts
 * (DESIGN.md "Counting 字"): conservative, tags and links left out, with a breakdown to show.
 */
import type { LengthItem, Msg, Rule } from './types';

export const lengthRule: Rule<LengthItem> = {
  id: 'length',
  reads: ['text'],
  check({ contest, text }) {
    const { count, excludedTags, excludedLinks } = text;
    const unit = contest.length.unit;
    const min = contest.length.min;
    const missing = Math.max(0, min - count.count);
    const ok = missing === 0;
    const cjk = count.han + count.kana + count.hangul;
    const breakdown: Msg =
      unit === 'words'
        ? { key: 'rules.length.breakdown.words', params: { count: count.count, words: count.words, cjk } }
        : count.kana + count.hangul > 0
          ? { key: 'rules.length.breakdown.cjk', params: { count: count.count, cjk, words: count.words } }
          : { key: 'rules.length.breakdown.zi', params: { count: count.count, han: count.han, words: count.words } };
    return [
      {
        id: 'length',
        rule: 'length',
        required: true,
        status: ok ? 'pass' : 'fail',
        message: {
          key: `rules.length.${ok ? 'pass' : 'fail'}.${unit}`,
          params: { count: count.count, min, missing },
        },
        details: { ...count, min, missing, excludedTags, excludedLinks, breakdown },
      },
    ];
  },
};
