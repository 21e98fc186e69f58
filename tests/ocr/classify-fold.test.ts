/**
 * One fold of Chinese script: the screenshot check folds Traditional to Simplified with lib/text's
 * table (the one the checklist's tags and the announcement reader use), not a table of its own.
 */
import { expect, test } from 'vitest';
import { fold } from '../../lib/ocr/classify-fold';
import { foldProse } from '../../lib/text/fold';

test.each([
  ['充值記錄', '充值记录'],
  ['帳戶', '账户'],
  ['賬戶', '账户'],
  ['委託單', '委托单'],
  ['防釣魚碼', '防钓鱼码'],
  ['凍結', '冻结'],
  ['提幣地址', '提币地址'],
  ['歷史訂單', '历史订单'],
])('%s reads as %s on a screenshot, as it does in the checklist', (traditional, simplified) => {
  expect(fold(traditional)).toBe(fold(simplified));
  expect(foldProse(traditional)).toBe(foldProse(simplified));
});
