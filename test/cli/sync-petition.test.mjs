// `union-widgets sync-petition` end to end: the real bin, run as a child process, against a local
// server on loopback that answers like Action Network's API (HAL+JSON). Run: node --test test/cli/
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  readlink,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
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

describe('sync-petition: the API key goes only to the API, over TLS, and is never shown', () => {
  /** A second loopback server: another port is another origin. It logs who sent it the key. */
  let other;
  let otherRequests;
  beforeEach(async () => {
    otherRequests = [];
    other = createServer((req, res) => {
      otherRequests.push({ url: req.url, token: req.headers['osdi-api-token'] });
      hal(petition)(req, res);
    });
    await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
  });
  afterEach(() => {
    other.closeAllConnections();
    other.close();
  });

  it('a redirect to another origin is not followed: that origin never sees the key', async () => {
    await writeFile(out, existingText);
    const elsewhere = `http://127.0.0.1:${other.address().port}/collect`;
    answer = hal('', 302, { location: elsewhere });
    const { code, stdout, stderr } = await sync();
    assert.equal(code, 1, stderr);
    assert.deepEqual(otherRequests, []);
    assert.match(
      stderr,
      /redirected to another site \(http:\/\/127\.0\.0\.1:\d+\); the API key is sent only to http:\/\/127\.0\.0\.1:\d+: check --api-url/,
    );
    assert.equal(stdout, '');
    assert.equal(await readFile(out, 'utf8'), existingText);
  });

  it('a redirect within the same origin is followed, with the key, a bounded number of times', async () => {
    answer = (req, res) =>
      req.url.endsWith('/moved')
        ? hal(petition)(req, res)
        : hal('', 301, { location: `${req.url}/moved` })(req, res);
    const { code, stderr } = await sync();
    assert.equal(code, 0, stderr);
    assert.deepEqual(requests, [
      { url: `/api/v2/petitions/${ID}`, token: KEY },
      { url: `/api/v2/petitions/${ID}/moved`, token: KEY },
    ]);
    requests = [];
    answer = hal('', 302, { location: `/api/v2/petitions/${ID}` });
    const loop = await sync();
    assert.equal(loop.code, 1);
    assert.match(loop.stderr, /more than 5 redirects from http:\/\/127\.0\.0\.1/);
    assert.equal(requests.length, 6);
  });

  it('refuses http: to anything but this machine, before sending anything (exit 2)', async () => {
    for (const url of ['http://actionnetwork.org/api/v2', 'http://10.0.0.8/api/v2']) {
      const { code, stderr } = await run([
        'sync-petition',
        '--petition',
        ID,
        '--out',
        out,
        '--api-url',
        url,
      ]);
      assert.equal(code, 2, url);
      assert.match(
        stderr,
        /--api-url must be https: .* only to localhost, 127\.0\.0\.0\/8 or \[::1\]/,
      );
    }
  });

  it('the key appears in no output, message or file, whatever happens', async () => {
    const key = 'an-secret-0123456789abcdef';
    const scenarios = [
      hal(petition),
      hal({ error: `API Key ${key} invalid` }, 401),
      hal('oops', 500),
      hal('{"title": "x"', 200),
      hal('', 302, { location: `http://127.0.0.1:${other.address().port}/` }),
    ];
    for (const scenario of scenarios) {
      answer = scenario;
      const r = await run(['sync-petition', '--petition', ID, '--out', out, '--api-url', api], {
        ACTION_NETWORK_API_KEY: key,
      });
      assert.ok(!r.stdout.includes(key) && !r.stderr.includes(key), r.stderr);
    }
    assert.ok(!(await readFile(out, 'utf8')).includes(key));
    assert.equal(requests.at(-1).token, key);
  });

  it('a key with a line break in it is refused without printing it', async () => {
    const { code, stdout, stderr } = await run(
      ['sync-petition', '--petition', ID, '--out', out, '--api-url', api],
      { ACTION_NETWORK_API_KEY: 'secret-part-one\nsecret-part-two' },
    );
    assert.equal(code, 1);
    assert.match(stderr, /ACTION_NETWORK_API_KEY has a character that cannot be sent/);
    assert.doesNotMatch(stdout + stderr, /secret-part/);
    assert.equal(requests.length, 0);
  });
});

describe('sync-petition: the file is replaced the way its owner set it up', () => {
  it('a symlinked --out: the target gets the new data and the link stays a link', async () => {
    await mkdir(join(dir, 'data'));
    await writeFile(join(dir, 'data', 'real.json'), existingText);
    await symlink('data/real.json', out);
    const { code, stderr } = await sync();
    assert.equal(code, 0, stderr);
    assert.ok((await lstat(out)).isSymbolicLink(), 'still a symlink');
    assert.equal(await readlink(out), 'data/real.json');
    const written = JSON.parse(await readFile(join(dir, 'data', 'real.json'), 'utf8'));
    assert.equal(written.count, 9123);
    assert.equal(written.goal, 10000);
    assert.deepEqual(
      await readdir(join(dir, 'data')),
      ['real.json'],
      'temp file beside the target, gone',
    );
  });

  it('a symlink to a file not written yet: the file is created where the link points', async () => {
    await mkdir(join(dir, 'data'));
    await symlink('data/new.json', out);
    const { code, stderr } = await sync();
    assert.equal(code, 0, stderr);
    assert.ok((await lstat(out)).isSymbolicLink());
    assert.equal(JSON.parse(await readFile(join(dir, 'data', 'new.json'), 'utf8')).count, 9123);
  });

  it('keeps the file mode (640 stays 640; 664 too, whatever the umask)', async () => {
    for (const mode of [0o640, 0o664]) {
      await writeFile(out, existingText);
      await chmod(out, mode);
      const { code, stderr } = await sync();
      assert.equal(code, 0, stderr);
      assert.equal((await stat(out)).mode & 0o777, mode, mode.toString(8));
    }
  });

  it('removes its own stale temp files (from a run killed mid-write), keeps anything else', async () => {
    await writeFile(out, existingText);
    const stale = join(dir, '.petition.json.4242.1634900000000.tmp');
    const fresh = join(dir, `.petition.json.4343.${Date.now()}.tmp`); // another run, writing now
    const notOurs = join(dir, '.other.json.4242.1634900000000.tmp');
    for (const f of [stale, fresh, notOurs]) await writeFile(f, '{"half": ');
    const hourAgo = new Date(Date.now() - 3600_000);
    await utimes(stale, hourAgo, hourAgo);
    await utimes(notOurs, hourAgo, hourAgo);
    const { code, stderr } = await sync();
    assert.equal(code, 0, stderr);
    assert.deepEqual((await readdir(dir)).sort(), [
      '.other.json.4242.1634900000000.tmp',
      `.petition.json.4343.${fresh.split('.').at(-2)}.tmp`,
      'petition.json',
    ]);
  });
});

describe('sync-petition: what the server sends is bounded and printed safely', () => {
  const huge = { ...petition, description: 'x'.repeat(2 * 1024 * 1024) };
  for (const [name, headers] of [
    ['without a Content-Length', { 'transfer-encoding': 'chunked' }],
    ['with its Content-Length', {}],
  ]) {
    it(`a 2 MB answer is refused (${name}); the file is untouched`, async () => {
      await writeFile(out, existingText);
      answer = (_req, res) => {
        res.on('error', () => {});
        res.writeHead(200, { 'content-type': 'application/hal+json', ...headers });
        if (headers['transfer-encoding']) {
          const text = JSON.stringify(huge);
          for (let at = 0; at < text.length; at += 65536) res.write(text.slice(at, at + 65536));
          res.end();
        } else res.end(JSON.stringify(huge));
      };
      const { code, stderr } = await sync();
      assert.equal(code, 1, stderr);
      assert.match(
        stderr,
        /the answer from .* is (over 1\.0 MB|2\.0 MB); a petition is far smaller/,
      );
      assert.equal(await readFile(out, 'utf8'), existingText);
    });
  }

  it('a title with terminal escape codes is printed escaped (the file keeps the text)', async () => {
    const title = '\u001b[2J\u001b[31mSign now\u009b0m\u202e';
    answer = hal({ ...petition, title });
    const { code, stdout, stderr } = await sync();
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    assert.match(stdout, /for "\\u001b\[2J\\u001b\[31mSign now\\u009b0m\\u202e"/);
    assert.equal(JSON.parse(await readFile(out, 'utf8')).title, title);
  });

  it('server text in an error (a header, a broken body) is printed escaped', async () => {
    answer = hal({ error: 'slow down' }, 429, { 'retry-after': '60\u009b2J' });
    const limited = await sync();
    assert.equal(limited.code, 1);
    assert.match(limited.stderr, /retry after 60\\u009b2J/);
    answer = hal('\u001b[2J\u001b[31mMaintenance');
    const broken = await sync();
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /is not JSON .*\\u001b\[2J/);
    assert.doesNotMatch(
      limited.stderr + broken.stderr,
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/,
    );
  });

  it('repairs text that is not well-formed Unicode (half an emoji) and says where', async () => {
    await writeFile(out, existingText.replace('Will you?', 'Will you? \\udc4d'));
    answer = hal(JSON.stringify({ ...petition, title: 'Sign now! XX' }).replace('XX', '\\ud83d'));
    const { code, stdout, stderr } = await sync();
    assert.equal(code, 0, stderr);
    const written = await readFile(out, 'utf8');
    const data = JSON.parse(written);
    assert.equal(data.title, 'Sign now! \ufffd');
    assert.equal(data.shareText, 'I signed. Will you? \ufffd');
    assert.ok(written.isWellFormed() && !/\\ud[89a-f]/i.test(written));
    assert.match(stderr, /warning: title is not well-formed Unicode .*U\+FFFD/);
    assert.match(stderr, /warning: shareText is not well-formed Unicode/);
    assert.match(stdout, /9123 signatures for "Sign now! \ufffd"/);
  });
});
