import { emulateMedia } from '@web/test-runner-commands';

// Media-feature emulation (`emulateMedia`) needs the DevTools protocol: Chromium has it; Firefox
// (driven over WebDriver BiDi) and WebKit (over WebDriver) have nothing like it. `preferMedia`
// gives a test the same check in all three engines: Chromium emulates the feature for real;
// elsewhere the `@media (<feature>: <value>)` rules of the given widgets' shadow styles are
// switched on or off, so the engine's own cascade still decides what the reader sees. For the
// colour scheme, a widget whose inherited `color-scheme` offers both (`light dark`: the page
// declares it supports dark) is given the scheme the reader prefers, as the engine would.

export interface MediaPrefs {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

const FEATURES = {
  colorScheme: 'prefers-color-scheme',
  reducedMotion: 'prefers-reduced-motion',
} as const;
/** What headless browsers report when nothing is emulated. */
const DEFAULTS: Required<MediaPrefs> = { colorScheme: 'light', reducedMotion: 'no-preference' };

let native: Promise<boolean> | undefined;
/** Whether this engine can emulate media features (asked once per page). */
export const canEmulateMedia = () =>
  (native ??= emulateMedia({}).then(
    () => true,
    () => false,
  ));

function sheetsOf(elements: Element[]): CSSStyleSheet[] {
  const sheets = new Set<CSSStyleSheet>();
  for (const el of elements) {
    const root = el.shadowRoot;
    if (!root) throw new Error(`preferMedia: <${el.localName}> has no shadow root`);
    root.adoptedStyleSheets.forEach((s) => sheets.add(s));
    [...root.styleSheets].forEach((s) => sheets.add(s));
  }
  return [...sheets];
}

/**
 * Renders `elements` as if the reader preferred `prefs`; resolves to a function that undoes it.
 * Without native emulation only simple queries like `(prefers-color-scheme: dark)` are switched;
 * a query combining a preference with anything else throws, so nothing is silently left out.
 */
export async function preferMedia(
  prefs: MediaPrefs,
  ...elements: Element[]
): Promise<() => Promise<void>> {
  // Widgets repaint their colours on the media query's `change` event, dispatched in the next
  // frame; let that happen before a test looks.
  const frames = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  if (await canEmulateMedia()) {
    await emulateMedia(prefs);
    await frames();
    return async () => {
      await emulateMedia(DEFAULTS);
      await frames();
    };
  }
  const undo: (() => void)[] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const text = rule.media.mediaText;
        for (const key of Object.keys(FEATURES) as (keyof MediaPrefs)[]) {
          if (!prefs[key] || !text.includes(FEATURES[key])) continue;
          const simple = new RegExp(`^\\(\\s*${FEATURES[key]}\\s*:\\s*([a-z-]+)\\s*\\)$`).exec(
            text.trim(),
          );
          if (!simple) throw new Error(`preferMedia: cannot switch "@media ${text}"`);
          const want = prefs[key];
          rule.media.mediaText = simple[1] === want ? 'all' : 'not all';
          undo.push(() => void (rule.media.mediaText = text));
        }
      }
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  sheetsOf(elements).forEach((s) => visit(s.cssRules));
  for (const el of elements) {
    const offered = getComputedStyle(el).colorScheme.split(' ');
    if (!prefs.colorScheme || !offered.includes('light') || !offered.includes('dark')) continue;
    const style = (el as HTMLElement).style;
    const before = style.colorScheme;
    style.colorScheme = prefs.colorScheme;
    undo.push(() => void (style.colorScheme = before));
  }
  // No `change` event without emulation: mark <html> instead, which widgets also repaint on (as
  // on a site whose dark-mode switch is a class on <html>).
  const mark = () => document.documentElement.toggleAttribute('data-emulated-media');
  mark();
  await frames();
  return async () => {
    undo.reverse().forEach((f) => f());
    mark();
    await frames();
  };
}
