// Tests run in real headless browsers (Debian's Chromium here; see TOOLCHAIN notes in README).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** The browser's time zone: never UTC, so a missing zone conversion shows up as a failure. */
export const TEST_TZ = process.env.TEST_TZ || 'America/New_York';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
  async createPage({ context }) {
    const page = await context.newPage();
    await page.emulateTimezone(TEST_TZ);
    return page;
  },
});

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
 * A scriptable JSON feed for the loader's tests: `/__feed/<id>?status=&body=&etag=&maxAge=&retryAfter=&delay=`
 * answers as told and logs each request; `/__feed-log/<id>` returns the log.
 */
function feedServer() {
  const logs = new Map();
  return async (ctx, next) => {
    const log = /^\/__feed-log\/(.+)$/.exec(ctx.path);
    if (log) {
      ctx.type = 'json';
      ctx.body = JSON.stringify(logs.get(log[1]) ?? []);
      return;
    }
    const feed = /^\/__feed\/(.+)$/.exec(ctx.path);
    if (!feed) return next();
    const q = ctx.query;
    const entries = logs.get(feed[1]) ?? [];
    logs.set(feed[1], entries);
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
    ctx.body = q.body ?? '{}';
  };
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  browsers: [chromium],
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  middleware: [feedServer(), cspPage()],
  plugins: [qrcodeAsEsm(), esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
};
