// On paper: a member prints the bulletin page, a local prints a flyer. Black on white, action
// links spelled out, the QR code kept, no control that only works on a screen.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import { canEmulateMedia } from './helpers/media.js';

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

const BLACK = 'rgb(0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';

/**
 * Prints (for the styles' purposes) until the returned function is called: Chromium emulates
 * print media; elsewhere the widgets' `@media print` rules are switched on in their style sheets.
 */
async function printing(...els: Element[]): Promise<() => Promise<unknown>> {
  if (await canEmulateMedia()) {
    await emulateMedia({ media: 'print', colorScheme: 'dark' });
    return () => emulateMedia({ media: 'screen', colorScheme: 'light' });
  }
  const undo: (() => void)[] = [];
  const sheets = new Set(els.flatMap((el) => el.shadowRoot!.adoptedStyleSheets));
  for (const sheet of sheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
        rule.media.mediaText = 'all';
        undo.push(() => void (rule.media.mediaText = 'print'));
      }
  return async () => undo.forEach((f) => f());
}

const shown = (el: Element) =>
  getComputedStyle(el).display !== 'none' && !!el.getClientRects().length;
const visible = (root: Element, selector: string) =>
  [...root.shadowRoot!.querySelectorAll(selector)].filter(shown);
/** What a printed action link adds after its text. */
const after = (a: Element) => getComputedStyle(a, '::after').content;
/**
 * The address a printed link shows after its text. Firefox reports the declared `attr(href)`
 * rather than its value: then it is the link's own href.
 */
const spelled = (a: Element) =>
  after(a).includes('attr(href)') ? a.getAttribute('href')! : after(a);

async function widget(tag: string, data: unknown, attrs = ''): Promise<Widget> {
  const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
  host.innerHTML = `<${tag} ${attrs}></${tag}>`;
  const el = host.firstElementChild as Widget;
  el.data = data;
  await el.updateComplete;
  return el;
}

let campaign: Record<string, unknown>;

describe('print', () => {
  before(async () => {
    campaign = await (await fetch('/demo/campaign.json')).json();
  });

  it('the town hall: register link spelled out, the QR code, no radio circles or calendar links, black on white', async () => {
    const day = (n: number) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
    const el = await widget(
      'union-town-hall',
      {
        title: 'Town hall',
        timeZone: 'America/New_York',
        registrationUrl: 'https://alliance.example/register',
        sessions: [{ id: 'a', start: `${day(9)}T18:00` }],
      },
      'source="UFCW7"',
    );
    await waitUntil(() => el.shadowRoot!.querySelector('figure svg'), 'no QR code', {
      timeout: 4000,
    });
    const done = await printing(el);
    try {
      const register = el.shadowRoot!.querySelector('a[part=register]')!;
      expect(spelled(register)).to.include('https://alliance.example/register?source=UFCW7');
      expect(el.shadowRoot!.querySelector('figure svg')!.getBoundingClientRect().width).to.be.above(
        50,
      );
      expect(visible(el, 'input[type=radio]')).to.have.length(0);
      expect(visible(el, '.screen')).to.have.length(0);
      const box = el.shadowRoot!.querySelector('.widget')!;
      expect(getComputedStyle(box).color).to.equal(BLACK);
      expect(getComputedStyle(box).backgroundColor).to.equal(WHITE);
      expect(getComputedStyle(register).color).to.equal(BLACK);
    } finally {
      await done();
    }
    // Back on screen, everything is back.
    expect(visible(el, 'input[type=radio]')).to.have.length(1);
    expect(after(el.shadowRoot!.querySelector('a[part=register]')!)).to.be.oneOf([
      'none',
      'normal',
    ]);
  });

  it('the petition counter: the petition link spelled out, no share or tally buttons', async () => {
    const el = await widget('union-petition-counter', campaign.petition, 'share-goal="5"');
    const done = await printing(el);
    try {
      const cta = el.shadowRoot!.querySelector('a[part=cta]')!;
      expect(spelled(cta)).to.include('https://actionnetwork.org/petitions/');
      expect(visible(el, 'button')).to.have.length(0);
      expect(visible(el, '[part=share] a')).to.have.length(0);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.n')!).color).to.equal(BLACK);
    } finally {
      await done();
    }
  });

  it('the checklist: action links spelled out, the hashtags as text, no copy, post, count or reset controls', async () => {
    const el = await widget('union-action-checklist', campaign.actionChecklist);
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    expect(visible(el, '.reset')).to.have.length(1);
    const done = await printing(el);
    try {
      const cta = el.shadowRoot!.querySelector('a[part=cta]')!;
      expect(spelled(cta)).to.include('https://actionnetwork.org/petitions/');
      const buttons = visible(el, 'button').map((b) => b.textContent!.trim());
      expect(buttons).to.deep.equal(['#BestJobsBestCare', '@KPThrive', '@ufcwlocal7healthcare']);
      expect(visible(el, '.post-links a')).to.have.length(0);
      expect(visible(el, 'input[type=checkbox]')).to.have.length(3);
    } finally {
      await done();
      localStorage.clear();
    }
  });

  it('the vote tally and the TA list: black on white, bars outlined, no filters', async () => {
    const tally = await widget('union-vote-tally', campaign.voteTally);
    const list = await widget('union-ta-list', campaign.taList);
    const done = await printing(tally, list);
    try {
      const bar = tally.shadowRoot!.querySelector('[part=bar]')!;
      expect(getComputedStyle(bar).borderTopColor).to.equal(BLACK);
      expect(getComputedStyle(tally.shadowRoot!.querySelector('.figure')!).color).to.equal(BLACK);
      expect(visible(list, '[part=filters]')).to.have.length(0);
      expect(visible(list, '.head')).to.have.length.above(0);
    } finally {
      await done();
      localStorage.clear();
    }
  });
});
