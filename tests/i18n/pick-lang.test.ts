import { expect, test } from 'vitest';
import { pickLang } from '../../lib/i18n';

test.each([
  [['zh-TW'], 'zh-Hant'],
  [['zh-HK'], 'zh-Hant'],
  [['zh-MO'], 'zh-Hant'],
  [['zh-Hant'], 'zh-Hant'],
  [['zh-Hant-CN'], 'zh-Hant'],
  // The script, when named, decides over the region.
  [['zh-Hans-HK'], 'zh-Hans'],
  [['zh-Hans-TW'], 'zh-Hans'],
  [['zh-CN'], 'zh-Hans'],
  [['zh-SG'], 'zh-Hans'],
  [['zh'], 'zh-Hans'],
  [['en-GB'], 'en'],
  [['fr-FR', 'en-US'], 'en'],
  [['fr-FR'], 'zh-Hant'],
  [[], 'zh-Hant'],
])('%j → %s', (preferred, lang) => {
  expect(pickLang(preferred)).toBe(lang);
});
