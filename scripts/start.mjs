#!/usr/bin/env node
// `npm start` (after the build): the demo on http://localhost:8000/ — the built dist/ and the
// sample campaign, served the way we recommend a CDN serve them, under a strict
// Content-Security-Policy.
//
// Only this machine can reach it (127.0.0.1), and it serves only what the demo needs: / and the
// files under /demo/ and /dist/, never a dot-file (.git, .env) and nothing else of the checkout
// (package.json, node_modules, sources). `HOST=0.0.0.0 npm start` opens it to the local network,
// with a warning; `PORT` picks the port.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './static-server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 8000);
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1)$/;
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'";

/** What the demo, the builder and the embed load; everything else is 404. */
export const served = (path) => path === '/' || /^\/(demo|dist)\/(?![^]*\/\.)/.test(path);

if (!LOOPBACK.test(host))
  console.warn(
    `Warning: listening on ${host}, so anyone on your network can open the demo. ` +
      'It serves only /demo/ and /dist/; stop it (Ctrl-C) when you are done.',
  );

const { url } = await serve(root, {
  host,
  port,
  allow: served,
  routes: {
    '/': async () => ({
      body: await readFile(join(root, 'demo/index.html')),
      type: 'text/html; charset=utf-8',
    }),
  },
  headers: (path) => ({
    ...(path.endsWith('.json') ? { 'Cache-Control': 'public, max-age=30' } : {}),
    ...(path === '/' || path.endsWith('.html') ? { 'Content-Security-Policy': CSP } : {}),
  }),
});
console.log(`The demo: ${url.replace('127.0.0.1', 'localhost')}/  (Ctrl-C stops it)`);
