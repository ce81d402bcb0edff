// The embed snippets, as text: what the embed builder (builder.js) and the campaign editor
// (editor/snippet-panel.ts) hand a webmaster, so a snippet is written one way only. No DOM.
// `s` is the builder's settings() object: { name, tag, mode ('feed' | 'inline'), src (URL),
// rawSrc, data, source, lang, theme [[prop, value]…], fallbackText, fallbackUrl (URL), height }.
// `sri` is dist/sri.json (or null). Types: snippets.d.ts.

/** Text safe inside a double-quoted attribute value. */
export const attr = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
/** Text safe as element content. */
export const text = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON safe inside <script type="application/json">: no "</script>" can end it early. */
export const scriptJson = (v) =>
  JSON.stringify(v, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const LOOPBACK = /^(localhost|.+\.localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0|\[::\])$/i;
const PRIVATE =
  /^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|.+\.local|\[f[cd][0-9a-f]{2}:.*\]|\[fe80:.*\])$/i;

/**
 * Whether an address works only for the person making the snippet: 'file' (a file on their
 * computer), 'computer' (localhost), 'network' (their local network), or '' when it is public or
 * relative. Members would get the fallback content instead of the widget.
 */
export function reachOf(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return ''; // relative: the webmaster's own site
  }
  if (url.protocol === 'file:') return 'file';
  if (LOOPBACK.test(url.hostname)) return 'computer';
  if (PRIVATE.test(url.hostname)) return 'network';
  return '';
}

const ONLY_HERE = {
  file: 'is a file on your computer',
  computer: 'points at your own computer',
  network: 'is only reachable on your local network',
};

/** reachOf() as words ('' when the address is public or relative). */
export const onlyHere = (address) => ONLY_HERE[reachOf(address)] ?? '';

/** The element's src as the webmaster gave it: relative stays relative (their own site). */
export function snippetSrc(s) {
  if (/^https?:\/\//i.test(s.rawSrc)) return s.src.href;
  return s.rawSrc.replace(/#.*$/, '') + s.src.hash;
}

/** The iframe embed's address: dist/embed.html under `base`, the settings as parameters. */
export function embedUrl(s, base) {
  const q = new URLSearchParams({ widget: s.name });
  if (s.src) q.set('src', s.src.href);
  if (s.data !== undefined) q.set('data', JSON.stringify(s.data));
  if (s.source) q.set('source', s.source);
  if (s.lang) q.set('lang', s.lang);
  q.set('id', s.tag);
  for (const [prop, value] of s.theme) q.set(prop, value);
  return `${base}embed.html?${q}`;
}

/** ` integrity="…" crossorigin="anonymous"` for a file of dist/, when sri.json knows it. */
const pin = (sri, file) =>
  sri?.integrity?.[file]
    ? ` integrity="${sri.integrity[file]}" crossorigin="anonymous"`
    : ' crossorigin="anonymous"';

/**
 * The library's script tag from `base` (dist/ on a CDN), pinned, and the theme's <style>.
 * `blocking`: the script is render-blocking (`blocking="render"`): for a plain element with inline
 * data, whose fallback would otherwise be painted first and then pushed down by the widget (a
 * layout shift). In the page's <head>, Chromium paints once the widgets are drawn; elsewhere
 * (in <body>, or engines without it) the attribute is ignored.
 */
function headLines(s, { base, sri }, blocking = false) {
  const lines = [];
  for (const chunk of sri?.preload?.['union-widgets.js'] ?? [])
    lines.push(`<link rel="modulepreload" href="${attr(base + chunk)}"${pin(sri, chunk)} />`);
  lines.push(
    `<script type="module"${blocking ? ' blocking="render"' : ''} src="${attr(base + 'union-widgets.js')}"${pin(sri, 'union-widgets.js')}></script>`,
  );
  if (s.theme.length)
    lines.push(
      '<style>',
      `  ${s.tag} {`,
      ...s.theme.map(([p, v]) => `    ${p}: ${v};`),
      '  }',
      '</style>',
    );
  return lines;
}

/** What goes inside the element: the fallback content and, for inline data, the JSON. */
function lightLines(s) {
  const lines = [];
  if (s.fallbackText)
    lines.push(
      s.fallbackUrl
        ? `  <a href="${attr(s.fallbackUrl.href)}">${text(s.fallbackText)}</a>`
        : `  <p>${text(s.fallbackText)}</p>`,
    );
  if (s.mode === 'inline' && s.data !== undefined)
    lines.push(
      '  <script type="application/json">',
      ...scriptJson(s.data)
        .split('\n')
        .map((l) => '    ' + l),
      '  </script>',
    );
  return lines;
}

/** The script-tag snippet: the library from `base` (dist/ on a CDN), pinned, and the element. */
export function scriptSnippet(s, where) {
  const lines = headLines(s, where, s.mode === 'inline');
  const attrs = [];
  if (s.mode === 'feed' && s.src) attrs.push(`src="${attr(snippetSrc(s))}"`);
  if (s.source) attrs.push(`source="${attr(s.source)}"`);
  if (s.lang) attrs.push(`lang="${attr(s.lang)}"`);
  if (s.colours?.theme) attrs.push(`theme="${attr(s.colours.theme)}"`);
  lines.push(`<${s.tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>`, ...lightLines(s));
  lines.push(`</${s.tag}>`);
  return lines.join('\n');
}

/**
 * The prerendered snippet: the same script and theme lines, then the element as
 * `union-widgets render` writes it — its declarative shadow root rendered from `data` (checked
 * valid) by `prerender` (demo/prerender.js: src/ssr.ts in a Web Worker) — with the same fallback
 * and inline JSON inside.
 */
export async function prerenderedSnippet(s, where, data, prerender) {
  const attributes = {
    source: s.source || undefined,
    lang: s.lang || undefined,
    theme: s.colours?.theme || undefined,
  };
  if (s.mode === 'feed' && s.src) attributes.src = snippetSrc(s);
  const light = lightLines(s).join('\n');
  const element = await prerender({ widget: s.name, data, attributes, light });
  return [...headLines(s, where), element].join('\n');
}

/**
 * The iframe snippet: dist/embed.html from `pages` (a host that serves HTML as HTML, which
 * jsDelivr does not) and the optional resize script from `base`, pinned.
 */
export function iframeSnippet(s, { base, pages, sri }) {
  return [
    `<iframe src="${attr(embedUrl(s, pages))}" title="${attr(s.fallbackText || s.tag)}" data-union-embed width="100%" height="${s.height}" style="border:0;display:block" loading="lazy"></iframe>`,
    `<script src="${attr(base + 'embed/resize.js')}"${pin(sri, 'embed/resize.js')} async></script>`,
  ].join('\n');
}

/**
 * The addresses in the snippets that would work only for the webmaster: `{ what, address, reach }`
 * each, `what` being 'script', 'pages', 'feed' or 'fallback' and `reach` reachOf()'s answer ([]
 * when the snippets work for everyone). For a tool that words them itself (the editor, in each of
 * its languages); localOnlyProblems() words them in English.
 */
export function localOnlyAddresses(s, { base, pages }) {
  const found = [];
  const check = (what, address) => {
    const reach = address ? reachOf(address) : '';
    if (reach) found.push({ what, address, reach });
  };
  check('script', base);
  if (pages !== base) check('pages', pages);
  // A relative feed address stays relative in the snippet (the webmaster's own site).
  if (s.mode === 'feed' && s.src && /^([a-z][a-z\d+.-]*:|\/\/)/i.test(s.rawSrc))
    check('feed', s.src.href);
  if (s.fallbackUrl) check('fallback', s.fallbackUrl.href);
  return found;
}

/** What each local-only address is, and what to do instead. */
const LOCAL_ONLY = {
  script: [
    'The script address',
    'members would see only the fallback. Use the public CDN (leave “your own copy” empty) or the https:// address where your website serves its copy.',
  ],
  pages: ['The iframe page address', 'use the https:// address of a public copy.'],
  feed: [
    'The feed address',
    'put your campaign file on your website (or any public host) and use its https:// address.',
  ],
  fallback: ['The fallback link', 'link to a page members can open.'],
};

/**
 * Addresses in the snippets that would work only for the webmaster, as sentences saying what to
 * do instead ([] when the snippets work for everyone).
 */
export function localOnlyProblems(s, where) {
  return localOnlyAddresses(s, where).map(({ what, address, reach }) => {
    const [name, fix] = LOCAL_ONLY[what];
    return `${name} ${address} ${ONLY_HERE[reach]}: ${fix}`;
  });
}
