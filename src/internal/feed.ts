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

/** A request, body included, gives up after this long. */
export const TIMEOUT_MS = 15_000;
/** The most a feed body may hold (counted as it streams): the same cap as `validate`. */
export const MAX_BYTES = 5 * 1024 * 1024;
/** The shortest refresh period honoured; a webmaster's `refresh="1"` must not hammer a CDN. */
export const MIN_REFRESH_S = 10;
/** Error backoff never waits longer than this (or the refresh period, if longer). */
export const MAX_BACKOFF_MS = 10 * 60_000;
/**
 * The longest wait a server can ask for (`max-age`, `Retry-After`), and the longest refresh
 * period: a "cache for a month" CDN rule must not silence a campaign page for a month, and no
 * wait may reach the timer's limit.
 */
export const MAX_WAIT_MS = 60 * 60_000;
/**
 * `setTimeout` keeps its delay in a signed 32-bit number of milliseconds (24.8 days): a longer
 * one overflows and fires at once, so every tab would poll in a tight loop.
 */
const MAX_TIMER_MS = 2 ** 31 - 1;

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
  return s === Infinity ? s : Math.min(s * 1000, MAX_WAIT_MS);
}

/** Sets the timer for the next request, or clears it while hidden, idle or unwatched. */
function arm(feed: Feed): void {
  clearTimeout(feed.timer);
  const every = period(feed);
  if (feed.busy || every === Infinity || document.hidden) return;
  // After an error, wait at least one period (1–1.5×), doubling with each further failure.
  const delay = feed.fails
    ? Math.min(Math.max(MAX_BACKOFF_MS, every), every * 2 ** (feed.fails - 1)) *
      (1 + feed.jitter / 2)
    : every * (0.9 + feed.jitter / 5);
  const due = feed.last + Math.max(delay, feed.wait);
  // A wait past the timer's range is taken in steps: re-arming re-plans from the clock.
  const left = due - Date.now();
  feed.timer = setTimeout(
    () => (left > MAX_TIMER_MS ? arm(feed) : void load(feed)),
    Math.min(Math.max(0, left), MAX_TIMER_MS),
  );
}

/**
 * Milliseconds the response asks us to wait — `Retry-After` (seconds or a date), else `max-age` —
 * at most MAX_WAIT_MS.
 */
function serverWait(res: Response): number {
  const retry = res.headers.get('retry-after')?.trim();
  let ms = 0;
  if (retry) ms = /^\d+$/.test(retry) ? Number(retry) * 1000 : Date.parse(retry) - Date.now();
  if (!(ms > 0)) {
    const maxAge = /(?:^|,)\s*max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '');
    ms = maxAge ? Number(maxAge[1]) * 1000 : 0;
  }
  return Math.min(ms, MAX_WAIT_MS);
}

class TooLarge extends Error {}

/** The body as text, refused past `max` bytes as it streams (a declared length is checked first). */
async function readText(res: Response, max: number): Promise<string> {
  const tooBig = () => new TooLarge(`is larger than ${max / 2 ** 20} MB, the most a widget reads`);
  if (Number(res.headers.get('content-length')) > max) throw tooBig();
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => {});
      throw tooBig();
    }
    text += decoder.decode(part.value, { stream: true });
  }
  return text + decoder.decode();
}

async function load(feed: Feed): Promise<void> {
  feed.busy = true;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let wait = 0;
  let answered = 0;
  // Whatever breaks while the clock runs out (the request or a slowly dripping body) says so.
  const explain = (what: string) => (e: unknown) => {
    if (abort.signal.aborted) throw new Error(`no complete answer within ${TIMEOUT_MS / 1000} s`);
    throw e instanceof TooLarge ? e : new Error(what);
  };
  try {
    const res = await fetch(feed.url, {
      cache: 'no-cache',
      credentials: 'omit',
      signal: abort.signal,
    }).catch(explain('network error (offline, blocked, or no CORS)'));
    answered = Date.now();
    wait = serverWait(res);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await readText(res, MAX_BYTES).catch(explain('the answer broke off'));
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
