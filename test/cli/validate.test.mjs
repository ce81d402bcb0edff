// `union-widgets validate`: node --test test/cli/
// Runs against the built dist/schemas.js (built here when missing), with local files and a local
// HTTP server on 127.0.0.1 (port 0), so nothing leaves the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(join(root, 'dist/schemas.js'))) {
  const r = spawnSync(process.execPath, ['scripts/build-schemas.mjs'], {
    cwd: root,
    stdio: 'inherit',
  });
  assert.equal(r.status, 0, 'building dist/schemas.js failed');
}
const { validate, MAX_BYTES, MAX_LINES } = await import('../../bin/validate.mjs');

const campaign = join(root, 'demo/campaign.json');
const dir = mkdtempSync(join(tmpdir(), 'uw-validate-'));
const file = (name, text) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

/** Runs validate with captured output: { code, out, err } as text. */
async function run(argv, io = {}) {
  const out = [];
  const err = [];
  const code = await validate(argv, { out: (s) => out.push(s), err: (s) => err.push(s), ...io });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const goodTally = {
  title: 'Strike authorization votes',
  results: [{ union: 'UNAC/UHCP', yesPercent: 95, qualifier: 'over' }],
};
let server;
let base;
const hanging = new Set();
before(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/campaign.json') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ voteTally: goodTally }));
    } else if (path === '/broken.json') {
      res.end('{"voteTally": {');
    } else if (path === '/huge-declared.json') {
      res.setHeader('content-length', String(MAX_BYTES + 1));
      res.write('[');
      hanging.add(res);
    } else if (path === '/huge-streamed.json') {
      // No content-length: the cap must hold while reading.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BYTES + chunk.length) {
          sent += chunk.length;
          if (!res.write(chunk)) return res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => {});
      pump();
    } else if (path === '/slow.json') {
      hanging.add(res); // never answers
    } else {
      res.statusCode = 404;
      res.end('not here');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a good feed with a pointer: exit 0 and says so', async () => {
  const r = await run([`${campaign}#/voteTally`, '--widget', 'vote-tally']);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /✓ .*campaign\.json#\/voteTally is valid <union-vote-tally> data/);
  assert.equal(r.err, '');
});

test('accepts a leading "validate", --widget=name and the tag name', async () => {
  const r = await run(['validate', `${campaign}#/voteTally`, '--widget=union-vote-tally']);
  assert.equal(r.code, 0, r.out + r.err);
});

test('a good feed by URL with a pointer', async () => {
  const r = await run([`${base}/campaign.json#/voteTally`, '-w', 'vote-tally']);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(r.out, /is valid/);
});

test('every problem is printed with its path, errors apart from warnings: exit 1', async () => {
  const p = file(
    'bad-data.json',
    JSON.stringify({
      results: [
        { union: 'A', yes: -4, no: 2 },
        { union: '', yesPercent: 140 },
        { union: 'C', yesPercent: 90 },
      ],
      updated: '2021-13-40',
    }),
  );
  const r = await run([p, '--widget', 'vote-tally']);
  assert.equal(r.code, 1);
  assert.match(r.out, /: 2 problems for <union-vote-tally> \(the widget refuses this data\)$/m);
  // A bad count is left out (a warning); the result then has no figure (an error).
  assert.match(r.out, /^ {2}results\[0\]: needs both yes and no counts, or yesPercent$/m);
  assert.match(r.out, /^ {2}results\[1\]\.union: "" is not non-empty text$/m);
  assert.match(r.out, /^ {2}warning: updated: "2021-13-40" is not a date; left out$/m);
  assert.match(r.out, /^ {2}warning: results\[0\]\.yes: -4 is not a count; left out$/m);
  assert.match(
    r.out,
    /^ {2}warning: results\[1\]\.yesPercent: 140 is not a percentage.*; left out$/m,
  );
  assert.doesNotMatch(r.out, /is valid/);
});

test('a long list of problems prints the first ones and a count of the rest, not a line each', async () => {
  // Lists are capped (a longer one is one problem), so the most problems come from a full list of
  // broken items: 1,000 TA items without a title.
  const items = Array.from({ length: 1_000 }, () => ({ detail: 'no title' }));
  const p = file('many-problems.json', JSON.stringify({ subgroups: [{ name: 'All', items }] }));
  const r = await run([p, '-w', 'ta-list']);
  assert.equal(r.code, 1);
  const lines = r.out.split('\n');
  assert.equal(lines.length, 1 + MAX_LINES + 1);
  assert.match(lines[0], /: 1000 problems for <union-ta-list>/);
  assert.equal(lines[1], '  subgroups[0].items[0].title: is required');
  assert.equal(lines[MAX_LINES], `  subgroups[0].items[${MAX_LINES - 1}].title: is required`);
  assert.equal(lines.at(-1), `  … and ${(1_000 - MAX_LINES).toLocaleString('en')} more problems`);
});

test('text from the data reaches the terminal escaped: no escape codes, no forged lines', async () => {
  // Key names are listed when a pointer finds nothing; JSON errors quote the broken text.
  const keys = file(
    'escapes.json',
    JSON.stringify({ '\u001b[2J\u001b[31mvoteTally': {}, 'a\nb\u009b1m\u202e': 1 }),
  );
  const r = await run([`${keys}#/voteTally`, '-w', 'vote-tally']);
  assert.equal(r.code, 1);
  assert.doesNotMatch(r.out, /[\u0000-\u001f\u007f-\u009f\u202e]/);
  assert.equal(r.out.split('\n').length, 1);
  assert.match(r.out, /which has: \\u001b\[2J\\u001b\[31mvoteTally, a\\u000ab\\u009b1m\\u202e\)/);
  const broken = await run([file('escapes-broken.json', '\u001b[31mred'), '-w', 'ta-list']);
  assert.equal(broken.code, 1);
  assert.doesNotMatch(broken.out, /\u001b/);
  assert.match(broken.out, /\\u001b\[31mred/);
});

test('problems the widget works around are warnings: exit 0, each with its path', async () => {
  const p = file(
    'warnings.json',
    // "\ud83d" is valid JSON but half an emoji: not well-formed Unicode.
    `{"title": "Strike vote \\ud83d", "results": [
      {"union": "A", "yesPercent": 95, "qualifier": "about", "url": "javascript:alert(1)"}]}`,
  );
  const r = await run([p, '--widget', 'vote-tally']);
  assert.equal(r.code, 0, r.out + r.err);
  assert.match(
    r.out,
    /✓ .*warnings\.json is valid <union-vote-tally> data, with 3 warnings \(the widget works around them\)$/m,
  );
  assert.match(r.out, /^ {2}warning: title: "Strike vote \\ud83d" is not well-formed Unicode .*$/m);
  assert.match(
    r.out,
    /^ {2}warning: results\[0\]\.qualifier: "about" is not one of over; left out$/m,
  );
  assert.match(
    r.out,
    /^ {2}warning: results\[0\]\.url: "javascript:alert\(1\)" is not a link \(http, https, mailto, tel or sms\); left out$/m,
  );
});

test('a petition without a safe link is refused: its url is required', async () => {
  const p = file(
    'petition.json',
    JSON.stringify({ title: 'T', url: 'javascript:alert(1)', count: 5 }),
  );
  const r = await run([p, '--widget', 'petition-counter']);
  assert.equal(r.code, 1);
  assert.match(r.out, /^ {2}url: "javascript:alert\(1\)" is not a link/m);
});

test('"PST" and other abbreviations are not time zones: refused with the IANA name to use', async () => {
  const townHall = (timeZone) =>
    file(
      `th-${timeZone.replace(/\W/g, '_')}.json`,
      JSON.stringify({ title: 'T', timeZone, sessions: [{ start: '2021-10-28T10:00' }] }),
    );
  for (const [zone, hint] of [
    ['PST', '; use America/Los_Angeles'],
    ['EST', '; use America/New_York'],
    ['MDT', '; use America/Denver'],
    ['CST', '; use America/Chicago'],
    ['HST', '; use Pacific/Honolulu'],
    ['AKST', '; use America/Anchorage'],
    ['PST8PDT', '; use America/Los_Angeles'],
    ['CET', ''],
  ]) {
    const r = await run([townHall(zone), '-w', 'town-hall']);
    assert.equal(r.code, 1, zone);
    assert.match(
      r.out,
      new RegExp(
        `^ {2}timeZone: "${zone}" is not a time zone \\(an IANA name such as America/Denver\\)${hint}$`,
        'm',
      ),
      zone,
    );
  }
  for (const zone of ['America/Los_Angeles', 'UTC', 'Etc/GMT+8']) {
    const r = await run([townHall(zone), '-w', 'town-hall']);
    assert.equal(r.code, 0, `${zone}: ${r.out}`);
  }
});

test('a list over its cap is refused by its path, without reading each item', async () => {
  const p = file(
    'huge.json',
    JSON.stringify({ results: Array.from({ length: 100_000 }, () => ({ union: 'A' })) }),
  );
  const r = await run([p, '-w', 'vote-tally']);
  assert.equal(r.code, 1);
  assert.match(r.out, /: 1 problem for <union-vote-tally>/);
  assert.match(r.out, /^ {2}results: has 100000 items; at most 100$/m);
});

test('data of the wrong kind at the top level is reported, not crashed on', async () => {
  const r = await run([file('list.json', '[1,2]'), '-w', 'vote-tally']);
  assert.equal(r.code, 1);
  assert.match(r.out, /\(top level\): a list is not an object/);
});

test('broken JSON (file): exit 1 with a clear message', async () => {
  const r = await run([file('broken.json', '{ "results": [1, 2,, 3] }'), '-w', 'vote-tally']);
  assert.equal(r.code, 1);
  assert.match(r.out, /broken\.json is not valid JSON at line 1, column 20: Unexpected token/);
});

test('broken JSON (URL) and an empty file', async () => {
  const r = await run([`${base}/broken.json`, '-w', 'vote-tally']);
  assert.equal(r.code, 1);
  assert.match(r.out, /is not valid JSON/);
  const e = await run([file('empty.json', ''), '-w', 'vote-tally']);
  assert.equal(e.code, 1);
  assert.match(e.out, /is not valid JSON: Unexpected end of JSON input/);
});

test('a URL that answers 404: exit 2 with the status', async () => {
  const r = await run([`${base}/nope.json`, '-w', 'vote-tally']);
  assert.equal(r.code, 2);
  assert.match(r.err, /nope\.json: HTTP 404/);
});

test('a URL nobody answers on: exit 2, could not connect', async () => {
  const closed = createServer();
  await new Promise((r) => closed.listen(0, '127.0.0.1', r));
  const port = closed.address().port;
  await new Promise((r) => closed.close(r));
  const r = await run([`http://127.0.0.1:${port}/x.json`, '-w', 'vote-tally']);
  assert.equal(r.code, 2);
  assert.match(r.err, /could not connect/);
});

test('a URL that never answers: exit 2 after the timeout', async () => {
  const r = await run([`${base}/slow.json`, '-w', 'vote-tally'], { timeoutMs: 300 });
  assert.equal(r.code, 2);
  assert.match(r.err, /no answer within 0\.3 s/);
});

test('a pointer that resolves to nothing: exit 1, names what is there', async () => {
  const r = await run([`${campaign}#/voteTaly`, '-w', 'vote-tally']);
  assert.equal(r.code, 1);
  assert.match(r.out, /#\/voteTaly resolves to nothing/);
  assert.match(r.out, /which has: .*voteTally/);
  const deep = await run([`${campaign}#/voteTally/results/99`, '-w', 'vote-tally']);
  assert.equal(deep.code, 1);
  assert.match(deep.out, /#\/voteTally\/results is a list of 5/);
});

test('a pointer into Object internals resolves to nothing', async () => {
  const r = await run([`${campaign}#/__proto__`, '-w', 'vote-tally']);
  assert.equal(r.code, 1);
  assert.match(r.out, /resolves to nothing/);
});

test('a malformed pointer is a problem in what was asked for: exit 1, as the README says', async () => {
  const r = await run([`${campaign}#voteTally`, '-w', 'vote-tally']);
  assert.equal(r.code, 1, r.err);
  assert.match(r.out, /^✗ "voteTally" is not a JSON Pointer \(it must start with \/\)$/);
  const broken = await run([`${campaign}#/%E0%A4%A`, '-w', 'vote-tally']);
  assert.equal(broken.code, 1, broken.err);
  assert.match(
    broken.out,
    /^✗ #\/%E0%A4%A is not a JSON Pointer \(a %-escape in it is not UTF-8\)$/,
  );
  assert.equal(broken.err, '');
  const byUrl = await run([`${base}/campaign.json#/%E0%A4%A`, '-w', 'vote-tally']);
  assert.equal(byUrl.code, 1, byUrl.err);
  assert.match(byUrl.out, /is not a JSON Pointer/);
});

test('a wrong widget name: exit 2, suggests the nearest and lists the known ones', async () => {
  const r = await run([`${campaign}#/voteTally`, '--widget', 'vote-taly']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown widget "vote-taly" — did you mean vote-tally\?/);
  assert.match(r.err, /Known widgets: .*vote-tally/);
  const far = await run([`${campaign}#/voteTally`, '--widget', '<script>']);
  assert.equal(far.code, 2);
  assert.doesNotMatch(far.err, /did you mean/);
});

test('no widget, no feed, unknown options: exit 2 with usage', async () => {
  for (const argv of [
    [campaign],
    ['-w', 'vote-tally'],
    [campaign, '-w'],
    [campaign, '--bogus'],
    [],
  ]) {
    const r = await run(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.err, /union-widgets validate: /);
  }
});

test('--help prints usage and exits 0', async () => {
  const r = await run(['--help']);
  assert.equal(r.code, 0);
  assert.match(r.out, /^Usage: union-widgets validate/);
});

test('a missing file and a directory: exit 2', async () => {
  const r = await run([join(dir, 'nope.json'), '-w', 'vote-tally']);
  assert.equal(r.code, 2);
  assert.match(r.err, /no such file/);
  const d = await run([dir, '-w', 'vote-tally']);
  assert.equal(d.code, 2);
  assert.match(d.err, /is not a file/);
});

test('only http(s) URLs are fetched', async () => {
  const r = await run(['ftp://example.org/feed.json', '-w', 'vote-tally']);
  assert.equal(r.code, 2);
  assert.match(r.err, /only http\(s\) URLs and local files/);
});

test('a 5 MB file: exit 2, says the limit', async () => {
  const big = file('big.json', `{"results":[],"pad":"${'x'.repeat(MAX_BYTES)}"}`);
  const r = await run([big, '-w', 'vote-tally']);
  assert.equal(r.code, 2);
  assert.match(r.err, /big\.json is 5\.0 MB; a feed must be under 5\.0 MB/);
});

test('a 5 MB download: refused by Content-Length, and while streaming without one', async () => {
  const declared = await run([`${base}/huge-declared.json`, '-w', 'vote-tally']);
  assert.equal(declared.code, 2);
  assert.match(declared.err, /a feed must be under 5\.0 MB/);
  const streamed = await run([`${base}/huge-streamed.json`, '-w', 'vote-tally']);
  assert.equal(streamed.code, 2);
  assert.match(streamed.err, /is over 5\.0 MB/);
});

test('a command-line run prints to stdout/stderr and sets the exit code', () => {
  const script = `import('${new URL('../../bin/validate.mjs', import.meta.url).href}').then(async (m) => { process.exitCode = await m.validate(process.argv.slice(1)); })`;
  const ok = spawnSync(
    process.execPath,
    ['-e', script, '--', `${campaign}#/voteTally`, '-w', 'vote-tally'],
    { encoding: 'utf8' },
  );
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /is valid/);
  const bad = spawnSync(
    process.execPath,
    ['-e', script, '--', `${campaign}#/townHall`, '-w', 'vote-tally'],
    { encoding: 'utf8' },
  );
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /results: is required/);
});
