import { describe, expect, test } from 'vitest';
import { publishOutcome, PUBLISH_WAIT_MS } from '../../lib/entries/publish';

const at = 1_000_000;
const seen = (shown: string[], emptied = false, now = at + 1000) => publishOutcome({ pressedAt: at, now, emptied, shown });

describe('did the press of 发布 publish?', () => {
  test('the composer emptied: published', () => {
    expect(seen([], true)).toEqual({ state: 'published' });
  });

  test.each(['发布成功', '發布成功', 'Posted successfully', '帖子审核中', 'Your post is awaiting approval'])('a success toast "%s": published', (toast) => {
    expect(seen([toast])).toEqual({ state: 'published' });
  });

  test.each(['请先登录', '請先登入', 'Log in to post', 'Sign in'])('a login prompt "%s": nothing recorded, even if the box emptied', (prompt) => {
    expect(seen([prompt], true)).toEqual({ state: 'failed', reason: 'login' });
  });

  test.each(['发布失败,请稍后再试', '發布失敗', 'Something went wrong, try again'])('an error "%s": nothing recorded', (toast) => {
    expect(seen([toast], true)).toEqual({ state: 'failed', reason: 'error' });
  });

  test('nothing visible: waiting, then a failure at the deadline', () => {
    expect(seen([])).toEqual({ state: 'waiting' });
    expect(seen([], false, at + PUBLISH_WAIT_MS)).toEqual({ state: 'failed', reason: 'timeout' });
  });
});
