// `union-widgets sync-petition`: reads a petition's signature count from Action Network with the
// group's secret API key and writes it into the JSON file <union-petition-counter> reads.
//
// The key is sent only to the --api-url's origin, only over https (or to this machine), and is
// never printed. The file is replaced atomically through any symlink, keeping its mode; on any
// failure it is left as it was.

import {
  chmod,
  chown,
  lstat,
  readdir,
  readFile,
  readlink,
  realpath,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { mb, readCapped, TooLarge } from './io.mjs';

/** A failure to report in one line; `code` is the exit status (2: usage, 1: anything else). */
export class Fail extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

/** A petition answer is a few KB; anything near this is not one. */
export const MAX_ANSWER_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 5;
/** A temp file of ours older than this was left by a run that died mid-write. */
const STALE_TEMP_MS = 5 * 60 * 1000;

export const usage = `union-widgets sync-petition --petition <id> --out <file.json> [--api-url <url>] [--timeout <seconds>]

  Reads GET <api-url>/petitions/<id> with the key in ACTION_NETWORK_API_KEY (sent as OSDI-API-Token)
  and writes { title, url, count, updated } to <file.json>, keeping goal, shareText and hashtags
  (and any other field) already in that file. The file is replaced atomically (through a symlink,
  keeping its mode); on any failure it is left untouched and the exit status is non-zero.

  --petition   the petition's Action Network id (the UUID in its API link)
  --out        the JSON file the widget reads (e.g. petition.json)
  --api-url    default https://actionnetwork.org/api/v2; https only (http only to this machine)
  --timeout    seconds to wait for Action Network, default 30`;

export const options = {
  petition: { type: 'string' },
  out: { type: 'string' },
  'api-url': { type: 'string', default: 'https://actionnetwork.org/api/v2' },
  timeout: { type: 'string', default: '30' },
};

/** localhost, 127.0.0.0/8 and [::1]: the only hosts the key may be sent to without TLS. */
const isLoopback = (host) =>
  host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);

function apiUrl(text) {
  let api;
  try {
    api = new URL(text);
  } catch {
    throw new Fail(`--api-url must be an https URL, not "${text}"`, 2);
  }
  if (api.protocol === 'https:' || (api.protocol === 'http:' && isLoopback(api.hostname)))
    return api;
  throw new Fail(
    `--api-url must be https: the API key would travel unencrypted to "${text}" (http is allowed only to localhost, 127.0.0.0/8 or [::1])`,
    2,
  );
}

/** The key, checked without ever putting it in a message. */
function apiKey(env) {
  const key = env.ACTION_NETWORK_API_KEY?.trim();
  if (!key)
    throw new Fail(
      'ACTION_NETWORK_API_KEY is not set: put your Action Network API key in that environment variable',
    );
  // fetch's own error for a bad header value quotes the value: refuse before it sees the key.
  if (!/^[\x21-\x7e]+$/.test(key))
    throw new Fail(
      'ACTION_NETWORK_API_KEY has a character that cannot be sent in a header (a line break, a space or a non-ASCII letter): copy the key again',
    );
  return key;
}

/**
 * The file to replace: --out itself, or the file a symlink at --out points to (followed even when
 * that file does not exist yet), so the link survives and its target gets the data.
 */
async function realTarget(out) {
  let path = resolve(out);
  try {
    return await realpath(path);
  } catch (e) {
    if (e.code !== 'ENOENT') throw new Fail(`cannot write ${out} (${e.message})`);
  }
  try {
    // A dangling link: realpath cannot follow it, so follow it by hand (as far as the OS would).
    for (let hops = 0; (await lstat(path).catch(() => null))?.isSymbolicLink(); hops++) {
      if (hops === 40) throw new Error('too many levels of symbolic links');
      path = resolve(dirname(path), await readlink(path));
    }
    return join(await realpath(dirname(path)), basename(path));
  } catch (e) {
    throw new Fail(`cannot write ${out} (${e.message})`);
  }
}

/** The existing file's content, or {} when there is none; a file we cannot read back is kept. */
async function readExisting(target, out) {
  try {
    const kept = JSON.parse(await readFile(target, 'utf8'));
    if (!kept || typeof kept !== 'object' || Array.isArray(kept))
      throw new Error('not a JSON object');
    return kept;
  } catch (e) {
    if (e.code === 'ENOENT') return {};
    throw new Fail(
      `${out} exists but cannot be read as a JSON object (${e.message}); fix or remove it`,
    );
  }
}

/** `.petition.json.<pid>.<ms>.tmp`, beside the file it will replace. */
const tempName = (target) =>
  join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
const isOurTemp = (name, target) => {
  const prefix = `.${basename(target)}.`;
  return name.startsWith(prefix) && /^\d+\.\d+\.tmp$/.test(name.slice(prefix.length));
};

/** Removes temp files a killed run left beside `target` (only ours, only old ones). */
async function removeStaleTemps(target) {
  const names = await readdir(dirname(target)).catch(() => []);
  for (const name of names.filter((n) => isOurTemp(n, target))) {
    const path = join(dirname(target), name);
    const info = await lstat(path).catch(() => null);
    if (info?.isFile() && Date.now() - info.mtimeMs > STALE_TEMP_MS)
      await unlink(path).catch(() => {});
  }
}

/** Writes `text` to a temp file beside `target` with the target's mode, then renames it over. */
async function replaceFile(target, text, out) {
  const before = await stat(target).catch(() => null);
  const tmp = tempName(target);
  try {
    await writeFile(tmp, text, { flag: 'wx', mode: before ? before.mode & 0o777 : 0o666 });
    if (before) {
      await chmod(tmp, before.mode & 0o777); // writeFile's mode is cut by the umask
      await chown(tmp, before.uid, before.gid).catch(() => {}); // only root may give files away
    }
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw new Fail(`cannot write ${out} (${e.message})`);
  }
}

/**
 * GET `url` with the key, following redirects only within its origin: a redirect elsewhere would
 * hand the key to whoever it names.
 */
async function fetchWithKey(url, key, signal) {
  const origin = new URL(url).origin;
  let at = url;
  for (let hops = 0; ; hops++) {
    const res = await fetch(at, {
      headers: { 'OSDI-API-Token': key, Accept: 'application/hal+json, application/json' },
      redirect: 'manual',
      signal,
    });
    const location = res.headers.get('location');
    if (res.status < 300 || res.status > 399 || location === null) return res;
    await res.body?.cancel().catch(() => {});
    let next;
    try {
      next = new URL(location, at);
    } catch {
      throw new Fail(`${url} redirected to "${location}", which is not a URL`);
    }
    if (next.origin !== origin)
      throw new Fail(
        `${url} redirected to another site (${next.origin}); the API key is sent only to ${origin}: check --api-url`,
      );
    if (hops === MAX_REDIRECTS) throw new Fail(`more than ${MAX_REDIRECTS} redirects from ${url}`);
    at = next.href;
  }
}

function statusProblem(res, url, petition) {
  const { status } = res;
  const retry = res.headers.get('retry-after');
  if (status === 401 || status === 403)
    return `Action Network refused the API key (HTTP ${status}): check ACTION_NETWORK_API_KEY`;
  if (status === 404) return `no petition "${petition}" at ${url} (HTTP 404): check --petition`;
  if (status === 429)
    return `rate limited by Action Network (HTTP 429)${retry ? `, retry after ${retry}` : ''}: run less often`;
  if (status >= 500)
    return `Action Network answered HTTP ${status} (a problem on their side); the next run will retry`;
  return `Action Network answered HTTP ${status}`;
}

/** The petition's JSON answer, read within `seconds` and MAX_ANSWER_BYTES. */
async function fetchPetition(url, key, seconds, petition) {
  const signal = AbortSignal.timeout(seconds * 1000);
  const unreachable = (e) =>
    e instanceof Fail
      ? e
      : new Fail(
          e.name === 'TimeoutError'
            ? `no answer from ${url} within ${seconds} s`
            : `cannot reach ${url} (${e.cause?.code ?? e.cause?.message ?? e.message})`,
        );
  let res;
  try {
    res = await fetchWithKey(url, key, signal);
  } catch (e) {
    throw unreachable(e);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new Fail(statusProblem(res, url, petition));
  }
  let text;
  try {
    text = new TextDecoder().decode(await readCapped(res, MAX_ANSWER_BYTES));
  } catch (e) {
    if (e instanceof TooLarge)
      throw new Fail(
        `the answer from ${url} ${e.message}; a petition is far smaller (the limit is ${mb(MAX_ANSWER_BYTES)})`,
      );
    throw unreachable(e);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Fail(`the answer from ${url} is not JSON (${e.message})`);
  }
}

/** { title, url, count } from Action Network's answer, or a Fail listing what is wrong. */
function petitionFields(body, url) {
  const count = body?.total_signatures;
  const problems = [];
  if (!Number.isSafeInteger(count) || count < 0)
    problems.push(`total_signatures is ${JSON.stringify(count)}, not a count`);
  if (typeof body?.title !== 'string' || !body.title.trim()) problems.push('title is missing');
  let link;
  try {
    link = new URL(body?.browser_url);
    if (!/^https?:$/.test(link.protocol)) throw 0;
  } catch {
    problems.push(`browser_url is ${JSON.stringify(body?.browser_url)}, not an http(s) link`);
  }
  if (problems.length)
    throw new Fail(`the answer from ${url} is not a petition: ${problems.join('; ')}`);
  return { title: body.title.trim(), url: link.href, count };
}

/**
 * `value` with every string that is not well-formed Unicode (a lone surrogate: half an emoji cut
 * off) repaired with U+FFFD, calling `warn(path)` for each, as the widgets do.
 */
function wellFormed(value, path, warn) {
  if (typeof value === 'string') {
    if (value.isWellFormed()) return value;
    warn(path);
    return value.toWellFormed();
  }
  if (Array.isArray(value)) return value.map((v, i) => wellFormed(v, `${path}[${i}]`, warn));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, wellFormed(v, path ? `${path}.${k}` : k, warn)]),
    );
  return value;
}

/** Runs the command; resolves to the line to print. `warn` prints a warning line. */
export async function syncPetition(o, env, warn) {
  if (!o.petition?.trim()) throw new Fail('--petition <id> is required', 2);
  if (!o.out?.trim()) throw new Fail('--out <file.json> is required', 2);
  const seconds = Number(o.timeout);
  if (!(seconds > 0))
    throw new Fail(`--timeout must be a number of seconds, not "${o.timeout}"`, 2);
  const api = apiUrl(o['api-url']);
  const key = apiKey(env);

  // Read the existing file first: a file we cannot read back is not overwritten.
  const target = await realTarget(o.out);
  const kept = await readExisting(target, o.out);
  await removeStaleTemps(target);

  const url = `${api.href.replace(/\/+$/, '')}/petitions/${encodeURIComponent(o.petition.trim())}`;
  const fields = petitionFields(await fetchPetition(url, key, seconds, o.petition), url);
  const data = wellFormed({ ...kept, ...fields, updated: new Date().toISOString() }, '', (path) =>
    warn(
      `${path} is not well-formed Unicode (half of an emoji?); written with U+FFFD (\ufffd) in place of the broken character`,
    ),
  );
  await replaceFile(target, JSON.stringify(data, null, 2) + '\n', o.out);
  return `${o.out}: ${data.count} signatures for "${data.title}"`;
}
