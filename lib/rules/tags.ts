/**
 * Required tags, one item each. The contest requirement it enforces (seed announcement):
 *
 * > 添加標籤: #WXTM创作大赛# 和 #WXTM#
 *
 * Exact characters: `#WXTM創作大賽#` (traditional), `＃WXTM创作大赛＃` (full-width signs), a missing
 * closing `#`, another letter case, a space or an invisible character inside make a different tag
 * on the platform. Those are reported as near misses with the exact text found, where it is, why,
 * and the fix (lib/text/tag-match.ts). An accepted alternative form (an English edition's tag)
 * counts as found.
 */
import type { NearMissDetail, Rule, TagItem } from './types';

export const tagsRule: Rule<TagItem> = {
  id: 'tags',
  reads: ['text'],
  check({ text }) {
    return text.tags.map((result, index): TagItem => {
      const found = result.found.length > 0;
      const nearMisses: NearMissDetail[] = result.nearMisses.map((miss) => ({
        ...miss,
        message: {
          key: `rules.tag.nearMiss.${miss.reason}`,
          params: { tag: miss.expected, found: miss.shown, fix: miss.fix },
        },
        // A chosen topic is one block in the editor: the writer cannot just retype a character.
        ...(miss.source === 'chip' ? { hint: { key: 'rules.tag.nearMiss.chip', params: { found: miss.shown, fix: miss.fix } } } : {}),
      }));
      const first = nearMisses[0];
      return {
        id: `tag.${index}`,
        rule: 'tags',
        required: true,
        status: found ? 'pass' : 'fail',
        message: found
          ? { key: 'rules.tag.found', params: { tag: result.expected, form: result.found[0].form } }
          : first
            ? first.message
            : { key: 'rules.tag.missing', params: { tag: result.expected } },
        details: {
          index,
          expected: result.expected,
          forms: result.forms,
          found: result.found,
          nearMisses,
        },
      };
    });
  },
};
