/**
 * Which Gate pages are Gate Square's post pages. Pure. Covers `/post` with any language prefix
 * (`/zh/post`, `/zh-tw/post`, `/en/post`…) and their sub-pages, on www.gate.com and the older
 * www.gate.io, plus any mirror host the writer added in the options.
 */
export const GATE_HOSTS = ['www.gate.com', 'www.gate.io'] as const;

/** An optional language prefix: `/zh/`, `/zh-tw/`, `/en/`… */
const LANG_PREFIX = String.raw`^\/(?:[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?\/)?`;
const SQUARE_PATH = new RegExp(`${LANG_PREFIX}post(?:\\/|$)`, 'i');
const POST_STATUS_PATH = new RegExp(`${LANG_PREFIX}post\\/status\\/[^/]+\\/?$`, 'i');

/** A post's own page: `/post/status/{id}` under any language prefix. */
export function isPostStatusPath(pathname: string): boolean {
  return POST_STATUS_PATH.test(pathname);
}

/** The path of a post's own page at `url`, or null (another page, or no URL at all). */
export function postStatusPathOf(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  return isPostStatusPath(path) ? path : null;
}

export function isSquarePostUrl(url: string, extraHosts: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  if (!GATE_HOSTS.includes(host as (typeof GATE_HOSTS)[number]) && !extraHosts.includes(host)) return false;
  return SQUARE_PATH.test(parsed.pathname);
}

/** The page language Gate shows: its URL prefix (/zh-tw/, /zh/, /en/…) else <html lang>. */
export function pageLanguage(url: string, htmlLang: string | null | undefined): string | undefined {
  let first = '';
  try {
    first = new URL(url).pathname.split('/')[1] ?? '';
  } catch {
    first = '';
  }
  if (/^[a-z]{2,3}([-_][a-z0-9]{2,4})?$/i.test(first) && first !== 'post') return first;
  return htmlLang || undefined;
}
