// Tests run in real headless browsers, in all three engines our members use:
//   Chromium (Android, desktop) — Debian's /usr/bin/chromium over puppeteer-core (CDP);
//   Firefox (desktop)           — Debian's firefox-esr over puppeteer-core (WebDriver BiDi);
//   WebKit (iPhone Safari)      — WebKitGTK's MiniBrowser over WebKitWebDriver (scripts/webkit-launcher.mjs).
// `npm test` (scripts/test.mjs) installs whatever is missing. Environment:
//   TEST_BROWSERS  comma list of chromium,firefox,webkit (default: all three)
//   TEST_TZ        the browsers' time zone (default America/New_York)
//   TEST_PORT      the dev server's port (the CLI's --port works too)
//   CHROME_PATH / FIREFOX_PATH / WEBKIT_MINIBROWSER  browser binaries
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { build } from 'esbuild';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { engineSummaryReporter } from './scripts/engine-summary-reporter.mjs';
import { wantedEngines } from './scripts/ensure-browsers.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { prerenderPages } from './test/helpers/prerender-server.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** The browsers' time zone: never UTC, so a missing zone conversion shows up as a failure. */
export const TEST_TZ = process.env.TEST_TZ || 'America/New_York';

const wanted = wantedEngines();

/** Pins the zone per page (the browser's own TZ is set too, for whatever reads it before). */
async function createPage({ context }) {
  const page = await context.newPage();
  await page.emulateTimezone(TEST_TZ);
  return page;
}

/**
 * Keys the same in every engine, for the commands plugins:
 * - puppeteer-core's WebDriver BiDi keyboard (Firefox) throws "Unknown key" for a few of the key
 *   names its CDP keyboard (Chromium) and WebDriver (WebKit) accept, e.g. `sendKeys({ press: 'Space' })`;
 * - `sendKeys({ press: 'Control+z' })` is a chord, as Playwright and our WebKit launcher read it
 *   (WebDriver takes no `down`/`up`, so a test that holds Control sends it this way).
 * Hands the plugins a page whose keyboard does both.
 */
const BIDI_KEYS = { Space: ' ' };
function withPortableKeys(launcher) {
  const getPage = launcher.getPage.bind(launcher);
  const key = (k) => (typeof k === 'string' && Object.hasOwn(BIDI_KEYS, k) ? BIDI_KEYS[k] : k);
  const chord = (k) =>
    typeof k === 'string' && k.length > 1 && k.includes('+') ? k.split('+') : [];
  launcher.getPage = (sessionId) => {
    const page = getPage(sessionId);
    const kb = page.keyboard;
    const press = async (k, o) => {
      const held = chord(k).map(key);
      if (!held.length) return kb.press(key(k), o);
      const last = held.pop();
      for (const h of held) await kb.down(h);
      await kb.press(last, o);
      for (const h of held.toReversed()) await kb.up(h);
    };
    const keyboard = {
      down: (k, o) => kb.down(key(k), o),
      up: (k) => kb.up(key(k)),
      press,
      type: (text, o) => kb.type(text, o),
      sendCharacter: (c) => kb.sendCharacter(c),
    };
    return new Proxy(page, {
      get(target, prop) {
        if (prop === 'keyboard') return keyboard;
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return launcher;
}

const launchers = {
  chromium: () =>
    withPortableKeys(
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          headless: true,
          env: { ...process.env, TZ: TEST_TZ },
          args: CHROMIUM_ARGS,
        },
        createPage,
      }),
    ),
  firefox: () =>
    withPortableKeys(
      chromeLauncher({
        puppeteer: puppeteerCore,
        launchOptions: {
          browser: 'firefox',
          executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
          headless: true,
          env: { ...process.env, TZ: TEST_TZ },
        },
        createPage,
      }),
    ),
  webkit: () => webkitLauncher({ timeZone: TEST_TZ }),
};

/** qrcode is CommonJS: bundle it once as ESM for the browser (the rollup CJS plugin mis-converts it). */
function qrcodeAsEsm() {
  let cached;
  return {
    name: 'qrcode-esm',
    async serve(ctx) {
      // nodeResolve does not apply package.json `browser` maps, so the entry arrives as lib/index.js.
      if (!/\/node_modules\/qrcode\/lib\/(browser|index)\.js$/.test(ctx.path)) return;
      cached ??= (
        await build({
          entryPoints: ['qrcode/lib/browser.js'],
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
        })
      ).outputFiles[0].text;
      return { body: cached, type: 'js' };
    },
  };
}

/**
 * A scriptable JSON feed for the loader's tests: `/__feed/<id>?status=&body=&etag=&maxAge=&retryAfter=&delay=&bytes=`
 * answers as told and logs each request; `/__feed-log/<id>` returns the log. `bytes=N` answers a
 * JSON string N bytes long, streamed in 64 KB chunks with no Content-Length (with `declared=1`,
 * whole, with one).
 * Logs are kept per browser (User-Agent): several engines share this server in one run and
 * their tests may pick the same id.
 */
function feedServer() {
  const logs = new Map();
  const key = (ctx, id) => `${ctx.get('user-agent')}\n${id}`;
  return async (ctx, next) => {
    const log = /^\/__feed-log\/(.+)$/.exec(ctx.path);
    if (log) {
      ctx.type = 'json';
      ctx.body = JSON.stringify(logs.get(key(ctx, log[1])) ?? []);
      return;
    }
    const feed = /^\/__feed\/(.+)$/.exec(ctx.path);
    if (!feed) return next();
    const q = ctx.query;
    const entries = logs.get(key(ctx, feed[1])) ?? [];
    logs.set(key(ctx, feed[1]), entries);
    entries.push({ ifNoneMatch: ctx.get('if-none-match') || null, at: Date.now() });
    if (q.delay) await new Promise((r) => setTimeout(r, Number(q.delay)));
    if (q.etag) ctx.set('ETag', `"${q.etag}"`);
    ctx.set('Cache-Control', q.maxAge ? `max-age=${q.maxAge}` : 'no-cache');
    if (q.retryAfter) ctx.set('Retry-After', q.retryAfter);
    if (q.etag && ctx.get('if-none-match') === `"${q.etag}"`) {
      ctx.status = 304;
      return;
    }
    ctx.status = Number(q.status || 200);
    ctx.type = 'json';
    const big = q.bytes && padded(Number(q.bytes));
    ctx.body = big ? (q.declared ? [...big].join('') : Readable.from(big)) : (q.body ?? '{}');
  };
}

/** A JSON string `bytes` long, in 64 KB chunks. */
function* padded(bytes) {
  yield '"';
  for (let left = bytes - 2; left > 0; left -= 65_536) yield 'x'.repeat(Math.min(left, 65_536));
  yield '"';
}

/** The strict policy the host-page tests run under. */
function cspPage() {
  return async (ctx, next) => {
    await next();
    if (ctx.path === '/test/pages/csp.html')
      ctx.set(
        'Content-Security-Policy',
        "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
      );
  };
}

/**
 * `emulate-forced-colors` { active }: Windows High Contrast (forced-colors: active), emulated over
 * the DevTools protocol, so Chromium only; elsewhere the command fails and tests fall back.
 */
function forcedColors() {
  // One DevTools session per page, kept: emulation ends when the session that set it detaches.
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) throw new Error('forced colours are emulated in Chromium only');
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/** `/__test-env`: what the run pinned, for the tests that check the pin. */
function testEnv() {
  return (ctx, next) => {
    if (ctx.path !== '/__test-env') return next();
    ctx.type = 'json';
    ctx.body = JSON.stringify({ timeZone: TEST_TZ });
  };
}

export default {
  files: ['test/**/*.test.ts'],
  ...(process.env.TEST_PORT ? { port: Number(process.env.TEST_PORT) } : {}),
  nodeResolve: { exportConditions: ['production'] },
  browsers: await Promise.all(wanted.map((b) => launchers[b]())),
  concurrency: 1,
  reporters: [defaultReporter(), engineSummaryReporter()],
  testFramework: { config: { timeout: 5000 } },
  middleware: [testEnv(), feedServer(), cspPage(), prerenderPages()],
  // a11ySnapshot: the accessibility tree as screen readers get it (Chromium; others throw).
  plugins: [
    a11ySnapshotPlugin(),
    qrcodeAsEsm(),
    forcedColors(),
    esbuildPlugin({ ts: true, tsconfig, target: 'es2022' }),
  ],
};
