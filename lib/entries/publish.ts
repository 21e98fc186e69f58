/**
 * Did the press of 发布 publish? After the composer's own 发布 goes through (the publish guard let
 * it), Gate either publishes (the composer empties, or a "发布成功" toast shows), or asks the writer
 * to log in, or shows an error, or does nothing visible. Only the first is an entry: a login
 * prompt, an error or silence until the deadline records nothing.
 *
 * Pure: the content script observes, this decides. The words are Gate's UI words in its three
 * languages, matched on the page's text that appeared after the press.
 */

/** How long after the press the composer may take to empty (an upload, a slow network). */
export const PUBLISH_WAIT_MS = 20_000;

/** A log-in prompt: publishing while logged out asks this instead of publishing. */
const LOGIN_PROMPT = /登录|登入|登錄|log\s?in|sign\s?in/i;
/** Gate's toast after a post went out (also "awaiting approval"). */
const SUCCESS =
  /发布成功|發布成功|发帖成功|發帖成功|已发布|已發布|审核中|審核中|待审核|待審核|posted\s+successfully|published\s+successfully|under\s+review|awaiting\s+approval/i;
/** An error toast. */
const FAILURE = /发布失败|發布失敗|发帖失败|發帖失敗|失败|失敗|failed|error|try\s+again|稍后再试|稍後再試/i;

export interface PublishObservation {
  /** When the composer's 发布 went through. */
  pressedAt: number;
  now: number;
  /** The composer that held the draft is now empty (text, topics and pictures), or gone with a success toast. */
  emptied: boolean;
  /** Text the page showed after the press (dialogs, toasts), as read. */
  shown: readonly string[];
}

export type PublishOutcome = { state: 'published' } | { state: 'failed'; reason: 'login' | 'error' | 'timeout' } | { state: 'waiting' };

export function publishOutcome(o: PublishObservation): PublishOutcome {
  // A login prompt or an error wins over an emptied box: Gate may clear the box behind its dialog.
  if (o.shown.some((s) => LOGIN_PROMPT.test(s) && !SUCCESS.test(s))) return { state: 'failed', reason: 'login' };
  if (o.shown.some((s) => FAILURE.test(s) && !SUCCESS.test(s))) return { state: 'failed', reason: 'error' };
  if (o.emptied || o.shown.some((s) => SUCCESS.test(s))) return { state: 'published' };
  if (o.now - o.pressedAt >= PUBLISH_WAIT_MS) return { state: 'failed', reason: 'timeout' };
  return { state: 'waiting' };
}
