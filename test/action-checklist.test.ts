import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { preferMedia } from './helpers/media.js';
import sinon from 'sinon';
import '../src/action-checklist/define.js';
import type { UnionActionChecklist } from '../src/action-checklist/action-checklist.js';
import {
  actionChecklistSchema,
  isDone,
  postLinks,
  readEntries,
  timeLeft,
  type ActionChecklistData,
} from '../src/action-checklist/model.js';
import { dueInstant as toInstant, lastWeekday } from '../src/action-checklist/zoned.js';
import { zonedToInstant } from '../src/internal/zoned.js';
import { check, describe as say } from '../src/internal/schema.js';

const iso = (t: number) => new Date(t).toISOString();
const errors = (v: unknown) => check(actionChecklistSchema, v).errors.map(say);
const warnings = (v: unknown) => check(actionChecklistSchema, v).warnings.map(say);

/** The bulletin's three actions (demo/campaign.json#/actionChecklist), with a fresh id per test. */
let n = 0;
const seed = (): ActionChecklistData => ({
  id: `test-${Date.now()}-${++n}`,
  title: '3 actions you can take to win a great national contract',
  actions: [
    {
      id: 'sign-petition',
      title: 'Sign the petition',
      description: 'Get at least five others to sign.',
      url: 'https://actionnetwork.org/petitions/invest?clear_id=true',
      cta: 'Sign the petition',
      shareGoal: 5,
    },
    {
      id: 'mobilization-mondays',
      title: 'Participate in Mobilization Mondays',
      repeat: 'weekly',
      weekday: 'monday',
      hashtags: ['BestJobsBestCare'],
      mentions: ['KPThrive', '@ufcwlocal7healthcare'],
    },
    {
      id: 'tele-town-hall',
      title: 'Register for the Tele-Town Hall',
      url: 'https://actionnetwork.org/forms/register?clear_id=true',
      cta: 'Register',
      due: '2021-10-27T13:00',
      timeZone: 'America/Denver',
    },
  ],
});

const key = (id: string) => `union-widgets:checklist:${id}`;
const root = (el: Element) => el.shadowRoot!;
/** What a reader sees: the shadow root's text, whitespace folded. */
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();
const progress = (el: Element) =>
  root(el).querySelector('[part=progress]')!.textContent!.replace(/\s+/g, ' ').trim();
const boxes = (el: Element) => [
  ...root(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
];
const ticked = (el: Element) => boxes(el).map((b) => b.checked);
const item = (el: Element, i: number) => root(el).querySelectorAll('[part=action]')[i];
const itemText = (el: Element, i: number) => item(el, i).textContent!.replace(/\s+/g, ' ').trim();
const button = (el: Element, name: string) =>
  [...root(el).querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
  )!;

/** `oneEvent`, typed by the event's name. */
const on = <K extends keyof GlobalEventHandlersEventMap>(el: Element, type: K) =>
  oneEvent(el, type) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
/** Lets a `lang` change reach the element (a MutationObserver) and the update after it finish. */
const settle = async (el: UnionActionChecklist | Element) => {
  await Promise.resolve();
  await (el as UnionActionChecklist).updateComplete;
};

/** A checklist as a New York reader sees it (pinned, so the suite passes under any TEST_TZ). */
const make = (data: ActionChecklistData) =>
  fixture<UnionActionChecklist>(
    html`<union-action-checklist
      lang="en"
      time-zone="America/New_York"
      .data=${data}
    ></union-action-checklist>`,
  );

afterEach(() => {
  sinon.restore();
  for (const k of Object.keys(localStorage))
    if (k.startsWith('union-widgets:checklist:')) localStorage.removeItem(k);
});

describe('zoned time (the checklist’s own converter)', () => {
  it('reads wall-clock time in the data’s zone, whatever the browser’s zone', () => {
    expect(iso(toInstant('2021-10-27T13:00', 'America/Denver'))).to.equal(
      '2021-10-27T19:00:00.000Z',
    );
    expect(iso(toInstant('2021-10-27T13:00', 'Asia/Kolkata'))).to.equal('2021-10-27T07:30:00.000Z');
    expect(iso(toInstant('2021-10-27T13:00', 'Asia/Kathmandu'))).to.equal(
      '2021-10-27T07:15:00.000Z',
    );
  });

  it('takes an offset or Z as an instant, and a bare date as the end of that day', () => {
    expect(iso(toInstant('2021-10-27T13:00-06:00', 'Asia/Tokyo'))).to.equal(
      '2021-10-27T19:00:00.000Z',
    );
    expect(iso(toInstant('2021-10-27T13:00:00Z', 'Asia/Tokyo'))).to.equal(
      '2021-10-27T13:00:00.000Z',
    );
    expect(iso(toInstant('2021-10-27', 'America/Denver'))).to.equal('2021-10-28T06:00:00.000Z');
  });

  it('resolves DST edges the same way everywhere: repeated hour → earlier, skipped hour → forward', () => {
    expect(iso(zonedToInstant('America/New_York', 2025, 11, 2, 1, 30))).to.equal(
      '2025-11-02T05:30:00.000Z',
    );
    expect(iso(zonedToInstant('America/New_York', 2025, 3, 9, 2, 30))).to.equal(
      '2025-03-09T07:30:00.000Z',
    );
    expect(iso(zonedToInstant('Europe/Berlin', 2025, 3, 30, 2, 30))).to.equal(
      '2025-03-30T01:30:00.000Z',
    );
    expect(iso(zonedToInstant('Europe/Berlin', 2025, 10, 26, 2, 30))).to.equal(
      '2025-10-26T00:30:00.000Z',
    );
  });

  it('finds the most recent start of a weekday in a zone', () => {
    const monday = 1;
    // Wed Oct 27 2021, noon UTC → Mon Oct 25 00:00 in New York (EDT).
    expect(
      iso(lastWeekday(monday, 'America/New_York', Date.parse('2021-10-27T12:00:00Z'))),
    ).to.equal('2021-10-25T04:00:00.000Z');
    // Monday 00:30 in New York is already that Monday.
    expect(
      iso(lastWeekday(monday, 'America/New_York', Date.parse('2021-10-25T04:30:00Z'))),
    ).to.equal('2021-10-25T04:00:00.000Z');
    // …while it is still Sunday 23:30 the Monday before counts.
    expect(
      iso(lastWeekday(monday, 'America/New_York', Date.parse('2021-10-25T03:30:00Z'))),
    ).to.equal('2021-10-18T04:00:00.000Z');
    // The same instant is already Monday in Tokyo.
    expect(iso(lastWeekday(monday, 'Asia/Tokyo', Date.parse('2021-10-25T03:30:00Z')))).to.equal(
      '2021-10-24T15:00:00.000Z',
    );
  });
});

describe('checklist model', () => {
  it('accepts the sample campaign’s checklist', async () => {
    const doc = await (await fetch('/demo/campaign.json')).json();
    expect(errors(doc.actionChecklist)).to.deep.equal([]);
  });

  it('names every bad field', () => {
    const base = seed();
    const withAction = (a: object) => ({ ...base, actions: [...base.actions, a] });
    expect(
      errors({
        ...base,
        actions: [base.actions[0], base.actions[1], { ...base.actions[2], id: 'sign-petition' }],
      }),
    ).to.deep.equal(['actions[2].id: "sign-petition" repeats actions[0].id']);
    expect(errors(withAction({ id: 'x' }))).to.deep.equal(['actions[3].title: is required']);
    expect(errors(withAction({ id: 'x', title: ' ' }))).to.deep.equal([
      'actions[3].title: " " is not non-empty text',
    ]);
    expect(errors({ actions: base.actions })).to.deep.equal(['id: is required']);
    expect(errors({ ...base, actions: [] })).to.deep.equal([]);
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `a${i}`, title: `Action ${i}` }));
    expect(errors({ id: 'big', actions: many })).to.deep.equal([
      'actions: has 200 items; at most 50',
    ]);
  });

  it('leaves out an optional field that fails, with a warning naming it', () => {
    const base = seed();
    const withAction = (a: object) => ({ ...base, actions: [...base.actions, a] });
    const soft = (a: object) => {
      expect(errors(withAction(a)), JSON.stringify(a)).to.deep.equal([]);
      return warnings(withAction(a));
    };
    expect(soft({ id: 'x', title: 'T', weekday: 'mondays' })[0]).to.match(
      /^actions\[3\]\.weekday: "mondays" is not one of sunday, monday.*; left out$/,
    );
    expect(soft({ id: 'x', title: 'T', repeat: 'weekly' })).to.deep.equal([
      'actions[3].repeat: "weekly" needs a weekday; shown as a one-time action',
    ]);
    expect(soft({ id: 'x', title: 'T', due: '2021-10-32T13:00' })).to.deep.equal([
      'actions[3].due: "2021-10-32T13:00" is not a date; left out',
    ]);
    expect(soft({ id: 'x', title: 'T', timeZone: 'Mountain Time' })[0]).to.match(
      /^actions\[3\]\.timeZone: "Mountain Time" is not a time zone/,
    );
    expect(soft({ id: 'x', title: 'T', timeZone: 'MDT' })[0]).to.match(
      /^actions\[3\]\.timeZone: "MDT" is not a time zone .*; use America\/Denver; left out$/,
    );
    expect(soft({ id: 'x', title: 'T', url: 'javascript:alert(1)' })[0]).to.match(
      /^actions\[3\]\.url: "javascript:alert\(1\)" is not a link.*; left out$/,
    );
    expect(soft({ id: 'x', title: 'T', shareGoal: 0 })[0]).to.match(
      /^actions\[3\]\.shareGoal: 0 is not a whole number.*; left out$/,
    );
    expect(soft({ id: 'x', title: 'T', hashtags: ['ok', ''] })).to.deep.equal([
      'actions[3].hashtags[1]: "" is not non-empty text; actions[3].hashtags left out',
    ]);
  });

  it('reads stored progress by id: corrupt entries dropped alone, removed actions left out', () => {
    const { actions } = seed();
    const stored = {
      'sign-petition': { at: 1, n: 3 },
      'mobilization-mondays': 'garbage',
      'tele-town-hall': { at: 'yesterday', n: -2 },
      gone: { at: 5 },
    };
    expect([...readEntries(stored, actions)]).to.deep.equal([['sign-petition', { at: 1, n: 3 }]]);
    expect(readEntries('not an object', actions).size).to.equal(0);
    expect(
      readEntries({ __proto__: { at: 1 } }, [{ id: '__proto__', title: 'odd id' }]).size,
    ).to.equal(0);
    expect(
      readEntries(JSON.parse('{"__proto__": {"at": 1}}'), [
        { id: '__proto__', title: 'odd id' },
      ]).get('__proto__'),
    ).to.deep.equal({ at: 1 });
  });

  it('clears a weekly tick once its weekday comes round again in the action’s zone', () => {
    const weekly = seed().actions[1];
    const tickedSunday = { at: Date.parse('2021-10-24T20:00:00Z') }; // Sun 4 PM in New York
    expect(
      isDone(weekly, tickedSunday, Date.parse('2021-10-25T03:59:00Z'), 'America/New_York'),
    ).to.equal(true);
    expect(
      isDone(weekly, tickedSunday, Date.parse('2021-10-25T04:00:00Z'), 'America/New_York'),
    ).to.equal(false);
    // In the action's own zone when it has one.
    expect(
      isDone(
        { ...weekly, timeZone: 'America/Los_Angeles' },
        tickedSunday,
        Date.parse('2021-10-25T04:00:00Z'),
        'America/New_York',
      ),
    ).to.equal(true);
    expect(
      isDone(seed().actions[0], tickedSunday, Date.parse('2031-01-01T00:00:00Z'), 'UTC'),
    ).to.equal(true);
    expect(isDone(weekly, undefined, 0, 'UTC')).to.equal(false);
  });

  it('says time left in minutes, then hours, then days', () => {
    expect(timeLeft(30e3)).to.deep.equal([1, 'minute']);
    expect(timeLeft(59 * 60e3)).to.deep.equal([59, 'minute']);
    expect(timeLeft(5 * 3600e3 + 1)).to.deep.equal([5, 'hour']);
    expect(timeLeft(47 * 3600e3)).to.deep.equal([47, 'hour']);
    expect(timeLeft(3.5 * 86400e3)).to.deep.equal([3, 'day']);
  });

  it('builds plain post links with the text filled in', () => {
    const [[x, xHref], [b, bHref], fb] = postLinks(
      '#BestJobsBestCare @KPThrive',
      'https://u.org/p?source=U7',
      '#BestJobsBestCare',
    );
    expect([x, b, fb[0]]).to.deep.equal(['X', 'Bluesky', 'Facebook']);
    expect(new URL(xHref).searchParams.get('text')).to.equal(
      '#BestJobsBestCare @KPThrive https://u.org/p?source=U7',
    );
    expect(new URL(bHref).searchParams.get('text')).to.equal(
      '#BestJobsBestCare @KPThrive https://u.org/p?source=U7',
    );
    expect(new URL(fb[1]).searchParams.get('hashtag')).to.equal('#BestJobsBestCare');
    expect(postLinks('#A').map(([site]) => site)).to.deep.equal(['X', 'Bluesky']);
  });
});

describe('<union-action-checklist>', () => {
  it('shows the seed checklist from the sample campaign, links credited to the local', async () => {
    const el = await fixture<UnionActionChecklist>(
      html`<union-action-checklist
        lang="en"
        time-zone="America/New_York"
        source="UFCW7"
        src="/demo/campaign.json#/actionChecklist"
      ></union-action-checklist>`,
    );
    await waitUntil(() => boxes(el).length === 3, 'the seed checklist did not render');
    expect(text(el)).to.contain('3 actions you can take to win a great national contract');
    expect(progress(el)).to.equal('0 of 3 done');
    expect(ticked(el)).to.deep.equal([false, false, false]);
    // Each checkbox is named by its action's title.
    expect(boxes(el).map((b) => b.labels![0].textContent)).to.deep.equal([
      'Sign the petition telling Kaiser Permanente to invest in patient care and health care workers',
      'Participate in Mobilization Mondays',
      'Participate in the Tele-Town Hall on October 28, 2021',
    ]);
    const link = root(el).querySelector<HTMLAnchorElement>('[part=cta]')!;
    expect(link.textContent).to.equal('Sign the petition');
    expect(new URL(link.href).searchParams.get('source')).to.equal('UFCW7');
    expect(new URL(link.href).searchParams.get('clear_id')).to.equal('true');
    expect(itemText(el, 1)).to.contain('Every Monday');
    // Screen readers hear the schedule with the checkbox.
    expect(
      root(el).getElementById(boxes(el)[1].getAttribute('aria-describedby')!)!.textContent,
    ).to.equal('Every Monday');
    expect(boxes(el)[0].hasAttribute('aria-describedby')).to.equal(false);
    // The 2021 deadline is long past: "Closed", and no registration link.
    expect(itemText(el, 2)).to.contain('Closed').and.contain('Deadline: Wed, Oct 27, 3:00 PM EDT');
    expect(item(el, 2).querySelectorAll('a').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('ticks with the keyboard, announces progress, sends union-action-toggle and remembers it', async () => {
    const data = seed();
    const el = await make(data);
    boxes(el)[0].focus();
    const toggled = on(el, 'union-action-toggle');
    await sendKeys({ press: 'Space' });
    const e = await toggled;
    expect([e.checklist, e.action, e.done, e.bubbles, e.composed]).to.deep.equal([
      data.id,
      'sign-petition',
      true,
      true,
      true,
    ]);
    await el.updateComplete;
    expect(progress(el)).to.equal('1 of 3 done');
    expect(root(el).querySelector('[part=progress]')!.getAttribute('role')).to.equal('status');
    expect(root(el).querySelector('progress')!.value).to.equal(1);
    expect(JSON.parse(localStorage.getItem(key(data.id))!)['sign-petition'].at).to.be.closeTo(
      Date.now(),
      5000,
    );

    // A reload (a new element on the same checklist) shows the tick.
    el.remove();
    const again = await make(data);
    expect(ticked(again)).to.deep.equal([true, false, false]);
    // Unticking with a click.
    const untoggled = on(again, 'union-action-toggle');
    boxes(again)[0].click();
    expect((await untoggled).done).to.equal(false);
    await again.updateComplete;
    expect(progress(again)).to.equal('0 of 3 done');
  });

  it('keeps ticks per checklist id', async () => {
    const a = await make(seed());
    const b = await make(seed());
    boxes(a)[1].click();
    await a.updateComplete;
    await b.updateComplete;
    expect(ticked(a)).to.deep.equal([false, true, false]);
    expect(ticked(b)).to.deep.equal([false, false, false]);
  });

  it('celebrates when all are done, without motion when motion is reduced', async () => {
    const data = seed();
    data.actions.pop();
    const el = await make(data);
    boxes(el).forEach((b) => b.click());
    await el.updateComplete;
    expect(progress(el)).to.equal('2 of 2 done 🎉 All done. Thank you!');
    const pop = root(el).querySelector('.pop')!;
    expect(pop.getAttribute('aria-hidden')).to.equal('true');
    let undo = await preferMedia({ reducedMotion: 'no-preference' }, el);
    expect(getComputedStyle(pop).animationName).to.equal('pop');
    await undo();
    undo = await preferMedia({ reducedMotion: 'reduce' }, el);
    expect(getComputedStyle(pop).animationName).to.equal('none');
    await undo();
    await expect(el).to.be.accessible();
  });

  it('follows other tabs (the storage event)', async () => {
    const data = seed();
    const el = await make(data);
    localStorage.setItem(key(data.id), JSON.stringify({ 'tele-town-hall': { at: Date.now() } }));
    window.dispatchEvent(new StorageEvent('storage', { key: key(data.id) }));
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal([false, false, true]);
    expect(progress(el)).to.equal('1 of 3 done');
  });

  describe('two tabs', () => {
    /** What another tab does: it writes the whole list as it last read it, then this tab hears. */
    const otherTabWrites = (id: string, stored: object) => {
      const value = JSON.stringify(stored);
      localStorage.setItem(key(id), value);
      window.dispatchEvent(new StorageEvent('storage', { key: key(id), newValue: value }));
    };
    const stored = (id: string) => Object.keys(JSON.parse(localStorage.getItem(key(id)) ?? '{}'));

    it('keep both ticks when each ticks a different action in the same instant', async () => {
      const data = seed();
      const el = await make(data);
      boxes(el)[0].click(); // this tab: the petition
      await el.updateComplete;
      // The other tab had not yet seen that write: its list holds only its own tick.
      otherTabWrites(data.id, { 'tele-town-hall': { at: Date.now() } });
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([true, false, true]);
      expect(stored(data.id)).to.have.members(['sign-petition', 'tele-town-hall']);
      expect(progress(el)).to.equal('2 of 3 done');
    });

    it('settle when both change the same action: the later change stands after one round', async () => {
      const data = seed();
      const el = await make(data);
      boxes(el)[0].click(); // this tab ticks the petition…
      await el.updateComplete;
      otherTabWrites(data.id, {}); // …the other unticks it, having seen the tick
      await el.updateComplete;
      expect(ticked(el)[0], 'put back once: the other write may have missed it').to.equal(true);
      otherTabWrites(data.id, {}); // the other tab stands by its change
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, false]);
      expect(stored(data.id)).to.deep.equal([]);
    });

    it('do not bring back an old change of this tab', async () => {
      const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
      const data = seed();
      const el = await make(data);
      boxes(el)[0].click();
      await el.updateComplete;
      clock.tick(60_000);
      otherTabWrites(data.id, { 'tele-town-hall': { at: Date.now() } });
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, true]);
    });
  });

  it('keeps two copies of the same checklist on one page in step', async () => {
    const data = seed();
    const sidebar = await make(data);
    const body = await make(data);
    boxes(sidebar)[2].click();
    await sidebar.updateComplete;
    await body.updateComplete;
    expect(ticked(body)).to.deep.equal([false, false, true]);
  });

  it('is accessible in dark mode, all done', async () => {
    let undo = async () => {};
    try {
      const data = seed();
      localStorage.setItem(
        key(data.id),
        JSON.stringify({
          'sign-petition': { at: Date.now(), n: 2 },
          'mobilization-mondays': { at: Date.now() },
          'tele-town-hall': { at: Date.now() },
        }),
      );
      const el = await make(data);
      el.parentElement!.style.colorScheme = 'light dark'; // a page that supports dark
      undo = await preferMedia({ colorScheme: 'dark' }, el);
      const surface = getComputedStyle(root(el).querySelector('.widget')!).backgroundColor;
      expect(surface, 'dark surface').to.equal('rgb(29, 29, 34)');
      expect(progress(el)).to.contain('All done');
      await expect(el).to.be.accessible();
    } finally {
      await undo();
    }
  });

  it('works in memory when storage throws on read and on write', async () => {
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const el = await make(seed());
    boxes(el)[0].click();
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal([true, false, false]);
    button(el, 'Count one more person').click();
    await el.updateComplete;
    expect(itemText(el, 0)).to.contain('Shared with 1 of 5');
    expect(ticked(el)).to.deep.equal([true, false, false]);
  });

  it('a stored value that is not JSON, or a corrupt entry, resets only that', async () => {
    const data = seed();
    localStorage.setItem(key(data.id), '{not json');
    const el = await make(data);
    expect(ticked(el)).to.deep.equal([false, false, false]);
    boxes(el)[2].click();
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal([false, false, true]);

    const other = seed();
    localStorage.setItem(
      key(other.id),
      JSON.stringify({ 'sign-petition': { at: Date.now() }, 'tele-town-hall': { at: '<b>' } }),
    );
    const el2 = await make(other);
    expect(ticked(el2)).to.deep.equal([true, false, false]);
  });

  it('when the feed changes, ticks follow ids: removed dropped, new ones unticked', async () => {
    const data = seed();
    const el = await make(data);
    boxes(el)[0].click();
    boxes(el)[2].click();
    await el.updateComplete;
    // The feed drops the petition, reorders, and adds an action.
    el.data = {
      ...data,
      actions: [data.actions[2], { id: 'new', title: 'A new action' }, data.actions[1]],
    };
    await el.updateComplete;
    expect(boxes(el).map((b) => b.labels![0].textContent)).to.deep.equal([
      'Register for the Tele-Town Hall',
      'A new action',
      'Participate in Mobilization Mondays',
    ]);
    expect(ticked(el)).to.deep.equal([true, false, false]);
    expect(progress(el)).to.equal('1 of 3 done');
    expect(Object.keys(JSON.parse(localStorage.getItem(key(data.id))!))).to.deep.equal([
      'tele-town-hall',
    ]);
    // The petition coming back later starts unticked.
    el.data = data;
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal([false, false, true]);
  });

  describe('a refresh under the member’s focus', () => {
    /** The focused control's accessible name (a checkbox is named by its label). */
    const focusedName = (el: Element) => {
      const f = root(el).activeElement as HTMLInputElement | null;
      return f?.labels?.[0]?.textContent ?? f?.textContent?.trim();
    };

    it('keeps focus on the same action when one is added above it, and Space ticks that one', async () => {
      const data = seed();
      const el = await make(data);
      boxes(el)[1].focus();
      expect(focusedName(el)).to.equal('Participate in Mobilization Mondays');
      el.data = {
        ...data,
        actions: [{ id: 'new', title: 'Sign the new petition' }, ...data.actions],
      };
      await el.updateComplete;
      expect(focusedName(el)).to.equal('Participate in Mobilization Mondays');
      const toggled = on(el, 'union-action-toggle');
      await sendKeys({ press: 'Space' });
      expect((await toggled).action).to.equal('mobilization-mondays');
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, true, false]);
      // Its label and description still point at its own checkbox.
      const box = boxes(el)[2];
      expect(box.labels![0].textContent).to.equal('Participate in Mobilization Mondays');
      expect(root(el).getElementById(box.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'Every Monday',
      );
    });

    it('keeps focus on the action when the feed reorders the list', async () => {
      const data = seed();
      const el = await make(data);
      boxes(el)[0].focus();
      el.data = { ...data, actions: [...data.actions].reverse() };
      await el.updateComplete;
      expect(focusedName(el)).to.equal(data.actions[0].title);
    });

    it('moves focus to the next action when the focused one is removed, and to the heading when none is left', async () => {
      const data = seed();
      const el = await make(data);
      button(el, 'Copy #BestJobsBestCare').focus();
      el.data = { ...data, actions: [data.actions[0], data.actions[2]] };
      await el.updateComplete;
      expect(focusedName(el)).to.equal('Register for the Tele-Town Hall');
      el.data = { ...data, actions: [data.actions[0]] };
      await el.updateComplete;
      expect(focusedName(el)).to.equal(data.actions[0].title);
      el.data = { ...data, actions: [] };
      await el.updateComplete;
      const heading = root(el).activeElement!;
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent).to.equal(data.title);
      expect(document.activeElement).to.equal(el);
      await expect(el).to.be.accessible();
    });

    it('moves focus to the action’s checkbox when its deadline passes and its link goes', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.parse('2021-10-27T18:59:00Z'), // one minute before 1 PM Mountain
        toFake: ['setInterval', 'clearInterval', 'Date'],
      });
      const el = await make(seed());
      const link = item(el, 2).querySelector('a')!;
      expect(link.textContent).to.equal('Register');
      link.focus();
      clock.tick(60e3);
      await el.updateComplete;
      expect(item(el, 2).querySelectorAll('a').length).to.equal(0);
      expect(focusedName(el)).to.equal('Register for the Tele-Town Hall');
    });

    it('gives each action an element id whatever its data id holds', async () => {
      const odd = ['two words', 'quote"and\'apostrophe', '#hash.dot', 'lone \ud800 surrogate', '1'];
      const el = await make({
        id: `ids-${++n}`,
        actions: odd.map((id, i) => ({ id, title: `Action ${i}`, weekday: 'monday' as const })),
      });
      const ids = boxes(el).map((b) => b.id);
      expect(new Set(ids).size).to.equal(odd.length);
      for (const id of ids) expect(id).to.match(/^[a-z][\w-]*$/i);
      expect(boxes(el).map((b) => b.labels![0].textContent)).to.deep.equal(
        odd.map((_, i) => `Action ${i}`),
      );
      for (const b of boxes(el))
        expect(root(el).getElementById(b.getAttribute('aria-describedby')!)!.textContent).to.equal(
          'Every Monday',
        );
      await expect(el).to.be.accessible();
    });
  });

  it('keeps the last good data and every tick when new data is bad', async () => {
    const warn = sinon.stub(console, 'warn');
    const data = seed();
    const el = await make(data);
    boxes(el)[0].click();
    await el.updateComplete;
    const error = on(el, 'union-error');
    el.data = {
      ...data,
      actions: [
        { id: 'x', title: 'X' },
        { id: 'x', title: 'Y' },
      ],
    };
    const e = await error;
    expect(e.errors).to.deep.equal(['data: actions[1].id: "x" repeats actions[0].id']);
    expect(warn.calledWithMatch(/repeats actions\[0\]\.id/)).to.equal(true);
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal([true, false, false]);
    expect(text(el)).to.contain('actions[1].id: "x" repeats actions[0].id');
    expect(Object.keys(JSON.parse(localStorage.getItem(key(data.id))!))).to.deep.equal([
      'sign-petition',
    ]);
  });

  describe('weekly actions', () => {
    it('say "every Monday" and clear when Monday comes round in the viewer’s zone', async () => {
      // Sunday Oct 24 2021, 11:58 PM in New York (the browser's zone in these tests).
      const clock = sinon.useFakeTimers({
        now: Date.parse('2021-10-25T03:58:00Z'),
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      });
      const data = seed();
      localStorage.setItem(
        key(data.id),
        JSON.stringify({ 'mobilization-mondays': { at: Date.parse('2021-10-18T14:00:00Z') } }),
      );
      const el = await make(data);
      expect(ticked(el)).to.deep.equal([false, true, false]);
      expect(itemText(el, 1)).to.contain('Every Monday');
      clock.tick(60e3);
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, true, false]);
      clock.tick(60e3); // Monday 00:00
      await el.updateComplete;
      expect(ticked(el)).to.deep.equal([false, false, false]);
      expect(progress(el)).to.equal('0 of 3 done');
    });

    it('use the action’s own zone, and the time-zone attribute for the viewer', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.parse('2021-10-25T03:58:00Z'),
        toFake: ['Date'],
      });
      const data = seed();
      const tick = JSON.stringify({
        'mobilization-mondays': { at: Date.parse('2021-10-18T14:00:00Z') },
      });
      localStorage.setItem(key(data.id), tick);
      // Already Monday in Tokyo: the tick from last week is cleared.
      const wrapper = await fixture(
        html`<div time-zone="Asia/Tokyo">
          <union-action-checklist lang="es" .data=${data}></union-action-checklist>
        </div>`,
      );
      const el = wrapper.firstElementChild!;
      expect(ticked(el)).to.deep.equal([false, false, false]);
      expect(itemText(el, 1)).to.contain('Cada lunes');
      // Still Sunday in Los Angeles, the action's zone: kept.
      const la = { ...seed(), actions: [{ ...data.actions[1], timeZone: 'America/Los_Angeles' }] };
      localStorage.setItem(key(la.id), tick);
      const el2 = await fixture(
        html`<div time-zone="Asia/Tokyo">
          <union-action-checklist .data=${la}></union-action-checklist>
        </div>`,
      );
      expect(ticked(el2.firstElementChild!)).to.deep.equal([true]);
      clock.restore();
    });
  });

  describe('due actions', () => {
    it('count down in the reader’s language and zone, then close', async () => {
      // Three and a half days before Wed Oct 27 2021, 1 PM Mountain.
      const clock = sinon.useFakeTimers({
        now: Date.parse('2021-10-24T07:00:00Z'),
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      });
      const el = await make(seed());
      expect(itemText(el, 2))
        .to.contain('Closes in 3 days')
        .and.contain('Deadline: Wed, Oct 27, 3:00 PM EDT');
      expect(item(el, 2).querySelector('a')!.textContent).to.equal('Register');
      el.setAttribute('lang', 'es');
      await settle(el);
      expect(itemText(el, 2))
        .to.contain('Cierra dentro de 3 días')
        .and.contain('Fecha límite: mié, 27 oct');
      el.setAttribute('lang', 'en');
      clock.tick(3 * 86400e3 + 11 * 3600e3 + 50 * 60e3); // 10 minutes left
      await el.updateComplete;
      expect(itemText(el, 2)).to.contain('Closes in 10 minutes');
      clock.tick(10 * 60e3);
      await el.updateComplete;
      expect(itemText(el, 2)).to.contain('Closed');
      expect(item(el, 2).querySelectorAll('a').length).to.equal(0);
      clock.restore(); // axe needs real timers
      await expect(el).to.be.accessible();
    });

    it('keep counting down after the checklist is moved in the page', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.parse('2021-10-27T18:30:00Z'), // 30 minutes before 1 PM Mountain
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      });
      const el = await make(seed());
      expect(itemText(el, 2)).to.contain('Closes in 30 minutes');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      clock.tick(5 * 60e3);
      await el.updateComplete;
      expect(itemText(el, 2)).to.contain('Closes in 25 minutes');
      clock.restore();
    });

    it('run the minute clock only while the page is visible', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.parse('2021-10-24T07:00:00Z'),
        toFake: ['setInterval', 'clearInterval', 'Date'],
      });
      const el = await make(seed());
      expect(clock.countTimers()).to.equal(1);
      const hidden = sinon.stub(document, 'visibilityState').get(() => 'hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(0);
      hidden.restore();
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });
  });

  describe('hashtags and mentions', () => {
    it('copy with one tap and a visible, announced confirmation', async () => {
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await make(seed());
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      expect(itemText(el, 1))
        .to.contain('#BestJobsBestCare')
        .and.contain('@KPThrive')
        .and.contain('@ufcwlocal7healthcare');
      const status = item(el, 1).querySelector('[role=status]')!;
      expect(status.textContent).to.equal('');
      button(el, 'Copy #BestJobsBestCare').click();
      await clock.tickAsync(1);
      await el.updateComplete;
      expect(status.textContent).to.equal('Copied #BestJobsBestCare');
      expect(write.calledWith('#BestJobsBestCare')).to.equal(true);
      button(el, 'Copy all').click();
      await clock.tickAsync(4000);
      await el.updateComplete;
      expect(status.textContent).to.equal(
        'Copied #BestJobsBestCare @KPThrive @ufcwlocal7healthcare',
      );
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(status.textContent).to.equal('');
      clock.restore(); // axe needs real timers
      await expect(el).to.be.accessible();
    });

    it('fall back to a selection copy without the Clipboard API, and say when copying failed', async () => {
      sinon
        .stub(navigator.clipboard, 'writeText')
        .rejects(new DOMException('denied', 'NotAllowedError'));
      const exec = sinon.stub(document, 'execCommand').returns(true);
      const el = await make(seed());
      const status = item(el, 1).querySelector('[role=status]')!;
      const copy = button(el, 'Copy @KPThrive');
      copy.click();
      await waitUntil(() => status.textContent === 'Copied @KPThrive', 'the fallback did not copy');
      expect(exec.calledWith('copy')).to.equal(true);
      expect(root(el).querySelectorAll('textarea').length).to.equal(0);
      expect(root(el).activeElement === copy).to.equal(true);
      exec.returns(false);
      button(el, 'Copy #BestJobsBestCare').click();
      await waitUntil(() => status.textContent === 'Could not copy: select the text and copy it');
    });

    it('offer plain post links with the text filled in, and tell the host page', async () => {
      const el = await make(seed());
      const links = [...item(el, 1).querySelectorAll('a')];
      // As a screen reader names them: they open a new tab, and say so.
      expect(links.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Post on X (opens in a new tab)',
        'Post on Bluesky (opens in a new tab)',
      ]);
      expect(new URL(links[0].href).searchParams.get('text')).to.equal(
        '#BestJobsBestCare @KPThrive @ufcwlocal7healthcare',
      );
      expect(links[0].rel).to.equal('noopener noreferrer');
      const shared = on(el, 'union-share');
      links[1].addEventListener('click', (e) => e.preventDefault());
      links[1].click();
      const e = await shared;
      expect([e.channel, e.url]).to.deep.equal(['bluesky', links[1].href]);
    });
  });

  it('counts "shared with 2 of 5" on the device', async () => {
    const data = seed();
    const el = await make(data);
    expect(itemText(el, 0)).to.contain('Shared with 0 of 5');
    button(el, 'Count one more person').click();
    await el.updateComplete;
    button(el, 'Count one more person').click();
    await el.updateComplete;
    expect(item(el, 0).querySelector('[role=status]')!.textContent).to.equal('Shared with 2 of 5');
    button(el, 'Count one fewer').click();
    await el.updateComplete;
    expect(itemText(el, 0)).to.contain('Shared with 1 of 5');
    el.remove();
    expect(itemText(await make(data), 0)).to.contain('Shared with 1 of 5');
  });

  it('offers no reset when nothing is done (a weekly tick from an earlier week)', async () => {
    const data = seed();
    const lastMonth = Date.now() - 30 * 86_400_000;
    localStorage.setItem(
      key(data.id),
      JSON.stringify({ 'mobilization-mondays': { at: lastMonth } }),
    );
    const el = await make(data);
    expect(progress(el)).to.equal('0 of 3 done');
    expect(root(el).querySelectorAll('.reset').length).to.equal(0);
  });

  it('resets the list, with undo, keeping focus in place', async () => {
    const data = seed();
    const el = await make(data);
    expect(root(el).querySelectorAll('.reset').length).to.equal(0);
    boxes(el)[0].click();
    boxes(el)[1].click();
    await el.updateComplete;
    const events: [string, boolean][] = [];
    el.addEventListener('union-action-toggle', (e) => events.push([e.action, e.done]));
    button(el, 'Reset the list').click();
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal([false, false, false]);
    expect(progress(el)).to.equal('0 of 3 done The list was reset.');
    expect(events).to.deep.equal([
      ['sign-petition', false],
      ['mobilization-mondays', false],
    ]);
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Undo');
    await expect(el).to.be.accessible();
    button(el, 'Undo').click();
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal([true, true, false]);
    expect(progress(el)).to.equal('2 of 3 done');
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Reset the list');
  });

  it('speaks Spanish', async () => {
    const wrapper = await fixture(
      html`<div lang="es">
        <union-action-checklist .data=${{ ...seed(), title: undefined }}></union-action-checklist>
      </div>`,
    );
    const el = wrapper.firstElementChild as UnionActionChecklist;
    await el.updateComplete; // Spanish is a lazy chunk: this waits for it too
    expect(text(el))
      .to.contain('Acciones que puedes tomar')
      .and.contain('Cada lunes')
      .and.contain('Compartido con 0 de 5');
    expect(progress(el)).to.equal('Completadas: 0 de 3');
    expect(button(el, 'Copiar #BestJobsBestCare')).to.be.an('HTMLButtonElement');
    expect(text(el)).to.contain('Cerrada').and.contain('Publicar en X');
    await expect(el).to.be.accessible();
  });

  it('renders markup in any text as text', async () => {
    const data: ActionChecklistData = {
      id: `xss-${++n}`,
      title: '<img src=x onerror=alert(1)>',
      actions: [
        {
          id: '<b>',
          title: '"><svg onload=alert(1)>',
          description: '<script>alert(1)</script>',
          cta: '<i>go</i>',
          url: 'https://u.org',
          hashtags: ['<b>tag</b>'],
        },
      ],
    };
    const el = await make(data);
    expect(root(el).querySelectorAll('img, svg, script, b, i').length).to.equal(0);
    expect(text(el))
      .to.contain('"><svg onload=alert(1)>')
      .and.contain('<script>alert(1)</script>')
      .and.contain('#<b>tag</b>');
  });

  it('fits a 280px sidebar without sideways scrolling', async () => {
    const wrapper = await fixture(
      html`<div style="width:280px">
        <union-action-checklist lang="en" .data=${seed()}></union-action-checklist>
      </div>`,
    );
    const box = root(wrapper.firstElementChild!).querySelector<HTMLElement>('.widget')!;
    expect(box.getBoundingClientRect().width).to.equal(280);
    expect(box.scrollWidth <= box.clientWidth).to.equal(true);
    await expect(wrapper.firstElementChild!).to.be.accessible();
  });

  it('says so when there is nothing to do', async () => {
    const el = await make({ id: `empty-${++n}`, actions: [] });
    expect(text(el)).to.equal('Actions you can take Nothing to do right now. Check back soon.');
    expect(boxes(el).length + root(el).querySelectorAll('progress, button').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('handles 50 actions', async () => {
    const actions = Array.from({ length: 50 }, (_, i) => ({
      id: `a${i}`,
      title: `Action ${i}`,
      due: '2099-01-01',
    }));
    const el = await make({ id: `many-${++n}`, actions });
    expect(boxes(el).length).to.equal(50);
    boxes(el)[49].click();
    await el.updateComplete;
    expect(progress(el)).to.equal('1 of 50 done');
  });

  describe('bad input: a message naming the field, nothing thrown, fallback kept', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ id: `a${i}`, title: `Action ${i}` }));
    const cases: [string, unknown, RegExp][] = [
      [
        'duplicate ids',
        {
          id: 'c',
          actions: [
            { id: 'x', title: 'A' },
            { id: 'y', title: 'B' },
            { id: 'x', title: 'C' },
          ],
        },
        /actions\[2\]\.id: "x" repeats actions\[0\]\.id/,
      ],
      ['missing title', { id: 'c', actions: [{ id: 'x' }] }, /actions\[0\]\.title: is required/],
      ['200 actions', { id: 'c', actions: many }, /actions: has 200 items; at most 50/],
      ['missing id', { actions: [{ id: 'x', title: 'A' }] }, /^data: id: is required$/],
    ];
    for (const [name, data, message] of cases) {
      it(name, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<UnionActionChecklist>(
          html`<union-action-checklist lang="en"
            ><a href="/act">What you can do</a></union-action-checklist
          >`,
        );
        const error = on(el, 'union-error');
        el.data = data as ActionChecklistData;
        const e = await error;
        expect(e.errors.join('\n')).to.match(message);
        const anywhere = new RegExp(message.source.replace(/^\^|\$$/g, ''));
        expect(warn.calledWithMatch(anywhere)).to.equal(true);
        await el.updateComplete;
        expect(root(el).querySelectorAll('slot').length).to.equal(1);
        expect(root(el).querySelector('.problems')!.textContent).to.match(anywhere);
        expect(boxes(el).length).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    const worked: [string, object, RegExp][] = [
      [
        'unknown weekday',
        { repeat: 'weekly', weekday: 'funday' },
        /actions\[0\]\.weekday: "funday" is not one of .*; left out/,
      ],
      [
        'invalid due',
        { due: 'next Wednesday' },
        /actions\[0\]\.due: "next Wednesday" is not a date/,
      ],
      [
        'a PST zone',
        { due: '2021-10-27T13:00', timeZone: 'PST' },
        /actions\[0\]\.timeZone: "PST" is not a time zone .*; use America\/Los_Angeles; left out/,
      ],
      [
        'javascript: link',
        { url: 'javascript:alert(1)', cta: 'Sign' },
        /actions\[0\]\.url: "javascript:alert\(1\)" is not a link .*; left out/,
      ],
    ];
    for (const [name, fields, message] of worked) {
      it(`${name}: left out with a warning naming it, the actions still shown`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<UnionActionChecklist>(
          html`<union-action-checklist lang="en"
            ><a href="/act">What you can do</a></union-action-checklist
          >`,
        );
        const error = on(el, 'union-error');
        el.data = {
          id: 'c',
          actions: [
            { id: 'x', title: 'Wear red', ...fields },
            { id: 'y', title: 'Sign the petition' },
          ],
        } as ActionChecklistData;
        const e = await error;
        expect(e.errors).to.deep.equal([]);
        expect(e.warnings.join('\n')).to.match(message);
        expect(warn.calledWithMatch(message)).to.equal(true);
        await el.updateComplete;
        expect(root(el).querySelectorAll('slot').length).to.equal(0);
        expect(boxes(el).length).to.equal(2);
        expect(text(el)).to.contain('Wear red');
        expect(root(el).querySelectorAll('a[href^="javascript"]').length).to.equal(0);
        expect(root(el).querySelector('.problems')!.textContent).to.match(message);
        await expect(el).to.be.accessible();
      });
    }
  });

  it('shows "Loading…" while the feed is on its way, and the fallback when the feed fails', async () => {
    const el = await fixture<UnionActionChecklist>(
      html`<union-action-checklist
        lang="en"
        src=${`/__feed/ac-${Date.now()}?delay=300&body=%7B%7D`}
      ></union-action-checklist>`,
    );
    expect(root(el).querySelector('[role=status]')!.textContent!.trim()).to.equal('Loading…');
    await expect(el).to.be.accessible();
    sinon.stub(console, 'warn');
    const failing = document.createElement('union-action-checklist');
    failing.src = `/__feed/ac-${Date.now()}-500?status=500`;
    failing.append(
      Object.assign(document.createElement('a'), { href: '/act', textContent: 'What you can do' }),
    );
    const error = on(failing, 'union-error');
    document.body.append(failing);
    expect((await error).errors[0]).to.match(/HTTP 500/);
    await failing.updateComplete;
    expect(root(failing).querySelector('slot')!.assignedElements()[0].textContent).to.equal(
      'What you can do',
    );
    failing.remove();
  });
});
