import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import {
  addLanguage,
  closestAttr,
  formatStamp,
  loadLanguage,
  localeOf,
  match,
  numberFormat,
  zoneOf,
  type Locale,
} from '../../src/internal/i18n.js';
import '../../src/vote-tally/define.js';
import type { VoteTallyData } from '../../src/vote-tally/model.js';
import type { UnionVoteTally } from '../../src/vote-tally/vote-tally.js';
import { deferredLoader, pseudo } from '../helpers/pseudo.js';

/** localeOf for a language already in memory. */
const ready = (el: Element) => {
  const locale = localeOf(el);
  if (locale instanceof Promise) throw new Error('the language is not loaded');
  return locale as Locale;
};
const data: VoteTallyData = {
  title: 'Strike authorization votes',
  results: [{ union: 'UNAC/UHCP', yesPercent: 95, qualifier: 'over' }],
};
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('i18n', () => {
  it('finds the nearest lang, crossing shadow roots', async () => {
    await loadLanguage('es');
    const outer = await fixture(html`<div lang="es-MX"><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(closestAttr(inner, 'lang')).to.equal('es-MX');
    expect(ready(inner).tag).to.equal('es-MX');
    expect(ready(inner).t.loading).to.equal('Cargando…');
  });

  it('falls back es-MX → es → en, and keeps the region for formatting', async () => {
    await loadLanguage('es');
    const el = await fixture(html`<p lang="es-419"></p>`);
    expect(ready(el).t.loading).to.equal('Cargando…');
    expect(numberFormat(ready(el).tag).format(12345.5)).to.equal('12,345.5');
    const fr = await fixture(html`<p lang="fr-CA"></p>`);
    expect(ready(fr)).to.deep.include({ tag: 'en' });
  });

  it('matches tags by BCP 47 lookup over their likely script and region', () => {
    const cases: Record<string, string | undefined> = {
      en: 'en',
      'en-GB': 'en',
      es: 'es',
      'es-419': 'es',
      'es-US': 'es',
      tl: 'tl',
      fil: 'tl',
      'fil-PH': 'tl',
      zh: 'zh-Hans',
      'zh-Hans': 'zh-Hans',
      'zh-CN': 'zh-Hans',
      'zh-SG': 'zh-Hans',
      'zh-Hant': 'zh-Hant',
      'zh-TW': 'zh-Hant',
      'zh-HK': 'zh-Hant',
      'zh-MO': 'zh-Hant',
      'zh-Hant-US': 'zh-Hant',
      vi: 'vi',
      'vi-VN': 'vi',
      ko: 'ko',
      'ko-KR': 'ko',
      'en-x-pirate': 'en',
      'fr-CA': undefined,
      de: undefined,
    };
    for (const [tag, want] of Object.entries(cases))
      expect(match(Intl.getCanonicalLocales(tag)[0]), tag).to.equal(want);
  });

  it('says "not loaded yet" with one fetch per language, however many widgets ask', async () => {
    const eo = deferredLoader(pseudo('[eo]'));
    addLanguage('eo', eo.loader);
    const page = await fixture(
      html`<div lang="eo">
        <p></p>
        <p lang="eo-001"></p>
        <p></p>
      </div>`,
    );
    const asked = [...page.querySelectorAll('p')].map((p) => localeOf(p));
    expect(asked.every((a) => a instanceof Promise)).to.equal(true);
    expect(eo.loader.calls).to.equal(1);
    eo.resolve();
    await asked[0];
    expect(ready(page.querySelector('p')!).t.loading).to.equal('[eo]Loading…');
    expect(eo.loader.calls).to.equal(1);
  });

  it('formats Tagalog with Intl’s Filipino data, in every engine; the page’s tag stays tl', async () => {
    await loadLanguage('tl');
    const locale = ready(await fixture(html`<p lang="tl-PH"></p>`));
    // WebKit with ICU 72 does not map tl itself: it would format "in 3 days" in POSIX English.
    expect(locale).to.deep.include({ tag: 'fil-PH', lang: 'tl-PH' });
    expect(new Intl.RelativeTimeFormat(locale.tag).format(3, 'day')).to.equal('sa 3 araw');
  });

  it('shows English, marked as English, when a language’s strings cannot be fetched', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const broken = deferredLoader(pseudo('[ia]'));
      addLanguage('ia', broken.loader);
      const el = await fixture(html`<p lang="ia"></p>`);
      const pending = localeOf(el);
      broken.reject();
      await pending;
      expect(ready(el)).to.deep.include({ tag: 'en', lang: 'en' });
      expect(warn.calledWithMatch(/"ia" strings could not be loaded/)).to.equal(true);
    } finally {
      warn.restore();
    }
  });

  it('says which lang the content carries: the UI language, as the page writes it when shared', async () => {
    await loadLanguage('es');
    await loadLanguage('zh-TW');
    await loadLanguage('tl');
    const lang = async (attr: string) => ready(await fixture(html`<p lang=${attr}></p>`)).lang;
    expect(await lang('fr-CA')).to.equal('en');
    expect(await lang('not a tag')).to.equal('en');
    expect(await lang('en-GB')).to.equal('en-GB');
    expect(await lang('es-MX')).to.equal('es-MX');
    expect(await lang('zh-TW')).to.equal('zh-TW');
    expect(await lang('tl')).to.equal('tl'); // as written, though Intl formats it as fil
    // No lang anywhere: the browser's language is used, and said.
    const loose = document.createElement('p');
    expect(ready(loose).lang).to.equal(ready(loose).tag);
  });

  it('takes the reader’s zone from the nearest valid time-zone attribute', async () => {
    const el = await fixture(html`<div time-zone="Asia/Kathmandu"><p></p></div>`);
    expect(zoneOf(el.querySelector('p')!)).to.equal('Asia/Kathmandu');
    const bad = await fixture(html`<div time-zone="Not/AZone"><p></p></div>`);
    expect(zoneOf(bad.querySelector('p')!)).to.equal(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });

  it('shows a bare date as that calendar date in any zone', () => {
    expect(formatStamp('en', '2021-10-22')).to.equal('Oct 22, 2021');
    expect(formatStamp('es', '2021-10-22')).to.equal('22 oct 2021');
  });
});

describe('a widget in a language that loads lazily', () => {
  it('shows its fallback content, not English, until the strings are in', async () => {
    const ga = deferredLoader(pseudo('[ga]'));
    addLanguage('ga', ga.loader);
    // Not fixture(): it awaits updateComplete, which waits for the strings.
    const el = document.createElement('union-vote-tally');
    el.setAttribute('lang', 'ga');
    el.data = data;
    el.append(Object.assign(document.createElement('a'), { href: '/votes', textContent: 'Votes' }));
    (await fixture(html`<div></div>`)).append(el);
    await new Promise(requestAnimationFrame);
    expect(el.shadowRoot!.querySelector('slot'), 'fallback slot').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.widget')).to.equal(null);
    const done = el.updateComplete;
    ga.resolve();
    await done;
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(text(el)).to.contain('[ga]over 95% yes');
  });

  it('without fallback content, shows a quiet box with no text until the strings are in', async () => {
    const cy = deferredLoader(pseudo('[cy]'));
    addLanguage('cy', cy.loader);
    const el = document.createElement('union-vote-tally');
    el.setAttribute('lang', 'cy');
    el.data = data;
    (await fixture(html`<div></div>`)).append(el);
    await new Promise(requestAnimationFrame);
    const box = el.shadowRoot!.querySelector('.widget')!;
    expect(box.getAttribute('aria-busy')).to.equal('true');
    expect(text(el)).to.equal('');
    cy.resolve();
    await el.updateComplete;
    expect(text(el)).to.contain('[cy]over 95% yes');
    await expect(el).to.be.accessible();
  });

  it('keeps the previous language, marked as such, while a new one loads', async () => {
    await loadLanguage('es');
    const gd = deferredLoader(pseudo('[gd]'));
    addLanguage('gd', gd.loader);
    const wrap = await fixture(
      html`<div lang="es"><union-vote-tally .data=${data}></union-vote-tally></div>`,
    );
    const el = wrap.firstElementChild as UnionVoteTally;
    expect(text(el)).to.contain('más del 95 % a favor');
    wrap.setAttribute('lang', 'gd');
    await new Promise(requestAnimationFrame);
    const title = el.shadowRoot!.querySelector('h2')!;
    expect(text(el)).to.contain('más del 95 % a favor');
    expect(title.closest('[lang]')?.getAttribute('lang')).to.equal('es');
    gd.resolve();
    await el.updateComplete;
    expect(text(el)).to.contain('[gd]over 95% yes');
    expect(title.closest('[lang]')?.getAttribute('lang')).to.equal('gd');
  });
});

describe('the UI language as assistive technology gets it', () => {
  it('marks English standing in for fr-CA as English; the fallback content keeps French', async () => {
    const page = await fixture(
      html`<div lang="fr-CA">
        <union-vote-tally .data=${data}></union-vote-tally>
        <union-vote-tally src="/__feed/i18n-fallback?status=500"
          ><a href="/votes">Résultats du vote</a></union-vote-tally
        >
      </div>`,
    );
    const [shown, waiting] = [...page.querySelectorAll('union-vote-tally')];
    await (shown as UnionVoteTally).updateComplete;
    const title = shown.shadowRoot!.querySelector('h2')!;
    // :lang() matches the element's computed language: what the browser hands screen readers.
    expect(title.matches(':lang(en)'), 'title in English').to.equal(true);
    expect(title.matches(':lang(fr)')).to.equal(false);
    const link = waiting.querySelector('a')!;
    expect(link.matches(':lang(fr)'), 'fallback link stays French').to.equal(true);
  });

  it('marks the page’s own language, as written, when the widget speaks it', async () => {
    await loadLanguage('es');
    const page = await fixture(
      html`<div lang="es-MX"><union-vote-tally .data=${data}></union-vote-tally></div>`,
    );
    const el = page.firstElementChild as UnionVoteTally;
    await el.updateComplete;
    const title = el.shadowRoot!.querySelector('h2')!;
    // Explicit: Firefox does not carry the host's lang into the shadow tree for :lang().
    expect(title.closest('[lang]')?.getAttribute('lang')).to.equal('es-MX');
    expect(title.matches(':lang(es-MX)')).to.equal(true);
  });
});
