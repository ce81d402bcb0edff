// The snippets a webmaster pastes into their site: the library's script tag (pinned with the
// Subresource Integrity hashes from dist/sri.json), a widget element fed by `src` or by inline
// JSON, and the iframe embed for hosts that strip scripts. Shared by the embed builder
// (demo/builder.js) and the campaign editor (editor/), so a snippet is written one way only.
// Plain strings, no DOM: everything typed is escaped here, never trusted.

/** Where the snippets point when dist/sri.json is missing (a development checkout). */
export const PLACEHOLDER_CDN = 'https://cdn.example/union-widgets/dist/';

/** Text safe inside a double-quoted HTML attribute. */
export const attr = (s) =>
  String(s)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/** Text safe as HTML element content. */
export const text = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON safe inside <script type="application/json">: no "</script>" can end it early. */
export const scriptJson = (v) =>
  JSON.stringify(v, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The CDN folder the snippets load from: sri.json's, else the placeholder. */
export const cdnBase = (sri) => sri?.cdn ?? PLACEHOLDER_CDN;

/** ` integrity="…" crossorigin="anonymous"` for `file` when sri.json has its hash. */
export const pin = (sri, file) =>
  sri?.integrity?.[file]
    ? ` integrity="${sri.integrity[file]}" crossorigin="anonymous"`
    : ' crossorigin="anonymous"';

/** The library's script tag (once per page), with a modulepreload for each chunk it loads. */
export function libraryLines(sri, entry = 'union-widgets.js') {
  const base = cdnBase(sri);
  const lines = (sri?.preload?.[entry] ?? []).map(
    (chunk) => `<link rel="modulepreload" href="${attr(base + chunk)}"${pin(sri, chunk)} />`,
  );
  lines.push(`<script type="module" src="${attr(base + entry)}"${pin(sri, entry)}></script>`);
  return lines;
}

/** A `<style>` block setting `--union-*` properties (`theme`: [property, value][]) on `tag`. */
export const themeLines = (tag, theme = []) =>
  theme.length
    ? ['<style>', `  ${tag} {`, ...theme.map(([p, v]) => `    ${p}: ${v};`), '  }', '</style>']
    : [];

/**
 * The widget element: `src` (a string, written as given) or inline `data` (any JSON value), with
 * `source` and `lang` attributes and fallback content (a link when `fallbackUrl` is given).
 */
export function elementLines({ tag, src, data, source, lang, fallbackText, fallbackUrl }) {
  const attrs = [];
  if (src) attrs.push(`src="${attr(src)}"`);
  if (source) attrs.push(`source="${attr(source)}"`);
  if (lang) attrs.push(`lang="${attr(lang)}"`);
  const lines = [`<${tag}${attrs.length ? ' ' + attrs.join(' ') : ''}>`];
  if (fallbackText)
    lines.push(
      fallbackUrl
        ? `  <a href="${attr(fallbackUrl)}">${text(fallbackText)}</a>`
        : `  <p>${text(fallbackText)}</p>`,
    );
  if (data !== undefined)
    lines.push(
      '  <script type="application/json">',
      ...scriptJson(data)
        .split('\n')
        .map((l) => '    ' + l),
      '  </script>',
    );
  lines.push(`</${tag}>`);
  return lines;
}

/** The whole script snippet: library script tag, optional theme, the element. */
export const scriptSnippet = (sri, element, theme = []) =>
  [...libraryLines(sri), ...themeLines(element.tag, theme), ...elementLines(element)].join('\n');

/**
 * The address of the iframe embed page for one widget (`name`: vote-tally, …) with its data as
 * URL parameters: `src` (a URL string) or `data` (any JSON value), `source`, `lang`, theme values.
 */
export function embedUrl({ name, tag, src, data, source, lang, theme = [] }, base) {
  const q = new URLSearchParams({ widget: name });
  if (src) q.set('src', src);
  if (data !== undefined) q.set('data', JSON.stringify(data));
  if (source) q.set('source', source);
  if (lang) q.set('lang', lang);
  q.set('id', tag);
  for (const [prop, value] of theme) q.set(prop, value);
  return `${base}embed.html?${q}`;
}

/** The iframe snippet: the frame (sized by the resize script) and the parent page's script. */
export function iframeSnippet(sri, url, { title, height }) {
  const base = cdnBase(sri);
  return [
    `<iframe src="${attr(url)}" title="${attr(title)}" data-union-embed width="100%" height="${height}" style="border:0;display:block" loading="lazy"></iframe>`,
    `<script src="${attr(base + 'embed/resize.js')}"${pin(sri, 'embed/resize.js')} async></script>`,
  ].join('\n');
}
