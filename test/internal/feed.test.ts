import { expect } from '@open-wc/testing';
import { json, respond } from '../helpers/respond.js';
import sinon from 'sinon';
import {
  MAX_BACKOFF_MS,
  MAX_BYTES,
  MAX_WAIT_MS,
  subscribe,
  TIMEOUT_MS,
  type FeedListener,
} from '../../src/internal/feed.js';

let n = 0;
/** Every subscription a test makes, ended after it so no feed outlives its test. */
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));
const watch = (url: string, l: FeedListener) => {
  const stop = subscribe(url, l);
  stops.push(stop);
  return stop;
};
/** A URL no other test has used: feeds are shared per URL for the page's lifetime. */
const fresh = (path = '/feed.json') => `${location.origin}${path}?t=${++n}`;

interface Recorder extends FeedListener {
  docs: unknown[];
  errors: string[];
}
const recorder = (refresh = 0): Recorder => {
  const r: Recorder = {
    refresh,
    docs: [],
    errors: [],
    data: (d) => void r.docs.push(d),
    error: (e) => void r.errors.push(e),
  };
  return r;
};

describe('feed: shared loading', () => {
  it('makes one request for many widgets reading one URL (real server)', async () => {
    const id = `one-${Date.now()}`;
    const url = `${location.origin}/__feed/${id}?body=${encodeURIComponent('{"a":1}')}`;
    const listeners = Array.from({ length: 20 }, () => recorder());
    const done = listeners.map(
      (l) => new Promise<void>((resolve) => (l.data = (d) => resolve(void l.docs.push(d)))),
    );
    listeners.forEach((l) => watch(url, l));
    await Promise.all(done);
    const log = await (await fetch(`/__feed-log/${id}`)).json();
    expect(log).to.have.length(1);
    listeners.forEach((l) => expect(l.docs).to.deep.equal([{ a: 1 }]));
  });

  it('gives a late subscriber the document already loaded, without a new request', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    try {
      const url = fresh('/demo/campaign.json');
      const first = recorder();
      await new Promise<void>((resolve) => watch(url, { ...first, data: () => resolve() }));
      const late = recorder();
      watch(url, late);
      await new Promise((r) => queueMicrotask(() => r(undefined)));
      expect(late.docs).to.have.length(1);
      expect((late.docs[0] as { voteTally: unknown }).voteTally).to.be.an('object');
      expect(fetchSpy.callCount).to.equal(1);
    } finally {
      fetchSpy.restore();
    }
  });

  /**
   * Whether this browser keeps an HTTP cache: a max-age answer fetched twice reaches the server
   * once. WebKitGTK's MiniBrowser under WebDriver runs an ephemeral session with no HTTP cache at
   * all (Safari itself has one), so there nothing can be revalidated.
   */
  const hasHttpCache = async () => {
    const id = `cache-probe-${Date.now()}`;
    for (let i = 0; i < 2; i++) await (await fetch(`/__feed/${id}?maxAge=60`)).text();
    return ((await (await fetch(`/__feed-log/${id}`)).json()) as unknown[]).length === 1;
  };

  it('sends conditional requests: the second one carries the ETag and gets a 304', async () => {
    const cached = await hasHttpCache();
    // Chromium and Firefox must keep one (Chromium's UA names AppleWebKit too).
    if (!/AppleWebKit/.test(navigator.userAgent) || /Chrome\//.test(navigator.userAgent))
      expect(cached, 'this browser keeps an HTTP cache').to.equal(true);
    const id = `etag-${Date.now()}`;
    const url = `${location.origin}/__feed/${id}?etag=v1&body=${encodeURIComponent('{"v":1}')}`;
    const realFetch = window.fetch.bind(window);
    const copies: Promise<Response>[] = [];
    sinon.stub(window, 'fetch').callsFake((...args: Parameters<typeof fetch>) => {
      const p = realFetch(...args);
      copies.push(p.then((r) => r.clone()));
      return p;
    });
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const l = recorder(10);
      const loaded = new Promise<void>((resolve) => (l.data = (d) => resolve(void l.docs.push(d))));
      const stop = watch(url, l);
      await loaded;
      await clock.tickAsync(12_000);
      expect(copies).to.have.length(2);
      await (await copies[1]).text(); // the whole answer is in
      await clock.tickAsync(0); // and the loader has read it
      stop();
      // Every request asks the browser to revalidate (no CORS preflight, unlike a hand-set header).
      const inits = (window.fetch as sinon.SinonStub).args.map((a) => a[1] as RequestInit);
      inits.forEach((init) => expect(init).to.include({ cache: 'no-cache', credentials: 'omit' }));
      const log = await (await realFetch(`/__feed-log/${id}`)).json();
      expect(log.map((e: { ifNoneMatch: string }) => e.ifNoneMatch)).to.deep.equal(
        cached ? [null, '"v1"'] : [null, null],
      );
      // The unchanged document is not handed out again: no re-render, no flicker.
      expect(l.docs).to.deep.equal([{ v: 1 }]);
    } finally {
      clock.restore();
      sinon.restore();
    }
  });
});

describe('feed: size', () => {
  for (const [name, query] of [
    ['streamed with no Content-Length', `bytes=${MAX_BYTES + 1}`],
    ['a declared Content-Length', `bytes=${MAX_BYTES + 1}&declared=1`],
  ]) {
    it(`refuses a body over ${MAX_BYTES / 2 ** 20} MB, ${name}, keeping what it had`, async () => {
      const url = `${fresh(`/__feed/big-${Date.now()}`)}&${query}`;
      const l = recorder();
      const failed = new Promise<void>(
        (resolve) => (l.error = (e) => resolve(void l.errors.push(e))),
      );
      watch(url, l);
      await failed;
      expect(l.errors).to.deep.equal(['is larger than 5 MB, the most a widget reads']);
      expect(l.docs).to.deep.equal([]);
    });
  }

  it('reads a body just under the cap', async () => {
    const l = recorder();
    const loaded = new Promise<void>((resolve) => (l.data = (d) => resolve(void l.docs.push(d))));
    watch(fresh(`/__feed/near-${Date.now()}`) + `&bytes=${MAX_BYTES}`, l);
    await loaded;
    expect((l.docs[0] as string).length).to.equal(MAX_BYTES - 2);
  });
});

describe('feed: refresh, backoff, Retry-After, max-age, visibility', () => {
  let clock: sinon.SinonFakeTimers;
  let fetchStub: sinon.SinonStub;
  let hidden = false;

  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    fetchStub = sinon.stub(window, 'fetch');
    hidden = false;
    sinon.stub(document, 'hidden').get(() => hidden);
    sinon.stub(Math, 'random').returns(0.5);
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  /** Lets the stubbed fetch and the loader's awaits settle. */
  const settle = () => clock.tickAsync(0);

  it('refreshes every N seconds with jitter, one request per period for 50 widgets', async () => {
    let count = 0;
    fetchStub.callsFake(async () => json({ count: ++count }));
    const url = fresh();
    const widgets = Array.from({ length: 50 }, () => recorder(60));
    const stops = widgets.map((w) => watch(url, w));
    await settle();
    expect(fetchStub.callCount).to.equal(1);
    // Math.random() = 0.5: the period is 60 s × (0.9 + 0.5/5) = 60 s.
    await clock.tickAsync(59_000);
    expect(fetchStub.callCount).to.equal(1);
    await clock.tickAsync(1_000);
    expect(fetchStub.callCount).to.equal(2);
    await clock.tickAsync(10 * 60_000);
    expect(fetchStub.callCount).to.equal(12); // 50 widgets × 11 minutes: one request a minute
    expect(widgets[49].docs.at(-1)).to.deep.equal({ count: 12 });
    stops.forEach((s) => s());
    await clock.tickAsync(5 * 60_000);
    expect(fetchStub.callCount).to.equal(12);
  });

  it('makes no request before Cache-Control max-age runs out', async () => {
    fetchStub.callsFake(async () => json({ a: 1 }, { 'cache-control': 'public, max-age=300' }));
    watch(fresh(), recorder(30));
    await settle();
    await clock.tickAsync(299_000);
    expect(fetchStub.callCount).to.equal(1);
    await clock.tickAsync(1_000);
    expect(fetchStub.callCount).to.equal(2);
  });

  it('obeys Retry-After on 429 and 503, in seconds or as a date', async () => {
    fetchStub.onCall(0).resolves(json({}, { 'retry-after': '120' }, 429));
    fetchStub
      .onCall(1)
      .resolves(
        json({}, { 'retry-after': new Date(Date.now() + 120_000 + 300_000).toUTCString() }, 503),
      );
    fetchStub.resolves(json({ ok: true }));
    const l = recorder(10);
    watch(fresh(), l);
    await settle();
    expect(l.errors).to.deep.equal(['HTTP 429']);
    await clock.tickAsync(119_000);
    expect(fetchStub.callCount).to.equal(1);
    await clock.tickAsync(1_000);
    expect(fetchStub.callCount).to.equal(2);
    await clock.tickAsync(299_000);
    expect(fetchStub.callCount).to.equal(2);
    await clock.tickAsync(1_000);
    expect(fetchStub.callCount).to.equal(3);
    expect(l.docs).to.deep.equal([{ ok: true }]);
  });

  it('backs off exponentially with jitter on errors, capped, and recovers', async () => {
    fetchStub.resolves(json({}, {}, 500));
    const l = recorder(10);
    watch(fresh(), l);
    await settle();
    const times: number[] = [];
    fetchStub.callsFake(async () => {
      times.push(Date.now());
      return json({}, {}, 500);
    });
    const start = Date.now();
    await clock.tickAsync(3_600_000);
    const gaps = times.map((t, i) => t - (i ? times[i - 1] : start));
    // random() = 0.5 → each wait is 125% of 10 s × 2^(fails-1), capped at 10 minutes.
    expect(gaps.slice(0, 7)).to.deep.equal([
      12_500, 25_000, 50_000, 100_000, 200_000, 400_000, 750_000,
    ]);
    expect(Math.max(...gaps)).to.equal(MAX_BACKOFF_MS * 1.25);
    expect(l.errors.every((e) => e === 'HTTP 500')).to.equal(true);
  });

  it('spreads retries: different random draws give different waits, never sooner than a period', async () => {
    (Math.random as sinon.SinonStub).returns(0);
    fetchStub.resolves(json({}, {}, 500));
    watch(fresh(), recorder(60));
    await settle();
    await clock.tickAsync(59_999);
    expect(fetchStub.callCount).to.equal(1);
    await clock.tickAsync(1);
    expect(fetchStub.callCount).to.equal(2); // 100% of 60 s
    (Math.random as sinon.SinonStub).returns(0.99);
    await clock.tickAsync(120_000);
    expect(fetchStub.callCount).to.equal(3); // 2 × 60 s at 100%: the draw before was 0
  });

  for (const [name, headers, status] of [
    ['Cache-Control: max-age=2592000 (30 days)', { 'cache-control': 'max-age=2592000' }, 200],
    ['Retry-After: 3000000 on a 503', { 'retry-after': '3000000' }, 503],
    ['a Retry-After date 40 days ahead', { 'retry-after': 'in40days' }, 503],
    ['Cache-Control: max-age past 2^53 ms', { 'cache-control': `max-age=${'9'.repeat(30)}` }, 200],
  ] as const) {
    it(`waits at most an hour, and never loops, for ${name}`, async () => {
      const answer = () => {
        const h: Record<string, string> = { ...headers };
        if (h['retry-after'] === 'in40days')
          h['retry-after'] = new Date(Date.now() + 40 * 86_400_000).toUTCString();
        return json({ a: 1 }, h, status);
      };
      fetchStub.callsFake(async () => answer());
      watch(fresh(), recorder(10));
      await settle();
      await clock.tickAsync(60_000);
      expect(fetchStub.callCount, 'requests in the first minute').to.equal(1);
      await clock.tickAsync(MAX_WAIT_MS - 60_000);
      expect(fetchStub.callCount, 'requests in the first hour').to.equal(2);
    });
  }

  it('keeps a refresh period past the timer range to an hour', async () => {
    fetchStub.callsFake(async () => json({ a: 1 }));
    watch(fresh(), recorder(3_000_000));
    await settle();
    await clock.tickAsync(60_000);
    expect(fetchStub.callCount).to.equal(1);
    await clock.tickAsync(MAX_WAIT_MS);
    expect(fetchStub.callCount).to.equal(2);
  });

  it('never replaces good data with a failure or malformed JSON', async () => {
    fetchStub.onCall(0).resolves(json({ good: 1 }));
    fetchStub.onCall(1).resolves(respond('{not json'));
    fetchStub.onCall(2).rejects(new TypeError('Failed to fetch'));
    const l = recorder(10);
    watch(fresh(), l);
    await settle();
    await clock.tickAsync(10_000);
    await clock.tickAsync(12_500); // the first retry: 1.25 periods
    expect(l.docs).to.deep.equal([{ good: 1 }]);
    expect(l.errors[0]).to.match(/^is not valid JSON/);
    expect(l.errors[1]).to.match(/^network error/);
  });

  it('gives up on a request that does not answer in time', async () => {
    fetchStub.callsFake(
      (_url: string, init: RequestInit) =>
        new Promise((_, reject) =>
          init.signal!.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          ),
        ),
    );
    const l = recorder();
    watch(fresh(), l);
    await clock.tickAsync(TIMEOUT_MS);
    expect(l.errors).to.deep.equal([`no complete answer within ${TIMEOUT_MS / 1000} s`]);
  });

  it('gives up on a body that drips too slowly, and says so', async () => {
    fetchStub.callsFake(async (_url: string, init: RequestInit) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"a":'));
          init.signal!.addEventListener('abort', () =>
            controller.error(new DOMException('signal is aborted without reason', 'AbortError')),
          );
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    });
    const l = recorder();
    watch(fresh(), l);
    await clock.tickAsync(TIMEOUT_MS);
    await settle();
    expect(l.errors).to.deep.equal([`no complete answer within ${TIMEOUT_MS / 1000} s`]);
  });

  it('sleeps while the page is hidden and catches up when it is shown', async () => {
    fetchStub.callsFake(async () => json({ a: 1 }));
    watch(fresh(), recorder(60));
    await settle();
    hidden = true;
    document.dispatchEvent(new Event('visibilitychange'));
    await clock.tickAsync(30 * 60_000);
    expect(fetchStub.callCount).to.equal(1);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(fetchStub.callCount).to.equal(2);
  });

  it('never refreshes faster than every 10 seconds', async () => {
    fetchStub.callsFake(async () => json({ a: 1 }));
    watch(fresh(), recorder(1));
    await settle();
    await clock.tickAsync(60_000);
    expect(fetchStub.callCount).to.be.at.most(7);
  });

  it('does not poll without refresh', async () => {
    fetchStub.callsFake(async () => json({ a: 1 }));
    watch(fresh(), recorder(0));
    await settle();
    await clock.tickAsync(3_600_000);
    expect(fetchStub.callCount).to.equal(1);
  });
});
