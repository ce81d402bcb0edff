// Render-time benchmark for <union-ta-list> with 1 000 items, in headless Chromium.
// Serves the built dist/ (run `npm run build` first), renders each scenario several times and
// prints the median and range. Timings are printed, never asserted.
//
//   node scripts/bench-ta-list.mjs [runs=9]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const runs = Number(process.argv[2] ?? 9);
const types = { '.js': 'text/javascript', '.html': 'text/html' };

const page = `<!doctype html><html lang="en"><body><script type="module" src="/ta-list.js"></script></body></html>`;
const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  try {
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) throw new Error('outside dist');
    const body = await readFile(file);
    res
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
});

/** Runs in the page: each scenario returns milliseconds from the change to the next frame's layout. */
const measure = async (scenario) => {
  await customElements.whenDefined('union-ta-list');
  localStorage.clear();
  const data = (groups, per) => ({
    title: 'Bench',
    updated: '2025-08-15',
    subgroups: Array.from({ length: groups }, (_, g) => ({
      name: `Subgroup ${g} tecnología`,
      summary: 'A subgroup summary of ordinary length, one sentence or so.',
      items: Array.from({ length: per }, (_, i) => ({
        title: `Agreement ${g}.${i}: a dashboard that shares up-to-date staffing information with every team`,
        detail:
          i % 4 ? undefined : 'Including training and communication strategies for every region.',
        status: ['ta', 'recommended', 'open'][i % 3],
        date: i % 2 ? '2025-08-14' : undefined,
      })),
    })),
  });
  const settle = (el) =>
    el.updateComplete.then(() => (void document.body.offsetHeight, performance.now()));
  const el = document.createElement('union-ta-list');
  const t0 = performance.now();
  let t1;
  if (scenario === 'first render, 20 subgroups × 50 items (collapsed)') {
    el.data = data(20, 50);
    document.body.append(el);
    t1 = await settle(el);
  } else {
    el.data = scenario.startsWith('open one') ? data(1, 1000) : data(20, 50);
    document.body.append(el);
    await settle(el);
    const start = performance.now();
    if (scenario.startsWith('open one')) {
      el.shadowRoot.querySelector('button.head').click();
    } else {
      const input = el.shadowRoot.querySelector('input');
      input.value = scenario.startsWith('search matching all') ? 'agreement' : 'agreement 7.4';
      input.dispatchEvent(new Event('input'));
    }
    t1 = await settle(el);
    el.remove();
    return { ms: t1 - start };
  }
  el.remove();
  return { ms: t1 - t0 };
};

const scenarios = [
  'first render, 20 subgroups × 50 items (collapsed)',
  'open one subgroup of 1 000 items',
  'search matching all 1 000 items (all shown)',
  'search narrowing to 11 of 1 000 items',
];
const tab = await browser.newPage();
await tab.goto(url);
console.log(
  `<union-ta-list> render times, ${runs} runs each (median, min–max), headless Chromium:`,
);
for (const s of scenarios) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await tab.evaluate(measure, s)).ms);
  times.sort((a, b) => a - b);
  const f = (n) => n.toFixed(1).padStart(6);
  console.log(
    `  ${s.padEnd(52)} ${f(times[runs >> 1])} ms  (${f(times[0])} – ${f(times[runs - 1])})`,
  );
}
await browser.close();
server.close();
