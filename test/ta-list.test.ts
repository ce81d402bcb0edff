import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/ta-list/define.js';
import type { UnionTaList } from '../src/ta-list/ta-list.js';
import {
  fold,
  groupIds,
  newKeys,
  slug,
  tally,
  taListSchema,
  type TaListData,
} from '../src/ta-list/model.js';
import { check, describe as describeIssue } from '../src/internal/schema.js';
import type { UnionErrorEvent } from '../src/internal/events.js';

/** What a reader sees: the shadow root's text, whitespace folded. */
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const words = (n: Element) => n.textContent!.replace(/\s+/g, ' ').trim();
const heads = (el: Element) => $$(el, 'button.head');
const expanded = (el: Element) => heads(el).map((b) => b.getAttribute('aria-expanded'));
/** The items a member can see: titles of rendered items in open panels. */
const items = (el: Element) =>
  $$(el, 'ul:not([hidden]) .item').map((li) => words(li.querySelector('summary, p')!));
const said = (el: Element) => words(el.shadowRoot!.querySelector('[role=status]')!);
/** The focused control in the widget, or null when focus has left it. */
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;

interface AxNode {
  name?: string;
  children?: AxNode[];
}
/**
 * The names in the page's accessibility tree, as a screen reader gets them (Chromium, through the
 * DevTools protocol); undefined in engines whose driver cannot take that snapshot.
 */
async function accessibleNames(): Promise<string[] | undefined> {
  let tree: AxNode;
  try {
    tree = (await a11ySnapshot({})) as unknown as AxNode;
  } catch {
    return undefined;
  }
  const names: string[] = [];
  const walk = (n: AxNode) => {
    if (n.name) names.push(n.name);
    n.children?.forEach(walk);
  };
  walk(tree);
  return names;
}

let n = 0;
const unique = () => `t${Date.now()}-${++n}`;
const feed = (query: string) => `/__feed/ta-${unique()}?${query}`;

const data = (title = unique()): TaListData => ({
  title,
  updated: '2025-08-15',
  subgroups: [
    {
      id: 'staffing',
      name: 'Staffing and Patient Care',
      items: [
        { title: 'Staffing dashboard for every UBT', status: 'ta', date: '2025-08-14' },
        { title: 'Training on staffing language', status: 'ta' },
      ],
    },
    {
      name: 'Tecnología e IA',
      summary: 'Workers in the conversation early.',
      items: [
        {
          title: 'Joint national AI & Technology Taskforce',
          status: 'ta',
          detail: 'Workers part of the conversation.',
        },
        { title: 'Capacitación en tecnología', status: 'open' },
        { title: 'Plan de Just Culture', status: 'recommended' },
      ],
    },
  ],
});

async function typeSearch(el: UnionTaList, value: string) {
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function choose(el: UnionTaList, index: number, value: string) {
  const select = $$(el, 'select')[index] as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('ta-list model', () => {
  it('folds case and accents, so "tecnologia" finds "Tecnología"', () => {
    expect(fold('Tecnología')).to.equal('tecnologia');
    expect(fold('CAPACITACIÓN Ñandú')).to.equal('capacitacion nandu');
    expect(fold('Tecnología').includes(fold('TECNOLOGIA'))).to.equal(true);
  });

  it('slugs names into safe ids', () => {
    expect(slug('AI & Tecnología')).to.equal('ai-tecnologia');
    expect(slug('"><img src=x>')).to.equal('img-src-x');
    expect(slug('¡¡¡')).to.equal('group');
  });

  it('keeps given ids and derives unique ones for the rest', () => {
    const ids = groupIds([
      { name: 'Staffing', items: [] },
      { id: 'staffing', name: 'Other', items: [] },
      { name: 'Staffing', items: [] },
    ]);
    expect(ids).to.deep.equal(['staffing-2', 'staffing', 'staffing-3']);
  });

  it('counts items by status, a missing status counting as open', () => {
    expect(
      tally([{ title: 'a', status: 'ta' }, { title: 'b' }, { title: 'c', status: 'open' }]),
    ).to.deep.equal({
      ta: 1,
      recommended: 0,
      open: 2,
    });
  });

  it('marks nothing new on the first visit, then what was not seen, kept for the page view', () => {
    expect([...newKeys(['a', 'b'], undefined, new Set())]).to.deep.equal([]);
    expect([...newKeys(['a', 'b', 'c'], ['a', 'b'], new Set())]).to.deep.equal(['c']);
    expect([...newKeys(['a', 'b', 'c'], ['a', 'b', 'c'], new Set(['c', 'gone']))]).to.deep.equal([
      'c',
    ]);
  });

  it('leaves out a repeated id naming both places, and shows unknown statuses as open, with warnings', () => {
    const dup = check<TaListData>(taListSchema, {
      subgroups: [
        { id: 'x', name: 'A', items: [] },
        { id: 'y', name: 'B', items: [] },
        { id: 'x', name: 'C', items: [] },
      ],
    });
    expect(dup.errors).to.deep.equal([]);
    expect(dup.warnings.map(describeIssue)).to.deep.equal([
      'subgroups[2].id: "x" is already subgroups[0].id; ids must be unique; left out',
    ]);
    expect(groupIds(dup.value!.subgroups)).to.deep.equal(['x', 'y', 'c']);
    const soft = check<TaListData>(taListSchema, {
      subgroups: [{ name: 'A', items: [{ title: 't', status: 'signed' }] }],
    });
    expect(soft.value!.subgroups[0].items[0].status).to.equal('open');
    expect(soft.warnings.map(describeIssue)).to.deep.equal([
      'subgroups[0].items[0].status: "signed" is not one of ta, recommended, open; shown as open',
    ]);
  });
});

it('caps items per subgroup and in all', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Item ${i}` }));
  const errorsFor = (...sizes: number[]) =>
    check(taListSchema, {
      subgroups: sizes.map((n, i) => ({ name: `G${i}`, items: items(n) })),
    }).errors.map(describeIssue);
  expect(errorsFor(5000, 5000)).to.deep.equal([]);
  expect(errorsFor(10_001)).to.deep.equal(['subgroups[0].items: has 10001 items; at most 10000']);
  expect(errorsFor(5000, 5000, 1)).to.deep.equal(['subgroups: 10001 items in all; at most 10000']);
});

describe('<union-ta-list>', () => {
  afterEach(() => {
    sinon.restore();
    // Only when there is one: WebKit refuses more than 100 replaceState calls in 10 s.
    if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
  });

  it('shows the seed subgroups from the campaign file, collapsed, with counts in words', async () => {
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" src="/demo/campaign.json#/taList"></union-ta-list>`,
    );
    await waitUntil(() => heads(el).length === 3, 'subgroups not rendered');
    expect(heads(el).map(words)).to.deep.equal([
      'Staffing and Patient Care 3 TAs reached',
      'Partnership Effectiveness 4 recommended',
      'AI and Technology 1 TA reached · 1 open',
    ]);
    expect(expanded(el)).to.deep.equal(['false', 'false', 'false']);
    expect(items(el)).to.deep.equal([]);
    expect(text(el)).to.contain('Tentative agreements reached').and.contain('Updated Aug 15, 2025');
    await expect(el).to.be.accessible();
  });

  it('opens a subgroup as a disclosure, and makes the address a deep link without a history entry', async () => {
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
    );
    const before = history.length;
    const head = heads(el)[1];
    const panel = el.shadowRoot!.getElementById(head.getAttribute('aria-controls')!)!;
    expect(panel.hidden).to.equal(true);
    head.click();
    await el.updateComplete;
    expect(head.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(items(el)).to.deep.equal([
      'Joint national AI & Technology Taskforce',
      'Capacitación en tecnología',
      'Plan de Just Culture',
    ]);
    expect($$(el, '.badge').map(words)).to.deep.equal(['TA reached', 'Open', 'Recommended']);
    expect(location.hash).to.equal('#tecnologia-e-ia');
    expect(history.length).to.equal(before);
    await expect(el).to.be.accessible();

    // Item detail is a native disclosure.
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.click();
    expect(details.open).to.equal(true);
    expect(words(details)).to.contain('Workers part of the conversation.');

    head.click();
    await el.updateComplete;
    expect(head.getAttribute('aria-expanded')).to.equal('false');
    expect(items(el)).to.deep.equal([]);
  });

  it('search ignores case and accents, opens what matches and announces the count once settled', async () => {
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
    );
    expect(said(el)).to.equal('');
    await typeSearch(el, 'TECNOLOGIA');
    // Matches the item "Capacitación en tecnología" and, through its name, the whole subgroup.
    expect(items(el)).to.deep.equal([
      'Joint national AI & Technology Taskforce',
      'Capacitación en tecnología',
      'Plan de Just Culture',
    ]);
    expect(heads(el).length).to.equal(1);
    await typeSearch(el, 'capacitacion');
    expect(items(el)).to.deep.equal(['Capacitación en tecnología']);
    await waitUntil(() => said(el) !== '', 'count never announced');
    expect(said(el)).to.equal('1 of 5 items shown');
    await expect(el).to.be.accessible();
  });

  it('announces only after typing rests, not on every keystroke', async () => {
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
    );
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    for (const q of ['s', 'st', 'sta', 'staf']) {
      await typeSearch(el, q);
      clock.tick(200);
      await el.updateComplete;
      expect(said(el)).to.equal('');
    }
    clock.tick(400);
    await el.updateComplete;
    expect(said(el)).to.equal('2 of 5 items shown');
  });

  it('filters by status and by subgroup; an empty result says so and clears', async () => {
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
    );
    await choose(el, 1, 'ta');
    expect(items(el)).to.deep.equal([
      'Staffing dashboard for every UBT',
      'Training on staffing language',
      'Joint national AI & Technology Taskforce',
    ]);
    await choose(el, 1, '');
    await choose(el, 0, 'staffing');
    expect(heads(el).map(words)).to.deep.equal(['Staffing and Patient Care 2 TAs reached']);
    expect(expanded(el)).to.deep.equal(['true']);

    await choose(el, 0, '');
    await typeSearch(el, 'zzz');
    expect(items(el)).to.deep.equal([]);
    expect(text(el)).to.contain('No items match these filters.');
    await expect(el).to.be.accessible();
    $$(el, 'button')
      .find((b) => words(b) === 'Clear filters')!
      .click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('');
    expect(el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('input')).to.equal(true);
    expect(heads(el).length).to.equal(2);
    expect(text(el)).not.to.contain('No items match');
  });

  // Sandboxed iframes refuse history.replaceState, and WebKit refuses more than 100 calls in 10 s
  // (SecurityError): the deep link is a nicety, so opening a subgroup works and nothing reaches
  // the host page's error handlers.
  it('opens subgroups where the address cannot change, with no error on the page', async () => {
    sinon.stub(history, 'replaceState').throws(new DOMException('refused', 'SecurityError'));
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.message);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      const el = await fixture<UnionTaList>(
        html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
      );
      heads(el)[1].click();
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'true']);
      expect(items(el)).to.have.length(3);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('follows a deep link on load and on hashchange; a hash matching nothing breaks nothing', async () => {
    history.replaceState(history.state, '', '#staffing');
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
    );
    await waitUntil(() => expanded(el)[0] === 'true', 'deep link not followed on load');
    expect(expanded(el)).to.deep.equal(['true', 'false']);
    // Focus is on the opened subgroup's button: the next Tab goes on from there, not from the top.
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.getAttribute('aria-expanded')).to.equal('true');
    expect(focused?.textContent).to.contain(data().subgroups[0].name);

    location.hash = '#tecnologia-e-ia';
    await waitUntil(() => expanded(el)[1] === 'true', 'hashchange not followed');
    expect(expanded(el)).to.deep.equal(['false', 'true']);

    location.hash = '#no-such-group';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(['false', 'true']);
    location.hash = '#%E0%A4%A';
    await oneEvent(window, 'hashchange');
    expect(heads(el).length).to.equal(2);
  });

  it('keeps the member’s filters and open subgroups when the data refreshes', async () => {
    history.replaceState(history.state, '', '#staffing');
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
    );
    await el.updateComplete;
    heads(el)[1].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(['true', 'true']);
    el.data = structuredClone(el.data!);
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(['true', 'true']);
    await choose(el, 0, 'staffing');
    // A title of its own: what an untitled list saw is remembered across test files.
    el.data = { title: unique(), subgroups: [{ name: 'Only this', items: [{ title: 'x' }] }] };
    await el.updateComplete;
    // The chosen subgroup is gone: the filter falls back to all, rather than showing nothing.
    expect(heads(el).map(words)).to.deep.equal(['Only this 1 open']);
  });

  it('marks items added since the last visit as new, and nothing on the first visit', async () => {
    const first = data();
    const a = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${first}></union-ta-list>`,
    );
    await choose(a, 1, 'ta');
    expect($$(a, '.new').length).to.equal(0);

    const second = structuredClone(first);
    second.subgroups[0].items.push({ title: 'Enforceable staffing processes', status: 'ta' });
    const b = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${second}></union-ta-list>`,
    );
    expect(words(heads(b)[0])).to.equal('Staffing and Patient Care 3 TAs reached · 1 new');
    heads(b)[0].click();
    await b.updateComplete;
    const marked = $$(b, '.item').filter((li) => li.querySelector('.new'));
    expect(marked.map((li) => words(li.querySelector('p')!))).to.deep.equal([
      'Enforceable staffing processes',
    ]);
    expect(words(marked[0].querySelector('.new')!)).to.equal('New');
    await expect(b).to.be.accessible();
  });

  it('remembers what was seen in memory when storage is blocked', async () => {
    sinon.stub(window, 'localStorage').get(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const first = data();
    const a = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${first}></union-ta-list>`,
    );
    expect(words(heads(a)[0])).to.equal('Staffing and Patient Care 2 TAs reached');
    const second = structuredClone(first);
    second.subgroups[1].items.unshift({ title: 'Joint AI training plan', status: 'recommended' });
    const b = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${second}></union-ta-list>`,
    );
    expect(words(heads(b)[1])).to.equal(
      'Tecnología e IA 1 TA reached · 2 recommended · 1 open · 1 new',
    );
    expect(() => localStorage).to.throw();
    sinon.restore();
    expect(localStorage.getItem(`union-widgets:ta-list:${first.title}`)).to.equal(null);
  });

  it('shows a date-time as the reader’s calendar date, in their zone', async () => {
    const d = {
      subgroups: [
        { name: 'A', items: [{ title: 't', status: 'ta' as const, date: '2025-08-15T02:00:00Z' }] },
      ],
    };
    const box = await fixture(
      html`<div>
        <union-ta-list id=${unique()} lang="en" .data=${d}></union-ta-list>
        <union-ta-list id=${unique()} lang="en" time-zone="Asia/Tokyo" .data=${d}></union-ta-list>
      </div>`,
    );
    const dates = [];
    for (const el of box.querySelectorAll('union-ta-list')) {
      heads(el)[0].click();
      await (el as UnionTaList).updateComplete;
      dates.push(words(el.shadowRoot!.querySelector('time')!));
    }
    const local = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(
      new Date('2025-08-15T02:00:00Z'),
    );
    expect(dates).to.deep.equal([local, 'Aug 15, 2025']);
  });

  it('shows bare dates as calendar dates in the reader’s locale', async () => {
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
    );
    heads(el)[0].click();
    await el.updateComplete;
    const time = el.shadowRoot!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2025-08-14');
    expect(words(time)).to.equal('Aug 14, 2025');
  });

  it('speaks Spanish, and the search still ignores accents', async () => {
    const el = await fixture<UnionTaList>(
      html`<union-ta-list
        id=${unique()}
        lang="es"
        .data=${{ ...data(), title: undefined }}
      ></union-ta-list>`,
    );
    expect(text(el)).to.contain('Acuerdos tentativos').and.contain('Actualizado el 15 ago 2025');
    expect(heads(el).map(words)).to.deep.equal([
      'Staffing and Patient Care 2 acuerdos tentativos',
      'Tecnología e IA 1 acuerdo tentativo · 1 recomendado · 1 abierto',
    ]);
    await typeSearch(el, 'capacitacion');
    expect(items(el)).to.deep.equal(['Capacitación en tecnología']);
    expect($$(el, '.badge').map(words)).to.deep.equal(['Abierto']);
    await waitUntil(() => said(el) !== '');
    expect(said(el)).to.equal('Se muestra 1 de 5 puntos');
    await expect(el).to.be.accessible();
  });

  it('shows an unknown status as open and warns with its path', async () => {
    const warn = sinon.stub(console, 'warn');
    const d = {
      subgroups: [
        {
          name: 'A',
          items: [
            { title: 'ok', status: 'ta' },
            { title: 'odd', status: 'signed' },
          ],
        },
      ],
    };
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${d}></union-ta-list>`,
    );
    heads(el)[0].click();
    await el.updateComplete;
    expect($$(el, '.badge').map(words)).to.deep.equal(['TA reached', 'Open']);
    expect(
      warn.calledWithMatch(
        /subgroups\[0\]\.items\[1\]\.status: "signed" is not one of ta, recommended, open; shown as open/,
      ),
    ).to.equal(true);
  });

  it('renders markup in any text as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const d = {
      title: evil,
      subgroups: [
        { id: '"><b>', name: evil, summary: evil, items: [{ title: evil, detail: evil }] },
      ],
    };
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${d}></union-ta-list>`,
    );
    heads(el)[0].click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('img, b').length).to.equal(0);
    expect(text(el)).to.contain(evil);
    expect(location.hash).to.equal('#%22%3E%3Cb%3E');
  });

  it('fits a 280 px sidebar without sideways scrolling, long words and all', async () => {
    const d = data();
    d.subgroups[0].items[0].title = 'Supercalifragilisticexpialidocious'.repeat(4);
    const box = await fixture(
      html`<div style="width: 280px"><union-ta-list lang="es" .data=${d}></union-ta-list></div>`,
    );
    const el = box.firstElementChild as UnionTaList;
    heads(el)[0].click();
    await el.updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
    expect(base.scrollWidth <= base.clientWidth).to.equal(true);
    expect(el.getBoundingClientRect().width).to.equal(280);
    await expect(el).to.be.accessible();
  });

  it('says so when there are no subgroups yet', async () => {
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${{ subgroups: [] }}></union-ta-list>`,
    );
    expect(text(el)).to.contain('No tentative agreements yet.');
    const one = await fixture<UnionTaList>(
      html`<union-ta-list
        lang="en"
        .data=${{ subgroups: [{ name: 'A', items: [] }] }}
      ></union-ta-list>`,
    );
    expect(heads(one).map(words)).to.deep.equal(['A No items yet.']);
    await expect(el).to.be.accessible();
  });

  describe('a refresh under the member’s focus', () => {
    const withNewFirst = (d: TaListData): TaListData => ({
      ...d,
      subgroups: [{ id: 'new', name: 'A new subgroup', items: [{ title: 'x' }] }, ...d.subgroups],
    });

    it('keeps focus on the same subgroup when one is added above it, and Space opens that one', async () => {
      const el = await fixture<UnionTaList>(
        html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
      );
      heads(el)[1].focus();
      el.data = withNewFirst(el.data!);
      await el.updateComplete;
      expect(words(focused(el)!)).to.match(/^Tecnología e IA /);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
      expect(location.hash).to.equal('#tecnologia-e-ia');
      // The button still controls its own list.
      const head = focused(el)!;
      const panel = el.shadowRoot!.getElementById(head.getAttribute('aria-controls')!)!;
      expect(panel.closest('section')).to.equal(head.closest('section'));
      expect(panel.hidden).to.equal(false);
    });

    it('keeps focus, and an open detail, on the same item when one is added above it', async () => {
      const el = await fixture<UnionTaList>(
        html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
      );
      heads(el)[1].click();
      await el.updateComplete;
      const summary = el.shadowRoot!.querySelector('summary')!;
      summary.click();
      summary.focus();
      const d = structuredClone(el.data!);
      d.subgroups[1].items.unshift({ title: 'A new item', detail: 'New detail.' });
      el.data = d;
      await el.updateComplete;
      expect(items(el)[0]).to.equal('A new item');
      expect(words(focused(el)!)).to.equal('Joint national AI & Technology Taskforce');
      expect((focused(el)!.parentElement as HTMLDetailsElement).open).to.equal(true);
    });

    it('keeps the chosen subgroup selected when one is added above it', async () => {
      const el = await fixture<UnionTaList>(
        html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
      );
      await choose(el, 0, 'tecnologia-e-ia');
      el.data = withNewFirst(el.data!);
      await el.updateComplete;
      const select = $$(el, 'select')[0] as HTMLSelectElement;
      expect(select.value).to.equal('tecnologia-e-ia');
      expect(select.selectedOptions[0].textContent).to.equal('Tecnología e IA');
      expect(heads(el).map(words)).to.deep.equal([
        'Tecnología e IA 1 TA reached · 1 recommended · 1 open',
      ]);
    });

    it('moves focus to the next subgroup when the focused one is removed, and to the heading when none is left', async () => {
      const el = await fixture<UnionTaList>(
        html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
      );
      const d = el.data!;
      heads(el)[0].focus();
      el.data = { ...d, subgroups: [d.subgroups[1]] };
      await el.updateComplete;
      expect(words(focused(el)!)).to.match(/^Tecnología e IA /);
      el.data = { ...d, subgroups: [] };
      await el.updateComplete;
      expect(focused(el)!.localName).to.equal('h2');
      expect(document.activeElement).to.equal(el);
      await expect(el).to.be.accessible();
    });

    it('gives each subgroup an element id whatever its data id holds, and follows its deep link', async () => {
      const odd = ['two words', 'quote"and\'apostrophe', '#hash.dot', 'ta-1', '1'];
      const el = await fixture<UnionTaList>(
        html`<union-ta-list
          lang="en"
          .data=${{ subgroups: odd.map((id) => ({ id, name: `Group ${id}`, items: [{ title: id }] })) }}
        ></union-ta-list>`,
      );
      const ids = $$(el, 'section').map((s) => s.id);
      expect(new Set(ids).size).to.equal(odd.length);
      for (const id of ids) expect(id).to.match(/^[a-z][\w-]*$/i);
      for (const head of heads(el))
        expect(
          el.shadowRoot!.getElementById(head.getAttribute('aria-controls')!)!.closest('section'),
        ).to.equal(head.closest('section'));
      location.hash = `#${encodeURIComponent(odd[1])}`;
      await waitUntil(() => expanded(el)[1] === 'true', 'deep link not followed');
      expect(items(el)).to.deep.equal([odd[1]]);
    });
  });

  it('keeps all 200 items of an open subgroup in the accessibility tree, on screen or not', async () => {
    const titles = Array.from({ length: 200 }, (_, i) => `Agreement number ${i}`);
    const big = { subgroups: [{ name: 'Big', items: titles.map((title) => ({ title })) }] };
    // Opened at the top of the page, and opened below the fold.
    for (const above of ['0', '150vh']) {
      history.replaceState(history.state, '', location.pathname + location.search);
      const box = await fixture(
        html`<div style="margin-top: ${above}">
          <union-ta-list lang="en" .data=${big}></union-ta-list>
        </div>`,
      );
      const el = box.firstElementChild as UnionTaList;
      heads(el)[0].click();
      await el.updateComplete;
      expect(items(el).length).to.equal(200);
      const names = await accessibleNames();
      if (names) {
        expect(titles.filter((t) => names.includes(t)).length, above).to.equal(200);
      } else {
        // No accessibility snapshot in this engine: nothing may let it skip items off screen.
        const skippable = $$(el, '.item').filter(
          (li) => (getComputedStyle(li).contentVisibility ?? 'visible') !== 'visible',
        );
        expect(skippable.length, above).to.equal(0);
      }
      box.remove();
    }
  });

  it('shows a long subgroup 500 items at a time, focusing the first new one; the search finds them all', async () => {
    const el = await fixture<UnionTaList>(
      html`<union-ta-list
        lang="en"
        .data=${{
          title: unique(),
          subgroups: [
            {
              name: 'Big',
              items: Array.from({ length: 700 }, (_, i) => ({ title: `Item ${i}` })),
            },
          ],
        }}
      ></union-ta-list>`,
    );
    const more = () => $$(el, 'button.show-more');
    heads(el)[0].click();
    await el.updateComplete;
    expect(items(el).length).to.equal(500);
    expect(more().map(words)).to.deep.equal(['Show 200 more (500 of 700 shown)']);
    more()[0].click();
    await el.updateComplete;
    expect(items(el).length).to.equal(700);
    expect(more().length).to.equal(0);
    expect(words(focused(el)!)).to.equal('Item 500 Open');
    // Closing and opening again starts from the first 500.
    heads(el)[0].click();
    heads(el)[0].click();
    await el.updateComplete;
    expect(items(el).length).to.equal(500);
    await typeSearch(el, 'item 650');
    expect(items(el)).to.deep.equal(['Item 650']);
    await typeSearch(el, 'item');
    el.setAttribute('lang', 'es');
    await waitUntil(() => more().length && words(more()[0]).startsWith('Mostrar'));
    expect(more().map(words)).to.deep.equal(['Mostrar 200 más (500 de 700 a la vista)']);
  });

  it('stays collapsed and usable with 1 000 items', async () => {
    const big: TaListData = {
      subgroups: Array.from({ length: 20 }, (_, g) => ({
        name: `Subgroup ${g}`,
        items: Array.from({ length: 50 }, (_, i) => ({
          title: `Item ${g}-${i} acción`,
          status: (['ta', 'recommended', 'open'] as const)[i % 3],
        })),
      })),
    };
    const el = await fixture<UnionTaList>(
      html`<union-ta-list lang="en" .data=${big}></union-ta-list>`,
    );
    expect(heads(el).length).to.equal(20);
    expect($$(el, '.item').length).to.equal(0);
    await typeSearch(el, 'ACCION');
    // All 1 000 match: the 20 subgroups open sharing the first 500, each with "Show more".
    expect($$(el, '.item').length).to.equal(500);
    expect($$(el, 'button.show-more').map(words)).to.deep.equal(
      Array(20).fill('Show 25 more (25 of 50 shown)'),
    );
    await waitUntil(() => said(el) !== '', 'count never announced');
    expect(said(el)).to.equal('1,000 items shown');
    await typeSearch(el, 'item 7-4');
    expect(items(el)).to.deep.equal([
      'Item 7-4 acción',
      'Item 7-40 acción',
      'Item 7-41 acción',
      'Item 7-42 acción',
      'Item 7-43 acción',
      'Item 7-44 acción',
      'Item 7-45 acción',
      'Item 7-46 acción',
      'Item 7-47 acción',
      'Item 7-48 acción',
      'Item 7-49 acción',
    ]);
  });

  describe('bad input: a message naming the field, nothing thrown, fallback kept', () => {
    const cases: [string, unknown, RegExp][] = [
      ['no subgroups', {}, /^data: subgroups: is required$/],
      [
        'subgroup without a name',
        { subgroups: [{ items: [] }] },
        /subgroups\[0\]\.name: is required/,
      ],
      [
        'subgroup without items',
        { subgroups: [{ name: 'A' }] },
        /subgroups\[0\]\.items: is required/,
      ],
      [
        'item without a title',
        { subgroups: [{ name: 'A', items: [{ status: 'ta' }] }] },
        /subgroups\[0\]\.items\[0\]\.title: is required/,
      ],
      [
        'a subgroup of 10 001 items',
        { subgroups: [{ name: 'A', items: Array(10_001).fill({ title: 't' }) }] },
        /subgroups\[0\]\.items: has 10001 items; at most 10000/,
      ],
    ];
    for (const [name, bad, message] of cases) {
      it(name, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<UnionTaList>(
          html`<union-ta-list lang="en"><a href="/tas">Read the TAs</a></union-ta-list>`,
        );
        const error = oneEvent(el, 'union-error');
        el.data = bad as TaListData;
        const e = (await error) as unknown as UnionErrorEvent;
        expect(e.errors.join('\n')).to.match(message);
        expect(warn.calledWithMatch(new RegExp(message.source.replace(/^\^|\$$/g, '')))).to.equal(
          true,
        );
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('slot').length).to.equal(1);
        expect($$(el, 'button.head').length).to.equal(0);
      });
    }

    const worked: [string, unknown, RegExp][] = [
      [
        'invalid date',
        { subgroups: [{ name: 'A', items: [{ title: 't', date: '2025-02-30' }] }] },
        /^data: subgroups\[0\]\.items\[0\]\.date: "2025-02-30" is not a date; left out$/,
      ],
      [
        'duplicate ids',
        {
          subgroups: [
            { id: 'a', name: 'A', items: [] },
            { id: 'a', name: 'B', items: [] },
          ],
        },
        /^data: subgroups\[1\]\.id: "a" is already subgroups\[0\]\.id; ids must be unique; left out$/,
      ],
      [
        'bad updated',
        { updated: 'yesterday', subgroups: [{ name: 'A', items: [] }] },
        /^data: updated: "yesterday" is not a date; left out$/,
      ],
    ];
    for (const [name, bad, message] of worked) {
      it(`${name}: left out with a warning, the subgroups shown`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<UnionTaList>(
          html`<union-ta-list lang="en"><a href="/tas">Read the TAs</a></union-ta-list>`,
        );
        const error = oneEvent(el, 'union-error');
        el.data = bad as TaListData;
        const e = (await error) as unknown as UnionErrorEvent;
        expect(e.errors).to.deep.equal([]);
        expect(e.warnings).to.have.length(1);
        expect(e.warnings[0]).to.match(message);
        expect(warn.calledWithMatch(e.warnings[0])).to.equal(true);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('slot').length).to.equal(0);
        expect(heads(el).length).to.equal((bad as TaListData).subgroups.length);
      });
    }

    it('a subgroup id cut mid-emoji: repaired, and opening it works', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<UnionTaList>(
        html`<union-ta-list
          lang="en"
          .data=${{ subgroups: [{ id: 'staffing\ud83d', name: 'Staffing', items: [{ title: 't' }] }] }}
        ></union-ta-list>`,
      );
      heads(el)[0].click();
      await el.updateComplete;
      expect(heads(el)[0].getAttribute('aria-expanded')).to.equal('true');
      expect(decodeURIComponent(location.hash)).to.equal('#staffing\uFFFD');
      expect(warn.calledWithMatch('data: subgroups[0].id: ')).to.equal(true);
      history.replaceState(history.state, '', location.pathname + location.search);
    });

    it('keeps the last good data when new data is bad', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<UnionTaList>(
        html`<union-ta-list lang="en" .data=${data()}></union-ta-list>`,
      );
      el.data = { subgroups: [{ name: '', items: [] }] };
      await el.updateComplete;
      expect(heads(el).length).to.equal(2);
    });

    it('a feed that fails: the fallback and a calm state, axe-clean', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<UnionTaList>(
        html`<union-ta-list lang="en" src=${feed('status=500')}
          ><a href="/tas">Read the TAs</a></union-ta-list
        >`,
      );
      await oneEvent(el, 'union-error');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal(
        'Read the TAs',
      );
      await expect(el).to.be.accessible();
    });

    it('while loading: "Loading…"', async () => {
      const el = await fixture<UnionTaList>(
        html`<union-ta-list
          lang="en"
          src=${feed('delay=300&body=%7B%22subgroups%22%3A%5B%5D%7D')}
        ></union-ta-list>`,
      );
      expect(words(el.shadowRoot!.querySelector('[role=status]')!)).to.equal('Loading…');
      await expect(el).to.be.accessible();
      await waitUntil(() => text(el).includes('No tentative agreements yet.'));
    });
  });
});
