#!/usr/bin/env node
// `npm test`: everything a fresh machine needs to run the whole suite, then the suite.
// 1. A browser: Debian's Chromium (installed with apt-get when missing and we are root; test
//    tools that download their own browser cannot work on this network).
// 2. The browser suite (web-test-runner, headless Chromium, zone pinned to America/New_York).
// 3. The time-zone suite again under other zones (test files named *time*.test.ts).
// 4. Node tests for the command-line tools (test/cli/*.test.mjs), when there are any.
// Ends with one line "tests: N passed, N failed" and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const ZONES = ['America/Los_Angeles', 'Asia/Tokyo', 'Europe/Berlin', 'Australia/Lord_Howe'];
let passed = 0;
let failed = 0;
let broken = false;

function run(label, cmd, args, env = {}) {
  console.log(`\n== ${label}`);
  const r = spawnSync(cmd, args, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return r;
}

function ensureBrowser() {
  if (process.env.CHROME_PATH || existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() !== 0) {
    console.error(
      'No Chromium at /usr/bin/chromium: install it (apt-get install chromium) or set CHROME_PATH.',
    );
    process.exit(1);
  }
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const r = spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

/** Adds up web-test-runner's final "N passed, N failed". */
function browserSuite(label, args, env) {
  const r = run(label, 'npx', ['web-test-runner', ...args], env);
  const counts = [...(r.stdout ?? '').matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (counts) {
    passed += Number(counts[1]);
    failed += Number(counts[2]);
  }
  if (r.status !== 0 || !counts) broken = true;
}

ensureBrowser();
browserSuite('browser suite (Chromium, America/New_York)', [], {});

const timeTests = existsSync('test')
  ? readdirSync('test').filter((f) => /time.*\.test\.ts$/.test(f))
  : [];
for (const zone of timeTests.length ? ZONES : []) {
  browserSuite(
    `time-zone suite under ${zone}`,
    timeTests.map((f) => `test/${f}`),
    { TEST_TZ: zone },
  );
}

if (existsSync('test/cli') && readdirSync('test/cli').some((f) => f.endsWith('.test.mjs'))) {
  const r = run('command-line tools (node --test)', 'node', ['--test', 'test/cli/']);
  const p = /^# pass (\d+)$/m.exec(r.stdout ?? '');
  const f = /^# fail (\d+)$/m.exec(r.stdout ?? '');
  passed += Number(p?.[1] ?? 0);
  failed += Number(f?.[1] ?? 0);
  if (r.status !== 0 || !p) broken = true;
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(broken || failed ? 1 : 0);
