/**
 * Which Gate pages are Gate Square's post pages. Pure. Covers `/post` with any language prefix
 * (`/zh/post`, `/zh-tw/post`, `/en/post`…) and their sub-pages, on www.gate.com and the older
 * www.gate.io, plus any mirror host the writer added in the options.
 */
export const GATE_HOSTS = ['www.gate.com', 'www.gate.io'] as const;

const SQUARE_PATH = /^\/(?:[a-z]{2,3}(?:[-_][a-z0-9]{2,4})?\/)?post(?:\/|$)/i;

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
