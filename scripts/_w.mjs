import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './static-server.mjs';
const data = JSON.parse(readFileSync('bench/.out/campaign.json', 'utf8'));
const server = await serve('/tmp/ssrx', { routes: { '/p.html': async () => ({ body: '<!doctype html><p>x', type: 'text/html' }) } });
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.text()));
await page.goto(server.url + '/p.html');
for (const [widget, key] of [['town-hall', 'townHall'], ['petition-counter', 'petition'], ['action-checklist', 'actionChecklist'], ['vote-tally','voteTally'], ['ta-list','taList']]) {
  const r = await page.evaluate(async (options) => {
    const w = new Worker('/worker.js', { type: 'module' });
    const t = performance.now();
    return await new Promise((res) => { w.onmessage = (e) => res({ ...e.data, ms: performance.now() - t }); w.onerror = (e) => res({ error: 'worker error ' + e.message }); w.postMessage({ id: 1, options }); });
  }, { widget, data: data[key], attributes: { lang: 'es', source: 'UFCW7' } });
  console.log(widget, r.error ?? `${r.html.length} chars in ${r.ms.toFixed(0)} ms: ${r.html.replace(/<style[^>]*>.*?<\/style>/, '').slice(0, 200)}`);
}
await browser.close(); server.close();
