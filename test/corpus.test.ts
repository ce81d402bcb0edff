// One bad-input corpus, run against every widget: hostile text in every text field, hostile
// links in every link field, broken numbers and dates, text that is not well-formed Unicode,
// lists far over their caps, broken feeds, blocked storage. Every case: nothing thrown, no script
// run, no element made from data, a message naming the field. One rule decides the rest (README,
// "What happens to bad data"): a problem in what the widget cannot do without refuses the data
// and the last good data stays on screen; anything else is worked around with a warning and the
// new data is shown.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { UnionElement } from '../src/internal/element.js';
import type { UnionErrorEvent } from '../src/internal/events.js';
import type { Schema } from '../src/internal/schema.js';
import { schemas } from '../src/schemas.js';

type Json = unknown;
const campaign = await (await fetch('/demo/campaign.json')).json();
// The sample results carry no links; one that links to its union's announcement puts the vote
// tally's only link field in the corpus.
const voteTally = structuredClone(campaign.voteTally);
voteTally.results[0].url = 'https://www.unacuhcp.org/strike-vote';
const WIDGETS: [tag: string, seed: Json][] = [
  ['union-vote-tally', voteTally],
  ['union-action-checklist', campaign.actionChecklist],
  ['union-town-hall', campaign.townHall],
  ['union-petition-counter', campaign.petition],
  ['union-ta-list', campaign.taList],
];

/** Each widget's name in messages about it, in English and Spanish. */
const NAMES: Record<string, [string, string]> = {
  'union-vote-tally': ['the vote results', 'los resultados de la votación'],
  'union-action-checklist': ['the action checklist', 'la lista de acciones'],
  'union-town-hall': ['the town hall', 'la asamblea'],
  'union-petition-counter': ['the petition', 'la petición'],
  'union-ta-list': ['the tentative agreements', 'los acuerdos tentativos'],
};

const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=1">',
  '</script><script>window.__pwned=1</script>',
];
const ODD_TEXT = ['\u202Eevil\u202C', 'zero\u200Bwidth', 'x'.repeat(500), '✊🏽 solidaridad 💪'];
const BAD_URLS = [
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  'vbscript:msgbox(1)',
];
const ODD_URLS = ['//evil.example/x', 'https://union.org@evil.example/', '', 'relative/path'];
const BAD_NUMBERS: unknown[] = [NaN, Infinity, -1, '1e309', '12,345', 2 ** 53 + 2];
const BAD_DATES = ['2021-13-40T10:00', 'Oct 28 2021', '2021-02-30', ''];
const BAD_ZONES = ['Not/AZone', '', 'PST', 'EST5EDT', 'CET'];
/**
 * Whether the widget cannot do without the field at `path` (`sessions[0].start`): it and every
 * field above it are required, so a problem there refuses the data. Anything else is a warning.
 */
function required(tag: string, path: string): boolean {
  let s: Schema = schemas[tag.replace('union-', '')];
  for (const key of path.match(/[^.[\]]+/g)!) {
    if (s.t === 'arr') s = s.of;
    if (/^\d+$/.test(key)) continue;
    if (s.t !== 'obj' || !s.req?.includes(key)) return false;
    s = s.p[key];
  }
  return true;
}
/** Half an emoji: what cutting "✊🏽" short leaves. Valid JSON ("\ud83d"), not valid Unicode. */
const CUT = '\ud83d';
const LONE = /\p{Cs}/u;
/** `text` as a regular expression that matches it literally. */
const literal = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Every leaf of `data` with its path (`sessions[1].start`). */
function leaves(data: Json, path = ''): [string, unknown][] {
  if (Array.isArray(data)) return data.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (data && typeof data === 'object')
    return Object.entries(data).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, data]];
}
/** A deep copy of `data` with the leaf at `path` replaced. */
function withLeaf(data: Json, path: string, value: unknown): Json {
  const copy = JSON.parse(JSON.stringify(data));
  const keys = path.match(/[^.[\]]+/g)!;
  let node = copy;
  for (const k of keys.slice(0, -1)) node = node[k];
  node[keys.at(-1)!] = value;
  return copy;
}
const kindOf = (path: string, value: unknown) => {
  const key = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .at(-1)!;
  if (/url$/i.test(key)) return 'url';
  if (key === 'timeZone') return 'zone';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\d/.test(value)) return 'date';
  if (['status', 'qualifier', 'repeat', 'weekday'].includes(key)) return 'enum';
  if (typeof value === 'string') return key === 'id' ? 'id' : 'text';
  return 'other';
};
/** Each list in `data` by path (`subgroups`, `subgroups[0].items`), outermost first. */
const listsOf = (data: Json): string[] => [
  ...new Set(
    leaves(data).flatMap(([path]) =>
      [...path.matchAll(/\[0\]/g)].map((m) => path.slice(0, m.index)),
    ),
  ),
];
/** The value at `path` (`sessions[0].start`). */
const at = (data: Json, path: string): unknown =>
  path.match(/[^.[\]]+/g)!.reduce((n: unknown, k) => (n as Record<string, unknown>)[k], data);

const shownText = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
/** Elements a payload could have created, or links a payload could have planted. */
function planted(el: Element): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames())
      if (/^on/i.test(attr)) found.push(`${node.localName}[${attr}]`);
    if (node.localName === 'script' || node.localName === 'img' || node.localName === 'iframe')
      found.push(node.localName);
    const href = node.getAttribute('href') ?? '';
    if (/^\s*(javascript|data|vbscript):/i.test(href.replace(/[\t\n]/g, '')))
      found.push(`href=${href}`);
  }
  return found;
}

async function mount(tag: string, seed: Json): Promise<UnionElement<object>> {
  const el = (await fixture(html`<div lang="en"></div>`)).appendChild(
    document.createElement(tag),
  ) as UnionElement<object>;
  el.data = seed as object;
  await el.updateComplete;
  return el;
}

/** Gives `el` new data; returns what its `union-error` events said (none: both empty). */
async function feed(el: UnionElement<object>, data: Json) {
  const errors: string[] = [];
  const warnings: string[] = [];
  const listen = (e: Event) => {
    errors.push(...(e as UnionErrorEvent).errors);
    warnings.push(...((e as UnionErrorEvent).warnings ?? []));
  };
  el.addEventListener('union-error', listen);
  el.data = data as object;
  await el.updateComplete;
  el.removeEventListener('union-error', listen);
  return { errors: errors.join('\n'), warnings: warnings.join('\n') };
}

describe('bad-input corpus, every widget', () => {
  let errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  beforeEach(() => {
    errors = [];
    (window as unknown as Record<string, unknown>).__pwned = undefined;
    window.addEventListener('error', onError);
    sinon.stub(console, 'warn');
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    sinon.restore();
    expect((window as unknown as Record<string, unknown>).__pwned, 'a payload ran').to.equal(
      undefined,
    );
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  for (const [tag, seed] of WIDGETS) {
    describe(`<${tag}>`, () => {
      const fields = leaves(seed).map(([path, value]) => ({
        path,
        value,
        kind: kindOf(path, value),
      }));
      const anchor = (fields.find((f) => f.kind === 'text')?.value as string).slice(0, 30);

      it('renders markup, RTL overrides, zero-width characters, long words and emoji in every text field as text', async () => {
        const el = await mount(tag, seed);
        for (const f of fields.filter((f) => f.kind === 'text')) {
          for (const payload of [...MARKUP, ...ODD_TEXT]) {
            el.data = withLeaf(seed, f.path, payload) as object;
            await el.updateComplete;
            expect(planted(el), `${f.path} = ${payload.slice(0, 40)}`).to.deep.equal([]);
          }
        }
      });

      const anchorPath = fields.find((f) => f.kind === 'text')!.path;

      it('drops script, data and vbscript links with a warning naming the field, and shows the rest; refuses them where the widget needs the link', async () => {
        const el = await mount(tag, seed);
        for (const f of fields.filter((f) => f.kind === 'url')) {
          for (const [i, bad] of BAD_URLS.entries()) {
            const fresh = `Fresh data ${i}`;
            const said = await feed(el, withLeaf(withLeaf(seed, anchorPath, fresh), f.path, bad));
            const what = `${f.path} = ${bad}`;
            expect(planted(el), what).to.deep.equal([]);
            if (required(tag, f.path)) {
              expect(said.errors, what).to.contain(`${f.path}: `);
              expect(shownText(el), 'last good data').to.contain(anchor);
            } else {
              expect(said.errors, what).to.equal('');
              expect(said.warnings, what).to.contain(`${f.path}: `).and.contain('left out');
              const warn = console.warn as sinon.SinonStub;
              expect(warn.calledWithMatch(`${f.path}: `), what).to.equal(true);
              expect(shownText(el), 'the rest of the new data').to.contain(fresh);
            }
          }
          for (const odd of ODD_URLS) {
            el.data = withLeaf(seed, f.path, odd) as object;
            await el.updateComplete;
            expect(planted(el), `${f.path} = ${odd}`).to.deep.equal([]);
          }
        }
      });

      it('names the field for NaN, Infinity, negative, "1e309", "12,345" and numbers past 2^53', async () => {
        const el = await mount(tag, seed);
        for (const f of fields.filter((f) => f.kind === 'number')) {
          for (const bad of BAD_NUMBERS) {
            const said = await feed(el, withLeaf(seed, f.path, bad));
            const problems = said.errors + said.warnings;
            // A negative number may be allowed (none are today); anything refused or worked
            // around names its field.
            if (problems) expect(problems, `${f.path} = ${String(bad)}`).to.contain(`${f.path}: `);
            else expect(bad, `${f.path} accepted ${String(bad)}`).to.equal(-1);
            expect(shownText(el), 'last good data, or the new data without the field').to.contain(
              anchor,
            );
          }
        }
      });

      it('names the field for invalid dates and unknown zones', async () => {
        const el = await mount(tag, seed);
        for (const f of fields.filter((f) => f.kind === 'date' || f.kind === 'zone')) {
          for (const bad of f.kind === 'date' ? BAD_DATES : BAD_ZONES) {
            const said = await feed(el, withLeaf(seed, f.path, bad));
            const what = `${f.path} = ${bad}`;
            if (required(tag, f.path)) expect(said.errors, what).to.contain(f.path);
            else expect(said.warnings, what).to.contain(`${f.path}: `).and.contain('left out');
            expect(shownText(el), 'last good data, or the new data without the field').to.contain(
              anchor,
            );
          }
        }
      });

      it('refuses a "PST" zone, with the IANA name to use', async () => {
        const el = await mount(tag, seed);
        for (const f of fields.filter((f) => f.kind === 'zone')) {
          const said = await feed(el, withLeaf(seed, f.path, 'PST'));
          const message = `${f.path}: "PST" is not a time zone (an IANA name such as America/Denver); use America/Los_Angeles`;
          expect(required(tag, f.path) ? said.errors : said.warnings).to.contain(message);
        }
      });

      it('treats __proto__ and constructor keys as data', async () => {
        const el = await mount(tag, seed);
        el.data = JSON.parse(
          `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(seed).slice(1)}`,
        );
        await el.updateComplete;
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(shownText(el)).to.contain(anchor);
      });

      it('turns away 100 000 items in each list, naming the list', async () => {
        const el = await mount(tag, seed);
        for (const list of listsOf(seed)) {
          const one = (at(seed, list) as unknown[])[0];
          const big = withLeaf(
            seed,
            list,
            Array.from({ length: 100_000 }, () => one),
          );
          const said = await feed(el, big);
          expect(said.errors + said.warnings, list).to.match(
            new RegExp(`${literal(list).source}: has 100000 items; at most \\d+`),
          );
          expect(planted(el), list).to.deep.equal([]);
          expect(shownText(el), list).to.contain(anchor);
        }
      });

      it('repairs half an emoji in every text, id and hashtag, with a warning naming the field', async () => {
        const base = await mount(tag, seed);
        const links = base.shadowRoot!.querySelectorAll('a[href]').length;
        const before = shownText(base);
        for (const f of fields.filter((f) => f.kind === 'text' || f.kind === 'id')) {
          const value = f.value as string;
          const el = await mount(tag, withLeaf(seed, f.path, `${value} ${CUT}`));
          const shown = shownText(el);
          expect(shown, f.path).not.to.contain('Loading…');
          expect(el.shadowRoot!.querySelector('slot'), `${f.path}: fallback`).to.equal(null);
          expect(shown, f.path).to.contain(anchor);
          // Visible text shows the repair; nothing broken reaches the page, the links survive.
          if (f.kind === 'text' && before.includes(value))
            expect(shown, f.path).to.contain(`${value} \uFFFD`);
          expect(LONE.test(el.shadowRoot!.innerHTML), f.path).to.equal(false);
          expect(el.shadowRoot!.querySelectorAll('a[href]').length, `${f.path}: links`).to.equal(
            links,
          );
          const warned = new RegExp(`${literal(f.path).source}: .* is not well-formed Unicode`);
          expect((console.warn as sinon.SinonStub).calledWithMatch(warned), f.path).to.equal(true);
        }
      });

      for (const [name, query] of [
        ['a 500', 'status=500'],
        ['a 404', 'status=404'],
        ['malformed JSON', 'body=%7Bnot%20json'],
        ['an empty list', `body=${encodeURIComponent('[]')}`],
      ]) {
        it(`keeps inline data when the feed answers ${name}`, async () => {
          const el = document.createElement(tag) as UnionElement<object>;
          const script = Object.assign(document.createElement('script'), {
            type: 'application/json',
            textContent: JSON.stringify(seed),
          });
          el.append(script);
          el.src = `/__feed/corpus-${tag}-${Date.now()}?${query}`;
          const event = new Promise<UnionErrorEvent>((r) =>
            el.addEventListener('union-error', (e) => r(e as UnionErrorEvent), { once: true }),
          );
          (await fixture(html`<div lang="en"></div>`)).append(el);
          expect((await event).errors[0]).to.match(/^src /);
          await el.updateComplete;
          expect(shownText(el)).to.contain(anchor);
        });
      }

      it('without fallback content, says calmly which widget cannot be shown, in the reader’s language', async () => {
        for (const [lang, said] of [
          ['en', `We can’t show ${NAMES[tag][0]} right now.`],
          ['es', `Por ahora no podemos mostrar ${NAMES[tag][1]}.`],
        ]) {
          const el = document.createElement(tag) as UnionElement<object>;
          el.src = `/__feed/unavailable-${tag}-${lang}-${Date.now()}?status=404`;
          const failed = new Promise((r) => el.addEventListener('union-error', r, { once: true }));
          (await fixture(html`<div lang=${lang}></div>`)).append(el);
          await failed;
          await el.updateComplete;
          const status = el.shadowRoot!.querySelector('[role=status]')!;
          expect(status.textContent!.trim()).to.equal(said);
        }
      });

      it('puts its title at heading-level (default 2) and its sections one level below', async () => {
        const el = await mount(tag, seed);
        const levels = () =>
          [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
        expect(levels()[0]).to.equal('h2');
        for (const [attr, title, sub] of [
          ['4', 'h4', 'h5'],
          ['1', 'h1', 'h2'],
          ['6', 'h6', 'h6'],
          ['nonsense', 'h2', 'h3'],
        ]) {
          el.setAttribute('heading-level', attr);
          await el.updateComplete;
          const [first, ...rest] = levels();
          expect(first, `heading-level="${attr}"`).to.equal(title);
          for (const h of rest) expect(h, `heading-level="${attr}"`).to.equal(sub);
        }
      });

      it('works when storage throws on read and on write', async () => {
        sinon
          .stub(Storage.prototype, 'getItem')
          .throws(new DOMException('denied', 'SecurityError'));
        sinon
          .stub(Storage.prototype, 'setItem')
          .throws(new DOMException('full', 'QuotaExceededError'));
        const el = await mount(tag, seed);
        expect(shownText(el)).to.contain(anchor);
        for (const control of el.shadowRoot!.querySelectorAll<HTMLInputElement>(
          'input[type=checkbox], input[type=radio]',
        ))
          control.click();
        await el.updateComplete;
        await waitUntil(() => el.shadowRoot!.childElementCount > 0);
      });
    });
  }

  it('logs and lists the first 20 problems, then how many more; the event keeps every one', async () => {
    const warn = console.warn as sinon.SinonStub;
    const shownProblems = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!.trim());
    const el = await mount('union-vote-tally', campaign.voteTally);
    const refused = await feed(el, { results: Array.from({ length: 60 }, () => ({ union: '' })) });
    expect(refused.errors.split('\n')).to.have.length(60);
    expect(warn.callCount).to.equal(21);
    expect(warn.lastCall.args[0]).to.match(/…and 40 more/);
    expect(shownProblems(el)).to.have.length(21);
    expect(shownProblems(el)[20]).to.match(/^…and 40 more/);
    // The same problems again (a feed re-polled) log nothing new.
    await feed(el, { results: Array.from({ length: 60 }, () => ({ union: '' })) });
    expect(warn.callCount).to.equal(21);

    const links = Array.from({ length: 30 }, (_, i) => ({
      union: `Local ${i}`,
      yesPercent: 90,
      url: `javascript:window.__pwned=${i}`,
    }));
    const worked = await feed(el, { results: links });
    expect(worked.errors).to.equal('');
    expect(worked.warnings.split('\n')).to.have.length(30);
    expect(warn.callCount).to.equal(21 + 21);
    expect(shownProblems(el)).to.have.length(21);
    expect(shownText(el)).to.contain('Local 29');
    expect(planted(el)).to.deep.equal([]);
  });
});
