// Prerendered snippets (`union-widgets render`) on a host page: shown without JavaScript, then
// taken over by the built bundle (dist/) with one copy on screen at every step, nothing moving,
// and live data still arriving. The snippets are made by the real command, on the test server
// (test/helpers/prerender-server.mjs). `npm test` builds dist/ first; run `npm run build` before
// running this file alone.
import { expect, waitUntil } from '@open-wc/testing';

const TAGS = [
  'union-vote-tally',
  'union-action-checklist',
  'union-town-hall',
  'union-petition-counter',
  'union-ta-list',
] as const;
type Tag = (typeof TAGS)[number];

interface Page {
  frame: HTMLIFrameElement;
  win: Window & { __shifts: number[] } & typeof globalThis;
  doc: Document;
}

interface Snippet {
  widget: string;
  data: unknown;
  args?: string[];
}

let campaign: Record<string, unknown>;

/** A town hall whose sessions are still to come, in the browsers' pinned zone (no "your time"). */
function futureTownHall() {
  const day = (n: number) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
  return {
    title: 'Contract update town hall',
    timeZone: 'America/New_York',
    registrationUrl: 'https://alliance.example/register',
    sessions: [
      { id: 'a', label: 'Evening', start: `${day(20)}T18:00`, end: `${day(20)}T19:00` },
      { id: 'b', label: 'Morning', start: `${day(21)}T07:00`, end: `${day(21)}T08:00` },
    ],
  };
}

function all(args: (key: string) => string[] = () => []): Snippet[] {
  const data: Record<Tag, unknown> = {
    'union-vote-tally': campaign.voteTally,
    'union-action-checklist': campaign.actionChecklist,
    'union-town-hall': futureTownHall(),
    'union-petition-counter': campaign.petition,
    'union-ta-list': campaign.taList,
  };
  return TAGS.map((tag) => ({ widget: tag.slice(6), data: data[tag], args: args(tag) }));
}

/**
 * Opens a host page holding `snippets` in an iframe `width` px wide; no script unless `script`;
 * `slowCss`: a late stylesheet holds the first paint (see test/helpers/prerender-server.mjs).
 */
async function open(
  snippets: Snippet[],
  width = 800,
  script = false,
  slowCss = false,
): Promise<Page> {
  const q = new URLSearchParams();
  for (const s of snippets) {
    q.append('widget', s.widget);
    q.append('data', JSON.stringify(s.data));
    q.append('args', JSON.stringify(s.args ?? []));
  }
  if (script) q.set('script', '1');
  if (slowCss) q.set('slowCss', '1');
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '4000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__prerender?${q}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'];
  return { frame, win, doc: frame.contentDocument! };
}

/**
 * Adds the bundle to a page that had none, and waits until every widget has taken over. With
 * `idle: false` the page never has idle time (requestIdleCallback never calls back), so a widget
 * whose data matches its prerendering sleeps until something else wakes it; then this waits only
 * for the upgrade.
 */
async function addScript({ win, doc }: Page, { idle = true } = {}): Promise<void> {
  if (!idle) win.requestIdleCallback = () => 0;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = '/dist/union-widgets.js';
  doc.head.append(script);
  await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'the bundle never loaded', {
    timeout: 4000,
  });
  await waitUntil(
    () => widgets(doc).every((el) => el.renderRoot && !el.isUpdatePending),
    'a widget never upgraded',
    { timeout: 4000 },
  );
  if (idle) await awake(doc);
}

/** Every widget showing its own rendering: the server's (with its <style>) is gone. */
const awake = (doc: Document) =>
  waitUntil(
    () => widgets(doc).every((el) => !el.shadowRoot!.querySelector('style')),
    'a widget never took its shadow root over',
    { timeout: 4000 },
  );
const asleep = (el: Element) => !!el.shadowRoot!.querySelector('style[data-union]');

/**
 * The widget's own rendering alone: one box, none of the server's nodes (its <style>), no
 * fallback slot. (Booleans, never elements, go to expect(): chai walks an element from another
 * frame's realm as a plain object, which hangs the page when it fails.)
 */
function taken(el: Element): void {
  const has = (selector: string) => !!el.shadowRoot!.querySelector(selector);
  expect(el.shadowRoot!.querySelectorAll('.widget').length, `${el.localName}: copies`).to.equal(1);
  expect(has('style'), `${el.localName}: server nodes left`).to.equal(false);
  expect(has('slot'), `${el.localName}: fallback shown`).to.equal(false);
}

type Widget = HTMLElement & {
  /** Set once the element is upgraded and connected (a sleeping widget has not updated yet). */
  renderRoot?: ShadowRoot;
  isUpdatePending: boolean;
  updateComplete: Promise<boolean>;
};
const widgets = (doc: Document) => [...doc.querySelectorAll<Widget>(TAGS.join(','))];

/** Where everything is: each widget's box and the host text after them. */
const layout = (doc: Document) => [
  ...widgets(doc).map((el) => {
    const r = el.getBoundingClientRect();
    return `${el.localName} ${r.top} ${r.height}`;
  }),
  `after ${doc.getElementById('after')!.getBoundingClientRect().top}`,
];

/** Chromium reports layout shifts; elsewhere the positions above are the check. */
const shiftScore = (win: Page['win']) => win.__shifts.reduce((a, b) => a + b, 0);

describe('prerendered snippets (union-widgets render)', () => {
  before(async () => {
    campaign = await (await fetch('/demo/campaign.json')).json();
  });
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    localStorage.clear();
  });

  it('without JavaScript, every widget shows its content from the first paint', async () => {
    const page = await open(all());
    for (const el of widgets(page.doc)) {
      expect(page.win.customElements.get(el.localName), el.localName).to.equal(undefined);
      const box = el.shadowRoot?.querySelector<HTMLElement>('.widget');
      expect(!!box, `${el.localName} has no prerendered content`).to.equal(true);
      expect(box!.offsetHeight, el.localName).to.be.above(60);
      expect(
        el.shadowRoot!.querySelector('.title')!.textContent!.trim(),
        el.localName,
      ).not.to.equal('');
    }
    // Styles came with it: the box has its border and padding, not the page's defaults.
    const box = widgets(page.doc)[0].shadowRoot!.querySelector('.widget')!;
    expect(getComputedStyle(box).paddingTop).to.equal('16px');
  });

  for (const width of [390, 800])
    it(`at ${width} px, the script takes every widget over in place: one copy, nothing moves`, async () => {
      const page = await open(all(), width);
      const before = layout(page.doc);
      await addScript(page);
      widgets(page.doc).forEach(taken);
      expect(layout(page.doc)).to.deep.equal(before);
      expect(shiftScore(page.win)).to.equal(0);
    });

  it('the plain snippet with inline data, as the builder writes it, is drawn in the first paint: nothing moves while the script is slow', async () => {
    // The builder's script line is render-blocking (blocking="render", honoured in <head>):
    // without it the fallback text is painted first, then the widgets push the page down when
    // the script arrives. Engines without `blocking` paint the fallback first, as before.
    const q = new URLSearchParams({ slow: '400' });
    for (const s of all()) {
      q.append('widget', s.widget);
      q.append('data', JSON.stringify(s.data));
    }
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:390px;height:844px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = `/__plain?${q}`;
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Page['win'] & { __firstFrame?: boolean[] };
    const doc = frame.contentDocument!;
    await waitUntil(() => win.__firstFrame, 'the page never showed a frame', { timeout: 4000 });
    const blocks = 'blocking' in doc.createElement('script');
    expect(win.__firstFrame).to.deep.equal(TAGS.map(() => blocks));
    await waitUntil(
      () =>
        widgets(doc).every((el) => el.shadowRoot?.querySelector('.widget') && !el.isUpdatePending),
      'a widget never rendered its inline data',
      { timeout: 4000 },
    );
    expect(shiftScore(win)).to.equal(0);
  });

  it('on a page not painted yet, the script waits for the first paint before taking prerendered widgets over', async () => {
    // A late stylesheet holds the first paint until the script has arrived: upgrading the five
    // widgets then would hold back content the page already has.
    const page = await open(all(), 800, true, true);
    const win = page.win as Page['win'] & { __firstFrame?: boolean[] };
    await waitUntil(() => win.__firstFrame, 'the page never showed a frame', { timeout: 4000 });
    expect(win.__firstFrame).to.deep.equal(TAGS.map(() => false));
    await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'never defined', {
      timeout: 4000,
    });
  });

  it('never blank, never doubled: each change to a shadow root leaves exactly one widget in it', async () => {
    const page = await open(all());
    const seen: string[] = [];
    for (const el of widgets(page.doc))
      new page.win.MutationObserver(() =>
        seen.push(`${el.localName} ${el.shadowRoot!.querySelectorAll('.widget').length}`),
      ).observe(el.shadowRoot!, { childList: true, subtree: true });
    await addScript(page);
    expect(seen.length).to.be.above(0);
    expect(seen.filter((s) => !s.endsWith(' 1'))).to.deep.equal([]);
  });

  it('fed from src: the prerendered count stays until the feed answers, then updates in place, and live updates keep coming', async () => {
    const petition = campaign.petition as { count: number };
    const feed = (count: number, delay = 0) =>
      `/__feed/prerender-${count}-${Math.random()}?delay=${delay}&body=${encodeURIComponent(
        JSON.stringify({ ...petition, count }),
      )}`;
    const page = await open([
      { widget: 'petition-counter', data: petition, args: ['--src', feed(9001, 400)] },
    ]);
    const el = widgets(page.doc)[0] as Widget & { src: string };
    const count = () => el.shadowRoot!.querySelector('.n')!.textContent;
    expect(count()).to.equal('8,412');
    // No idle time: what replaces the server's rendering is the feed's new data alone.
    page.win.requestIdleCallback = () => 0;
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/union-widgets.js';
    page.doc.head.append(script);
    await waitUntil(() => el.renderRoot, 'never upgraded', { timeout: 4000 });
    // Upgraded, data still on its way: the server's rendering is what shows, once.
    expect(count()).to.equal('8,412');
    expect(el.shadowRoot!.querySelectorAll('.widget').length).to.equal(1);
    await waitUntil(() => count() === '9,001', 'the feed never showed', { timeout: 4000 });
    taken(el);
    el.src = feed(9500);
    await waitUntil(() => count() === '9,500', 'a live update never showed', { timeout: 4000 });
  });

  it('a feed that fails leaves the prerendered content on screen (the last good data)', async () => {
    const page = await open([
      {
        widget: 'vote-tally',
        data: campaign.voteTally,
        args: ['--src', '/__feed/prerender-broken?status=500'],
      },
    ]);
    const el = widgets(page.doc)[0];
    const failed = new Promise((resolve) => el.addEventListener('union-error', resolve));
    const before = el.shadowRoot!.querySelector('.widget')!.textContent;
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/union-widgets.js';
    page.doc.head.append(script);
    await failed;
    await el.updateComplete;
    expect(!!el.shadowRoot!.querySelector('slot'), 'fallback shown').to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('.widget').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('.widget')!.textContent).to.equal(before);
  });

  it('a widget whose data matches its prerendering sleeps — no rendering — until the member reaches for it', async () => {
    const page = await open(all());
    await addScript(page, { idle: false });
    const [tally, checklist, hall, petition, list] = widgets(page.doc);
    expect(widgets(page.doc).map(asleep)).to.deep.equal([true, true, true, true, true]);
    // A pointer coming over it.
    tally
      .shadowRoot!.querySelector('.title')!
      .dispatchEvent(new page.win.PointerEvent('pointerover', { bubbles: true, composed: true }));
    taken(tally);
    // Keyboard focus arriving: taken over, the focus kept on the same control.
    petition.shadowRoot!.querySelector<HTMLElement>('a.cta')!.focus();
    taken(petition);
    expect(petition.shadowRoot!.activeElement?.className).to.include('cta');
    // A click with no pointer before it (a screen reader's): it reaches the same control.
    const toggled = new Promise<Event>((resolve) =>
      checklist.addEventListener('union-action-toggle', resolve, { once: true }),
    );
    checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    taken(checklist);
    expect((await toggled) as Event & { done: boolean }).to.include({ done: true });
    const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).to.equal(true);
    // The others still sleep.
    expect([hall, list].map(asleep)).to.deep.equal([true, true]);
  });

  it('asleep, the page starts with no Intl formatter made at all (no ICU start-up) until a widget wakes', async () => {
    const page = await open(all());
    const made: string[] = [];
    const intl = page.win.Intl as unknown as Record<string, object>;
    for (const name of ['DateTimeFormat', 'NumberFormat', 'RelativeTimeFormat', 'Locale']) {
      const count = () => made.push(name);
      intl[name] = new Proxy(intl[name] as CallableFunction, {
        construct: (target, args) => (count(), Reflect.construct(target as never, args)),
        apply: (target, self, args) => (count(), Reflect.apply(target, self, args)),
      });
    }
    await addScript(page, { idle: false });
    expect(widgets(page.doc).map(asleep)).to.deep.equal([true, true, true, true, true]);
    expect(made).to.deep.equal([]);
    widgets(page.doc)[3].shadowRoot!.querySelector<HTMLElement>('a.cta')!.focus();
    expect(made.length).to.be.above(0);
  });

  it('data set by the page while a widget sleeps is shown, and the held data never comes back over it', async () => {
    const page = await open([{ widget: 'vote-tally', data: campaign.voteTally }]);
    await addScript(page, { idle: false });
    const el = widgets(page.doc)[0] as Widget & { data: unknown };
    expect(asleep(el)).to.equal(true);
    el.data = { ...(campaign.voteTally as object), title: 'Results are in' };
    await el.updateComplete;
    taken(el);
    const title = () => el.shadowRoot!.querySelector('.title')!.textContent!.trim();
    expect(title()).to.equal('Results are in');
    el.shadowRoot!.querySelector('.title')!.dispatchEvent(
      new page.win.PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(title()).to.equal('Results are in');
  });

  it('a prerendering the clock has overtaken is replaced at once', async () => {
    const page = await open([{ widget: 'town-hall', data: futureTownHall() }]);
    const el = widgets(page.doc)[0];
    const style = el.shadowRoot!.querySelector<HTMLElement>('style[data-union]')!;
    const [inputs, until] = style.dataset.union!.split(' ');
    expect(Number(until)).to.be.above(Date.now());
    style.dataset.union = `${inputs} ${Date.now() - 1}`;
    await addScript(page, { idle: false });
    taken(el);
  });

  it('the town hall keeps its prerendered QR code: the encoder is never fetched', async () => {
    const page = await open([{ widget: 'town-hall', data: futureTownHall(), args: [] }]);
    const el = widgets(page.doc)[0];
    const path = () => el.shadowRoot!.querySelector('figure svg path')?.getAttribute('d');
    const server = path();
    expect(server, 'no QR code in the server render').to.be.a('string');
    await addScript(page);
    taken(el);
    expect(path()).to.equal(server);
    const chunks = page.win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.includes('/dist/') && !n.endsWith('/union-widgets.js'));
    expect(chunks).to.deep.equal([]);
  });

  it('a reader in another zone gets their own times once the script runs', async () => {
    const hall = { ...futureTownHall(), timeZone: 'America/Denver' };
    const page = await open([{ widget: 'town-hall', data: hall, args: [] }]);
    const el = widgets(page.doc)[0];
    expect(el.shadowRoot!.textContent).not.to.include('your time');
    await addScript(page);
    expect(el.shadowRoot!.textContent).to.include('your time');
  });

  it("the embed builder's prerendered snippet is the element `union-widgets render` prints for the same input", async () => {
    const frame = document.createElement('iframe');
    frame.src = '/dist/builder.html?widget=vote-tally';
    frame.style.width = '1000px';
    document.body.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.getElementById('check-summary')!.textContent, 'no first check');
    const feed = doc.getElementById('feed-url') as HTMLInputElement;
    feed.value = '/demo/campaign.json';
    feed.dispatchEvent(new Event('input', { bubbles: true }));
    const area = doc.getElementById('snippet-prerendered') as HTMLTextAreaElement;
    await waitUntil(() => area.value.includes('shadowrootmode'), 'no prerendered snippet', {
      timeout: 4000,
    });
    const src = '/demo/campaign.json#/voteTally';
    const fallback = '  <p>See how the strike vote went</p>';
    const q = new URLSearchParams({
      widget: 'vote-tally',
      data: JSON.stringify(campaign.voteTally),
      args: JSON.stringify(['--src', src, '--fallback', fallback]),
      raw: '1',
    });
    const cli = await (await fetch(`/__prerender?${q}`)).text();
    expect(area.value.slice(area.value.indexOf('<union-vote-tally'))).to.equal(cli);
    // Above it, the same pinned script tag as the plain snippet.
    const plain = (doc.getElementById('snippet-script') as HTMLTextAreaElement).value;
    expect(area.value.split('\n')[0]).to.equal(plain.split('\n')[0]);
  });

  it('a member who tabbed into the prerendered widget keeps their place when it is taken over', async () => {
    const page = await open([{ widget: 'petition-counter', data: campaign.petition }]);
    const el = widgets(page.doc)[0];
    el.shadowRoot!.querySelector<HTMLElement>('a.cta')!.focus();
    await addScript(page);
    taken(el);
    expect(el.shadowRoot!.activeElement?.className).to.include('cta');
  });
});
