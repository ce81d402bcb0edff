// The embed snippets, as text: what the embed builder (builder.js) hands a webmaster. No DOM, so
// other tools (the campaign editor) can make the same snippets. `s` is the builder's settings()
// object: { name, tag, mode, src (URL), rawSrc, data, source, lang, theme [[prop, value]…],
// fallbackText, fallbackUrl (URL), height }. `sri` is dist/sri.json (or null).

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
 * Why an address works only for the person making the snippet ('' when it is public or relative):
 * a file on their computer, this computer (localhost), or their local network. Members would get
 * the fallback content instead of the widget.
 */
export function onlyHere(address) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return ''; // relative: the webmaster's own site
  }
  if (url.protocol === 'file:') return 'is a file on your computer';
  if (LOOPBACK.test(url.hostname)) return 'points at your own computer';
  if (PRIVATE.test(url.hostname)) return 'is only reachable on your local network';
  return '';
}

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

/** The script-tag snippet: the library from `base` (dist/ on a CDN), pinned, and the element. */
export function scriptSnippet(s, { base, sri }) {
  const lines = [];
  for (const chunk of sri?.preload?.['union-widgets.js'] ?? [])
    lines.push(`<link rel="modulepreload" href="${attr(base + chunk)}"${pin(sri, chunk)} />`);
  lines.push(
    `<script type="module" src="${attr(base + 'union-widgets.js')}"${pin(sri, 'union-widgets.js')}></script>`,
  );
  if (s.theme.length)
    lines.push(
      '<style>',
      `  ${s.tag} {`,
      ...s.theme.map(([p, v]) => `    ${p}: ${v};`),
      '  }',
      '</style>',
    );
  const attrs = [];
  if (s.mode === 'feed' && s.src) attrs.push(`src="${attr(snippetSrc(s))}"`);
  if (s.source) attrs.push(`source="${attr(s.source)}"`);
  if (s.lang) attrs.push(`lang="${attr(s.lang)}"`);
  lines.push(`<${s.tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>`);
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
  lines.push(`</${s.tag}>`);
  return lines.join('\n');
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
 * Addresses in the snippets that would work only for the webmaster, as sentences saying what to
 * do instead ([] when the snippets work for everyone).
 */
export function localOnlyProblems(s, { base, pages }) {
  const problems = [];
  const check = (address, what, fix) => {
    const why = address ? onlyHere(address) : '';
    if (why) problems.push(`${what} ${address} ${why}: ${fix}`);
  };
  check(
    base,
    'The script address',
    'members would see only the fallback. Use the public CDN (leave “your own copy” empty) or the https:// address where your website serves its copy.',
  );
  if (pages !== base)
    check(pages, 'The iframe page address', 'use the https:// address of a public copy.');
  // A relative feed address stays relative in the snippet (the webmaster's own site).
  if (s.mode === 'feed' && s.src && /^([a-z][a-z\d+.-]*:|\/\/)/i.test(s.rawSrc))
    check(
      s.src.href,
      'The feed address',
      'put your campaign file on your website (or any public host) and use its https:// address.',
    );
  if (s.fallbackUrl)
    check(s.fallbackUrl.href, 'The fallback link', 'link to a page members can open.');
  return problems;
}
