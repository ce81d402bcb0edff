#!/usr/bin/env node
// Makes sure the browsers the suite runs in are installed, from Debian (test tools that download
// their own browsers cannot work on this network): Chromium, Firefox ESR, and WebKitGTK's
// MiniBrowser + WebKitWebDriver with Xvfb (MiniBrowser has no headless mode).
// Installs what is missing with apt-get when root; otherwise says what to install and fails.
// Node built-ins only: .ci/run calls it before `npm ci`.
//   node scripts/ensure-browsers.mjs [chromium] [firefox] [webkit]   (default: TEST_BROWSERS or all)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const MINIBROWSERS = ['x86_64', 'aarch64'].flatMap((arch) =>
  ['4.1', '4.0'].map((v) => `/usr/lib/${arch}-linux-gnu/webkit2gtk-${v}/MiniBrowser`),
);

/** For each engine: [what must exist, the Debian package that provides it]. */
const NEEDS = {
  chromium: () => [[existsSync(process.env.CHROME_PATH || '/usr/bin/chromium'), 'chromium']],
  firefox: () => [[existsSync(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'), 'firefox-esr']],
  webkit: () => [
    [
      onPath('WebKitWebDriver') &&
        (process.env.WEBKIT_MINIBROWSER
          ? existsSync(process.env.WEBKIT_MINIBROWSER)
          : MINIBROWSERS.some((p) => existsSync(p))),
      'webkit2gtk-driver',
    ],
    [onPath('xvfb-run') || !!process.env.WEBKIT_NO_XVFB, 'xvfb'],
    [onPath('xauth') || !!process.env.WEBKIT_NO_XVFB, 'xauth'],
  ],
};

/** Engines named in TEST_BROWSERS (default all). */
export function wantedEngines(list = process.env.TEST_BROWSERS) {
  const wanted = (list || ENGINES.join(','))
    .split(',')
    .map((b) => b.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((b) => !ENGINES.includes(b));
  if (unknown.length)
    throw new Error(`TEST_BROWSERS: unknown ${unknown.join(', ')} (use ${ENGINES.join(', ')})`);
  return wanted;
}

export function ensureBrowsers(engines = wantedEngines()) {
  const missing = [
    ...new Set(
      engines.flatMap((e) =>
        NEEDS[e]()
          .filter(([ok]) => !ok)
          .map(([, pkg]) => pkg),
      ),
    ),
  ];
  if (!missing.length) return;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    console.error(
      `Missing browser packages: apt-get install ${missing.join(' ')}` +
        ' (or set CHROME_PATH / FIREFOX_PATH / WEBKIT_MINIBROWSER, or narrow TEST_BROWSERS).',
    );
    process.exit(1);
  }
  console.log(`== installing ${missing.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...missing],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed (${r.status ?? r.signal})`);
      process.exit(r.status || 1);
    }
  }
  const still = engines.flatMap((e) =>
    NEEDS[e]()
      .filter(([ok]) => !ok)
      .map(([, pkg]) => pkg),
  );
  if (still.length) {
    console.error(`Still missing after apt-get: ${still.join(' ')}`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  ensureBrowsers(args.length ? wantedEngines(args.join(',')) : wantedEngines());
}
