import { isServer } from 'lit';
import { LINK } from './schema.js';

/**
 * Returns `href` as an absolute URL string when it is safe to put in a link (`http:`, `https:`,
 * `mailto:`, `tel:`, `sms:`), otherwise `undefined`. The WHATWG URL parser does the work, so tabs,
 * newlines, odd case and leading spaces (` JaVa\tScRiPt:`) are read the way the browser reads them.
 * Relative links resolve against the page (on a server, where there is no page, they are dropped).
 */
export function safeUrl(
  href: unknown,
  base: string | undefined = isServer ? undefined : document.baseURI,
): URL | undefined {
  if (typeof href !== 'string' || href.trim() === '') return undefined;
  try {
    const url = new URL(href, base);
    return LINK.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The link for an outbound action (petition, registration): safe, and for http(s) links with the
 * webmaster's `source` attribution set as the `source` query parameter (replacing any given).
 */
export function actionHref(href: unknown, source?: string | null): string | undefined {
  const url = safeUrl(href);
  if (url && source && url.protocol.startsWith('http')) {
    // Edit the query as written: searchParams.set would re-encode the whole of it (spaces as
    // "+", "/" as "%2F"), which can break signed or strictly parsed links.
    const kept = url.search
      .slice(1)
      .split('&')
      .filter((p) => p && !/^source(=|$)/.test(p));
    url.search = [...kept, `source=${encodeURIComponent(source)}`].join('&');
  }
  return url?.href;
}
