#!/usr/bin/env node
// union-widgets command line. Plain Node (20+) ESM: no build step, no dependencies.
// A small dispatcher: each subcommand is one entry in `commands`.

import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { validate } from './validate.mjs';

/** A failure to report in one line; `code` is the exit status (2: usage, 1: anything else). */
class Fail extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

const commands = {
  'sync-petition': {
    summary: 'write a petition’s signature count from Action Network to a JSON file',
    usage: `union-widgets sync-petition --petition <id> --out <file.json> [--api-url <url>] [--timeout <seconds>]

  Reads GET <api-url>/petitions/<id> with the key in ACTION_NETWORK_API_KEY (sent as OSDI-API-Token)
  and writes { title, url, count, updated } to <file.json>, keeping goal, shareText and hashtags
  (and any other field) already in that file. The file is replaced atomically; on any failure it
  is left untouched and the exit status is non-zero.

  --petition   the petition's Action Network id (the UUID in its API link)
  --out        the JSON file the widget reads (e.g. petition.json)
  --api-url    default https://actionnetwork.org/api/v2
  --timeout    seconds to wait for Action Network, default 30`,
    options: {
      petition: { type: 'string' },
      out: { type: 'string' },
      'api-url': { type: 'string', default: 'https://actionnetwork.org/api/v2' },
      timeout: { type: 'string', default: '30' },
    },
    run: syncPetition,
  },
  validate: {
    summary: 'check a feed (file or URL, with #/pointer) against a widget’s data shape',
    // validate parses its own arguments and returns its own exit status (0, 1 problems, 2 usage/IO).
    raw: (args, io) => validate(args, io),
  },
};

function help() {
  const list = Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(15)} ${c.summary}`)
    .join('\n');
  return `Usage: union-widgets <command> [options]\n\nCommands:\n${list}\n\nunion-widgets <command> --help for its options.`;
}

/** Runs the command line; resolves to the exit status. Messages go to `out` and `err`. */
export async function main(
  argv = process.argv.slice(2),
  env = process.env,
  out = console.log,
  err = console.error,
) {
  const [name, ...rest] = argv;
  if (!name) {
    err(help());
    return 2;
  }
  if (name === '--help' || name === '-h') {
    out(help());
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    err(`union-widgets: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (command.raw) return command.raw(rest, { out, err });
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    err(`union-widgets ${name}: ${e.message}\n\n${command.usage}`);
    return 2;
  }
  if (values.help) {
    out(command.usage);
    return 0;
  }
  try {
    out(await command.run(values, env));
    return 0;
  } catch (e) {
    const usage = e.code === 2 ? `\n\n${command.usage}` : '';
    err(
      `union-widgets ${name}: ${e instanceof Fail ? e.message : `unexpected error: ${e?.stack ?? e}`}${usage}`,
    );
    return e instanceof Fail ? e.code : 1;
  }
}

async function syncPetition(o, env) {
  if (!o.petition?.trim()) throw new Fail('--petition <id> is required', 2);
  if (!o.out?.trim()) throw new Fail('--out <file.json> is required', 2);
  const seconds = Number(o.timeout);
  if (!(seconds > 0))
    throw new Fail(`--timeout must be a number of seconds, not "${o.timeout}"`, 2);
  let api;
  try {
    api = new URL(o['api-url']);
    if (!/^https?:$/.test(api.protocol)) throw 0;
  } catch {
    throw new Fail(`--api-url must be an http(s) URL, not "${o['api-url']}"`, 2);
  }
  const key = env.ACTION_NETWORK_API_KEY?.trim();
  if (!key)
    throw new Fail(
      'ACTION_NETWORK_API_KEY is not set: put your Action Network API key in that environment variable',
    );

  // Read the existing file first: a file we cannot read back is not overwritten.
  let kept = {};
  try {
    kept = JSON.parse(await readFile(o.out, 'utf8'));
    if (!kept || typeof kept !== 'object' || Array.isArray(kept))
      throw new Error('not a JSON object');
  } catch (e) {
    if (e.code !== 'ENOENT')
      throw new Fail(
        `${o.out} exists but cannot be read as a JSON object (${e.message}); fix or remove it`,
      );
    kept = {};
  }

  const url = `${api.href.replace(/\/+$/, '')}/petitions/${encodeURIComponent(o.petition.trim())}`;
  let res;
  try {
    res = await fetch(url, {
      headers: { 'OSDI-API-Token': key, Accept: 'application/hal+json, application/json' },
      signal: AbortSignal.timeout(seconds * 1000),
    });
  } catch (e) {
    throw new Fail(
      e.name === 'TimeoutError'
        ? `no answer from ${url} within ${seconds} s`
        : `cannot reach ${url} (${e.cause?.code ?? e.cause?.message ?? e.message})`,
    );
  }
  const { status } = res;
  if (!res.ok) {
    const retry = res.headers.get('retry-after');
    throw new Fail(
      status === 401 || status === 403
        ? `Action Network refused the API key (HTTP ${status}): check ACTION_NETWORK_API_KEY`
        : status === 404
          ? `no petition "${o.petition}" at ${url} (HTTP 404): check --petition`
          : status === 429
            ? `rate limited by Action Network (HTTP 429)${retry ? `, retry after ${retry}` : ''}: run less often`
            : status >= 500
              ? `Action Network answered HTTP ${status} (a problem on their side); the next run will retry`
              : `Action Network answered HTTP ${status}`,
    );
  }
  let body;
  try {
    body = JSON.parse(await res.text());
  } catch (e) {
    throw new Fail(`the answer from ${url} is not JSON (${e.message})`);
  }
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

  const data = {
    ...kept,
    title: body.title.trim(),
    url: link.href,
    count,
    updated: new Date().toISOString(),
  };
  // Atomic replace: write a temp file beside the target, then rename over it.
  const tmp = join(dirname(o.out), `.${basename(o.out)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(tmp, JSON.stringify(data, null, 2) + '\n');
    await rename(tmp, o.out);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw new Fail(`cannot write ${o.out} (${e.message})`);
  }
  return `${o.out}: ${count} signatures for "${data.title}"`;
}

// Run when invoked as a program (also through npx's symlink), not when imported by tests.
const invoked = process.argv[1] && (await import('node:fs')).realpathSync(process.argv[1]);
if (invoked === (await import('node:url')).fileURLToPath(import.meta.url))
  process.exitCode = await main();
