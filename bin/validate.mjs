// `union-widgets validate <file-or-url>[#/pointer] --widget <name>`: checks a feed against a
// widget's schema (the same definitions the widgets use at run time, from dist/schemas.js) and
// prints every problem with its path.
//
// Exit codes: 0 the data is valid; 1 problems in the data (broken JSON, a malformed pointer or one
// that resolves to nothing, schema errors); 2 usage or I/O (unknown widget, missing file, URL that
// fails or times out, over 5 MB).
//
// Everything printed that came from the data or a server is passed through forTerminal(), and a
// long list of problems is cut at MAX_LINES with a count of the rest.
//
// The dispatcher (bin/union-widgets.mjs) calls `validate(argv)` with the arguments after
// `validate`; a leading "validate" is skipped too, so either form works.
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { forTerminal, mb, readCapped, TooLarge } from './io.mjs';

export const MAX_BYTES = 5 * 1024 * 1024;
export const TIMEOUT_MS = 15_000;
/** Problems (and warnings) printed at most; the rest are counted. */
export const MAX_LINES = 50;

const USAGE = `Usage: union-widgets validate <file-or-url>[#/pointer] --widget <name>

Checks a feed against a widget's data schema and prints each problem with its path.

  <file-or-url>   a local JSON file, or an http(s) URL
  #/pointer       optional JSON Pointer into the document, e.g. campaign.json#/townHall
  --widget, -w    the widget the data is for (e.g. town-hall)

Exit code: 0 valid, 1 problems found, 2 usage or I/O error.`;

/** Thrown for usage and I/O errors: exit code 2. */
export class Fail extends Error {}

/** Prints the first MAX_LINES `lines`, then how many more there are. */
function printCapped(out, lines, noun) {
  for (const l of lines.slice(0, MAX_LINES)) out(l);
  const more = lines.length - MAX_LINES;
  if (more > 0) out(`  … and ${more.toLocaleString('en')} more ${noun}${more === 1 ? '' : 's'}`);
}

/**
 * Exit code 2 for a command that could not run: a Fail says why (with the usage when the command
 * line was the problem), anything else prints its stack, escaped for the terminal.
 */
export function reportFailure(command, e, { err, rawErr, usage }) {
  if (!(e instanceof Fail)) {
    const stack = String(e?.stack ?? e)
      .split('\n')
      .map(forTerminal)
      .join('\n');
    rawErr(`union-widgets ${command}: unexpected error: ${stack}`);
    return 2;
  }
  err(`union-widgets ${command}: ${e.message}`);
  if (/^(which|unknown option|one feed|--\S+ needs)/.test(e.message)) rawErr('\n' + usage);
  return 2;
}

/** Edit distance, for "did you mean". */
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]++;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

function parseArgs(argv) {
  const args = [...argv];
  if (args[0] === 'validate') args.shift();
  let widget;
  let target;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') help = true;
    else if (a === '--widget' || a === '-w') {
      if (i + 1 >= args.length) throw new Fail('--widget needs a name, e.g. --widget town-hall');
      widget = args[++i];
    } else if (a.startsWith('--widget=')) widget = a.slice('--widget='.length);
    else if (a.startsWith('-') && a !== '-') throw new Fail(`unknown option ${a}`);
    else if (target === undefined) target = a;
    else throw new Fail(`one feed at a time (got ${target} and ${a})`);
  }
  return { widget, target, help };
}

/** Loads dist/schemas.js, the build's DOM-free registry and checker. */
export async function loadSchemas() {
  const url = new URL('../dist/schemas.js', import.meta.url);
  if (!existsSync(url))
    throw new Fail(
      'dist/schemas.js is missing: run `npm run build` (or `node scripts/build-schemas.mjs`) first',
    );
  return import(url.href);
}

export function pickWidget(schemas, name) {
  const known = Object.keys(schemas);
  if (!name)
    throw new Fail(
      `which widget is the data for? Add --widget <name> (one of: ${known.join(', ')})`,
    );
  const bare = name.replace(/^<?union-/, '').replace(/>$/, '');
  if (Object.hasOwn(schemas, bare)) return bare;
  const near = known
    .map((k) => [k, distance(bare, k)])
    .sort((x, y) => x[1] - y[1])
    .find(([, d]) => d <= 3);
  throw new Fail(
    `unknown widget "${name}"${near ? ` — did you mean ${near[0]}?` : ''} Known widgets: ${known.join(', ')}`,
  );
}

/** Splits `campaign.json#/townHall` into where to read and the pointer. */
function splitTarget(target) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    let url;
    try {
      url = new URL(target);
    } catch {
      throw new Fail(`"${target}" is not a valid URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Fail(`only http(s) URLs and local files can be read, not ${url.protocol}`);
    const pointer = url.hash;
    url.hash = '';
    return { kind: 'url', where: url.href, pointer };
  }
  // A file name may itself contain "#": prefer the whole name when such a file exists.
  if (existsSync(target)) return { kind: 'file', where: target, pointer: '' };
  const at = target.indexOf('#');
  return at < 0
    ? { kind: 'file', where: target, pointer: '' }
    : { kind: 'file', where: target.slice(0, at), pointer: target.slice(at) };
}

async function readLocal(file, maxBytes) {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    throw new Fail(e.code === 'ENOENT' ? `${file}: no such file` : `${file}: ${e.message}`);
  }
  if (!info.isFile()) throw new Fail(`${file} is not a file`);
  if (info.size > maxBytes)
    throw new Fail(`${file} is ${mb(info.size)}; a feed must be under ${mb(maxBytes)}`);
  return readFile(file, 'utf8');
}

async function readRemote(url, { fetch, timeoutMs, maxBytes }) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    let res;
    try {
      res = await fetch(url, { signal: abort.signal, headers: { accept: 'application/json' } });
    } catch (e) {
      if (abort.signal.aborted) throw new Fail(`${url}: no answer within ${timeoutMs / 1000} s`);
      throw new Fail(
        `${url}: could not connect (${e.cause?.code ?? e.cause?.message ?? e.message})`,
      );
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      throw new Fail(`${url}: HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
    }
    let body;
    try {
      body = await readCapped(res, maxBytes);
    } catch (e) {
      if (e instanceof TooLarge)
        throw new Fail(`${url} ${e.message}; a feed must be under ${mb(maxBytes)}`);
      if (abort.signal.aborted) throw new Fail(`${url}: no answer within ${timeoutMs / 1000} s`);
      throw new Fail(`${url}: the download broke off (${e.message})`);
    }
    return new TextDecoder().decode(body);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a feed (`file-or-url[#/pointer]`) and checks it as data for widget `name`, printing each
 * problem through `out` as `validate` does. Resolves to `{ status, data, warnings }` — status 0
 * when the data is valid (warnings allowed), 1 when it has problems; throws Fail for usage and I/O errors.
 * Shared with `render`, so both report a feed's problems the same way.
 */
export async function checkFeed(lib, name, target, opts, out) {
  const { kind, where, pointer } = splitTarget(target);
  const text =
    kind === 'url' ? await readRemote(where, opts) : await readLocal(where, opts.maxBytes);
  const label = `${where}${pointer}`;

  const parsed = lib.parseJson(text, where);
  if (!parsed.ok) {
    out(`✗ ${parsed.message}`);
    return { status: 1 };
  }
  let data;
  try {
    data = lib.resolvePointer(parsed.value, pointer);
  } catch (e) {
    // A %-escape that is not UTF-8 (`#/%E0%A4%A`) throws URIError; no leading / a TypeError.
    out(
      e instanceof URIError
        ? `✗ ${pointer} is not a JSON Pointer (a %-escape in it is not UTF-8)`
        : `✗ ${e.message}`,
    );
    return { status: 1 };
  }
  if (data === undefined) {
    out(`✗ ${pointer} resolves to nothing in ${where}${lib.pointerHint(parsed.value, pointer)}`);
    return { status: 1 };
  }

  // Errors refuse the data; warnings are what the widget works around (README, "What happens
  // to bad data"). Only errors fail the check.
  const { errors, warnings } = lib.check(lib.schemas[name], data);
  const line = (i) => (i.path ? lib.describe(i) : `(top level): ${i.message}`);
  const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (errors.length) {
    out(
      `✗ ${label}: ${count(errors.length, 'problem')} for <union-${name}> (the widget refuses this data)`,
    );
    printCapped(
      out,
      errors.map((i) => `  ${line(i)}`),
      'problem',
    );
  } else {
    const soft = warnings.length
      ? `, with ${count(warnings.length, 'warning')} (the widget works around them)`
      : '';
    out(`✓ ${label} is valid <union-${name}> data${soft}`);
  }
  printCapped(
    out,
    warnings.map((i) => `  warning: ${line(i)}`),
    'warning',
  );
  return { status: errors.length ? 1 : 0, data, warnings: warnings.map(line) };
}

/**
 * Runs `validate` with `argv` (the arguments after the subcommand). Returns the exit code.
 * `io` is for tests: `out`/`err` receive lines, `fetch`, `timeoutMs` and `maxBytes` override.
 */
export async function validate(argv, io = {}) {
  const rawOut = io.out ?? ((s) => process.stdout.write(s + '\n'));
  const rawErr = io.err ?? ((s) => process.stderr.write(s + '\n'));
  const out = (s) => rawOut(forTerminal(s));
  const err = (s) => rawErr(forTerminal(s));
  const opts = {
    fetch: io.fetch ?? globalThis.fetch,
    timeoutMs: io.timeoutMs ?? TIMEOUT_MS,
    maxBytes: io.maxBytes ?? MAX_BYTES,
  };
  try {
    const { widget, target, help } = parseArgs(argv);
    if (help) {
      rawOut(USAGE);
      return 0;
    }
    const lib = await loadSchemas();
    const name = pickWidget(lib.schemas, widget);
    if (!target) throw new Fail('which feed? Give a file or an http(s) URL');
    return (await checkFeed(lib, name, target, opts, out)).status;
  } catch (e) {
    return reportFailure('validate', e, { err, rawErr, usage: USAGE });
  }
}
