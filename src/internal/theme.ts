import { closestAttr } from './i18n.js';

/**
 * Colours a reader can read, whatever a webmaster sets. The base styles give each colour twice:
 * as given (`--_text-given`: the page's `--union-*` token, else a default for the light or dark
 * scheme) and as used (`--_text`). After the first render, and whenever the widget's surroundings
 * change (a `theme` attribute, the reader's scheme, `<html>`/`<body>` restyled, a move), `paint`
 * resolves the given colours where the widget is (the browser does the maths: tokens,
 * `light-dark()`, the inherited `color-scheme`), measures WCAG contrast against the surface and
 * sets the used ones on the host, adjusted where they would miss: text 4.5:1, focus ring and
 * field edges 3:1, and text on the accent.
 */

/** sRGB channels 0–1, then alpha. */
type Rgba = number[];

const WHITE: Rgba = [1, 1, 1, 1];
const BLACK: Rgba = [0, 0, 0, 1];
/** The near-black that text on a light accent uses (the default dark text). */
const INK: Rgba = [27 / 255, 27 / 255, 31 / 255, 1];

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: Rgba) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const x = luminance(a) + 0.05;
  const y = luminance(b) + 0.05;
  return x > y ? x / y : y / x;
}

/** `a` moved toward `b` by `k` (0–1), in whole 8-bit steps as a screen shows it. */
const mix = (a: Rgba, b: Rgba, k: number): Rgba =>
  [0, 1, 2].map((i) => Math.round((a[i] + (b[i] - a[i]) * k) * 255) / 255).concat(1);

/** `top` painted over `under`. */
function over(top: Rgba, under: Rgba): Rgba {
  const a = top[3] + under[3] * (1 - top[3]);
  return a
    ? [0, 1, 2].map((i) => (top[i] * top[3] + under[i] * under[3] * (1 - top[3])) / a).concat(a)
    : under;
}

/**
 * `fg` when it has `min` contrast on `bg`; else `fg` moved step by step toward black or white,
 * whichever stands out more on `bg`, until it does. That one reaches 4.58:1 at least on any
 * opaque background, so this always ends readable.
 */
export function readable(fg: Rgba, bg: Rgba, min: number): Rgba {
  const to = contrast(BLACK, bg) > contrast(WHITE, bg) ? BLACK : WHITE;
  for (let k = 0; k < 1; k += 0.05) {
    const c = mix(fg, to, k);
    if (contrast(c, bg) >= min) return c;
  }
  return to;
}

const css = (c: Rgba) => `rgb(${c.slice(0, 3).map((x) => Math.round(x * 255))})`;

interface Painted {
  /** An element at the start of the shadow root, outside what Lit renders. */
  box: HTMLElement;
  /**
   * Where the browser resolves colours: inside `box`'s own closed shadow root, so that setting
   * its style is no mutation that the page (or a test) observing the widget would see.
   */
  probe: HTMLElement;
  /** The host's own sheet: its scheme and used colours. */
  sheet: CSSStyleSheet;
  /** The `color-scheme` declaration the sheet carries, and the sheet's text. */
  scheme: string;
  text: string;
}
/** The `color-scheme` each `theme` value asks for. */
const SCHEMES = { light: 'light', dark: 'dark', auto: 'light dark' };

/** The used colours set from a given one, text first (4.5:1; the last two, lines and rings, 3:1). */
const USED = ['text', 'muted', 'good', 'focus', 'edge'];

/**
 * The probe's colour properties, one per colour read at once. Not `color`: that is the widget's
 * text colour as given, so that a token set to `currentColor` resolves to it, as in the widget.
 */
const SLOTS = [
  'background-color',
  'border-top-color',
  'border-right-color',
  'border-bottom-color',
  'border-left-color',
  'outline-color',
  'text-decoration-color',
  'column-rule-color',
  'caret-color',
];

/** A used colour: its name, what the base styles show, what it must be. */
type Use = [name: string, shown: Rgba, must: Rgba];

const state = new WeakMap<HTMLElement, Painted>();
/** Connected hosts, repainted when the reader's scheme changes or the page's root or body is restyled. */
const hosts = new Set<HTMLElement>();
const all = () => hosts.forEach(paint);
let watching = false;

function watch(): void {
  try {
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', all);
  } catch {
    return; // matchMedia replaced (a test's stub): tried again on the next paint
  }
  const page = new MutationObserver(all);
  page.observe(document.documentElement, { attributes: true });
  if (document.body) page.observe(document.body, { attributes: true });
  watching = true;
}

/**
 * Writes `text` into the host's sheet, adopting it the first time: adopting a sheet, even an
 * empty one, restyles the whole widget, so a widget whose colours read well never gets one.
 */
function write(root: ShadowRoot, sheet: CSSStyleSheet, text: string): void {
  sheet.replaceSync(text);
  if (!root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * Sets `host`'s scheme (from the nearest `theme` attribute) and its used colours; rewrites the
 * host's sheet only when something changed. Called for a disconnected host, forgets it. Engines
 * without relative colour syntax keep the CSS colours.
 */
export function paint(host: HTMLElement): void {
  const root = host.shadowRoot;
  if (!host.isConnected || !root || !CSS.supports('color', 'rgb(from red r g b)'))
    return void hosts.delete(host);
  try {
    hosts.add(host);
    if (!watching) watch();
    let p = state.get(host);
    if (!p) {
      const box = document.createElement('span');
      box.style.display = 'contents'; // no box of its own, whatever the host's display is
      const probe = box.attachShadow({ mode: 'closed' }).appendChild(document.createElement('i'));
      // Hidden itself (not `box`): WebKit does not restyle inside a display: none shadow host.
      probe.hidden = true;
      p = { box, probe, sheet: new CSSStyleSheet(), scheme: '', text: '' };
      state.set(host, p);
    }
    const { box, probe, sheet } = p;
    if (box.parentNode !== root) root.prepend(box);

    // The nearest `theme` (the host's own is in the base styles too); none: the page's scheme.
    const wanted = SCHEMES[closestAttr(host, 'theme') as keyof typeof SCHEMES];
    const scheme = typeof wanted == 'string' ? `color-scheme:${wanted};` : '';
    if (scheme !== p.scheme) write(root, sheet, `:host{${(p.scheme = scheme)}}`);

    /**
     * `values` as the browser resolves them here, as sRGB, each through relative colour syntax
     * unless it is a plain colour: all set on the probe at once, then read after one style
     * recalculation (read one by one, painting a page of five prerendered widgets took 27-40 ms
     * of main thread at 4x CPU throttle; together, 19-25 ms).
     */
    const resolve = (values: (string | [plain: string])[]): Rgba[] => {
      probe.style.cssText = `color:var(--_text-given);${values
        .map(
          (v, i) => `${SLOTS[i]}:${typeof v == 'string' ? `rgb(from ${v} r g b / alpha)` : v[0]}`,
        )
        .join(';')}`;
      // Asked afresh each time: WebKit's live declaration keeps the first values here.
      const style = getComputedStyle(probe);
      return values.map((_, i) => {
        const color = style.getPropertyValue(SLOTS[i]);
        const [r, g, b, a = 1] = color.match(/[\d.e+-]+/g)!.map(Number);
        const max = color.startsWith('color(') ? 1 : 255;
        return [r / max, g / max, b / max, a].map((c) => Math.min(1, Math.max(0, c)));
      });
    };
    const [surface, accentGiven, set, onAccentBase, ...shown] = resolve([
      'var(--_surface)',
      'var(--_accent)',
      'var(--_on-accent-given)', // transparent: not set
      ['light-dark(#fff,#1b1b1f)'], // what the base styles show on the accent when it is not set
      ...USED.map((k) => `var(--_${k}-given)`),
    ]);

    // The surface as seen: a see-through one over what is behind the widget.
    let bg = surface;
    for (
      let n: Node | null = host;
      bg[3] < 0.999;
      n = n && (n.parentNode ?? (n as ShadowRoot).host ?? null)
    )
      bg = over(
        bg,
        resolve([n instanceof Element ? getComputedStyle(n).backgroundColor : 'Canvas'])[0],
      );

    const accent = over(accentGiven, bg);
    const onAccent = set[3] ? over(set, accent) : onAccentBase;
    // Text on the accent: the webmaster's, else white or ink, whichever stands out more.
    const best = contrast(WHITE, accent) >= contrast(INK, accent) ? WHITE : INK;
    const given = set[3] ? onAccent : best;
    const used = USED.map((k, i): Use => {
      const seen = over(shown[i], bg);
      return [k, seen, readable(seen, bg, i < 3 ? 4.5 : 3)];
    });
    used.push(
      ['accent-text', accent, readable(accent, bg, 4.5)],
      ['on-accent', onAccent, readable(given, accent, 4.5)],
    );
    // A token given as currentColor is each element's own text colour where it is used: under a
    // button's text, that very text's colour. The accent and the surface, drawn under text, are
    // pinned to the colour they are here.
    const tokens = getComputedStyle(host);
    const pins = [['accent', accent] as const, ['surface', bg] as const]
      .filter(([k]) => /currentcolor/i.test(tokens.getPropertyValue(`--union-${k}`)))
      .map(([k, c]) => `--_${k}:${css(c)};`);
    // Only the colours that differ from the base styles' are set: a widget whose colours all
    // read well gets no sheet at all, which leaves the browser's styles as they were (no restyle).
    const fixes = used
      .filter(([, shown, must]) => css(shown) !== css(must))
      .map(([k, , must]) => `--_${k}:${css(must)};`)
      .concat(pins);
    const text = scheme || fixes.length ? `:host{${scheme}${fixes.join('')}}` : '';
    if (text !== p.text) write(root, sheet, (p.text = text));
  } catch {
    // Nothing throws into the host page: the widget keeps its CSS colours.
  }
}
