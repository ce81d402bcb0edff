// The built bundle (dist/, not the sources) on host pages we never control. `npm test` builds
// first; run `npm run build` before running this file alone.
import { expect, waitUntil } from '@open-wc/testing';
import { canEmulateMedia, preferMedia } from './helpers/media.js';
import { emulateMedia } from '@web/test-runner-commands';

const TAGS = [
  'union-vote-tally',
  'union-action-checklist',
  'union-town-hall',
  'union-petition-counter',
  'union-ta-list',
];

interface Page {
  frame: HTMLIFrameElement;
  win: Window & Record<string, unknown>;
  doc: Document;
}

/** Loads a fixture page in an iframe and waits until every defined widget shows its data. */
async function open(path: string, width = 900): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '3000px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & Record<string, unknown>;
  const doc = frame.contentDocument!;
  await waitUntil(
    () => TAGS.every((t) => win.customElements.get(t) || t === 'union-town-hall'),
    'the bundle did not define the widgets',
    { timeout: 10_000 },
  );
  await waitUntil(
    () => shown(doc).length > 0 && shown(doc).every((el) => rendered(el)),
    'widgets did not render their data',
    { timeout: 10_000 },
  );
  return { frame, win, doc };
}

const shown = (doc: Document) =>
  [...doc.querySelectorAll(TAGS.join(','))].filter((el) =>
    (el.ownerDocument.defaultView as Window).customElements.get(el.localName),
  );
/** Data on screen: the widget's box is there and the fallback slot is gone. */
const rendered = (el: Element) =>
  !!el.shadowRoot?.querySelector('.widget') && !el.shadowRoot.querySelector('slot');

/** Each widget's file in dist/ and its part of the demo campaign. */
const ONE_WIDGET_FILES = [
  ['vote-tally', 'union-vote-tally', 'voteTally'],
  ['action-checklist', 'union-action-checklist', 'actionChecklist'],
  ['town-hall', 'union-town-hall', 'townHall2025'],
  ['petition-counter', 'union-petition-counter', 'petition'],
  ['ta-list', 'union-ta-list', 'taList'],
];

/**
 * What a member reads in one widget, loaded by `bundle` on a page of its own (a frame) from the
 * demo campaign, in `lang`, at a fixed time and zone.
 */
async function textFrom(bundle: string, tag: string, key: string, lang: string): Promise<string> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><body now="2025-08-20T12:00-07:00"
    time-zone="America/Los_Angeles"><${tag} src="/demo/campaign.json#/${key}"></${tag}>
    <script type="module" src="${bundle}"></script></body></html>`;
  document.body.append(frame);
  await loaded;
  const el = frame.contentDocument!.querySelector(tag)! as HTMLElement & {
    updateComplete?: Promise<unknown>;
  };
  await waitUntil(
    () => el.shadowRoot?.querySelector('h1,h2,h3,h4,h5,h6'),
    `${bundle}: <${tag}> did not render its data in ${lang}`,
    { timeout: 4_000 },
  );
  await el.updateComplete;
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('the built bundle on host pages', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    if (await canEmulateMedia())
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  // A one-widget file carries only its own widget's English strings (vite.config.ts): it must
  // read exactly as the all-in-one file does, in English and in a lazily loaded language.
  for (const [file, tag, key] of ONE_WIDGET_FILES)
    it(`dist/${file}.js shows <${tag}> as dist/union-widgets.js does, in English and Spanish`, async () => {
      for (const lang of ['en', 'es']) {
        const own = await textFrom(`/dist/${file}.js`, tag, key, lang);
        const all = await textFrom('/dist/union-widgets.js', tag, key, lang);
        expect(own, lang).to.equal(all);
        expect(own.length, lang).to.be.above(20);
      }
    });

  it('survives aggressive host CSS: nothing hidden, recoloured or broken inside', async () => {
    const { doc } = await open('/test/pages/hostile.html');
    for (const el of shown(doc)) {
      const box = el.shadowRoot!.querySelector<HTMLElement>('.widget')!;
      const style = getComputedStyle(box);
      expect(box.offsetHeight, el.localName).to.be.above(20);
      expect(style.color, el.localName).not.to.equal('rgb(255, 0, 0)');
      expect(style.backgroundColor, el.localName).not.to.equal('rgb(255, 255, 0)');
      expect(style.display, el.localName).not.to.equal('none');
    }
  });

  it('runs under a strict CSP with Trusted Types: zero violations, every widget rendered, one request for the campaign file', async () => {
    const { win, doc } = await open('/test/pages/csp.html');
    expect(shown(doc).length).to.be.at.least(4);
    expect([...(win.__early as string[]), ...(win.__violations as string[])]).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    const requests = win.performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/demo/campaign.json'));
    expect(requests.length).to.equal(1);
  });

  it('loads twice (classic and module builds) beside another copy of Lit: no error, at most one warning', async () => {
    const { win, doc } = await open('/test/pages/twice.html');
    expect(win.__uncaught).to.deep.equal([]);
    expect(win.__consoleErrors).to.deep.equal([]);
    expect((win.__warnings as string[]).length).to.be.at.most(1);
    expect(doc.querySelector('host-badge') === null).to.equal(true); // the page's own element is not ours to render…
    expect(win.customElements.get('host-badge') !== undefined).to.equal(true); // …but its Lit copy still works
  });

  it('fits a 280 px sidebar without horizontal overflow, survives width 0, and renders when a hidden container is shown', async () => {
    const { doc } = await open('/test/pages/layout.html', 1000);
    for (const el of doc.querySelectorAll('#sidebar > *')) {
      if (!rendered(el)) continue;
      const box = el.shadowRoot!.querySelector<HTMLElement>('.widget')!;
      expect(box.scrollWidth, `${el.localName} overflows`).to.be.at.most(box.clientWidth + 2);
      expect(el.getBoundingClientRect().width, el.localName).to.be.at.most(280);
    }
    expect(doc.querySelectorAll('#zero > *').length).to.be.at.least(4);
    const hidden = doc.getElementById('hidden')!;
    hidden.classList.add('shown');
    for (const el of hidden.children) {
      if (!rendered(el)) continue;
      expect((el as HTMLElement).offsetHeight, el.localName).to.be.above(20);
    }
  });

  it('follows the dark scheme (on a page that declares it supports dark) and reduced motion', async () => {
    // On this page itself (not in a frame), so the preference can be applied in every engine:
    // emulated for real in Chromium, by switching the widgets' own @media rules elsewhere.
    const bundle = '/dist/union-widgets.js';
    await import(/* @vite-ignore */ bundle);
    const campaign = await (await fetch('/demo/campaign.json')).json();
    const keys = ['voteTally', 'actionChecklist', 'townHall2025', 'petition', 'taList'];
    const host = document.createElement('div');
    host.lang = 'en';
    host.style.colorScheme = 'light dark';
    document.body.append(host);
    const els = TAGS.map((tag, i) => {
      const el = document.createElement(tag) as HTMLElement & {
        data: unknown;
        updateComplete: Promise<unknown>;
      };
      el.data = campaign[keys[i]];
      host.append(el);
      return el;
    });
    await Promise.all(els.map((el) => el.updateComplete));
    const undo = await preferMedia({ colorScheme: 'dark', reducedMotion: 'reduce' }, ...els);
    try {
      for (const el of els) {
        const bg = getComputedStyle(el.shadowRoot!.querySelector('.widget')!).backgroundColor;
        const [r, g, b] = bg.match(/\d+/g)!.map(Number);
        expect(r + g + b, `${el.localName} background ${bg}`).to.be.below(200);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const st = getComputedStyle(node);
          const moving =
            (st.animationName !== 'none' && parseFloat(st.animationDuration) > 0.01) ||
            parseFloat(st.transitionDuration) > 0.01;
          expect(
            moving,
            `${el.localName} ${node.localName}.${node.getAttribute('class')} moves`,
          ).to.equal(false);
        }
      }
    } finally {
      await undo();
      host.remove();
    }
  });
});
