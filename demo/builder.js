// The embed builder (demo/builder.html): pick a widget, point it at data, check it with the same
// schemas the widgets use (dist/schemas.js), preview it, copy the snippet. Everything a person
// types is untrusted: it only ever reaches the page as text, attribute values or properties.
//
// Built into dist/builder.html (scripts/build-builder.mjs), so every version's builder is online
// beside its library: addresses here are relative, and the dist/ folder is the one this page
// loads union-widgets.js from (../dist/ from demo/, ./ from dist/).
import {
  schemas,
  check,
  describe,
  resolvePointer,
  parseJson,
  pointerHint,
  LANGUAGES,
} from '../dist/schemas.js';
import {
  embedUrl,
  iframeSnippet,
  localOnlyProblems,
  prerenderedSnippet,
  scriptSnippet,
} from './snippets.js';
import { prerenderer } from './prerender.js';

/** Per-widget defaults for the builder. A widget missing here still works, with plain defaults. */
const WIDGETS = {
  'vote-tally': { pointer: '/voteTally', height: 420, fallback: 'See how the strike vote went' },
  'action-checklist': {
    pointer: '/actionChecklist',
    height: 640,
    fallback: 'Actions you can take',
  },
  'town-hall': { pointer: '/townHall', height: 720, fallback: 'Register for the town hall' },
  'petition-counter': { pointer: '/petition', height: 460, fallback: 'Sign the petition' },
  'ta-list': { pointer: '/taList', height: 640, fallback: 'Tentative agreements reached' },
};
const defaults = (name) => ({
  pointer: '',
  height: 480,
  fallback: `union-${name}`,
  ...WIDGETS[name],
});
/** The public theming hooks (README "Theming") offered as colour pickers, with light defaults. */
const COLOURS = [
  ['--union-accent', 'Accent', '#a4161a'],
  ['--union-on-accent', 'Text on the accent', '#ffffff'],
  ['--union-text', 'Text', '#1b1b1f'],
  ['--union-muted', 'Secondary text', '#50505a'],
  ['--union-surface', 'Background', '#ffffff'],
  ['--union-border', 'Borders', '#c9c9d1'],
];
/** The widgets' dark defaults (src/internal/styles.ts): what a dark page shows where nothing is set. */
const DARK = { '--union-surface': '#1d1d22', '--union-text': '#f1f1f4' };
/** Properties that make a palette of their own (a page with these set is one scheme). */
const PALETTE = ['--union-text', '--union-muted', '--union-surface', '--union-border'];
const MAX_BYTES = 5 * 1024 * 1024;
const TIMEOUT_MS = 10_000;
/** The sample campaign, for the preview until the webmaster's own data is there. */
const SAMPLE = new URL('campaign.json', import.meta.url).href;
/** The dist/ folder this page loads the library from: sri.json and embed.html are there too. */
const DIST = new URL('.', document.querySelector('script[src$="union-widgets.js"]').src).href;

const $ = (id) => document.getElementById(id);
const names = Object.keys(schemas);
let sri = null;
let token = 0; // the latest check; older async results are dropped
let touched = new Set();
let inlineData; // the parsed inline JSON, when it parses
let inlineOk = false; // …and is valid for the widget
let feedData; // the feed's data, when it is valid for the widget: what the prerendering shows
let prerendering = 0; // the latest prerendered snippet asked for; older answers are dropped
let sample; // the sample campaign, once loaded
let dataOk = false; // show() says there is a snippet to copy

// ---- small helpers ------------------------------------------------------------------------

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function httpUrl(s, base = location.href) {
  if (!s) return undefined;
  try {
    const u = new URL(s, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Shows the check's summary and lines. `snippet`: whether there is a snippet to copy — only for
 * data that passed (a snippet of data a widget would refuse, or not yet checked, only moves the
 * problem to the webmaster's page), and while no data is given yet (the snippet's note says what
 * completes it).
 */
function show(summary, lines = [], kind = 'info', snippet = kind === 'ok') {
  $('check').dataset.kind = kind;
  $('check-summary').textContent = summary;
  $('check-list').replaceChildren(
    ...lines.map((l) => {
      const li = document.createElement('li');
      li.textContent = l;
      return li;
    }),
  );
  dataOk = snippet;
  snippets(settings());
}

/** Checks data for the chosen widget; shows every problem with its path. */
function report(data, label) {
  const name = $('widget').value;
  const { errors, warnings } = check(schemas[name], data);
  const line = (i) => (i.path ? describe(i) : `(top level): ${i.message}`);
  if (errors.length)
    show(
      `${label}: ${errors.length} problem${errors.length === 1 ? '' : 's'} for <union-${name}>`,
      [...errors.map(line), ...warnings.map((w) => `warning: ${line(w)}`)],
      'error',
    );
  else
    show(
      `${label}: valid <union-${name}> data.`,
      warnings.map((w) => `warning: ${line(w)}`),
      'ok',
    );
  return !errors.length;
}

// ---- colours: WCAG 2 contrast, as the widgets measure it (src/internal/theme.ts) -----------

const channels = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hexOf = (c) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
const luminance = (hex) =>
  channels(hex)
    .map((v) => v / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
const ratio = (a, b) => {
  const [x, y] = [luminance(a) + 0.05, luminance(b) + 0.05];
  return Math.max(x, y) / Math.min(x, y);
};
const shown = (r) => `${(Math.floor(r * 100) / 100).toFixed(2)}:1`;

/** `hex` moved toward black or white (the side of `bg` it is on, if that can) until it reaches `min` on `bg`. */
function readable(hex, bg, min) {
  const darker = luminance(hex) < luminance(bg);
  let to = darker ? [0, 0, 0] : [255, 255, 255];
  if (ratio(hexOf(to), bg) < min) to = darker ? [255, 255, 255] : [0, 0, 0];
  for (let k = 0; k <= 1.0001; k += 0.05) {
    const c = hexOf(channels(hex).map((v, i) => v + (to[i] - v) * Math.min(1, k)));
    if (ratio(c, bg) >= min) return c;
  }
  return hexOf(to);
}
/** White or near-black, whichever reads better on `bg` (what the widgets pick). */
const onColour = (bg) => (ratio('#ffffff', bg) >= ratio('#1b1b1f', bg) ? '#ffffff' : '#1b1b1f');

/**
 * The chosen colours, checked as the widgets will use them. Returns the properties to write
 * (with a dark variant where the accent would be faint on dark pages), the `theme` to pin when
 * the colours make a palette of one scheme, and what to tell the webmaster.
 */
function checkColours(chosen) {
  const value = (prop) => chosen.get(prop) ?? COLOURS.find(([p]) => p === prop)?.[2] ?? '#000000';
  const warnings = [];
  const notes = [];
  const low = (label, fg, bg, min, then) => {
    const r = ratio(fg, bg);
    if (r < min) warnings.push(`${label}: ${shown(r)}, needs ${min}:1. ${then}`);
  };
  const surface = value('--union-surface');
  const accent = value('--union-accent');
  low(
    'Accent as text on the background (the big figures)',
    accent,
    surface,
    4.5,
    `The widget shows them in ${readable(accent, surface, 4.5)}.`,
  );
  if (chosen.has('--union-on-accent'))
    low(
      'Text on the accent (buttons)',
      value('--union-on-accent'),
      accent,
      4.5,
      `The widget uses ${onColour(accent)} instead.`,
    );
  if (chosen.has('--union-text') || chosen.has('--union-surface'))
    low(
      'Text on the background',
      value('--union-text'),
      surface,
      4.5,
      `The widget uses ${readable(value('--union-text'), surface, 4.5)}.`,
    );
  if (chosen.has('--union-muted') || chosen.has('--union-surface'))
    low(
      'Secondary text on the background',
      value('--union-muted'),
      surface,
      4.5,
      `The widget uses ${readable(value('--union-muted'), surface, 4.5)}.`,
    );

  const write = new Map(chosen);
  let theme;
  if (PALETTE.some((p) => chosen.has(p))) {
    // A palette of its own is one scheme: pin it, so a dark page does not mix in dark defaults.
    theme = luminance(surface) < 0.18 ? 'dark' : 'light';
    notes.push(
      `Your colours make a ${theme} palette: the snippet sets theme="${theme}" so the widget looks like this on every page.`,
    );
  } else if (chosen.has('--union-accent')) {
    const dark = DARK['--union-surface'];
    if (ratio(accent, dark) < 4.5) {
      const variant = readable(accent, dark, 4.5);
      write.set('--union-accent', `light-dark(${accent}, ${variant})`);
      notes.push(
        `On dark pages your accent (${shown(ratio(accent, dark))} on the dark background) becomes ${variant}: the snippet writes both with light-dark().`,
      );
      const on = value('--union-on-accent');
      if (chosen.has('--union-on-accent') && ratio(on, variant) < 4.5)
        write.set('--union-on-accent', `light-dark(${on}, ${onColour(variant)})`);
    }
  }
  return { write: [...write], theme, warnings, notes };
}

function showColourCheck({ warnings, notes }) {
  const box = $('colour-check');
  box.hidden = !warnings.length && !notes.length;
  box.dataset.kind = warnings.length ? 'error' : 'ok';
  $('colour-summary').textContent = warnings.length
    ? `Low contrast: ${warnings.length} combination${warnings.length === 1 ? '' : 's'} a reader may not read. The widget adjusts ${warnings.length === 1 ? 'it' : 'them'}; pick colours that pass to keep yours.`
    : 'Your colours are readable.';
  $('colour-list').replaceChildren(
    ...[...warnings, ...notes].map((line) => {
      const li = document.createElement('li');
      li.textContent = line;
      return li;
    }),
  );
}

// ---- data: feed URL -----------------------------------------------------------------------

/** Fetches a feed with a time limit and a size cap; returns its text or throws a clear Error. */
async function fetchFeed(url) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    let res;
    try {
      res = await fetch(url, { signal: abort.signal, credentials: 'omit' });
    } catch {
      throw new Error(
        abort.signal.aborted
          ? `${url}: no answer within ${TIMEOUT_MS / 1000} seconds.`
          : `Could not load ${url}: the server did not answer, or the browser refused it (the feed must allow other sites with Access-Control-Allow-Origin, and this page may only load from its own site).`,
      );
    }
    if (!res.ok) throw new Error(`Could not load ${url}: the server answered HTTP ${res.status}.`);
    const declared = Number(res.headers.get('content-length'));
    if (declared > MAX_BYTES) {
      abort.abort();
      throw new Error(`${url} is ${mb(declared)}; a feed must be under ${mb(MAX_BYTES)}.`);
    }
    const reader = res.body.getReader();
    const parts = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BYTES) {
        abort.abort();
        throw new Error(`${url} is over ${mb(MAX_BYTES)}; a feed must be under ${mb(MAX_BYTES)}.`);
      }
      parts.push(value);
    }
    return new TextDecoder().decode(await new Blob(parts).arrayBuffer());
  } catch (e) {
    if (abort.signal.aborted && !/ MB|seconds/.test(e.message))
      throw new Error(`${url}: no answer within ${TIMEOUT_MS / 1000} seconds.`);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** Normalised pointer ("/a/b", "" for the whole file) or an error message. */
function readPointer() {
  const raw = $('feed-pointer').value.trim().replace(/^#/, '');
  if (raw && !raw.startsWith('/'))
    return { error: `"${raw}" is not a JSON Pointer: it starts with /, like /townHall.` };
  return { pointer: raw };
}

async function checkFeed() {
  const mine = ++token;
  feedData = undefined;
  const raw = $('feed-url').value.trim();
  if (!raw)
    return show(
      'Enter the address of your JSON file. Until then, the preview shows sample data.',
      [],
      'error',
      true,
    );
  const url = httpUrl(raw);
  if (!url) return show(`"${raw}" is not a web address (http or https).`, [], 'error');
  const { pointer, error } = readPointer();
  if (error) return show(error, [], 'error');
  url.hash = '';
  show(`Loading ${url.href}…`);
  let body;
  try {
    body = await fetchFeed(url.href);
  } catch (e) {
    if (mine === token) show(e.message, [], 'error');
    return;
  }
  if (mine !== token) return;
  const parsed = parseJson(body, url.href);
  if (!parsed.ok) return show(parsed.message, [], 'error');
  let data;
  try {
    data = resolvePointer(parsed.value, pointer ? '#' + pointer : '');
  } catch (e) {
    return show(e.message, [], 'error');
  }
  if (data === undefined)
    return show(
      `${pointer} points to nothing in ${url.href}.${pointerHint(parsed.value, pointer)}`,
      [],
      'error',
    );
  const label = `${url.pathname.split('/').pop() || url.href}${pointer ? '#' + pointer : ''}`;
  feedData = report(data, label) ? data : undefined;
  snippets(settings()); // the prerendered snippet needs the data just checked
}

// ---- data: inline JSON --------------------------------------------------------------------

function checkInline() {
  ++token;
  inlineData = undefined;
  inlineOk = false;
  const source = $('json').value;
  if (source.length > MAX_BYTES)
    return show(
      `That JSON is ${mb(source.length)}; inline data must be under ${mb(MAX_BYTES)}.`,
      [],
      'error',
    );
  if (!source.trim()) return show('Paste the JSON for this widget.', [], 'error', true);
  const parsed = parseJson(source, 'The JSON');
  if (!parsed.ok) return show(parsed.message, [], 'error');
  inlineData = parsed.value;
  inlineOk = report(parsed.value, 'The JSON');
}

async function loadFile(file) {
  if (!file) return;
  if (file.size > MAX_BYTES) {
    $('json-file').value = '';
    return show(
      `${file.name} is ${mb(file.size)}; a feed must be under ${mb(MAX_BYTES)}.`,
      [],
      'error',
    );
  }
  try {
    $('json').value = await file.text();
  } catch {
    return show(`${file.name} could not be read.`, [], 'error');
  }
  checkInline();
  update();
}

/** The sample campaign's data for a widget (undefined when there is none). */
async function sampleFor(name) {
  const { pointer } = defaults(name);
  try {
    sample ??= await (await fetch(SAMPLE)).json();
    return pointer ? resolvePointer(sample, '#' + pointer) : undefined;
  } catch {
    return undefined;
  }
}

/** Fills the inline editor with the sample campaign's data for the chosen widget, as a start. */
async function sampleInline() {
  const name = $('widget').value;
  const data = await sampleFor(name);
  if ($('widget').value === name && data !== undefined && $('json').dataset.sample !== 'edited')
    $('json').value = JSON.stringify(data, null, 2);
}

// ---- preview and snippets -----------------------------------------------------------------

function settings() {
  const name = $('widget').value;
  const mode = document.querySelector('input[name=mode]:checked').value;
  const { pointer } = readPointer();
  const feed = httpUrl($('feed-url').value.trim());
  let src;
  if (mode === 'feed' && feed && pointer !== undefined) {
    feed.hash = pointer ? '#' + pointer : '';
    src = feed;
  }
  const colours = checkColours(
    new Map(
      COLOURS.filter(([prop]) => touched.has(prop)).map(([prop]) => [prop, $(`c${prop}`).value]),
    ),
  );
  const theme = colours.write;
  if ($('radius').value) theme.push(['--union-radius', $('radius').value]);
  return {
    name,
    tag: `union-${name}`,
    mode,
    src,
    rawSrc: $('feed-url').value.trim(),
    data: mode === 'inline' ? inlineData : undefined,
    source: $('source').value.trim(),
    lang: $('lang').value,
    theme,
    colours,
    fallbackText: $('fallback-text').value.trim(),
    fallbackUrl: httpUrl($('fallback-url').value.trim()),
    height: defaults(name).height,
  };
}

function preview(s) {
  const box = $('preview');
  const asIframe = document.querySelector('input[name=preview-as]:checked').value === 'iframe';
  if (asIframe) {
    const frame = document.createElement('iframe');
    frame.src = embedUrl(s, DIST);
    frame.title = `${s.tag} preview`;
    frame.setAttribute('data-union-embed', '');
    frame.height = String(s.height);
    frame.className = 'preview-frame';
    box.replaceChildren(frame);
    return;
  }
  const el = document.createElement(s.tag); // a registry name, never typed text
  if (s.src) el.setAttribute('src', s.src.href);
  if (s.source) el.setAttribute('source', s.source);
  if (s.lang) el.setAttribute('lang', s.lang);
  if (s.colours.theme) el.setAttribute('theme', s.colours.theme);
  for (const [prop, value] of s.theme) el.style.setProperty(prop, value);
  if (s.fallbackText) {
    const f = document.createElement(s.fallbackUrl ? 'a' : 'p');
    f.textContent = s.fallbackText;
    if (s.fallbackUrl) f.href = s.fallbackUrl.href;
    el.append(f);
  }
  if (s.data !== undefined) el.data = s.data;
  const showSample = s.mode === 'feed' && !s.src;
  if (showSample) sampleFor(s.name).then((data) => data !== undefined && (el.data = data));
  $('preview-note').hidden = !showSample;
  box.replaceChildren(el);
}

/**
 * Where the snippets load the library from: the webmaster's own copy of dist/ when they give one,
 * else the public CDN of this version (sri.json: `cdn` for scripts, `pages` for embed.html).
 * `error` says why a typed address cannot be used.
 */
function bases() {
  const own = $('script-base').value.trim();
  if (!own) {
    const cdn = sri?.cdn ?? DIST;
    return { base: cdn, pages: sri?.pages ?? cdn };
  }
  let url;
  try {
    url = new URL(own);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol))
    return {
      error: `"${own}" is not a web address: give the full https:// address of your copy's dist/ folder.`,
    };
  url.search = url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { base: url.href, pages: url.href };
}

const prerender = prerenderer(DIST + 'prerender.js');

/** The prerendered snippet (recommended, first), from the data as checked; '' until it is valid. */
function showPrerendered(s, where) {
  const mine = prerendering;
  const area = $('snippet-prerendered');
  const data = s.mode === 'inline' ? inlineOk && s.data : feedData;
  if (!data) return void (area.value = '');
  prerenderedSnippet(s, { base: where.base, sri }, data, prerender).then(
    (snippet) => mine === prerendering && (area.value = snippet),
    (e) => {
      if (mine !== prerendering) return;
      area.value = '';
      $('snippet-note').textContent += ` The prerendered snippet could not be made: ${e.message}`;
    },
  );
}

function snippets(s) {
  const notes = [];
  if (!sri)
    notes.push('sri.json is missing (run npm run build): the snippets have no integrity hashes.');
  const where = bases();
  const problems = where.error ? [where.error] : localOnlyProblems(s, where);
  // Re-rendered only when they change, so a screen reader announces them once.
  const list = $('snippet-problems');
  if ([...list.children].map((li) => li.textContent).join('\n') !== problems.join('\n'))
    list.replaceChildren(
      ...problems.map((p) => {
        const li = document.createElement('li');
        li.textContent = p;
        return li;
      }),
    );
  $('snippet-refused').hidden = !problems.length;
  const refused = problems.length > 0 || !dataOk;
  for (const b of document.querySelectorAll('button.copy')) b.disabled = refused;
  ++prerendering;
  if (refused) {
    $('snippet-prerendered').value = $('snippet-script').value = $('snippet-iframe').value = '';
    $('copy-status').textContent = '';
    $('snippet-note').textContent = dataOk
      ? ''
      : 'No snippet yet: the data above has problems, or is still being checked. Fix it and the snippets appear here.';
    return;
  }
  $('snippet-script').value = scriptSnippet(s, { base: where.base, sri });
  showPrerendered(s, where);
  $('snippet-iframe').value = iframeSnippet(s, { ...where, sri });

  if (s.mode === 'feed' && s.src && !/^https?:\/\//i.test(s.rawSrc))
    notes.push(
      'Your feed address is relative: it works in the script snippet only on the site that hosts the file. Use a full https:// address for the iframe.',
    );
  if (s.mode === 'feed' && !s.src)
    notes.push('Enter a feed URL (and check it) to complete the snippet.');
  if (s.mode === 'inline' && s.data === undefined)
    notes.push('Fix the JSON to complete the snippet.');
  if (embedUrl(s, where.pages).length > 8000)
    notes.push(
      'The iframe address is very long: host the JSON as a file and use a feed URL instead.',
    );
  $('snippet-note').textContent = notes.join(' ');
}

function update() {
  const s = settings();
  showColourCheck(s.colours);
  preview(s);
  snippets(s);
}

// ---- wiring -------------------------------------------------------------------------------

function chooseWidget(name) {
  const d = defaults(name);
  $('feed-pointer').value = d.pointer;
  if (!$('fallback-text').dataset.edited) $('fallback-text').value = d.fallback;
  $('json').dataset.sample = '';
  if (document.querySelector('input[name=mode]:checked').value === 'feed') checkFeed();
  else sampleInline().then(() => (checkInline(), update()));
}

function setMode(mode) {
  $('feed-fields').hidden = mode !== 'feed';
  $('inline-fields').hidden = mode !== 'inline';
  if (mode === 'feed') checkFeed();
  else if (!$('json').value.trim()) sampleInline().then(() => (checkInline(), update()));
  else checkInline();
}

async function copy(id) {
  const area = $(id);
  try {
    await navigator.clipboard.writeText(area.value);
    $('copy-status').textContent = 'Copied. Paste it into your page’s HTML.';
  } catch {
    area.focus();
    area.select();
    $('copy-status').textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy.';
  }
}

function start() {
  for (const name of names) {
    const o = document.createElement('option');
    o.value = name;
    o.textContent = `<union-${name}>`;
    $('widget').append(o);
  }
  // Every language the widgets ship, named in itself and in English: "한국어 — Korean (ko)".
  const english = new Intl.DisplayNames('en', { type: 'language' });
  for (const tag of LANGUAGES) {
    const o = document.createElement('option');
    o.value = tag;
    const own = new Intl.DisplayNames(tag, { type: 'language' }).of(tag);
    const inEnglish = english.of(tag);
    o.textContent = own === inEnglish ? `${own} (${tag})` : `${own} — ${inEnglish} (${tag})`;
    $('lang').append(o);
  }
  for (const [prop, label, value] of COLOURS) {
    const l = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'color';
    input.id = `c${prop}`;
    input.value = value;
    input.addEventListener('input', () => {
      touched.add(prop);
      update();
    });
    l.append(input, ` ${label} `);
    const code = document.createElement('code');
    code.textContent = prop;
    l.append(code);
    $('colours').append(l);
  }

  const params = new URLSearchParams(location.search);
  const wanted = params.get('widget');
  if (wanted !== null && !names.includes(wanted)) {
    $('page-message').hidden = false;
    $('page-message').textContent =
      `There is no widget called "${wanted}". Pick one from the list: ${names.join(', ')}.`;
  }
  $('widget').value = names.includes(wanted) ? wanted : names[0];
  $('cdn-name').textContent = sri?.cdn ? new URL(sri.cdn).host : 'the public CDN';

  let timer;
  const later = (fn) => () => {
    clearTimeout(timer);
    timer = setTimeout(() => (fn(), update()), 300);
  };
  $('widget').addEventListener('change', () => (chooseWidget($('widget').value), update()));
  for (const r of document.querySelectorAll('input[name=mode]'))
    r.addEventListener('change', () => (setMode(r.value), update()));
  for (const r of document.querySelectorAll('input[name=preview-as]'))
    r.addEventListener('change', update);
  $('check-feed').addEventListener('click', () => (checkFeed(), update()));
  $('feed-url').addEventListener('input', later(checkFeed));
  $('feed-pointer').addEventListener('input', later(checkFeed));
  $('json').addEventListener('input', () => {
    $('json').dataset.sample = 'edited';
    later(checkInline)();
  });
  $('json-file').addEventListener('change', (e) => loadFile(e.target.files[0]));
  for (const id of ['source', 'lang', 'radius', 'fallback-url', 'script-base']) {
    $(id).addEventListener('input', update);
    $(id).addEventListener('change', update);
  }
  $('fallback-text').addEventListener('input', () => {
    $('fallback-text').dataset.edited = '1';
    update();
  });
  $('reset-colours').addEventListener('click', () => {
    touched = new Set();
    for (const [prop, , value] of COLOURS) $(`c${prop}`).value = value;
    $('radius').value = '';
    update();
  });
  for (const b of document.querySelectorAll('button.copy'))
    b.addEventListener('click', () => copy(b.dataset.copy));
  $('form').addEventListener('submit', (e) => e.preventDefault());

  chooseWidget($('widget').value);
  update();
}

fetch(DIST + 'sri.json')
  .then((r) => (r.ok ? r.json() : null))
  .catch(() => null)
  .then((json) => {
    sri = json;
    start();
  })
  .catch((e) => {
    $('page-message').hidden = false;
    $('page-message').textContent = `The builder could not start: ${e.message}`;
  });
