// No shipped language is right-to-left, but a webmaster's page can be, and adding a language is
// adding one file. Every widget in a page written dir="rtl" in a right-to-left test language
// (pseudo-Arabic, "ar-XB": English strings in a right-to-left override, added like a language
// file) must mirror: measured by where things sit, side by side with the same widget in LTR.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { addLanguage } from '../src/internal/i18n.js';
import type { UnionVoteTally } from '../src/vote-tally/vote-tally.js';
import { pseudo } from './helpers/pseudo.js';

addLanguage('ar-XB', async () => ({ default: pseudo('\u202e', '\u202c') }));

const vote = { threshold: 50, results: [{ union: 'Local 9', yes: 30, no: 70 }] };
const checklist = {
  id: 'rtl',
  actions: [{ id: 'a', title: 'Sign the petition', url: 'https://a.example/p' }],
};
const townHall = {
  title: 'Town hall',
  timeZone: 'America/Denver',
  sessions: [{ start: '2099-10-28T10:00' }],
  registrationUrl: 'https://a.example/r',
  qr: false,
};
const petition = { title: 'Petition', url: 'https://a.example/p', count: 25, goal: 100 };
const taList = {
  subgroups: [{ id: 'staffing', name: 'Staffing', items: [{ title: 'Dashboard', status: 'ta' }] }],
};

/** The same widgets in an LTR and an RTL page, side by side at the same width. */
async function both() {
  const page = (dir: 'ltr' | 'rtl', lang: string) => html`
    <div dir=${dir} lang=${lang} style="width: 420px">
      <union-vote-tally .data=${vote}></union-vote-tally>
      <union-action-checklist .data=${checklist}></union-action-checklist>
      <union-town-hall .data=${townHall}></union-town-hall>
      <union-petition-counter .data=${petition}></union-petition-counter>
      <union-ta-list id="rtl-ta" .data=${taList}></union-ta-list>
    </div>
  `;
  const wrap = await fixture(html`<div>${page('ltr', 'en')}${page('rtl', 'ar-XB')}</div>`);
  const [ltr, rtl] = [...wrap.children] as HTMLElement[];
  for (const el of wrap.querySelectorAll<UnionVoteTally>('div > *'))
    await (el as UnionVoteTally).updateComplete;
  const part = (side: HTMLElement, tag: string, selector: string) =>
    side.querySelector(tag)!.shadowRoot!.querySelector<Element>(selector)!;
  return { ltr, rtl, part };
}

const box = (el: Element) => el.getBoundingClientRect();
/** Where `el` sits inside `side`: its left and right gaps to the side's edges. */
const gaps = (side: HTMLElement, el: Element) => ({
  left: Math.round(box(el).left - box(side).left),
  right: Math.round(box(side).right - box(el).right),
});

describe('a right-to-left page', () => {
  it('uses the test language, marked as the page writes it', async () => {
    const { rtl, part } = await both();
    const title = part(rtl, 'union-ta-list', 'h2');
    expect(title.textContent).to.equal('\u202eTentative agreements\u202c');
    expect(title.closest('[lang]')!.getAttribute('lang')).to.equal('ar-XB');
    expect(getComputedStyle(title).direction).to.equal('rtl');
  });

  it('vote tally: the bar fills from the inline start (the right) and mirrors the threshold', async () => {
    const { ltr, rtl, part } = await both();
    const [lBar, rBar] = [ltr, rtl].map((s) => box(part(s, 'union-vote-tally', '.bar')));
    const [lFill, rFill] = [ltr, rtl].map((s) => box(part(s, 'union-vote-tally', '.fill')));
    expect(lFill.left).to.be.closeTo(lBar.left, 1);
    expect(lFill.width).to.be.closeTo(lBar.width * 0.3, 1);
    expect(rFill.right).to.be.closeTo(rBar.right, 1);
    expect(rFill.width).to.be.closeTo(rBar.width * 0.3, 1);
    const rMark = box(part(rtl, 'union-vote-tally', '.mark'));
    expect(rMark.left).to.be.closeTo(rBar.left + rBar.width / 2, 1.5);
  });

  it('checklist: the checkbox sits at the inline start, before its label', async () => {
    const { ltr, rtl, part } = await both();
    const inL = box(part(ltr, 'union-action-checklist', 'input'));
    const labelL = box(part(ltr, 'union-action-checklist', 'label'));
    expect(inL.right).to.be.at.most(labelL.left);
    const inR = box(part(rtl, 'union-action-checklist', 'input'));
    const labelR = box(part(rtl, 'union-action-checklist', 'label'));
    expect(inR.left).to.be.at.least(labelR.right);
    expect(gaps(rtl, part(rtl, 'union-action-checklist', 'input')).right).to.equal(
      gaps(ltr, part(ltr, 'union-action-checklist', 'input')).left,
    );
  });

  it('town hall: the radio sits at the inline start; the Register button too', async () => {
    const { ltr, rtl, part } = await both();
    const radio = (s: HTMLElement) => part(s, 'union-town-hall', 'input[type=radio]');
    const button = (s: HTMLElement) => part(s, 'union-town-hall', '.btn');
    expect(gaps(rtl, radio(rtl)).right).to.equal(gaps(ltr, radio(ltr)).left);
    expect(gaps(rtl, button(rtl)).right).to.equal(gaps(ltr, button(ltr)).left);
  });

  it('petition: the count, the call to action and the share buttons start at the right', async () => {
    const { ltr, rtl, part } = await both();
    for (const selector of ['.n', '[part=cta]', '[part=share] > :first-child'])
      expect(gaps(rtl, part(rtl, 'union-petition-counter', selector)).right, selector).to.equal(
        gaps(ltr, part(ltr, 'union-petition-counter', selector)).left,
      );
  });

  it('TA list: headings start at the right and a closed subgroup’s arrow points left', async () => {
    const { ltr, rtl, part } = await both();
    const head = (s: HTMLElement) => part(s, 'union-ta-list', 'button.head');
    const arrow = (s: HTMLElement) => getComputedStyle(head(s), '::before').content;
    expect(head(rtl).getAttribute('aria-expanded')).to.equal('false');
    expect(arrow(ltr)).to.contain('▸');
    expect(arrow(rtl)).to.contain('◂');
    expect(getComputedStyle(head(rtl)).textAlign).to.equal('start');
    const label = part(rtl, 'union-ta-list', 'label');
    expect(gaps(rtl, label).right).to.equal(gaps(ltr, part(ltr, 'union-ta-list', 'label')).left);
  });

  it('is accessible in both directions', async () => {
    const { ltr, rtl } = await both();
    await expect(ltr).to.be.accessible();
    await expect(rtl).to.be.accessible();
  });
});
