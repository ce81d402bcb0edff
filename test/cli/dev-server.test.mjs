// `npm start`'s demo server (scripts/start.mjs): reachable from this machine only, and it serves
// the demo and dist/ alone — never the checkout's dot-files, package.json or node_modules.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const port = 18_000 + (process.pid % 1000);
let server;

before(async () => {
  server = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('the demo server did not start in 10 s');
});
after(() => server.kill());

const status = async (path, host = '127.0.0.1') =>
  (await fetch(`http://${host}:${port}${path}`, { redirect: 'manual' })).status;

test('serves the demo, the builder (as built, and its source) and the sample campaign', async () => {
  for (const path of [
    '/',
    '/demo/index.html',
    '/dist/builder.html',
    '/dist/builder/builder.js',
    '/demo/builder.html',
    '/demo/campaign.json',
  ])
    assert.equal(await status(path), 200, path);
});

test('serves nothing else of the checkout: no dot-files, package.json, sources or node_modules', async () => {
  for (const path of [
    '/.git/config',
    '/.ci/run',
    '/package.json',
    '/package-lock.json',
    '/node_modules/lit/package.json',
    '/src/index.ts',
    '/scripts/test.mjs',
    '/demo/../package.json',
    '/demo/%2e%2e/package.json',
    '/dist/../.git/config',
    '/demo/.hidden',
  ])
    assert.equal(await status(path), 404, path);
});

test('listens on 127.0.0.1 alone, not on every interface', async () => {
  // 127.0.0.2 is this machine too, but not the address bound: a server on every interface (as
  // before) answers there, as it would on the LAN address.
  await assert.rejects(status('/', '127.0.0.2'), 'reachable on an address other than 127.0.0.1');
});
