import { expect, fixture, html } from '@open-wc/testing';
import {
  closestAttr,
  formatStamp,
  localeOf,
  numberFormat,
  zoneOf,
} from '../../src/internal/i18n.js';

describe('i18n', () => {
  it('finds the nearest lang, crossing shadow roots', async () => {
    const outer = await fixture(html`<div lang="es-MX"><div id="host"></div></div>`);
    const host = outer.querySelector('#host')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(closestAttr(inner, 'lang')).to.equal('es-MX');
    expect(localeOf(inner).tag).to.equal('es-MX');
    expect(localeOf(inner).t.loading).to.equal('Cargando…');
  });

  it('falls back es-MX → es → en, and keeps the region for formatting', async () => {
    const el = await fixture(html`<p lang="es-419"></p>`);
    expect(localeOf(el).t.loading).to.equal('Cargando…');
    expect(numberFormat(localeOf(el).tag).format(12345.5)).to.equal('12,345.5');
    const fr = await fixture(html`<p lang="fr-CA"></p>`);
    expect(localeOf(fr)).to.deep.include({ tag: 'en' });
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
