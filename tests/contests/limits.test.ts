import { describe, expect, test } from 'vitest';
import { formatBytes, utf8Bytes } from '../../lib/contests/limits';

describe('utf8Bytes counts as storage quotas do', () => {
  test.each([
    ['ASCII is one byte a character', 'WXTM', 4],
    ['a Han character is three bytes', '創作大賽', 12],
    ['an accented letter is two bytes', 'é', 2],
    ['an emoji (a surrogate pair) is four bytes', '🏆', 4],
    ['a lone surrogate is three bytes, as TextEncoder writes its replacement', '\ud83c', 3],
    ['the empty string is nothing', '', 0],
  ])('%s', (_sentence, text, bytes) => {
    expect(utf8Bytes(text)).toBe(bytes);
    expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('formatBytes says a size for people', () => {
  test.each([
    ['bytes below a kilobyte', 900, '900 B'],
    ['kilobytes, rounded up (a limit is never shown below itself)', 65_537, '65 KB'],
    ['exactly 64 KB', 64 * 1024, '64 KB'],
    ['megabytes with one decimal', 1_100_000, '1.1 MB'],
    ['whole megabytes without one', 12 * 1024 * 1024, '12 MB'],
  ])('%s', (_sentence, bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
