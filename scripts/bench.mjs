#!/usr/bin/env node
// `npm run bench`: builds, then measures side by side in one run, in headless Chromium on
// localhost: bytes (min+gzip -9) of our entries and of two peers bundled the same way; time from
// script start to every widget rendered for a page of all five and a page of 100, under 4× CPU
// throttling, median of several runs, beside the same number of add-to-calendar-buttons;
// long tasks; layout shift of the recommended snippet; JS heap after 100 widgets.
// Prints a table and writes bench-results.json. Timings are reported, never asserted.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const THROTTLE = 4;

if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { stdio: 'inherit' });

// ---- bytes -------------------------------------------------------------------------------
execSync('node scripts/size.mjs', { stdio: 'ignore' });
const ours = JSON.parse(readFileSync('dist/size.json', 'utf8'));
mkdirSync('bench/.out', { recursive: true });
async function peer(name, contents) {
  const out = `bench/.out/${name}.js`;
  await build({
    stdin: { contents, resolveDir: '.', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  });
  return { name, bytes: gzipSync(readFileSync(out), { level: 9 }).length, file: out };
}
const peers = [
  await peer('add-to-calendar-button', "import 'add-to-calendar-button';"),
  await peer(
    'shoelace sl-qr-code + sl-progress-bar',
    "import '@shoelace-style/shoelace/dist/components/qr-code/qr-code.js'; import '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js';",
  ),
];

// ---- pages -------------------------------------------------------------------------------
const campaign = JSON.parse(readFileSync('demo/campaign.json', 'utf8'));
const WIDGETS = [
  ['union-vote-tally', campaign.voteTally],
  ['union-action-checklist', campaign.actionChecklist],
  ['union-town-hall', campaign.townHall],
  ['union-petition-counter', campaign.petition],
  ['union-ta-list', campaign.taList],
];
const harness = (
  loader,
  tags,
  readyCheck,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>
  window.__t0 = performance.now(); window.__long = []; window.__cls = 0;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => __long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) __cls += e.value; })).observe({ type: 'layout-shift', buffered: true });
</script>
${loader}
</head><body style="margin:0;font:16px system-ui;max-width:60rem">
${tags}
<script type="module">
  const ready = ${readyCheck};
  const tick = () => (ready() ? ((window.__t1 = performance.now()), (window.__done = true)) : requestAnimationFrame(tick));
  tick();
</script></body></html>`;
const oursReady = `() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('union-') && customElements.get(e.localName)).every((e) => e.shadowRoot && e.shadowRoot.querySelector('.w') && !e.isUpdatePending)`;
const atcbReady = `() => [...document.querySelectorAll('add-to-calendar-button')].every((e) => e.shadowRoot && e.shadowRoot.querySelector('button, .atcb-button, .atcb-initialized'))`;
function oursPage(count) {
  const tags = Array.from({ length: count }, (_, i) => {
    const [tag, data] = WIDGETS[i % WIDGETS.length];
    return `<${tag} lang="en"><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></${tag}>`;
  }).join('\n');
  return harness('<script type="module" src="/dist/union-widgets.js"></script>', tags, oursReady);
}
function atcbPage(count) {
  const tags = Array.from(
    { length: count },
    (_, i) =>
      `<add-to-calendar-button name="Tele-Town Hall ${i}" startDate="2021-10-28" startTime="10:00" endTime="11:00" timeZone="America/Denver" options="'Apple','Google','iCal','Outlook.com'"></add-to-calendar-button>`,
  ).join('\n');
  return harness(
    '<script type="module" src="/bench/.out/add-to-calendar-button.js"></script>',
    tags,
    atcbReady,
  );
}
// The recommended snippet: fallback content inside each tag, data from a src feed, or inline.
const KEYS = ['voteTally', 'actionChecklist', 'townHall', 'petition', 'taList'];
const snippetPage = (inline) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.__cls = 0; new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) __cls += e.value; })).observe({ type: 'layout-shift', buffered: true });</script>
<script type="module" src="/dist/union-widgets.js"></script></head><body style="margin:0;font:16px system-ui;max-width:40rem">
<p>Campaign news</p>
${WIDGETS.map(([tag, data], i) =>
  inline
    ? `<${tag}><p>Loading the campaign…</p><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></${tag}>`
    : `<${tag} src="/demo/campaign.json#/${KEYS[i]}"><p>Loading the campaign…</p></${tag}>`,
).join('\n')}
<p>Footer</p></body></html>`;

const pages = {
  '/bench/ours-5.html': oursPage(5),
  '/bench/ours-100.html': oursPage(100),
  '/bench/atcb-5.html': atcbPage(5),
  '/bench/atcb-100.html': atcbPage(100),
  '/bench/snippet.html': snippetPage(false),
  '/bench/snippet-inline.html': snippetPage(true),
};
const routes = Object.fromEntries(
  Object.entries(pages).map(([p, html]) => [
    p,
    async () => ({ body: html, type: 'text/html; charset=utf-8' }),
  ]),
);
const server = await serve('.', { routes });

// ---- time, long tasks, memory, CLS ------------------------------------------------------
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(path, { heap = false } = {}) {
  const times = [];
  const busy = [];
  const longs = [];
  let heapBytes;
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const before = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
    await page.goto(server.url + path, { waitUntil: 'load' });
    await page.waitForFunction('window.__done === true', { timeout: 120_000, polling: 50 });
    const after = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]),
    );
    const r = await page.evaluate(() => ({
      t: window.__t1 - window.__t0,
      long: window.__long.filter((d) => d > 50).length,
    }));
    times.push(r.t);
    longs.push(r.long);
    busy.push((after.TaskDuration - (before.TaskDuration ?? 0)) * 1000);
    if (heap && run === 0) {
      await cdp.send('HeapProfiler.collectGarbage');
      heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    await page.close();
  }
  return {
    ms: median(times),
    mainThreadMs: median(busy),
    longTasks: Math.max(...longs),
    heapBytes,
  };
}

async function cls(path) {
  const page = await browser.newPage();
  await page.goto(server.url + path, { waitUntil: 'networkidle0' });
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const value = await page.evaluate(() => window.__cls);
  await page.close();
  return value;
}

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  cpuThrottle: THROTTLE,
  bytes: { ours, peers: peers.map(({ name, bytes }) => ({ name, bytes })) },
  time: {
    'union-widgets, 5 widgets': await measure('/bench/ours-5.html'),
    'add-to-calendar-button ×5': await measure('/bench/atcb-5.html'),
    'union-widgets, 100 widgets': await measure('/bench/ours-100.html', { heap: true }),
    'add-to-calendar-button ×100': await measure('/bench/atcb-100.html', { heap: true }),
  },
  cls: { src: await cls('/bench/snippet.html'), inline: await cls('/bench/snippet-inline.html') },
};
await browser.close();
server.close();

const kb = (b) => `${(b / 1024).toFixed(2)} KB`;
console.log('\nBytes (min+gzip -9, what loads up front)');
for (const r of ours) console.log(`  ${r.name.padEnd(40)} ${kb(r.bytes)}`);
for (const p of peers) console.log(`  ${(p.name + ' (peer)').padEnd(40)} ${kb(p.bytes)}`);
console.log(`\nTime (median of ${RUNS}, ${THROTTLE}× CPU throttle): script start → all rendered`);
console.log(
  `  ${'page'.padEnd(32)} ${'wall ms'.padStart(9)} ${'main-thread ms'.padStart(15)} ${'long tasks'.padStart(11)} ${'JS heap'.padStart(10)}`,
);
for (const [name, m] of Object.entries(results.time))
  console.log(
    `  ${name.padEnd(32)} ${m.ms.toFixed(1).padStart(9)} ${m.mainThreadMs.toFixed(1).padStart(15)} ${String(m.longTasks).padStart(11)} ${(m.heapBytes ? kb(m.heapBytes) : '-').padStart(10)}`,
  );
console.log(
  `\nLayout shift (CLS), five widgets with fallback text: data from src ${results.cls.src.toFixed(4)}, inline ${results.cls.inline.toFixed(4)}`,
);
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten: bench-results.json');
