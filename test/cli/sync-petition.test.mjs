// `union-widgets sync-petition` end to end: the real bin, run as a child process, against a local
// server on loopback that answers like Action Network's API (HAL+JSON). Run: node --test test/cli/
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/union-widgets.mjs', import.meta.url));
const ID = 'd91b4b2e-ae0e-4cd3-9ed7-d0ec501b0bc3';
const KEY = 'test-key-123';

/** What Action Network answers for GET /api/v2/petitions/{id} (trimmed, same shape). */
const petition = {
  identifiers: [`action_network:${ID}`],
  origin_system: 'Action Network',
  created_date: '2021-10-01T17:01:42Z',
  modified_date: '2021-10-22T15:00:00Z',
  title: 'Tell Kaiser Permanente: invest in patient care and health care workers',
  total_signatures: 9123,
  browser_url: 'https://actionnetwork.org/petitions/invest-in-patient-care-and-healthcare-workers',
  _links: {
    self: { href: `https://actionnetwork.org/api/v2/petitions/${ID}` },
    'osdi:signatures': { href: `https://actionnetwork.org/api/v2/petitions/${ID}/signatures` },
  },
};

/** The server's next answer: `(req, res) => void`; every request is logged. */
let answer;
let requests = [];
let server;
let api;
before(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url, token: req.headers['osdi-api-token'] });
    answer(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${server.address().port}/api/v2`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const hal =
  (body, status = 200, headers = {}) =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/hal+json', ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

/** Runs the bin; resolves to { code, stdout, stderr } whatever the exit status. */
function run(args, env = { ACTION_NETWORK_API_KEY: KEY }) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { PATH: process.env.PATH, ...env }, timeout: 20_000 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

let dir;
let out;
const existing = {
  title: 'Old title',
  url: 'https://actionnetwork.org/petitions/old',
  count: 8412,
  goal: 10000,
  shareText: 'I signed. Will you?',
  hashtags: ['BestJobsBestCare'],
  updated: '2021-10-22T09:00:00-06:00',
};
const existingText = JSON.stringify(existing, null, 2) + '\n';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-petition-'));
  out = join(dir, 'petition.json');
  requests = [];
  answer = hal(petition);
});
afterEach(() => rm(dir, { recursive: true, force: true }));
const sync = (more = []) =>
  run(['sync-petition', '--petition', ID, '--out', out, '--api-url', api, ...more]);

describe('sync-petition: success', () => {
  it('takes count, title and link from Action Network, keeps goal, shareText and hashtags', async () => {
    await writeFile(out, existingText);
    const before = Date.now();
    const { code, stdout, stderr } = await sync();
    assert.equal(stderr, '');
    assert.equal(code, 0);
    assert.match(stdout, /petition\.json: 9123 signatures for "Tell Kaiser Permanente/);
    const written = JSON.parse(await readFile(out, 'utf8'));
    const { updated, ...rest } = written;
    assert.deepEqual(rest, {
      title: petition.title,
      url: petition.browser_url,
      count: 9123,
      goal: 10000,
      shareText: 'I signed. Will you?',
      hashtags: ['BestJobsBestCare'],
    });
    assert.match(updated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(Date.parse(updated) >= before - 1000 && Date.parse(updated) <= Date.now());
    assert.deepEqual(requests, [{ url: `/api/v2/petitions/${ID}`, token: KEY }]);
    assert.deepEqual(await readdir(dir), ['petition.json'], 'no temp file left behind');
  });

  it('creates the file when there is none', async () => {
    const { code } = await sync();
    assert.equal(code, 0);
    const written = JSON.parse(await readFile(out, 'utf8'));
    assert.equal(written.count, 9123);
    assert.equal(written.goal, undefined);
  });

  it('accepts an --api-url with a trailing slash', async () => {
    const { code } = await run([
      'sync-petition',
      '--petition',
      ID,
      '--out',
      out,
      '--api-url',
      `${api}/`,
    ]);
    assert.equal(code, 0);
    assert.equal(requests[0].url, `/api/v2/petitions/${ID}`);
  });
});

describe('sync-petition: every failure exits non-zero with a clear message and leaves the file untouched', () => {
  const cases = [
    [
      '401 (bad key)',
      () => hal({ error: 'API Key invalid or not present' }, 401),
      /refused the API key \(HTTP 401\): check ACTION_NETWORK_API_KEY/,
    ],
    [
      '404 (no such petition)',
      () => hal({ error: 'Not found' }, 404),
      /no petition "d91b4b2e-.*" at .* \(HTTP 404\): check --petition/,
    ],
    [
      '429 (rate limited)',
      () => hal({ error: 'slow down' }, 429, { 'retry-after': '60' }),
      /rate limited by Action Network \(HTTP 429\), retry after 60/,
    ],
    ['500', () => hal('oops', 500), /Action Network answered HTTP 500 \(a problem on their side\)/],
    ['503', () => hal('', 503), /HTTP 503/],
    ['a timeout', () => () => {}, /no answer from .* within 0\.5 s/, ['--timeout', '0.5']],
    ['a malformed body', () => hal('{"total_signatures": 9'), /is not JSON/],
    ['an HTML error page with 200', () => hal('<html>Maintenance</html>'), /is not JSON/],
    [
      'a body without total_signatures',
      () => hal({ ...petition, total_signatures: undefined }),
      /total_signatures is undefined, not a count/,
    ],
    [
      'a negative count',
      () => hal({ ...petition, total_signatures: -4 }),
      /total_signatures is -4, not a count/,
    ],
    [
      'a count as a string',
      () => hal({ ...petition, total_signatures: '9123' }),
      /total_signatures is "9123", not a count/,
    ],
    [
      'a javascript: browser_url',
      () => hal({ ...petition, browser_url: 'javascript:alert(1)' }),
      /browser_url is "javascript:alert\(1\)", not an http\(s\) link/,
    ],
    ['a missing title', () => hal({ ...petition, title: '' }), /title is missing/],
    ['a server that hangs up', () => (req) => req.socket.destroy(), /cannot reach/],
  ];
  for (const [name, server, message, more = []] of cases) {
    it(name, async () => {
      await writeFile(out, existingText);
      const { mtimeMs } = await stat(out);
      answer = server();
      const { code, stdout, stderr } = await sync(more);
      assert.equal(code, 1, stderr);
      assert.equal(stdout, '');
      assert.match(stderr, /^union-widgets sync-petition: /);
      assert.match(stderr, message);
      assert.equal(await readFile(out, 'utf8'), existingText);
      assert.equal((await stat(out)).mtimeMs, mtimeMs);
      assert.deepEqual(await readdir(dir), ['petition.json']);
    });
  }

  it('no API key: says which variable, asks nobody', async () => {
    await writeFile(out, existingText);
    const { code, stderr } = await run(
      ['sync-petition', '--petition', ID, '--out', out, '--api-url', api],
      {},
    );
    assert.equal(code, 1);
    assert.match(stderr, /ACTION_NETWORK_API_KEY is not set/);
    assert.equal(requests.length, 0);
    assert.equal(await readFile(out, 'utf8'), existingText);
  });

  it('an existing file that is not JSON is not overwritten', async () => {
    await writeFile(out, '{ "goal": 10000, ');
    const { code, stderr } = await sync();
    assert.equal(code, 1);
    assert.match(
      stderr,
      /petition\.json exists but cannot be read as a JSON object .*; fix or remove it/,
    );
    assert.equal(await readFile(out, 'utf8'), '{ "goal": 10000, ');
    assert.equal(requests.length, 0);
  });

  it('an unwritable directory: a clear message, no temp file', async () => {
    const { code, stderr } = await run([
      'sync-petition',
      '--petition',
      ID,
      '--out',
      join(dir, 'missing', 'p.json'),
      '--api-url',
      api,
    ]);
    assert.equal(code, 1);
    assert.match(stderr, /cannot write .*p\.json/);
  });
});

describe('the union-widgets dispatcher', () => {
  it('lists its commands when given none, and exits 2', async () => {
    const { code, stderr } = await run([]);
    assert.equal(code, 2);
    assert.match(stderr, /Usage: union-widgets <command>[\s\S]*sync-petition/);
  });

  it('refuses an unknown command', async () => {
    const { code, stderr } = await run(['sync-everything']);
    assert.equal(code, 2);
    assert.match(stderr, /unknown command "sync-everything"/);
  });

  it('explains sync-petition with --help', async () => {
    const { code, stdout } = await run(['sync-petition', '--help']);
    assert.equal(code, 0);
    assert.match(stdout, /--petition[\s\S]*--out[\s\S]*--api-url/);
  });

  it('asks for missing options and refuses unknown ones (exit 2)', async () => {
    for (const args of [
      ['sync-petition', '--out', 'x.json'],
      ['sync-petition', '--petition', ID],
      ['sync-petition', '--petition', ID, '--out', 'x.json', '--bogus'],
    ]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.match(
        stderr,
        /--petition <id> is required|--out <file.json> is required|Unknown option '--bogus'/,
      );
    }
    assert.equal(requests.length, 0);
  });
});
