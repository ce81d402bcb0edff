/**
 * One shared loader per JSON feed URL on the page. However many widgets read
 * `campaign.json#/…`, the page makes one request per refresh period.
 *
 * Requests go out with `cache: 'no-cache'` and `credentials: 'omit'`: the browser revalidates with
 * the ETag / Last-Modified it stored (a conditional request answered 304 by the CDN) and, unlike
 * hand-set `If-None-Match` headers, that needs no CORS preflight. Between requests the loader
 * honours `Cache-Control: max-age` and `Retry-After`, backs off exponentially with jitter on errors,
 * and sleeps while the page is hidden. A failed or malformed response never replaces good data.
 */

export interface FeedListener {
  /** Seconds between refreshes; 0 for none. */
  readonly refresh: number;
  data(doc: unknown): void;
  error(message: string): void;
}

interface Feed {
  url: string;
  listeners: Set<FeedListener>;
  doc?: unknown;
  text?: string;
  err?: string;
  busy?: boolean;
  /** Consecutive failures. */
  fails: number;
  /**
   * When the last answer arrived (ms; when the request failed, if none did), and the least wait
   * the server asked for after it. Like HTTP's own freshness clock, this counts from the response
   * headers, not from the end of reading the body: engines read a body in their own tasks
   * (Firefox in several), and the schedule must not drift by however long that takes.
   */
  last: number;
  wait: number;
  /** This round's jitter, 0..1, drawn once per request so re-planning does not reshuffle it. */
  jitter: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** Requests give up after this long. */
export const TIMEOUT_MS = 15_000;
/** The shortest refresh period honoured; a webmaster's `refresh="1"` must not hammer a CDN. */
export const MIN_REFRESH_S = 10;
/** Error backoff never waits longer than this (or the refresh period, if longer). */
export const MAX_BACKOFF_MS = 10 * 60_000;

const feeds = new Map<string, Feed>();

/** Starts (or joins) the feed for `url` (no fragment); returns the unsubscribe function. */
export function subscribe(url: string, listener: FeedListener): () => void {
  let feed = feeds.get(url);
  if (!feed) {
    if (!feeds.size) document.addEventListener('visibilitychange', () => feeds.forEach(arm));
    feed = { url, listeners: new Set(), fails: 0, last: 0, wait: 0, jitter: 0 };
    feeds.set(url, feed);
    feed.listeners.add(listener);
    void load(feed);
  } else {
    const f = feed;
    f.listeners.add(listener);
    // A widget joining a feed that has answered gets its answer at once.
    queueMicrotask(() => {
      if (!f.listeners.has(listener)) return;
      if (f.doc !== undefined) listener.data(f.doc);
      else if (f.err && !f.busy) listener.error(f.err);
    });
    arm(f);
  }
  const f = feed;
  return () => {
    f.listeners.delete(listener);
    arm(f);
  };
}

function period(feed: Feed): number {
  let s = Infinity;
  for (const l of feed.listeners)
    if (l.refresh > 0) s = Math.min(s, Math.max(l.refresh, MIN_REFRESH_S));
  return s * 1000;
}

/** Sets the timer for the next request, or clears it while hidden, idle or unwatched. */
function arm(feed: Feed): void {
  clearTimeout(feed.timer);
  const every = period(feed);
  if (feed.busy || every === Infinity || document.hidden) return;
  const delay = feed.fails
    ? Math.min(Math.max(MAX_BACKOFF_MS, every), every * 2 ** (feed.fails - 1)) *
      (0.5 + feed.jitter / 2)
    : every * (0.9 + feed.jitter / 5);
  const due = feed.last + Math.max(delay, feed.wait);
  feed.timer = setTimeout(() => void load(feed), Math.max(0, due - Date.now()));
}

/** Milliseconds the response asks us to wait: `Retry-After` (seconds or a date), else max-age. */
function serverWait(res: Response): number {
  const retry = res.headers.get('retry-after');
  if (retry) {
    const ms = /^\d+$/.test(retry.trim()) ? Number(retry) * 1000 : Date.parse(retry) - Date.now();
    if (ms > 0) return ms;
  }
  const maxAge = /(?:^|,)\s*(?:s-)?max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '');
  return maxAge ? Number(maxAge[1]) * 1000 : 0;
}

async function load(feed: Feed): Promise<void> {
  feed.busy = true;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let wait = 0;
  let answered = 0;
  try {
    let res: Response;
    try {
      res = await fetch(feed.url, { cache: 'no-cache', credentials: 'omit', signal: abort.signal });
      answered = Date.now();
    } catch {
      throw new Error(
        abort.signal.aborted
          ? `no answer within ${TIMEOUT_MS / 1000} s`
          : 'network error (offline, blocked, or no CORS)',
      );
    }
    wait = serverWait(res);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    if (text !== feed.text) {
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (e) {
        throw new Error(`is not valid JSON (${(e as Error).message})`);
      }
      feed.doc = doc;
      feed.text = text;
      feed.listeners.forEach((l) => l.data(doc));
    }
    feed.fails = 0;
    feed.err = undefined;
  } catch (e) {
    feed.fails++;
    feed.err = (e as Error).message;
    feed.listeners.forEach((l) => l.error(feed.err!));
  } finally {
    clearTimeout(timer);
    feed.busy = false;
    feed.last = answered || Date.now();
    feed.wait = wait;
    feed.jitter = Math.random();
    arm(feed);
  }
}
