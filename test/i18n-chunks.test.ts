// The built bundle (dist/): which language chunks a page fetches. English is built in; every
// other language is fetched only by a page whose widgets ask for it, once, however many widgets
// (and however many separately built entries) ask. `npm test` builds first; run `npm run build`
// before running this file alone.
import { expect, waitUntil } from '@open-wc/testing';
import { LANGUAGES } from '../src/internal/languages.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((f) => f.remove()));

/** Opens test/pages/languages.html with `query` and waits until every widget shows its data. */
async function open(query: string) {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/test/pages/languages.html?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window;
  const doc = frame.contentDocument!;
  const widgets = () => [...doc.querySelectorAll('main > *')];
  await waitUntil(
    () =>
      widgets().length > 0 &&
      widgets().every((el) => el.shadowRoot?.querySelector('.widget:not([aria-busy])')),
    'widgets did not render',
    { timeout: 10_000 },
  );
  return { win, doc, widgets };
}

/** The language chunks the page fetched, one entry per request. */
const fetched = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => /\/dist\/chunks\/(.+)-[\w-]{8}\.js$/.exec(new URL(e.name).pathname)?.[1])
    .filter((name): name is string => !!name && (LANGUAGES as readonly string[]).includes(name));

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('language chunks a page fetches (built bundle)', () => {
  before(async () => {
    if (!(await fetch('/dist/union-widgets.js', { method: 'HEAD' })).ok)
      throw new Error('dist/ is missing: run `npm run build` first');
  });

  it('a page with English widgets only fetches no language chunk', async () => {
    const { win, widgets } = await open('langs=en,en-GB,en-US,en');
    expect(fetched(win)).to.deep.equal([]);
    expect(text(widgets()[0])).to.contain('90% yes');
  });

  it('a page with Korean widgets fetches the Korean chunk once, and nothing else', async () => {
    const { win, widgets } = await open('langs=ko,ko-KR,ko,ko');
    expect(fetched(win)).to.deep.equal(['ko']);
    expect(text(widgets()[0])).to.contain('찬성 90%');
    expect(text(widgets()[1])).to.contain('명이 서명했습니다');
  });

  it('a page with two languages fetches exactly those two', async () => {
    const { win } = await open('langs=zh-TW,en,es-MX,zh-HK');
    expect(fetched(win).sort()).to.deep.equal(['es', 'zh-Hant']);
  });

  it('two separately built entries on one page share one fetch of the chunk', async () => {
    const { win, widgets } = await open('entries=vote-tally,petition-counter&langs=vi,vi');
    expect(fetched(win)).to.deep.equal(['vi']);
    expect(widgets().map((w) => w.localName)).to.deep.equal([
      'union-vote-tally',
      'union-petition-counter',
    ]);
  });

  it('a language the library does not ship fetches nothing and shows English, marked', async () => {
    const { win, widgets } = await open('langs=fr-CA');
    expect(fetched(win)).to.deep.equal([]);
    expect(
      widgets()[0].shadowRoot!.querySelector('h2')!.closest('[lang]')!.getAttribute('lang'),
    ).to.equal('en');
  });
});
