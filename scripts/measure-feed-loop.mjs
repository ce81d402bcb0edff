#!/usr/bin/env node
// Issue 11 §1's figure, measured with real timers: how many requests one tab sends in 60 s when
// its feed answers `Cache-Control: max-age=2592000` (30 days) or a 503 with
// `Retry-After: 3000000`, with `refresh="10"`. Before the fix: hundreds to thousands (the wait
// overflowed setTimeout's 32-bit delay). Needs dist/ (npm run build). Prints one line per case.
import puppeteer from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './static-server.mjs';

const SECONDS = Number(process.env.SECONDS || 60);
const root = fileURLToPath(new URL('../', import.meta.url));
const cases = {
  'max-age=2592000': { status: 200, headers: { 'cache-control': 'max-age=2592000' } },
  '503 + Retry-After: 3000000': { status: 503, headers: { 'retry-after': '3000000' } },
};
const counts = Object.fromEntries(Object.keys(cases).map((k) => [k, 0]));
const routes = {};
for (const [name, { status, headers }] of Object.entries(cases)) {
  const path = `/feed-${encodeURIComponent(name).replace(/%/g, '')}.json`;
  cases[name].path = path;
  routes[path] = () => {
    counts[name]++;
    return {
      body: JSON.stringify({ results: [{ union: 'A', yesPercent: 95 }] }),
      type: 'application/json',
      status,
      headers,
    };
  };
}
const server = await serve(root, { routes });
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [name, { path }] of Object.entries(cases)) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/demo/index.html`, { waitUntil: 'load' });
    await page.setContent(
      `<script type="module" src="${server.url}/dist/union-widgets.js"></script>
       <union-vote-tally src="${server.url}${path}" refresh="10"></union-vote-tally>`,
    );
    await new Promise((r) => setTimeout(r, SECONDS * 1000));
    console.log(`${name}: ${counts[name]} requests in ${SECONDS} s`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
