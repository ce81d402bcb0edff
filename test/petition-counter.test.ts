import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/petition-counter/define.js';
import type { UnionPetitionCounter } from '../src/petition-counter/petition-counter.js';
import { ANNOUNCE_MS } from '../src/petition-counter/petition-counter.js';
import {
  advances,
  nextMilestone,
  progress,
  shareLinks,
  type PetitionData,
} from '../src/petition-counter/model.js';
import type { UnionErrorEvent, UnionShareEvent } from '../src/internal/events.js';
import { json } from './helpers/respond.js';

const URL_ =
  'https://actionnetwork.org/petitions/invest-in-patient-care-and-healthcare-workers?clear_id=true';
const seed: PetitionData = {
  title: 'Tell Kaiser Permanente: invest in patient care and health care workers',
  url: URL_,
  count: 8412,
  goal: 10000,
  shareText: 'I signed the petition. Will you sign too?',
  hashtags: ['BestJobsBestCare'],
  updated: '2021-10-22T09:00:00-06:00',
};
/** The seed with another count (and no `updated` unless given). */
const withCount = (count: number, more: Partial<PetitionData> = {}): PetitionData => ({
  ...seed,
  count,
  updated: undefined,
  ...more,
});

/** What a reader sees: the shadow root's text, whitespace folded. */
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <E extends Element = HTMLElement>(el: Element, sel: string) =>
  el.shadowRoot!.querySelector<E>(sel);
const shown = (el: Element) => $(el, '.n')?.textContent?.trim();
const bar = (el: Element) => $<HTMLProgressElement>(el, 'progress')!;
const spoken = (el: Element) => $(el, '.sr[role=status]')!.textContent!.trim();
const links = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=share] a'),
];
/** Motion off (prefers-reduced-motion: reduce): counts change at once. */
const reduceMotion = () =>
  sinon.stub(window, 'matchMedia').returns({ matches: false } as MediaQueryList);

let n = 0;
const unique = () => `${Date.now()}-${++n}`;
const feed = (query: string) => `/__feed/pc-${unique()}?${query}`;
const body = (d: unknown) => `body=${encodeURIComponent(JSON.stringify(d))}`;

/** Elements made outside fixture() (fake-timer tests), removed after each test. */
const made: Element[] = [];
function make(
  attrs: Record<string, string>,
  listen?: (el: UnionPetitionCounter) => void,
): UnionPetitionCounter {
  const el = document.createElement('union-petition-counter');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  listen?.(el);
  document.body.append(el);
  made.push(el);
  return el;
}

describe('petition model', () => {
  it('climbs a milestone ladder of 1, 2.5 and 5 times each power of ten', () => {
    expect(
      [0, 99, 100, 249, 250, 999, 1000, 2500, 8412, 10000, 24999, 1e6].map(nextMilestone),
    ).to.deep.equal([100, 100, 250, 250, 500, 1000, 2500, 5000, 10000, 25000, 25000, 2.5e6]);
  });

  it('fills toward the goal, rounding down: never 100% before the goal, never over', () => {
    expect(progress(8412, 10000)).to.deep.equal({
      target: 10000,
      percent: 84,
      milestone: false,
      reached: false,
    });
    expect(progress(9999, 10000).percent).to.equal(99);
    expect(progress(0, 10000).percent).to.equal(0);
  });

  it('aims at the next milestone with no goal, or once the goal is passed', () => {
    expect(progress(8412)).to.deep.equal({
      target: 10000,
      percent: 84,
      milestone: true,
      reached: false,
    });
    expect(progress(10000, 10000)).to.deep.equal({
      target: 25000,
      percent: 40,
      milestone: true,
      reached: true,
    });
    expect(progress(31000, 10000)).to.include({ target: 50000, percent: 62 });
    for (const c of [0, 1, 99, 100, 2500, 1e9]) expect(progress(c).percent).to.be.within(0, 99);
  });

  it('never goes backwards unless the lower count is newer or another petition', () => {
    const now = withCount(100, { updated: '2021-10-22T10:00:00Z' });
    expect(advances(now, withCount(101, { updated: '2021-10-22T09:00:00Z' }))).to.equal(true);
    expect(advances(now, withCount(90))).to.equal(false);
    expect(advances(now, withCount(90, { updated: '2021-10-22T09:59:00Z' }))).to.equal(false);
    expect(advances(now, withCount(90, { updated: '2021-10-22T10:01:00Z' }))).to.equal(true);
    expect(advances(now, withCount(90, { updated: '2021-10-23' }))).to.equal(true);
    expect(
      advances(now, withCount(5, { url: 'https://actionnetwork.org/petitions/other' })),
    ).to.equal(true);
  });

  it('builds plain share links that carry the petition link with its source', () => {
    const link = `${URL_}&source=UFCW7`;
    const all = Object.fromEntries(shareLinks(link, seed));
    expect(Object.keys(all)).to.deep.equal([
      'email',
      'sms',
      'whatsapp',
      'facebook',
      'x',
      'bluesky',
    ]);
    const enc = encodeURIComponent(link);
    for (const href of Object.values(all)) expect(href).to.contain(enc);
    expect(all.email).to.match(/^mailto:\?subject=Tell%20Kaiser/);
    expect(all.sms).to.match(/^sms:\?&body=I%20signed/);
    expect(all.x).to.match(/^https:\/\/x\.com\/intent\/post\?text=I%20signed/);
    expect(decodeURIComponent(all.bluesky)).to.contain(`${link} #BestJobsBestCare`);
    expect(all.facebook).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${enc}`);
  });
});

describe('<union-petition-counter>', () => {
  afterEach(() => {
    made.splice(0).forEach((el) => el.remove());
    sinon.restore();
    localStorage.clear();
  });

  it('shows the seed petition from the sample campaign, with source on the call to action', async () => {
    const el = await fixture<UnionPetitionCounter>(
      html`<union-petition-counter
        lang="en"
        source="UFCW7"
        src="/demo/campaign.json#/petition"
      ></union-petition-counter>`,
    );
    await waitUntil(() => shown(el), 'no count rendered');
    expect(shown(el)).to.equal('8,412');
    expect(text(el)).to.contain('8,412 signatures').and.contain('84% of the 10,000 goal');
    const stamp = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(seed.updated!),
    );
    expect(text(el)).to.contain('Tell Kaiser Permanente').and.contain(`Updated ${stamp}`);
    expect([bar(el).value, bar(el).max]).to.deep.equal([8412, 10000]);
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('8,412 of 10,000 signatures');
    expect(bar(el).getAttribute('aria-labelledby')).to.equal('t');
    expect($(el, '#t')!.textContent).to.equal(seed.title);
    const cta = $<HTMLAnchorElement>(el, '[part=cta]')!;
    expect(cta.textContent).to.equal('Sign the petition');
    expect(cta.href).to.equal(`${URL_}&source=UFCW7`);
    expect(spoken(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('once the goal is passed, celebrates and aims at the next milestone, bar never over 100%', async () => {
    const el = await fixture<UnionPetitionCounter>(
      html`<union-petition-counter lang="en" .data=${withCount(12345)}></union-petition-counter>`,
    );
    expect(text(el)).to.contain('Goal of 10,000 reached! Next milestone: 25,000');
    expect([bar(el).value, bar(el).max]).to.deep.equal([12345, 25000]);
    await expect(el).to.be.accessible();
  });

  it('with no goal, shows the next milestone', async () => {
    const el = await fixture<UnionPetitionCounter>(
      html`<union-petition-counter
        lang="en"
        .data=${{ title: 'T', url: URL_, count: 1 }}
      ></union-petition-counter>`,
    );
    expect(text(el)).to.contain('1 signature Next milestone: 100');
    expect(text(el)).not.to.contain('reached');
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('1 of 100 signatures');
  });

  it('speaks Spanish, with Spanish numbers, and follows lang changes live', async () => {
    const wrapper = await fixture(
      html`<div lang="es">
        <union-petition-counter .data=${withCount(18412)}></union-petition-counter>
      </div>`,
    );
    const el = wrapper.querySelector('union-petition-counter')!;
    await el.updateComplete; // Spanish is a lazy chunk: this waits for it too
    expect(text(el))
      .to.contain('18.412 firmas')
      .and.contain('¡Meta de 10.000 alcanzada! Próxima meta: 25.000');
    expect($(el, '[part=cta]')!.textContent).to.equal('Firma la petición');
    expect(bar(el).getAttribute('aria-valuetext')).to.equal('18.412 de 25.000 firmas');
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => text(el).includes('18,412 signatures'), 'did not follow the lang change');
  });

  it('renders markup in the title and share text as text', async () => {
    const data = withCount(5, {
      title: '<img src=x onerror=alert(1)>',
      shareText: '<script>alert(1)</script>',
    });
    const el = await fixture<UnionPetitionCounter>(
      html`<union-petition-counter lang="en" .data=${data}></union-petition-counter>`,
    );
    expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect($(el, 'h2')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  describe('sharing', () => {
    it('offers copy, email, SMS, WhatsApp, Facebook, X and Bluesky as plain links carrying source', async () => {
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter
          lang="en"
          source="UFCW7"
          .data=${seed}
        ></union-petition-counter>`,
      );
      // Their names, as a screen reader gets them: web links say they open a new tab.
      expect(links(el).map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Email',
        'Text message',
        'WhatsApp (opens in a new tab)',
        'Facebook (opens in a new tab)',
        'X (opens in a new tab)',
        'Bluesky (opens in a new tab)',
      ]);
      const enc = encodeURIComponent(`${URL_}&source=UFCW7`);
      for (const a of links(el)) expect(a.href).to.contain(enc);
      expect(links(el).map((a) => a.target)).to.deep.equal([
        '',
        '',
        '_blank',
        '_blank',
        '_blank',
        '_blank',
      ]);
      expect(links(el).every((a) => a.rel === 'noopener noreferrer')).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('script, iframe').length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('sends union-share naming the channel when a member follows a share link', async () => {
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter lang="en" source="L7" .data=${seed}></union-petition-counter>`,
      );
      el.addEventListener('click', (e) => e.preventDefault()); // stay on the test page
      const event = oneEvent(el, 'union-share');
      links(el)[2].click();
      const e = (await event) as unknown as UnionShareEvent;
      expect([e.channel, e.url, e.bubbles, e.composed]).to.deep.equal([
        'whatsapp',
        `${URL_}&source=L7`,
        true,
        true,
      ]);
    });

    it('copies the link and says so visibly', async () => {
      const write = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter
          lang="en"
          source="UFCW7"
          .data=${seed}
        ></union-petition-counter>`,
      );
      const copy = [...el.shadowRoot!.querySelectorAll('button')].find(
        (b) => b.textContent === 'Copy link',
      )!;
      const event = oneEvent(el, 'union-share');
      copy.click();
      expect(((await event) as unknown as UnionShareEvent).channel).to.equal('copy');
      expect(write.calledOnceWith(`${URL_}&source=UFCW7`)).to.equal(true);
      await el.updateComplete;
      expect(text(el)).to.contain('Link copied');
      await expect(el).to.be.accessible();
    });

    it('when copying is not allowed, shows the link to copy by hand', async () => {
      sinon
        .stub(navigator.clipboard, 'writeText')
        .rejects(new DOMException('denied', 'NotAllowedError'));
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter lang="en" .data=${seed}></union-petition-counter>`,
      );
      [...el.shadowRoot!.querySelectorAll('button')]
        .find((b) => b.textContent === 'Copy link')!
        .click();
      await waitUntil(() => text(el).includes('Copy this link:'), 'no link to copy by hand');
      expect($(el, 'p[role=status]:not(.sr)')!.textContent!.trim()).to.equal(
        `Copy this link: ${URL_}`,
      );
      await expect(el).to.be.accessible();
    });

    it('uses the device share sheet where there is one', async () => {
      const share = sinon.stub().resolves();
      Object.defineProperty(navigator, 'share', { value: share, configurable: true });
      try {
        const el = await fixture<UnionPetitionCounter>(
          html`<union-petition-counter
            lang="en"
            source="UFCW7"
            .data=${seed}
          ></union-petition-counter>`,
        );
        const button = [...el.shadowRoot!.querySelectorAll('button')].find(
          (b) => b.textContent === 'Share…',
        )!;
        const event = oneEvent(el, 'union-share');
        button.click();
        expect(((await event) as unknown as UnionShareEvent).channel).to.equal('native');
        expect(share.firstCall.args[0]).to.deep.equal({
          title: seed.title,
          text: seed.shareText,
          url: `${URL_}&source=UFCW7`,
        });
      } finally {
        delete (navigator as { share?: unknown }).share;
      }
    });

    it('keeps a "shared with N of 5" tally on the device when asked', async () => {
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter
          lang="en"
          share-goal="5"
          .data=${seed}
        ></union-petition-counter>`,
      );
      // A live region: a screen reader hears the tally change, as the checklist's does.
      const tally = () => $(el, '[part=tally] [role=status]')!.textContent;
      expect(tally()).to.equal('You’ve shared it with 0 of 5 people');
      const [more, less] =
        el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=tally] button');
      more.click();
      more.click();
      await el.updateComplete;
      expect(tally()).to.equal('You’ve shared it with 2 of 5 people');
      less.click();
      less.click();
      less.click();
      await el.updateComplete;
      expect(tally()).to.equal('You’ve shared it with 0 of 5 people');
      more.click();
      await expect(el).to.be.accessible();
      const again = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter
          lang="es"
          share-goal="5"
          .data=${seed}
        ></union-petition-counter>`,
      );
      expect($(again, '[part=tally] [role=status]')!.textContent).to.equal(
        'Lo compartiste con 1 de 5 personas',
      );
      const without = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter .data=${seed}></union-petition-counter>`,
      );
      expect(without.shadowRoot!.querySelectorAll('[part=tally]').length).to.equal(0);
    });
  });

  describe('live counts', () => {
    let clock: sinon.SinonFakeTimers;
    afterEach(() => clock?.restore());
    const fake = () =>
      (clock = sinon.useFakeTimers({
        now: Date.parse('2021-10-22T16:00:00Z'),
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      }));

    it('never moves backwards on a stale response, but takes a lower count that is newer', async () => {
      reduceMotion();
      sinon.stub(Math, 'random').returns(0.5); // refresh exactly every 60 s
      fake();
      const answers = [
        withCount(100, { updated: '2021-10-22T10:00:00Z' }),
        withCount(90, { updated: '2021-10-22T09:00:00Z' }), // out of order
        withCount(95), // no stamp: cannot prove it is newer
        withCount(96, { updated: '2021-10-22T10:05:00Z' }), // a correction, newer
      ];
      const fetchStub = sinon
        .stub(window, 'fetch')
        .callsFake(async () => json({ petition: answers.shift() ?? withCount(97) }));
      const el = make({ lang: 'en', src: `/pc-live-${unique()}.json#/petition`, refresh: '60' });
      await clock.tickAsync(0);
      await el.updateComplete;
      expect(shown(el)).to.equal('100');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(shown(el)).to.equal('100');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(shown(el)).to.equal('100');
      await clock.tickAsync(60_000);
      await el.updateComplete;
      expect(shown(el)).to.equal('96');
      expect(fetchStub.callCount).to.equal(4);
    });

    it('does not touch the page when a refresh brings the same count (no flicker)', async () => {
      reduceMotion();
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter lang="en" .data=${seed}></union-petition-counter>`,
      );
      const changes: MutationRecord[] = [];
      const watcher = new MutationObserver((m) => changes.push(...m));
      watcher.observe(el.shadowRoot!, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
      el.data = { ...seed };
      await el.updateComplete;
      el.data = { ...seed, hashtags: ['BestJobsBestCare'] };
      await el.updateComplete;
      watcher.takeRecords();
      watcher.disconnect();
      expect(changes.length).to.equal(0);
    });

    it('counts up when motion is allowed, through intermediate numbers, and lands on the count', async () => {
      const motion = sinon.stub(window, 'matchMedia').returns({ matches: true } as MediaQueryList);
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter lang="en" .data=${withCount(1000)}></union-petition-counter>`,
      );
      const seen = new Set<string>();
      const watcher = new MutationObserver(() => seen.add(shown(el)!));
      watcher.observe($(el, '.n')!, { subtree: true, childList: true, characterData: true });
      el.data = withCount(2000);
      await waitUntil(() => shown(el) === '2,000', 'did not land on the new count');
      watcher.disconnect();
      expect(motion.calledWith('(prefers-reduced-motion: no-preference)')).to.equal(true);
      const values = [...seen].map((s) => Number(s.replace(/,/g, '')));
      expect(values.length).to.be.greaterThan(2);
      expect(
        values.every((v, i) => v >= 1000 && v <= 2000 && (i === 0 || v >= values[i - 1])),
      ).to.equal(true);
      expect(bar(el).value).to.equal(2000); // the bar and its accessible value move at once
    });

    it('with reduced motion, shows the new count at once', async () => {
      reduceMotion();
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter lang="en" .data=${withCount(1000)}></union-petition-counter>`,
      );
      el.data = withCount(2000);
      await el.updateComplete;
      expect(shown(el)).to.equal('2,000');
    });

    it('announces changes politely, at most once every 30 seconds, never on load', async () => {
      reduceMotion();
      fake();
      const el = make({ lang: 'en' });
      el.data = withCount(100);
      await el.updateComplete;
      expect($(el, '.sr')!.getAttribute('role')).to.equal('status');
      expect(spoken(el)).to.equal('');
      el.data = withCount(101);
      await clock.tickAsync(0);
      await el.updateComplete;
      expect(spoken(el)).to.equal('101 signatures');
      for (const c of [102, 103, 104]) {
        await clock.tickAsync(5_000);
        el.data = withCount(c);
        await el.updateComplete;
        expect(shown(el)).to.equal(String(c));
        expect(spoken(el)).to.equal('101 signatures');
      }
      await clock.tickAsync(ANNOUNCE_MS - 15_000 - 1);
      await el.updateComplete;
      expect(spoken(el)).to.equal('101 signatures');
      await clock.tickAsync(1);
      await el.updateComplete;
      expect(spoken(el)).to.equal('104 signatures');
    });
  });

  describe('scale: one shared feed however many counters', () => {
    let clock: sinon.SinonFakeTimers;
    let fetchStub: sinon.SinonStub;
    beforeEach(() => {
      clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
      });
      fetchStub = sinon.stub(window, 'fetch');
      sinon.stub(Math, 'random').returns(0.5);
      reduceMotion();
    });
    afterEach(() => clock.restore());
    const counters = (src: string, count = 50) =>
      Array.from({ length: count }, () => make({ lang: 'en', src, refresh: '60' }));

    it('50 counters reading one src make one request per refresh period (12 in 11 minutes)', async () => {
      // The count moves on the last request only: an unchanged file is not handed out again, and
      // 50 widgets re-rendering every period would only slow the fake clock down.
      fetchStub.callsFake(async () =>
        json({ petition: withCount(fetchStub.callCount < 12 ? 1000 : 1012) }),
      );
      const els = counters(`/pc-scale-${unique()}.json#/petition`);
      await clock.tickAsync(0);
      expect(fetchStub.callCount).to.equal(1);
      await clock.tickAsync(59_000);
      expect(fetchStub.callCount).to.equal(1);
      await clock.tickAsync(1_000);
      expect(fetchStub.callCount).to.equal(2);
      await clock.tickAsync(10 * 60_000);
      expect(fetchStub.callCount).to.equal(12);
      await Promise.all(els.map((e) => e.updateComplete));
      expect(els.every((e) => shown(e) === '1,012')).to.equal(true);
    });

    it('makes no request before max-age runs out', async () => {
      fetchStub.callsFake(async () =>
        json({ petition: seed }, { 'cache-control': 'public, max-age=300' }),
      );
      counters(`/pc-maxage-${unique()}.json#/petition`);
      await clock.tickAsync(0);
      await clock.tickAsync(299_000);
      expect(fetchStub.callCount).to.equal(1);
      await clock.tickAsync(1_000);
      expect(fetchStub.callCount).to.equal(2);
    });

    it('obeys Retry-After on 429 and 503, keeping the last good count on screen', async () => {
      const warn = sinon.stub(console, 'warn');
      fetchStub.onCall(0).resolves(json({ petition: seed }));
      fetchStub.onCall(1).resolves(json({}, { 'retry-after': '600' }, 429));
      fetchStub.onCall(2).resolves(json({}, { 'retry-after': '900' }, 503));
      fetchStub.resolves(json({ petition: withCount(9000) }));
      const els = counters(`/pc-retry-${unique()}.json#/petition`);
      await clock.tickAsync(60_000);
      expect(fetchStub.callCount).to.equal(2);
      await clock.tickAsync(599_000);
      expect(fetchStub.callCount).to.equal(2);
      await clock.tickAsync(1_000);
      expect(fetchStub.callCount).to.equal(3);
      await el0(els);
      expect(shown(els[0])).to.equal('8,412');
      expect(warn.calledWithMatch(/HTTP 429/)).to.equal(true);
      await clock.tickAsync(899_000);
      expect(fetchStub.callCount).to.equal(3);
      await clock.tickAsync(1_000);
      expect(fetchStub.callCount).to.equal(4);
      await el0(els);
      expect(shown(els[49])).to.equal('9,000');
    });

    it('backs off with jitter on errors: fewer and fewer requests, spread by the random draw', async () => {
      sinon.stub(console, 'warn');
      fetchStub.resolves(json({}, {}, 500));
      counters(`/pc-backoff-${unique()}.json#/petition`);
      await clock.tickAsync(0);
      await clock.tickAsync(60 * 60_000);
      // 1.25 × 60 s × 2^k, capped at 10 min × 1.25: 75 s, 150 s, 300 s, 600 s, then every 750 s.
      expect(fetchStub.callCount).to.equal(1 + 4 + Math.floor((3600 - 1125) / 750));
      (Math.random as sinon.SinonStub).returns(0);
      const before = fetchStub.callCount; // the last at 3375 s, drawn 0.5: the next 750 s later
      await clock.tickAsync(524_999);
      expect(fetchStub.callCount).to.equal(before);
      await clock.tickAsync(1);
      expect(fetchStub.callCount).to.equal(before + 1); // at 4125 s; drawn 0 now: 600 s to the next
      await clock.tickAsync(599_999);
      expect(fetchStub.callCount).to.equal(before + 1);
      await clock.tickAsync(1);
      expect(fetchStub.callCount).to.equal(before + 2);
    });
  });

  it('50 counters on a real server: one request', async () => {
    const id = `pc-real-${unique()}`;
    const src = `/__feed/${id}?${body({ petition: seed })}#/petition`;
    const els = Array.from({ length: 50 }, () => make({ lang: 'en', src, refresh: '60' }));
    await waitUntil(() => els.every((e) => shown(e) === '8,412'), 'not all counters rendered');
    const log = await (await fetch(`/__feed-log/${id}`)).json();
    expect(log).to.have.length(1);
  });

  describe('bad input: a message naming the field, nothing thrown, last good count kept', () => {
    const cases: [string, unknown, RegExp][] = [
      ['negative count', withCount(-5), /^data: count: -5 is not a signature count/],
      ['NaN count', withCount(NaN), /count: NaN is not a signature count/],
      ['string count', { ...seed, count: '8,412' }, /count: "8,412" is not a signature count/],
      [
        'count above 2^53',
        withCount(2 ** 53 + 2),
        /count: 9007199254740994 is not a signature count/,
      ],
      [
        'javascript: url',
        withCount(5, { url: 'javascript:alert(1)' }),
        /url: "javascript:alert\(1\)" is not a link/,
      ],
      ['missing title and url', { count: 5 }, /title: is required\n.*url: is required/],
      ['empty title', withCount(5, { title: ' ' }), /title: " " is not non-empty text/],
    ];
    for (const [name, data, message] of cases) {
      it(name, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<UnionPetitionCounter>(
          html`<union-petition-counter lang="en" .data=${withCount(777)}></union-petition-counter>`,
        );
        const error = oneEvent(el, 'union-error');
        el.data = data as PetitionData;
        const e = (await error) as unknown as UnionErrorEvent;
        expect(e.errors.join('\n')).to.match(message);
        expect(warn.called).to.equal(true);
        await el.updateComplete;
        expect(shown(el)).to.equal('777');
        expect($(el, '.problems')!.textContent).to.contain(e.errors[0].replace(/^data: /, ''));
        expect(el.shadowRoot!.querySelectorAll('a[href^="javascript"]').length).to.equal(0);
      });
    }

    const worked: [string, Partial<PetitionData>, RegExp][] = [
      ['goal 0', { goal: 0 }, /^data: goal: 0 is not a goal above 0; left out$/],
      ['negative goal', { goal: -100 }, /^data: goal: -100 is not a goal above 0; left out$/],
      [
        'hashtags not a list',
        { hashtags: '#a' as unknown as string[] },
        /^data: hashtags: "#a" is not a list; left out$/,
      ],
      [
        '100 000 hashtags',
        { hashtags: Array.from({ length: 100_000 }, () => 'x') },
        /^data: hashtags: has 100000 items; at most 20; left out$/,
      ],
    ];
    for (const [name, more, message] of worked) {
      it(`${name}: left out with a warning, the new count shown`, async () => {
        reduceMotion();
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<UnionPetitionCounter>(
          html`<union-petition-counter lang="en" .data=${withCount(777)}></union-petition-counter>`,
        );
        const error = oneEvent(el, 'union-error');
        el.data = withCount(5, more);
        const e = (await error) as unknown as UnionErrorEvent;
        expect(e.errors).to.deep.equal([]);
        expect(e.warnings).to.have.length(1);
        expect(e.warnings[0]).to.match(message);
        expect(warn.calledWithMatch(e.warnings[0])).to.equal(true);
        await el.updateComplete;
        expect(shown(el)).to.equal('5');
        expect(links(el)).to.have.length(6);
      });
    }

    it('a title, share text and hashtag cut mid-emoji: shown repaired, every share link works', async () => {
      const warn = sinon.stub(console, 'warn');
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter lang="en"
          ><a href="/sign">Sign the petition</a></union-petition-counter
        >`,
      );
      el.data = withCount(5, {
        title: 'Sign for safe staffing \ud83d',
        shareText: 'I signed \ud83d',
        hashtags: ['Best\ud83d'],
      });
      await el.updateComplete;
      expect(text(el)).to.contain('Sign for safe staffing \uFFFD');
      expect(links(el)).to.have.length(6);
      const email = links(el).find((a) => a.href.startsWith('mailto:'))!;
      expect(decodeURIComponent(email.href)).to.contain('subject=Sign for safe staffing \uFFFD');
      expect(decodeURIComponent(email.href))
        .to.contain('I signed \uFFFD')
        .and.contain('#Best\uFFFD');
      for (const path of ['title', 'shareText', 'hashtags[0]'])
        expect(warn.calledWithMatch(`data: ${path}: `), path).to.equal(true);
      await expect(el).to.be.accessible();
    });

    for (const [name, query, message] of [
      ['500', 'status=500', /HTTP 500$/],
      ['404', 'status=404', /HTTP 404$/],
      ['malformed JSON', 'body=%7B%22petition%22%3A', /is not valid JSON/],
      ['an empty answer', 'body=', /is not valid JSON/],
    ] as const) {
      it(`a feed answering ${name}: the fallback link and the error`, async () => {
        sinon.stub(console, 'warn');
        const el = make({ lang: 'en', src: feed(query) }, () => undefined);
        el.innerHTML = '<a href="https://actionnetwork.org/petitions/x">Sign the petition</a>';
        const e = (await oneEvent(el, 'union-error')) as unknown as UnionErrorEvent;
        expect(e.errors[0]).to.match(message);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal(
          'Sign the petition',
        );
        await expect(el).to.be.accessible();
      });
    }

    it('a feed going bad after a good answer keeps the last good count', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<UnionPetitionCounter>(
        html`<union-petition-counter lang="en" src=${feed(body(seed))}></union-petition-counter>`,
      );
      await waitUntil(() => shown(el) === '8,412');
      const error = oneEvent(el, 'union-error');
      el.src = `${feed(body({ ...seed, count: -1 }))}`;
      expect(((await error) as unknown as UnionErrorEvent).errors[0]).to.match(
        /count: -1 is not a signature count/,
      );
      await el.updateComplete;
      expect(shown(el)).to.equal('8,412');
      expect(text(el)).to.contain('count: -1 is not a signature count');
      await expect(el).to.be.accessible();
    });
  });

  it('shows "Loading…" while the feed is on its way, and the fallback instead when there is one', async () => {
    const el = await fixture<UnionPetitionCounter>(
      html`<union-petition-counter
        lang="en"
        src=${feed(`delay=300&${body(seed)}`)}
      ></union-petition-counter>`,
    );
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal('Loading…');
    await expect(el).to.be.accessible();
    const withFallback = await fixture<UnionPetitionCounter>(
      html`<union-petition-counter src=${feed(`delay=300&${body(seed)}`)}
        ><a href="https://actionnetwork.org/">Sign</a></union-petition-counter
      >`,
    );
    expect(withFallback.shadowRoot!.querySelectorAll('slot').length).to.equal(1);
    await waitUntil(() => shown(withFallback) === '8,412');
  });

  it('fits a 280 px sidebar without overflowing', async () => {
    const wrapper = await fixture(
      html`<div style="width:280px">
        <union-petition-counter
          lang="es"
          share-goal="5"
          .data=${withCount(123456789)}
        ></union-petition-counter>
      </div>`,
    );
    const el = wrapper.querySelector('union-petition-counter')!;
    const base = $(el, '[part=base]')!;
    expect(base.scrollWidth).to.be.at.most(280);
    expect(el.getBoundingClientRect().width).to.equal(280);
    await expect(el).to.be.accessible();
  });
});

/** Lets every counter render what the feed gave it. */
const el0 = (els: UnionPetitionCounter[]) => Promise.all(els.map((e) => e.updateComplete));
