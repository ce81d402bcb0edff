#!/usr/bin/env node
// `npm run test:wordpress`: the WordPress plugin in a real WordPress, offline
// (wordpress/test/wordpress.test.mjs). The WordPress tooling (WordPress Playground's CLI and the
// WordPress zips, about 1 GB installed) has its own package.json and lockfile in wordpress/test/,
// installed here — never by the root `npm ci`, so `npm ci && npm test` stays lean.
// 1. `npm ci --prefix wordpress/test` (on CI always; elsewhere when its node_modules is missing
//    or older than its lockfile).
// 2. Chromium from Debian, when missing (scripts/ensure-browsers.mjs).
// 3. The plugin zip (dist/union-widgets-wordpress.zip): `npm run build` when it is missing.
// 4. The tests, with node's test runner; exits with its status.
// Environment: WP_TEST_MATRIX ("6.5:8.3,6.2:7.4": WordPress:PHP pairs, WordPress 6.2–6.5),
// WP_TEST_PORT (8640: WordPress; the next port serves its zip).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { ensureBrowsers } from './ensure-browsers.mjs';

const started = Date.now();
const run = (cmd, args) => {
  console.log(`\n== ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`test:wordpress: \`${cmd} ${args.join(' ')}\` failed (${r.status ?? r.signal})`);
    process.exit(1);
  }
};

const lock = 'wordpress/test/package-lock.json';
const installed = 'wordpress/test/node_modules/.package-lock.json';
if (
  process.env.CI ||
  !existsSync(installed) ||
  statSync(installed).mtimeMs < statSync(lock).mtimeMs
)
  // --loglevel=error: Playground's packages declare Node >= 24 and run on 20 (TOOLCHAIN.md); their
  // engine warnings would bury the test output.
  run('npm', ['ci', '--prefix', 'wordpress/test', '--no-audit', '--no-fund', '--loglevel=error']);
console.log(`   (WordPress tooling ready after ${((Date.now() - started) / 1000).toFixed(0)} s)`);

ensureBrowsers(['chromium']);
if (!existsSync('dist/union-widgets-wordpress.zip')) run('npm', ['run', 'build']);

const r = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=spec', 'wordpress/test/wordpress.test.mjs'],
  {
    stdio: 'inherit',
  },
);
console.log(`\n== test:wordpress done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(r.status ?? 1);
