#!/usr/bin/env node
// `npm test`: everything a fresh machine needs to run the whole suite, then the suite.
// 0. A build of dist/: host-page and embed tests load the bundle as a host page would.
// 1. Browsers: Debian's Chromium, Firefox ESR and WebKitGTK (MiniBrowser + WebKitWebDriver + Xvfb),
//    installed with apt-get when missing and we are root (scripts/ensure-browsers.mjs).
//    Builds dist/ when it is missing (tests of the built bundle load it).
// 2. The browser suite in all three engines side by side (web-test-runner; zone pinned to
//    America/New_York, or TEST_TZ).
// 3. The time-zone tests (files named *time*.test.ts anywhere under test/) again under other
//    zones, in all three engines.
// 4. Node tests for the command-line tools (test/cli/*.test.mjs), when there are any.
// Prints a per-engine table and ends with one line "tests: N passed, N failed"; exits non-zero on
// any failure, on a test file that could not run, or on an engine that did not report.
// Options: `--port N` (or TEST_PORT) for the test server; TEST_BROWSERS=chromium,firefox,webkit.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers, wantedEngines } from './ensure-browsers.mjs';

const ZONES = ['America/Los_Angeles', 'Asia/Tokyo', 'Europe/Berlin', 'Australia/Lord_Howe'];
const LABEL = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

const argv = process.argv.slice(2);
const portArg = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
const port =
  portArg < 0
    ? process.env.TEST_PORT
    : argv[portArg].includes('=')
      ? argv[portArg].split('=')[1]
      : argv[portArg + 1];
if (port !== undefined && !/^\d+$/.test(port)) {
  console.error(`--port: not a port number: ${port}`);
  process.exit(2);
}

const engines = wantedEngines();
const work = mkdtempSync(join(tmpdir(), 'union-widgets-test-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

let passed = 0;
let failed = 0;
let broken = false;
/** Per engine and per run: { passed, failed, brokenFiles, ms }. */
const table = [];

/** Runs a command, its output passed through as it comes and kept. */
function run(label, cmd, args, env = {}) {
  console.log(`\n== ${label}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => process.stderr.write(d));
    child.on('error', (e) => resolve({ status: null, stdout, error: e, ms: Date.now() - started }));
    child.on('close', (status, signal) =>
      resolve({ status: status ?? signal, stdout, ms: Date.now() - started }),
    );
  });
}

/** One web-test-runner run in every wanted engine; adds up each engine's counts. */
async function browserSuite(label, files, env, only = engines) {
  const summary = join(work, `summary-${table.length}.json`);
  const r = await run(label, 'npx', ['web-test-runner', ...files], {
    ...env,
    ...(port ? { TEST_PORT: port } : {}),
    TEST_BROWSERS: only.join(','),
    TEST_SUMMARY_FILE: summary,
  });
  const byEngine = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')) : {};
  for (const engine of only) {
    const e = byEngine[LABEL[engine]];
    if (!e) {
      console.error(`${LABEL[engine]}: no results from "${label}"`);
      broken = true;
      continue;
    }
    passed += e.passed;
    failed += e.failed;
    if (e.brokenFiles) broken = true;
    table.push({ run: label, engine: LABEL[engine], ...e });
  }
  if (r.status !== 0) broken = true;
  console.log(`   (${label}: ${(r.ms / 1000).toFixed(1)} s)`);
}

/** Test files under dir (recursively) whose name matches re, relative paths with '/'. */
function findTests(dir, re) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => `${dir}/${String(f).split('\\').join('/')}`)
    .filter((f) => re.test(f.split('/').at(-1)))
    .sort();
}

ensureBrowsers(engines);

// Tests of the built bundle load dist/: build it first, so they never test a stale one
// (TEST_NO_BUILD=1 skips this when you have just built).
if (!process.env.TEST_NO_BUILD) {
  const r = await run('build', 'npm', ['run', 'build', '--silent']);
  if (r.status !== 0) {
    console.error('npm run build failed: the tests of dist/ cannot run');
    broken = true;
  }
}

const tz = process.env.TEST_TZ || 'America/New_York';
await browserSuite(`browser suite (${engines.map((e) => LABEL[e]).join(', ')}; ${tz})`, [], {});

const timeTests = findTests('test', /time.*\.test\.ts$/);
for (const zone of timeTests.length ? ZONES : []) {
  await browserSuite(`time-zone tests under ${zone}`, timeTests, { TEST_TZ: zone });
}

const cliTests = findTests('test/cli', /\.test\.mjs$/);
if (cliTests.length) {
  const r = await run('command-line tools (node --test)', 'node', ['--test', 'test/cli/']);
  const p = /^# pass (\d+)$/m.exec(r.stdout);
  const f = /^# fail (\d+)$/m.exec(r.stdout);
  passed += Number(p?.[1] ?? 0);
  failed += Number(f?.[1] ?? 0);
  if (r.status !== 0 || !p) broken = true;
  table.push({
    run: 'command-line tools',
    engine: 'Node',
    passed: +(p?.[1] ?? 0),
    failed: +(f?.[1] ?? 0),
    brokenFiles: 0,
    ms: r.ms,
  });
}

const totals = Object.values(
  table.reduce((acc, t) => {
    const a = (acc[t.engine] ??= {
      run: 'all runs',
      engine: t.engine,
      passed: 0,
      failed: 0,
      brokenFiles: 0,
      ms: 0,
    });
    for (const k of ['passed', 'failed', 'brokenFiles', 'ms']) a[k] += t[k];
    return acc;
  }, {}),
);
console.log("\n== per engine (time: from the start of a run to that engine's last test file)");
const rows = [['run', 'engine', 'passed', 'failed', 'broken files', 'time']].concat(
  [...table, ...(table.length > totals.length ? totals : [])].map((t) => [
    t.run,
    t.engine,
    t.passed,
    t.failed,
    t.brokenFiles,
    `${(t.ms / 1000).toFixed(1)} s`,
  ]),
);
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join('  '));

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(broken || failed ? 1 : 0);
