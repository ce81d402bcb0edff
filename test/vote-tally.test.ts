import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/vote-tally/define.js';
import type { UnionVoteTally } from '../src/vote-tally/vote-tally.js';
import type { VoteTallyData } from '../src/vote-tally/model.js';
import { yesShare } from '../src/vote-tally/model.js';
import type { UnionErrorEvent } from '../src/internal/events.js';

const seed: VoteTallyData = {
  title: 'Strike authorization votes',
  results: [
    { union: 'UNAC/UHCP', yesPercent: 95, qualifier: 'over' },
    { union: 'USW Local 7600', yesPercent: 95, qualifier: 'over' },
    { union: 'OFNHP', yesPercent: 95, qualifier: 'over' },
    { union: 'UNITE HERE Local 5', yesPercent: 93 },
    { union: 'UFCW SoCal locals', yesPercent: 93 },
  ],
};

/** What a reader sees: the shadow root's text, whitespace folded. */
const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const figures = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('.figure')].map((f) =>
    f.textContent!.replace(/\s+/g, ' ').trim(),
  );
const rendered = (el: UnionVoteTally) =>
  waitUntil(() => el.shadowRoot!.querySelector('li'), 'no results rendered');

/** The next `union-error` event from `el`. */
const errorEvent = (el: Element) =>
  oneEvent(el, 'union-error') as unknown as Promise<UnionErrorEvent>;

let n = 0;
const feed = (query: string) => `/__feed/vt-${Date.now()}-${++n}?${query}`;

describe('yesShare', () => {
  it('keeps "over" and never rounds a published figure up', () => {
    expect(yesShare({ union: 'a', yesPercent: 95, qualifier: 'over' })).to.include({
      shown: 95,
      over: true,
    });
    expect(yesShare({ union: 'a', yesPercent: 92.999 })).to.include({ shown: 92.999, over: false });
  });

  it('computes from counts, rounding down, never 100% unless unanimous', () => {
    expect(yesShare({ union: 'a', yes: 999, no: 1 })).to.include({ shown: 99.9 });
    expect(yesShare({ union: 'a', yes: 99999, no: 1 })).to.include({ shown: 99.9 });
    expect(yesShare({ union: 'a', yes: 5, no: 0 })).to.include({ shown: 100 });
    expect(yesShare({ union: 'a', yes: 1, no: 99999 })).to.include({ shown: 0.1 });
    expect(yesShare({ union: 'a', yes: 0, no: 5 })).to.include({ shown: 0 });
    expect(yesShare({ union: 'a', yes: 2, no: 1 })).to.include({ shown: 66.6 });
  });

  it('is exact where floating point is not: 57 of 100 is 57%, 29 of 50 meets 58%', () => {
    expect(yesShare({ union: 'a', yes: 57, no: 43 })).to.include({ shown: 57 });
    expect(yesShare({ union: 'a', yes: 29, no: 71 })).to.include({ shown: 29 });
    expect(yesShare({ union: 'a', yes: 29, no: 21 }, 58)).to.include({ meets: true });
    for (let total = 1; total <= 400; total++)
      for (let yes = 1; yes < total; yes++) {
        const { shown } = yesShare({ union: 'a', yes, no: total - yes }) as { shown: number };
        const tenths = Math.round(shown * 10);
        expect(
          tenths * total <= yes * 1000 && yes * 1000 < (tenths + 1) * total,
          `${yes}/${total} → ${shown}`,
        ).to.equal(true);
      }
  });

  it('has no divide-by-zero: no votes is its own state', () => {
    expect(yesShare({ union: 'a', yes: 0, no: 0 })).to.deep.equal({ kind: 'none' });
  });

  it('judges the threshold on the exact figure, and not at all when "over" cannot tell', () => {
    expect(yesShare({ union: 'a', yes: 2, no: 1 }, 66.7)).to.include({ meets: false });
    expect(yesShare({ union: 'a', yes: 667, no: 333 }, 66.7)).to.include({ meets: true });
    expect(yesShare({ union: 'a', yesPercent: 95, qualifier: 'over' }, 95)).to.include({
      meets: true,
    });
    expect(
      yesShare({ union: 'a', yesPercent: 60, qualifier: 'over' }, 66.7).kind === 'share' &&
        yesShare({ union: 'a', yesPercent: 60, qualifier: 'over' }, 66.7),
    ).to.include({ meets: undefined });
  });
});

describe('<union-vote-tally>', () => {
  afterEach(() => sinon.restore());

  it('shows the seed results from inline JSON at once, "over" kept', async () => {
    const el = await fixture<UnionVoteTally>(
      html`<union-vote-tally lang="en">
        <script type="application/json">
          ${JSON.stringify(seed)}
        </script>
      </union-vote-tally>`,
    );
    expect(figures(el)).to.deep.equal([
      'over 95% yes',
      'over 95% yes',
      'over 95% yes',
      '93% yes',
      '93% yes',
    ]);
    expect(text(el)).to.contain('Strike authorization votes').and.contain('UFCW SoCal locals');
    await expect(el).to.be.accessible();
  });

  it('loads from src with a JSON Pointer into the sample campaign', async () => {
    const el = await fixture<UnionVoteTally>(
      html`<union-vote-tally lang="en" src="/demo/campaign.json#/voteTally"></union-vote-tally>`,
    );
    await rendered(el);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(5);
    expect(text(el)).to.contain('Updated Oct 22, 2021');
  });

  it('renders the data property at once', async () => {
    const el = await fixture<UnionVoteTally>(
      html`<union-vote-tally lang="en" .data=${seed}></union-vote-tally>`,
    );
    expect(figures(el)).to.have.length(5);
  });

  it('replaces inline data with fetched data, and keeps inline data when the fetch fails', async () => {
    sinon.stub(console, 'warn');
    const body = encodeURIComponent(
      JSON.stringify({ results: [{ union: 'Fetched', yes: 3, no: 1 }] }),
    );
    const good = await fixture<UnionVoteTally>(
      html`<union-vote-tally lang="en" src=${feed(`body=${body}`)}>
        <script type="application/json">
          ${JSON.stringify(seed)}
        </script>
      </union-vote-tally>`,
    );
    expect(figures(good)).to.have.length(5);
    await waitUntil(() => text(good).includes('Fetched'));
    expect(figures(good)).to.deep.equal(['75% yes']);

    const bad = await fixture<UnionVoteTally>(
      html`<union-vote-tally lang="en" src=${feed('status=404')}>
        <script type="application/json">
          ${JSON.stringify(seed)}
        </script>
      </union-vote-tally>`,
    );
    const e = await errorEvent(bad);
    expect(e.errors[0]).to.contain('HTTP 404');
    expect(figures(bad)).to.have.length(5);
  });

  it('computes from counts in the reader’s locale, with the threshold marked', async () => {
    const data = {
      threshold: 66.7,
      results: [
        { union: 'Local 1', yes: 12345, no: 678 },
        { union: 'Local 2', yes: 2, no: 1 },
      ],
    };
    const el = await fixture<UnionVoteTally>(
      html`<union-vote-tally lang="en" .data=${data}></union-vote-tally>`,
    );
    expect(figures(el)).to.deep.equal(['94.7% yes', '66.6% yes']);
    expect(text(el)).to.contain('12,345 yes · 678 no').and.contain('66.7% needed');
    expect(text(el)).to.contain('Meets the threshold').and.contain('Below the threshold');
    expect(el.shadowRoot!.querySelectorAll('line.mark')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('says "no votes counted yet" rather than dividing by zero', async () => {
    const el = await fixture<UnionVoteTally>(
      html`<union-vote-tally
        lang="en"
        .data=${{ results: [{ union: 'L', yes: 0, no: 0 }] }}
      ></union-vote-tally>`,
    );
    expect(figures(el)).to.deep.equal(['No votes counted yet']);
  });

  it('speaks Spanish, with Spanish number formats, and follows lang changes live', async () => {
    const data = { results: [...seed.results, { union: 'Local 9', yes: 12345, no: 678 }] };
    const wrapper = await fixture(
      html`<div lang="es"><union-vote-tally .data=${data}></union-vote-tally></div>`,
    );
    const el = wrapper.querySelector('union-vote-tally')!;
    await el.updateComplete; // Spanish is a lazy chunk: this waits for it too
    expect(figures(el)[0]).to.match(/^más del 95\s%\sa favor$/);
    expect(text(el))
      .to.contain('Resultados de la votación')
      .and.contain('12.345 a favor · 678 en contra');
    await expect(el).to.be.accessible();
    wrapper.setAttribute('lang', 'en-US');
    await waitUntil(() => text(el).includes('Vote results'), 'did not follow the lang change');
    expect(figures(el)[0]).to.equal('over 95% yes');
  });

  it('falls back to English for a language it does not have, and for a garbage lang', async () => {
    const fr = await fixture(html`<union-vote-tally lang="fr" .data=${seed}></union-vote-tally>`);
    expect(figures(fr)[0]).to.equal('over 95% yes');
    const junk = await fixture(
      html`<union-vote-tally lang=${'<img src=x>'} .data=${seed}></union-vote-tally>`,
    );
    expect(figures(junk)[0]).to.equal('over 95% yes');
  });

  it('has a compact layout', async () => {
    const el = await fixture<UnionVoteTally>(
      html`<union-vote-tally lang="en" layout="compact" .data=${seed}></union-vote-tally>`,
    );
    expect(el.shadowRoot!.querySelectorAll('.compact').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows union links only when safe, reachable by keyboard', async () => {
    const data = { results: [{ union: 'Safe', yesPercent: 90, url: 'https://union.org/vote' }] };
    const el = await fixture<UnionVoteTally>(
      html`<union-vote-tally lang="en" .data=${data}></union-vote-tally>`,
    );
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.href).to.equal('https://union.org/vote');
    link.focus();
    expect(el.shadowRoot!.activeElement === link).to.equal(true);
  });

  it('renders markup in names as text', async () => {
    const data = {
      title: '<img src=x onerror=alert(1)>',
      results: [{ union: '"><svg onload=alert(1)>', yesPercent: 50 }],
    };
    const el = await fixture<UnionVoteTally>(
      html`<union-vote-tally lang="en" .data=${data}></union-vote-tally>`,
    );
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('svg')).to.have.length(1); // the bar only
    expect(text(el)).to.contain('"><svg onload=alert(1)>');
  });

  describe('bad input: a message naming the field, nothing thrown, fallback kept', () => {
    const cases: [string, unknown, RegExp][] = [
      ['missing results', {}, /^data: results: is required$/],
      [
        'neither counts nor percent',
        { results: [{ union: 'A' }] },
        /results\[0\]: needs both yes and no counts, or yesPercent/,
      ],
      [
        'only one count',
        { results: [{ union: 'A', yes: 4 }] },
        /results\[0\]: needs both yes and no/,
      ],
      [
        'negative count',
        {
          results: [
            { union: 'A', yes: 1, no: 1 },
            { union: 'B', yes: 1, no: 1 },
            { union: 'C', yes: -4, no: 1 },
          ],
        },
        /results\[2\]\.yes: -4 is not a count/,
      ],
      [
        'NaN count',
        { results: [{ union: 'A', yes: NaN, no: 1 }] },
        /results\[0\]\.yes: NaN is not a count/,
      ],
      [
        'string count',
        { results: [{ union: 'A', yes: '12,345', no: 1 }] },
        /results\[0\]\.yes: "12,345" is not a count/,
      ],
      [
        'huge count',
        { results: [{ union: 'A', yes: 2 ** 60, no: 1 }] },
        /results\[0\]\.yes: .* is not a count/,
      ],
      [
        'percent over 100',
        { results: [{ union: 'A', yesPercent: 120 }] },
        /results\[0\]\.yesPercent: 120 is not a percentage/,
      ],
      [
        'empty union name',
        { results: [{ union: ' ', yesPercent: 90 }] },
        /results\[0\]\.union: " " is not non-empty text/,
      ],
    ];
    for (const [name, data, message] of cases) {
      it(name, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<UnionVoteTally>(
          html`<union-vote-tally lang="en"
            ><a href="/results">See the results</a></union-vote-tally
          >`,
        );
        const error = errorEvent(el);
        el.data = data as VoteTallyData;
        const e = await error;
        // A bad count is left out with a warning; the result then has no figure: refused.
        expect([...e.errors, ...e.warnings].join('\n')).to.match(message);
        expect(e.errors).to.have.length.above(0);
        const anywhere = new RegExp(message.source.replace(/^\^|\$$/g, ''));
        expect(warn.calledWithMatch(anywhere)).to.equal(true);
        await el.updateComplete;
        // Members see the webmaster's fallback link; on localhost the problem is shown too.
        expect(el.shadowRoot!.querySelectorAll('slot').length).to.equal(1);
        expect(el.shadowRoot!.querySelector('.problems')!.textContent).to.match(anywhere);
        expect(el.shadowRoot!.querySelectorAll('[part=result]').length).to.equal(0);
      });
    }

    const worked: [string, object, RegExp, string][] = [
      [
        'bad qualifier',
        { union: 'A', yesPercent: 90, qualifier: 'about' },
        /^data: results\[1\]\.qualifier: "about" is not one of over; left out$/,
        '90% yes',
      ],
      [
        'javascript: link',
        { union: 'A', yesPercent: 90, url: 'javascript:alert(1)' },
        /^data: results\[1\]\.url: "javascript:alert\(1\)" is not a link \(http, https, mailto, tel or sms\); left out$/,
        '90% yes',
      ],
    ];
    for (const [name, result, message, shown] of worked) {
      it(`${name}: left out with a warning, and every result still shown`, async () => {
        const warn = sinon.stub(console, 'warn');
        const el = await fixture<UnionVoteTally>(
          html`<union-vote-tally lang="en"
            ><a href="/results">See the results</a></union-vote-tally
          >`,
        );
        const error = errorEvent(el);
        el.data = { results: [{ union: 'B', yes: 3, no: 1 }, result] } as VoteTallyData;
        const e = await error;
        expect(e.errors).to.deep.equal([]);
        expect(e.warnings).to.have.length(1);
        expect(e.warnings[0]).to.match(message);
        expect(warn.calledWithMatch(e.warnings[0])).to.equal(true);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('slot').length).to.equal(0);
        expect(el.shadowRoot!.querySelectorAll('[part=result]').length).to.equal(2);
        expect(text(el)).to.contain(shown);
        expect(el.shadowRoot!.querySelectorAll('a[href^="javascript"]').length).to.equal(0);
        expect(el.shadowRoot!.querySelector('.problems')!.textContent).to.match(
          new RegExp(message.source.replace(/^\^data: |\$$/g, '')),
        );
        await expect(el).to.be.accessible();
      });
    }

    it('keeps the last good data when new data is bad', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<UnionVoteTally>(
        html`<union-vote-tally lang="en" .data=${seed}></union-vote-tally>`,
      );
      el.data = { results: [{ union: 'X', yes: -1, no: 0 }] };
      await el.updateComplete;
      expect(figures(el)).to.have.length(5);
      expect(text(el)).to.contain('results[0].yes: -1 is not a count');
    });

    it('src that 404s: fallback content and the error', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<UnionVoteTally>(
        html`<union-vote-tally lang="en" src=${feed('status=404')}
          ><a href="/vote">Vote results</a></union-vote-tally
        >`,
      );
      const e = await errorEvent(el);
      expect(e.errors[0]).to.match(/^src .*: HTTP 404$/);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal(
        'Vote results',
      );
      await expect(el).to.be.accessible();
    });

    it('malformed JSON without fallback: a short calm message', async () => {
      sinon.stub(console, 'warn');
      const el = await fixture<UnionVoteTally>(
        html`<union-vote-tally lang="es" src=${feed('body=%7Bnope')}></union-vote-tally>`,
      );
      const e = await errorEvent(el);
      expect(e.errors[0]).to.match(/is not valid JSON/);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal(
        'Por ahora no podemos mostrar los resultados de la votación.',
      );
      await expect(el).to.be.accessible();
    });

    it('a JSON Pointer that resolves to nothing', async () => {
      sinon.stub(console, 'warn');
      const el = document.createElement('union-vote-tally');
      el.src = '/demo/campaign.json#/nothing/here';
      const error = errorEvent(el);
      document.body.append(el);
      const e = await error;
      el.remove();
      expect(e.errors[0]).to.match(/the JSON Pointer #\/nothing\/here resolves to nothing/);
    });

    it('a src that is not http(s)', async () => {
      sinon.stub(console, 'warn');
      const el = document.createElement('union-vote-tally');
      el.src = 'javascript:alert(1)';
      const error = errorEvent(el);
      document.body.append(el);
      expect((await error).errors[0]).to.match(
        /^src: "javascript:alert\(1\)" is not an http\(s\) URL$/,
      );
      el.remove();
    });

    it('inline JSON that does not parse', async () => {
      sinon.stub(console, 'warn');
      const el = document.createElement('union-vote-tally');
      const script = Object.assign(document.createElement('script'), {
        type: 'application/json',
        textContent: '{"results": [',
      });
      el.append(script);
      const error = errorEvent(el);
      document.body.append(el);
      expect((await error).errors[0]).to.match(/^inline JSON is not valid JSON/);
      el.remove();
    });
  });

  it('shows "Loading…" while the feed is on its way, and the fallback instead when there is one', async () => {
    const el = await fixture<UnionVoteTally>(
      html`<union-vote-tally
        lang="en"
        src=${feed('delay=300&body=%7B%22results%22%3A%5B%5D%7D')}
      ></union-vote-tally>`,
    );
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal('Loading…');
    await expect(el).to.be.accessible();
    const withFallback = await fixture<UnionVoteTally>(
      html`<union-vote-tally src=${feed('delay=300&body=%7B%7D')}
        ><p>Results at union.org</p></union-vote-tally
      >`,
    );
    expect(withFallback.shadowRoot!.querySelectorAll('slot').length).to.equal(1);
  });
});
