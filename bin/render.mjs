// `union-widgets render <file-or-url>[#/pointer] --widget <name> [options]`: prints a ready-to-paste
// snippet — the script tag and the element with its declarative shadow DOM (styles included),
// rendered from the data by Lit's own server renderer (@lit-labs/ssr, a dependency of this
// package) running the same element code as the browser — so the widget shows at first paint,
// without JavaScript, and without moving the page when the script takes it over.
//
// The data is checked first, and its problems printed exactly as `validate` prints them (on
// stderr: stdout is the snippet). Exit codes as validate's: 0 snippet printed; 1 problems in the
// data; 2 usage or I/O.
import { existsSync, readFileSync } from 'node:fs';
import { forTerminal } from './io.mjs';
import {
  Fail,
  MAX_BYTES,
  reportFailure,
  TIMEOUT_MS,
  checkFeed,
  loadSchemas,
  pickWidget,
} from './validate.mjs';

export const USAGE = `Usage: union-widgets render <file-or-url>[#/pointer] --widget <name> [options]

Prints a snippet to paste into your page: the widget already rendered from your data (it shows
before the script loads, and without it), with the data inline — or, with --src, fetched live.

  <file-or-url>          the data: a local JSON file or an http(s) URL
  #/pointer              optional JSON Pointer into it, e.g. campaign.json#/townHall
  --widget, -w <name>    the widget (e.g. town-hall)
  --src <url>            where the element fetches live data (the page's address for the file;
                         without #/pointer, the one above); without --src the data goes inline
  --refresh <seconds>    with --src: fetch again every N seconds (at least 10)
  --lang <tag>           the widget's language (en, es); default: the page's
  --source <name>        attribution added to every action link, e.g. UFCW7
  --time-zone <zone>     the readers' time zone (an IANA name), when they all share one
  --heading-level <1-6>  level of the widget's title (default 2)
  --theme <light|dark|auto>  the widget's colour scheme (default: the page's)
  --fallback <html>      your fallback content, kept inside the element (default: the title,
                         as a link where the data has one)
  --no-script            the element only (the page already has the script tag)

Exit code: 0 snippet printed, 1 problems in the data, 2 usage or I/O error.`;

const VALUE_OPTIONS = {
  '--widget': 'widget',
  '-w': 'widget',
  '--src': 'src',
  '--refresh': 'refresh',
  '--lang': 'lang',
  '--source': 'source',
  '--time-zone': 'timeZone',
  '--heading-level': 'headingLevel',
  '--theme': 'theme',
  '--fallback': 'fallback',
};

function parseArgs(argv) {
  const args = [...argv];
  if (args[0] === 'render') args.shift();
  const o = { script: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? a.split(/=(.*)/s) : [a];
    if (a === '--help' || a === '-h') o.help = true;
    else if (a === '--no-script') o.script = false;
    else if (Object.hasOwn(VALUE_OPTIONS, flag)) {
      if (inline === undefined && i + 1 >= args.length) throw new Fail(`${flag} needs a value`);
      o[VALUE_OPTIONS[flag]] = inline ?? args[++i];
    } else if (a.startsWith('-') && a !== '-') throw new Fail(`unknown option ${a}`);
    else if (o.target === undefined) o.target = a;
    else throw new Fail(`one feed at a time (got ${o.target} and ${a})`);
  }
  return o;
}

/** The element's attributes from the options, each checked; throws Fail naming the option. */
function attributes(o, pointer) {
  const attrs = {};
  if (o.src !== undefined) {
    let url;
    try {
      url = new URL(o.src, 'https://page.invalid/');
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol))
      throw new Fail(`--src ${JSON.stringify(o.src)} is not an http(s) address`);
    attrs.src = o.src.includes('#') ? o.src : o.src + pointer;
  }
  if (o.refresh !== undefined) {
    if (o.src === undefined) throw new Fail('--refresh needs --src (inline data never changes)');
    if (!/^\d+$/.test(o.refresh) || +o.refresh < 10)
      throw new Fail(
        `--refresh ${JSON.stringify(o.refresh)} is not a number of seconds (10 or more)`,
      );
    attrs.refresh = o.refresh;
  }
  if (o.lang !== undefined) {
    try {
      attrs.lang = Intl.getCanonicalLocales(o.lang)[0];
    } catch {
      throw new Fail(`--lang ${JSON.stringify(o.lang)} is not a language tag (en, es, es-MX…)`);
    }
  }
  if (o.source !== undefined) attrs.source = o.source;
  if (o.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: o.timeZone });
    } catch {
      throw new Fail(
        `--time-zone ${JSON.stringify(o.timeZone)} is not a time zone (an IANA name such as America/Denver)`,
      );
    }
    attrs['time-zone'] = o.timeZone;
  }
  if (o.headingLevel !== undefined) {
    if (!/^[1-6]$/.test(o.headingLevel))
      throw new Fail(`--heading-level ${JSON.stringify(o.headingLevel)} is not 1 to 6`);
    attrs['heading-level'] = o.headingLevel;
  }
  if (o.theme !== undefined) {
    if (!['light', 'dark', 'auto'].includes(o.theme))
      throw new Fail(`--theme ${JSON.stringify(o.theme)} is not light, dark or auto`);
    attrs.theme = o.theme;
  }
  return attrs;
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON safe inside <script type="application/json">: nothing in it can close the script. */
const scriptJson = (v) =>
  JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** A default fallback from the data: its title, linked to its action where it has one. */
function defaultFallback(name, data) {
  const title = typeof data.title === 'string' && data.title.trim() ? data.title : `union-${name}`;
  const link = [data.url, data.registrationUrl].find((u) => {
    try {
      return /^https?:$/.test(new URL(u).protocol);
    } catch {
      return false;
    }
  });
  return link
    ? `<a href="${escapeHtml(link)}">${escapeHtml(title)}</a>`
    : `<p>${escapeHtml(title)}</p>`;
}

/** The script tag, pinned with its integrity hash from dist/sri.json when the build wrote one. */
function scriptTag() {
  const file = new URL('../dist/sri.json', import.meta.url);
  const sri = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const version = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
  ).version;
  const base = sri?.cdn ?? `https://cdn.example/union-widgets@${version}/dist/`;
  const hash = sri?.integrity['union-widgets.js'];
  return `<script type="module" src="${escapeHtml(base + 'union-widgets.js')}"${hash ? ` integrity="${hash}"` : ''} crossorigin="anonymous"></script>`;
}

/** Loads dist/ssr.js (the elements and Lit's server renderer); explains what is missing. */
async function loadRenderer() {
  const url = new URL('../dist/ssr.js', import.meta.url);
  if (!existsSync(url))
    throw new Fail(
      'dist/ssr.js is missing: run `npm run build` (or `node scripts/build-ssr.mjs`) first',
    );
  try {
    return await import(url.href);
  } catch (e) {
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr|'lit'/.test(e.message))
      throw new Fail(
        `Lit's server renderer is not installed (${e.message.split('\n')[0]}): run npm install in the union-widgets package`,
      );
    throw e;
  }
}

/**
 * Runs `render` with `argv` (the arguments after the subcommand); returns the exit code. `io` is
 * for tests: `out`/`err` receive text, `fetch`, `timeoutMs`, `maxBytes` override.
 */
export async function render(argv, io = {}) {
  const rawOut = io.out ?? ((s) => process.stdout.write(s + '\n'));
  const rawErr = io.err ?? ((s) => process.stderr.write(s + '\n'));
  const err = (s) => rawErr(forTerminal(s));
  const opts = {
    fetch: io.fetch ?? globalThis.fetch,
    timeoutMs: io.timeoutMs ?? TIMEOUT_MS,
    maxBytes: io.maxBytes ?? MAX_BYTES,
  };
  try {
    const o = parseArgs(argv);
    if (o.help) {
      rawOut(USAGE);
      return 0;
    }
    const lib = await loadSchemas();
    const name = pickWidget(lib.schemas, o.widget);
    if (!o.target) throw new Fail('which feed? Give a file or an http(s) URL');
    const hash = o.target.indexOf('#');
    const attrs = attributes(o, hash < 0 ? '' : o.target.slice(hash));
    // Problems go to stderr, as validate words them: stdout is for the snippet alone.
    const { status, data, warnings } = await checkFeed(lib, name, o.target, opts, err);
    if (status !== 0) return status;

    const { prerender } = await loadRenderer();
    const light = [o.fallback ?? defaultFallback(name, data)];
    if (attrs.src === undefined)
      light.push(`<script type="application/json">${scriptJson(data)}</script>`);
    // What the element itself reports while it renders (a link it leaves out, a deadline after
    // the event) is a warning here, in validate's words.
    const warn = console.warn;
    console.warn = (m) => {
      const line = String(m).replace(/^<[\w-]+> data: /, '');
      if (!warnings.includes(line)) err(`  warning: ${line}`);
    };
    let html;
    try {
      html = await prerender({ widget: name, data, attributes: attrs, light: light.join('\n') });
    } finally {
      console.warn = warn;
    }
    rawOut(o.script ? `${scriptTag()}\n\n${html}` : html);
    return 0;
  } catch (e) {
    return reportFailure('render', e, { err, rawErr, usage: USAGE });
  }
}
