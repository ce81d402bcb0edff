// The pages `npm run bench` loads to compare prerendered widgets with the static floor: the same
// five widgets as the README's snippets would put them on a host page, in four forms, plus the
// floor — the final DOM of those widgets served as declarative shadow DOM with no script at all
// (the physical limit: parsing, style and layout, no JavaScript).
import { render } from '../bin/render.mjs';

export const KEYS = ['voteTally', 'actionChecklist', 'townHall', 'petition', 'taList'];
export const TAGS = [
  'union-vote-tally',
  'union-action-checklist',
  'union-town-hall',
  'union-petition-counter',
  'union-ta-list',
];

/**
 * The demo campaign with a town hall still to come (its sessions a week from now, in the event's
 * zone), so the bench sees the live town hall — register button, countdown and QR code — rather
 * than one that is over.
 */
export function benchCampaign(campaign, now = Date.now()) {
  const day = (n) => new Date(now + n * 864e5).toISOString().slice(0, 10);
  const hall = campaign.townHall2025;
  return {
    ...campaign,
    townHall: {
      ...hall,
      sessions: [
        { ...hall.sessions[0], start: `${day(7)}T18:00`, end: `${day(7)}T20:30` },
        { ...hall.sessions[1], start: `${day(8)}T07:00` },
      ],
    },
  };
}

/** What the page records: layout shifts (CLS, no input), first contentful paint. */
const OBSERVERS = `<script>
  window.__cls = 0;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) __cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
</script>`;

/**
 * Settled: every widget upgraded, showing data of its own (its shadow root's nodes are Lit's, the
 * server's <style> gone), no update pending, every QR code drawn. The floor is done at load.
 */
export const SETTLED = `() => [...document.querySelectorAll('${TAGS.join(',')}')].every((e) =>
  customElements.get(e.localName) && e.shadowRoot && e.shadowRoot.querySelector('.widget') &&
  !e.shadowRoot.querySelector('style') && !e.isUpdatePending &&
  [...e.shadowRoot.querySelectorAll('figure[part=qr]')].every((f) => f.querySelector('svg')))`;

/**
 * Started (the page given no idle time): every widget upgraded and updated, the campaign file
 * fetched when a widget reads one, and its data taken in or — matching a prerendering — held
 * asleep. What the page costs before anyone touches it.
 */
export const STARTED = `() => [...document.querySelectorAll('${TAGS.join(',')}')].every((e) =>
  customElements.get(e.localName) && e.renderRoot && !e.isUpdatePending &&
  (!e.getAttribute('src') || performance.getEntriesByType('resource').some((r) => r.name.includes('/bench/campaign.json') && r.responseEnd > 0)))`;

/**
 * A host page: some text, `body`, more text. No script of the bench's own runs in it (no polling):
 * the bench reads the page's state once, after a fixed window, so every page is measured alike.
 */
function page(body, { script = '/dist/union-widgets.js', floor = false, blocking = false } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${OBSERVERS}
${script && !floor ? `<script type="module"${blocking ? ' blocking="render"' : ''} src="${script}"></script>` : ''}
</head><body style="margin:0;font:16px/1.4 system-ui;max-width:40rem">
<p>Campaign news</p>
${body}
<p>The rest of the host page</p>
</body></html>`;
}

const json = (v) => JSON.stringify(v).replace(/</g, '\\u003c');
const FALLBACK = '<p>Loading the campaign…</p>';

/**
 * The plain snippet: fallback text, data from `src` or inline. With inline data its script is
 * render-blocking, as the embed builder writes it (`blocking`: false for the older form).
 */
export function plainPage(campaign, { inline, keys = KEYS, script, blocking = inline } = {}) {
  const body = keys
    .map((key) => {
      const tag = TAGS[KEYS.indexOf(key)];
      return inline
        ? `<${tag}>${FALLBACK}<script type="application/json">${json(campaign[key])}</script></${tag}>`
        : `<${tag} src="/bench/campaign.json#/${key}">${FALLBACK}</${tag}>`;
    })
    .join('\n');
  return page(body, { script, blocking });
}

/** `union-widgets render` snippets (the real command): data from `src`, or inline. */
export async function prerenderedPage(file, { inline, keys = KEYS, script } = {}) {
  const snippets = [];
  for (const key of keys) {
    const tag = TAGS[KEYS.indexOf(key)];
    const out = [];
    const err = [];
    const args = [`${file}#/${key}`, '--widget', tag.slice(6), '--no-script'];
    if (!inline) args.push('--src', '/bench/campaign.json');
    const code = await render(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
    if (code !== 0) throw new Error(`render ${tag}: ${err.join('\n')}`);
    snippets.push(out.join('\n'));
  }
  return page(snippets.join('\n'), { script });
}

/**
 * The floor: the widgets' final DOM as the browser holds it after the script has run (read from
 * `browserPage` at `url`), served as declarative shadow DOM with their styles, and no script.
 */
export async function floorPage(browserPage, url) {
  await browserPage.goto(url, { waitUntil: 'load' });
  await browserPage.waitForFunction(SETTLED, { timeout: 60_000, polling: 50 });
  const body = await browserPage.evaluate((tags) => {
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return [...document.querySelectorAll(tags.join(','))]
      .map((el) => {
        const attrs = [...el.attributes].map((a) => ` ${a.name}="${esc(a.value)}"`).join('');
        const css = el.shadowRoot.adoptedStyleSheets
          .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
          .join('');
        return `<${el.localName}${attrs}><template shadowrootmode="open"><style>${css}</style>${el.shadowRoot.innerHTML}</template></${el.localName}>`;
      })
      .join('\n');
  }, TAGS);
  return page(body, { floor: true });
}
