import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { canEmulateMedia } from './helpers/media.js';

// What a webmaster can write (any --union-accent, a page that declares dark or not) against what
// a reader sees: axe finds nothing, and the figures and buttons measure at least 4.5:1.

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

/** Accents that defeat fixed defaults: dark blue, yellow, mid grey, black, white. */
const ACCENTS = ['#0b4ea2', '#ffd100', '#7a7a7a', '#000', '#fff'];

const campaign = await (await fetch('/demo/campaign.json')).json();
const inMinutes = (m: number) => new Date(Date.now() + m * 6e4).toISOString();
/** A town hall with one session on now (the "Now" badge) and one to register for. */
const townHall = {
  title: 'Virtual town hall',
  timeZone: 'America/Los_Angeles',
  sessions: [
    { id: 'now', start: inMinutes(-10), end: inMinutes(50) },
    { id: 'next', start: inMinutes(60 * 24) },
  ],
  registrationUrl: 'https://alliance.example/town-hall',
  qr: false,
};
const DATA: Record<string, unknown> = {
  'union-vote-tally': { ...campaign.voteTally, threshold: 66.7 },
  'union-action-checklist': campaign.actionChecklist,
  'union-town-hall': townHall,
  'union-petition-counter': campaign.petition,
  'union-ta-list': campaign.taList,
};
/** Per widget: what is drawn in the accent (as text, or under text). */
const ACCENTED: Record<string, string[]> = {
  'union-vote-tally': ['.figure'],
  'union-action-checklist': ['.cta'],
  'union-town-hall': ['.btn', 'label .badge'],
  'union-petition-counter': ['.n', '.cta'],
  'union-ta-list': ['.new'],
};

// ---- colour maths, written out here rather than imported, so the widget's own is checked ----

function rgba(css: string): number[] {
  const n = css.match(/[\d.e+-]+/g)!.map(Number);
  const k = css.startsWith('color(') ? 1 : 255;
  return [n[0] / k, n[1] / k, n[2] / k, n[3] ?? 1];
}
const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const lum = (c: number[]) => 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
const ratio = (a: number[], b: number[]) => {
  const [x, y] = [lum(a) + 0.05, lum(b) + 0.05];
  return Math.max(x, y) / Math.min(x, y);
};
/** The first opaque-enough background behind `el`, across shadow roots. */
function backdrop(el: Element): number[] {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (!(n instanceof Element)) continue;
    const bg = rgba(getComputedStyle(n).backgroundColor);
    if (bg[3] > 0.5) return bg;
  }
  return [1, 1, 1, 1];
}
/** The text colour of what `sel` finds in `el`'s shadow root. */
const colorIn = (el: Element, sel: string) =>
  getComputedStyle(el.shadowRoot!.querySelector(sel)!).color;
/** Contrast of `el`'s text on what is behind it. */
const textContrast = (el: Element) => ratio(rgba(getComputedStyle(el).color), backdrop(el));

// ---- pages ----

let emulated = false;
/**
 * A page that declares it supports dark, read by a reader who prefers dark. Chromium emulates the
 * preference for real; Firefox and WebKit cannot, so there the page declares `dark` alone, which
 * is what `light dark` resolves to for that reader.
 */
async function darkReaderOnDarkPage(box: HTMLElement): Promise<void> {
  if (await canEmulateMedia()) {
    box.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    emulated = true;
  } else box.style.colorScheme = 'dark';
}

async function place(tag: string, box: HTMLElement, data = DATA[tag]): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  el.data = data;
  box.append(el);
  await el.updateComplete;
  return el;
}

function page(style: Record<string, string> = {}): HTMLElement {
  const box = document.createElement('div');
  box.lang = 'en';
  for (const [k, v] of Object.entries(style)) box.style.setProperty(k, v);
  document.body.append(box);
  return box;
}

/** The widget's box is dark (its surface's luminance). */
const isDark = (el: Element) =>
  lum(rgba(getComputedStyle(el.shadowRoot!.querySelector('.widget')!).backgroundColor)) < 0.2;

afterEach(async () => {
  document.body.replaceChildren();
  localStorage.clear();
  document.documentElement.removeAttribute('theme');
  document.documentElement.style.colorScheme = '';
  if (emulated) await emulateMedia({ colorScheme: 'light' });
  emulated = false;
});

describe('theming: any accent stays readable', () => {
  for (const scheme of ['light page', 'dark page, dark reader'] as const)
    for (const accent of ACCENTS)
      for (const tag of Object.keys(DATA))
        it(`<${tag}>, ${scheme}, --union-accent: ${accent}: axe passes, accented text at least 4.5:1`, async () => {
          const box = page({ '--union-accent': accent });
          if (scheme !== 'light page') await darkReaderOnDarkPage(box);
          const el = await place(tag, box);
          if (tag === 'union-ta-list') {
            // Items added since the last visit carry a "new" badge in the accent; open every group.
            const all = DATA[tag] as { subgroups: { items: unknown[] }[] };
            el.data = {
              ...all,
              subgroups: all.subgroups.map((g) => ({ ...g, items: g.items.slice(1) })),
            };
            await el.updateComplete;
            el.data = all;
            await el.updateComplete;
            el.shadowRoot!.querySelectorAll<HTMLElement>('.head').forEach((b) => b.click());
            await el.updateComplete;
          }
          expect(isDark(el), 'dark').to.equal(scheme !== 'light page');
          for (const sel of ACCENTED[tag]) {
            const found = [...el.shadowRoot!.querySelectorAll(sel)];
            expect(found.length, `${sel} shown`).to.be.above(0);
            for (const node of found)
              expect(textContrast(node), `${sel} "${node.textContent?.trim()}"`).to.be.at.least(
                4.5,
              );
          }
          await expect(el).to.be.accessible();
        });

  it('keeps every colour that is readable as it is: brand, text, secondary text', async () => {
    const box = page({ '--union-accent': '#0b4ea2', '--union-muted': '#5a5a64' });
    const el = await place('union-petition-counter', box);
    const color = (sel: string) => colorIn(el, sel);
    expect(color('.n'), 'count in the accent').to.equal('rgb(11, 78, 162)');
    expect(color('.cta'), 'white on the accent').to.equal('rgb(255, 255, 255)');
    expect(color('h2'), 'default text').to.equal('rgb(27, 27, 31)');
    expect(color('.muted'), 'secondary text').to.equal('rgb(90, 90, 100)');
  });

  it('text on the accent is the webmaster’s --union-on-accent when that is readable', async () => {
    const box = page({ '--union-accent': '#0b4ea2', '--union-on-accent': '#ffe9a8' });
    const el = await place('union-petition-counter', box);
    const cta = el.shadowRoot!.querySelector('.cta')!;
    expect(getComputedStyle(cta).color).to.equal('rgb(255, 233, 168)');
  });

  it('an unreadable --union-on-accent is replaced', async () => {
    const box = page({ '--union-accent': '#ffd100', '--union-on-accent': '#fff' });
    const el = await place('union-petition-counter', box);
    expect(textContrast(el.shadowRoot!.querySelector('.cta')!)).to.be.at.least(4.5);
  });

  it('text, secondary text and success stay readable on any --union-surface', async () => {
    const box = page({ '--union-surface': '#1b1b1f' }); // a dark surface, default (dark) text
    const el = await place('union-vote-tally', box);
    for (const sel of ['h2', '.muted', '.meets', '.figure'])
      for (const node of el.shadowRoot!.querySelectorAll(sel))
        expect(textContrast(node), sel).to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });

  it('--union-accent: currentColor is measured as the widget’s text colour', async () => {
    const box = page({ '--union-accent': 'currentColor', '--union-text': '#3a1f5c' });
    const el = await place('union-vote-tally', box);
    const color = (sel: string) => colorIn(el, sel);
    expect(color('.figure'), 'figure in the accent').to.equal('rgb(58, 31, 92)');
    expect(color('h2'), 'text').to.equal('rgb(58, 31, 92)');
  });

  // currentColor is each element's own text colour where it is used: under a button's text, that
  // very text's colour (contrast 1:1 before the accent was pinned).
  it('--union-accent: currentColor keeps the text on buttons readable', async () => {
    const box = page({ '--union-accent': 'currentColor', color: '#3a1f5c' });
    const el = await place('union-petition-counter', box);
    expect(textContrast(el.shadowRoot!.querySelector('.cta')!)).to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });

  it('--union-surface: currentColor keeps the text readable', async () => {
    const box = page({ '--union-surface': 'currentColor', color: '#1b1b1f' });
    const el = await place('union-vote-tally', box);
    for (const sel of ['h2', '.figure', '.muted'])
      for (const node of el.shadowRoot!.querySelectorAll(sel))
        expect(textContrast(node), sel).to.be.at.least(4.5);
  });

  it('a see-through --union-surface is measured against the page behind it', async () => {
    const box = page({ '--union-surface': 'transparent', background: '#14141a' });
    const el = await place('union-vote-tally', box);
    for (const sel of ['h2', '.figure'])
      for (const node of el.shadowRoot!.querySelectorAll(sel))
        expect(textContrast(node), sel).to.be.at.least(4.5);
  });

  it('search box and selects have a 3:1 edge, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const box = page();
      box.setAttribute('theme', theme);
      const el = await place('union-ta-list', box);
      const surface = rgba(
        getComputedStyle(el.shadowRoot!.querySelector('.widget')!).backgroundColor,
      );
      for (const field of el.shadowRoot!.querySelectorAll('select, input')) {
        const edge = rgba(getComputedStyle(field).borderTopColor);
        expect(ratio(edge, surface), `${theme} ${field.localName}`).to.be.at.least(3);
      }
      box.remove();
    }
  });
});

describe('theming: dark follows the page', () => {
  it('a plain page keeps light widgets, even for a reader who prefers dark', async () => {
    // Chromium emulates the dark preference; Firefox and WebKit report light, and must show light.
    if (await canEmulateMedia()) {
      await emulateMedia({ colorScheme: 'dark' });
      emulated = true;
    }
    const el = await place('union-vote-tally', page());
    expect(isDark(el)).to.equal(false);
  });

  it('a page that declares dark gets dark widgets', async () => {
    const el = await place('union-vote-tally', page({ 'color-scheme': 'dark' }));
    expect(isDark(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('theme="dark" on an ancestor makes a plain page’s widget dark; theme="light" inside wins', async () => {
    const box = page();
    box.setAttribute('theme', 'dark');
    const el = await place('union-petition-counter', box);
    expect(isDark(el)).to.equal(true);
    await expect(el).to.be.accessible();
    el.setAttribute('theme', 'light');
    await waitUntil(() => !isDark(el), 'own theme="light" did not win');
  });

  it('follows a theme attribute set on the page later, with readable colours', async () => {
    const el = await place('union-petition-counter', page({ '--union-accent': '#0b4ea2' }));
    expect(isDark(el)).to.equal(false);
    document.documentElement.setAttribute('theme', 'dark');
    await waitUntil(() => isDark(el), 'theme="dark" on <html> was not followed');
    expect(textContrast(el.shadowRoot!.querySelector('.n')!)).to.be.at.least(4.5);
    await expect(el).to.be.accessible();
  });

  it('repaints when the page switches its own color-scheme (a site’s dark-mode toggle)', async () => {
    const el = await place('union-vote-tally', page({ '--union-accent': '#0b4ea2' }));
    const figure = el.shadowRoot!.querySelector('.figure')!;
    document.documentElement.style.colorScheme = 'dark';
    await waitUntil(
      () => isDark(el) && textContrast(figure) >= 4.5,
      'figure unreadable after the switch',
    );
  });

  it('repaints when taken out and put back in a dark part of the page', async () => {
    const light = page({ '--union-accent': '#0b4ea2' });
    const dark = page({ '--union-accent': '#0b4ea2', 'color-scheme': 'dark' });
    const el = await place('union-vote-tally', light);
    el.remove();
    dark.append(el);
    expect(isDark(el)).to.equal(true);
    expect(textContrast(el.shadowRoot!.querySelector('.figure')!)).to.be.at.least(4.5);
  });

  it('theme="auto" follows the reader, whatever the page declares', async () => {
    const box = page();
    box.setAttribute('theme', 'auto');
    const el = await place('union-vote-tally', box);
    expect(isDark(el)).to.equal(matchMedia('(prefers-color-scheme: dark)').matches);
    if (await canEmulateMedia()) {
      await emulateMedia({ colorScheme: 'dark' });
      emulated = true;
      const figure = el.shadowRoot!.querySelector('.figure')!;
      await waitUntil(
        () => isDark(el) && textContrast(figure) >= 4.5,
        'theme="auto" did not follow the reader to dark, readably',
      );
    }
  });
});

describe('small layout bits', () => {
  it('vote tally at 280px: counts and verdict are on lines of their own', async () => {
    const box = page({ width: '280px' });
    const el = await place('union-vote-tally', box, {
      threshold: 50,
      results: [
        { union: 'Local 1', yes: 500, no: 500 },
        { union: 'Local 2', yes: 9, no: 1 },
      ],
    });
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.length).to.equal(2);
    for (const li of items) {
      const [counts, verdict] = [...li.querySelectorAll(':scope > .muted, :scope > .meets')];
      expect(counts.textContent).to.match(/yes/);
      expect(verdict.textContent).to.match(/threshold/i);
      expect(verdict.getBoundingClientRect().top, li.textContent!).to.be.at.least(
        counts.getBoundingClientRect().bottom - 1,
      );
    }
  });
});

describe('forced colours (Windows High Contrast)', () => {
  /**
   * Chromium emulates `forced-colors: active` for real; Firefox and WebKit cannot, so there the
   * widgets' own `@media (forced-colors: active)` rules are switched on, with the system colours
   * they name.
   */
  async function forceColors(
    el: Element,
  ): Promise<{ emulated: boolean; undo: () => Promise<void> }> {
    const emulated = await executeServerCommand('emulate-forced-colors', { active: true }).then(
      () => true,
      () => false,
    );
    if (emulated)
      return {
        emulated,
        undo: async () =>
          void (await executeServerCommand('emulate-forced-colors', { active: false })),
      };
    const undo: (() => void)[] = [];
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('forced-colors')) {
          const text = rule.media.mediaText;
          rule.media.mediaText = 'all';
          undo.push(() => void (rule.media.mediaText = text));
        } else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    el.shadowRoot!.adoptedStyleSheets.forEach((s) => visit(s.cssRules));
    return { emulated, undo: async () => undo.forEach((f) => f()) };
  }

  /** A system colour as this engine resolves it. */
  function system(name: string): string {
    const probe = document.body.appendChild(document.createElement('i'));
    probe.style.color = name;
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }

  /** The element's edge: drawn, and at least 3:1 on its own background. */
  function expectEdge(node: Element, what: string) {
    const st = getComputedStyle(node);
    expect(st.borderTopStyle, `${what} edge style`).to.equal('solid');
    expect(parseFloat(st.borderTopWidth), `${what} edge width`).to.be.at.least(1);
    expect(
      ratio(rgba(st.borderTopColor), rgba(st.backgroundColor)),
      `${what} edge contrast`,
    ).to.be.at.least(3);
  }

  it('the petition bar and the vote bars keep a visible boundary, filled in Highlight', async () => {
    const box = page();
    const petition = await place('union-petition-counter', box);
    const votes = await place('union-vote-tally', box);
    const forced = [await forceColors(petition), await forceColors(votes)];
    try {
      expectEdge(petition.shadowRoot!.querySelector('progress')!, 'petition bar');
      for (const bar of votes.shadowRoot!.querySelectorAll('.bar')) expectEdge(bar, 'vote bar');
      const fill = getComputedStyle(votes.shadowRoot!.querySelector('.fill')!).fill;
      expect(fill, 'vote fill').to.equal(system('Highlight'));
      if (forced[0].emulated) {
        // A real high-contrast palette: the fill stands out from the track.
        const track = getComputedStyle(votes.shadowRoot!.querySelector('.bar')!).backgroundColor;
        expect(ratio(rgba(fill), rgba(track)), 'vote fill on its track').to.be.at.least(3);
      }
    } finally {
      for (const f of forced) await f.undo();
    }
  });

  it('town hall badges and the Register button keep an edge', async () => {
    const el = await place('union-town-hall', page());
    const { undo } = await forceColors(el);
    try {
      for (const sel of ['label .badge', '.btn'])
        for (const node of el.shadowRoot!.querySelectorAll(sel)) {
          const st = getComputedStyle(node);
          expect(st.borderTopStyle, sel).to.equal('solid');
          expect(parseFloat(st.borderTopWidth), sel).to.be.at.least(1);
        }
    } finally {
      await undo();
    }
  });
});

describe('the embed builder’s colour check', () => {
  async function builder() {
    const frame = document.createElement('iframe');
    frame.src = '/demo/builder.html';
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('#preview union-vote-tally'), 'no preview');
    const snippet = () => (doc.getElementById('snippet-script') as HTMLTextAreaElement).value;
    const check = () => doc.getElementById('colour-check')!;
    const pick = async (prop: string, value: string) => {
      const input = doc.getElementById(`c${prop}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => snippet().includes(value), `${prop} not in the snippet`);
    };
    return { doc, snippet, check, pick };
  }

  it('warns with the ratio when the accent is too faint as text, and names what the widget shows', async () => {
    const { check, pick } = await builder();
    expect(check().hidden).to.equal(true);
    await pick('--union-accent', '#ffd100');
    expect(check().hidden).to.equal(false);
    expect(check().textContent).to.match(/Low contrast/);
    expect(check().textContent).to.match(/big figures\): 1\.4\d:1, needs 4\.5:1/);
  });

  it('warns when the chosen text on the accent is unreadable', async () => {
    const { check, pick } = await builder();
    await pick('--union-accent', '#ffd100');
    await pick('--union-on-accent', '#ffffff');
    expect(check().textContent).to.match(/Text on the accent \(buttons\): 1\.\d\d:1, needs 4\.5:1/);
  });

  it('writes a dark variant of an accent that would be faint on dark pages', async () => {
    const { check, snippet, pick, doc } = await builder();
    await pick('--union-accent', '#0b4ea2');
    expect(snippet()).to.match(/--union-accent: light-dark\(#0b4ea2, #[0-9a-f]{6}\);/);
    const variant = /light-dark\(#0b4ea2, (#[0-9a-f]{6})\)/.exec(snippet())![1];
    expect(
      ratio(
        rgba(`rgb(${[1, 3, 5].map((i) => parseInt(variant.slice(i, i + 2), 16))})`),
        rgba('rgb(29, 29, 34)'),
      ),
    ).to.be.at.least(4.5);
    expect(check().textContent).to.contain(`becomes ${variant}`);
    expect(check().textContent).not.to.match(/Low contrast/);
    // The preview is the snippet: readable on a dark page.
    const widget = doc.querySelector<HTMLElement>('#preview union-vote-tally')!;
    expect(widget.style.getPropertyValue('--union-accent')).to.contain('light-dark(');
  });

  it('pins a palette of one scheme with theme, and warns about text it makes unreadable', async () => {
    const { check, snippet, pick } = await builder();
    await pick('--union-surface', '#1b1b1f');
    expect(snippet()).to.match(/<union-vote-tally [^>]*theme="dark"/);
    expect(check().textContent).to.match(/Text on the background: 1\.\d\d:1, needs 4\.5:1/);
    await pick('--union-surface', '#fff8e7');
    expect(snippet()).to.match(/<union-vote-tally [^>]*theme="light"/);
  });
});
