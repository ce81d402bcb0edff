#!/usr/bin/env node
// `npm run bench`: builds, then measures side by side in one run, in headless Chromium on
// localhost: bytes (min+gzip -9) of our entries and of two peers bundled the same way; time from
// script start to every widget rendered for a page of all five and a page of 100, under 4× CPU
// throttling, median of several runs, beside the same number of add-to-calendar-buttons;
// long tasks; layout shift of the recommended snippet; JS heap after 100 widgets.
// Then prerendering (scripts/bench-pages.mjs): the floor — the five widgets' final DOM as
// declarative shadow DOM with no script — beside `union-widgets render`'s snippets (data from src,
// and inline) and the plain snippets: first contentful paint, main-thread time, their ratios to the
// floor, CLS at 800×600 and 390×844, loaded interleaved run by run; and, one widget per page, the
// requests for dist files other than the widget's own before any lazy feature is needed.
// Prints a table and writes bench-results.json. Timings are reported, never asserted.
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serve } from './static-server.mjs';
import {
  KEYS,
  SETTLED,
  STARTED,
  benchCampaign,
  floorPage,
  plainPage,
  prerenderedPage,
} from './bench-pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const THROTTLE = 4;

if (!process.argv.includes('--no-build')) execSync('npm run build --silent', { stdio: 'inherit' });

// ---- bytes -------------------------------------------------------------------------------
try {
  execSync('node scripts/size.mjs', { stdio: 'ignore' });
} catch {
  // Over a ceiling: the sizes are still written (dist/size.json), and reported below.
}
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
const oursReady = `() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('union-') && customElements.get(e.localName)).every((e) => e.shadowRoot && e.shadowRoot.querySelector('.widget') && !e.isUpdatePending)`;
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

// Prerendering: the demo campaign with a town hall still to come, read by the pages from
// /bench/campaign.json (src) or rendered from the same file (inline, and `render`'s input).
const benchData = benchCampaign(campaign);
writeFileSync('bench/.out/campaign.json', JSON.stringify(benchData));
/** The readers of the main runs are in the town hall's zone; one more CLS run has them elsewhere. */
const READER_ZONE = benchData.townHall.timeZone;
const OTHER_ZONE = 'America/New_York';
const prerenderPages = {
  '/bench/pre-src.html': await prerenderedPage('bench/.out/campaign.json', { inline: false }),
  '/bench/pre-inline.html': await prerenderedPage('bench/.out/campaign.json', { inline: true }),
  '/bench/plain-inline.html': plainPage(benchData, { inline: true }),
  '/bench/plain-src.html': plainPage(benchData, { inline: false }),
  '/bench/plain-inline-async.html': plainPage(benchData, { inline: true, blocking: false }),
};
// One widget per page, on its own entry file, to count what else it fetches.
const ENTRY = {
  voteTally: 'vote-tally',
  actionChecklist: 'action-checklist',
  townHall: 'town-hall',
  petition: 'petition-counter',
  taList: 'ta-list',
};
for (const key of KEYS) {
  const script = `/dist/${ENTRY[key]}.js`;
  prerenderPages[`/bench/one-plain-${key}.html`] = plainPage(benchData, {
    inline: true,
    keys: [key],
    script,
  });
  prerenderPages[`/bench/one-pre-${key}.html`] = await prerenderedPage('bench/.out/campaign.json', {
    inline: false,
    keys: [key],
    script,
  });
}

const pages = {
  ...prerenderPages,
  '/bench/campaign.json': JSON.stringify(benchData),
  '/bench/blank.html': '<!doctype html><title>blank</title>',
  '/bench/ours-5.html': oursPage(5),
  '/bench/ours-100.html': oursPage(100),
  '/bench/atcb-5.html': atcbPage(5),
  '/bench/atcb-100.html': atcbPage(100),
  '/bench/snippet.html': snippetPage(false),
  '/bench/snippet-inline.html': snippetPage(true),
};
const routes = Object.fromEntries(
  Object.entries(pages).map(([p, body]) => [
    p,
    async () => ({
      body: typeof body === 'string' ? body : body(),
      type: p.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8',
    }),
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

/** How long each load is watched (wall time, throttled): every page here settles well within it. */
const WINDOW_MS = 4000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * One load of `path`: first contentful paint, the main thread's busy time over the first
 * WINDOW_MS (the page left alone: no polling by the bench), CLS, requests; then a check that the
 * page had settled by then. `start`: the page never has idle time, so a prerendered widget whose
 * data matches stays asleep — the cost of the start alone.
 */
async function paint(path, { width = 800, height = 600, zone = READER_ZONE, start = false } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.emulateTimezone(zone);
  if (start)
    await page.evaluateOnNewDocument(() => {
      window.requestIdleCallback = () => 0;
    });
  // A same-origin page first, so the load measured stays in one renderer process.
  await page.goto(server.url + '/bench/blank.html');
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const busy = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
      .value * 1000;
  const before = await busy();
  await page.goto(server.url + path);
  await sleep(WINDOW_MS);
  const mainThreadMs = (await busy()) - before;
  const floor = path.includes('floor');
  if (!floor && !(await page.evaluate(`(${start ? STARTED : SETTLED})()`)))
    console.warn(`bench: ${path} had not settled within ${WINDOW_MS} ms; its figures are low`);
  const r = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    cls: window.__cls,
    requests: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  }));
  await page.close();
  return { ...r, mainThreadMs };
}

// The floor, read once from the settled page (unthrottled): the widgets' final DOM.
{
  const page = await browser.newPage();
  await page.setViewport({ width: 800, height: 600 });
  await page.emulateTimezone(READER_ZONE);
  const floor = await floorPage(page, server.url + '/bench/pre-src.html');
  routes['/bench/floor.html'] = async () => ({ body: floor, type: 'text/html; charset=utf-8' });
  await page.close();
}
const PRERENDER = {
  floor: ['/bench/floor.html', 'floor: final DOM as DSD, no script'],
  preSrc: ['/bench/pre-src.html', 'prerendered, data from src'],
  preInline: ['/bench/pre-inline.html', 'prerendered, inline data'],
  plainInline: ['/bench/plain-inline.html', 'plain, inline data (blocking)'],
  plainInlineAsync: ['/bench/plain-inline-async.html', 'plain, inline, not blocking'],
  plainSrc: ['/bench/plain-src.html', 'plain, data from src'],
};
const loads = Object.fromEntries(
  Object.keys(PRERENDER).map((k) => [k, { 800: [], 390: [], start: [] }]),
);
for (let run = 0; run < RUNS; run++)
  for (const [key, [path]] of Object.entries(PRERENDER)) {
    loads[key][800].push(await paint(path));
    loads[key][390].push(await paint(path, { width: 390, height: 844 }));
    loads[key].start.push(await paint(path, { start: true }));
  }
const prerender = Object.fromEntries(
  Object.entries(loads).map(([key, { 800: wide, 390: narrow, start }]) => [
    key,
    {
      page: PRERENDER[key][1],
      fcpMs: median(wide.map((l) => l.fcp)),
      startMs: median(start.map((l) => l.mainThreadMs)),
      mainThreadMs: median(wide.map((l) => l.mainThreadMs)),
      cls800: median(wide.map((l) => l.cls)),
      cls390: median(narrow.map((l) => l.cls)),
    },
  ]),
);
for (const row of Object.values(prerender)) {
  row.fcpRatio = row.fcpMs / prerender.floor.fcpMs;
  row.startRatio = row.startMs / prerender.floor.startMs;
  row.mainThreadRatio = row.mainThreadMs / prerender.floor.mainThreadMs;
}
const elsewhere = {
  cls800: (await paint('/bench/pre-src.html', { zone: OTHER_ZONE })).cls,
  cls390: (await paint('/bench/pre-src.html', { width: 390, height: 844, zone: OTHER_ZONE })).cls,
};
const others = (requests, own) =>
  requests.filter((p) => p.startsWith('/dist/') && p !== own).map((p) => p.slice(6));
const requests = {};
for (const key of KEYS) {
  const own = `/dist/${ENTRY[key]}.js`;
  requests[ENTRY[key]] = {
    plainInline: others((await paint(`/bench/one-plain-${key}.html`)).requests, own),
    prerenderedSrc: others((await paint(`/bench/one-pre-${key}.html`)).requests, own),
  };
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
  prerender,
  prerenderElsewhere: { zone: OTHER_ZONE, ...elsewhere },
  requests,
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
console.log(
  `\nPrerendering: five widgets on a host page (median of ${RUNS}, ${THROTTLE}× CPU, loaded interleaved; readers in the town hall's zone, ${READER_ZONE})`,
);
console.log(
  `  main thread: busy time in the first ${WINDOW_MS / 1000} s (4× slower) — "start": the page given no idle time (a prerendered widget whose data matches stays asleep); "settled": as it is, idle-time takeover included`,
);
const cells = [
  ['FCP ms', 7],
  ['×floor', 7],
  ['start ms', 9],
  ['×floor', 7],
  ['settled ms', 11],
  ['×floor', 7],
  ['CLS 800×600', 12],
  ['CLS 390×844', 12],
];
console.log(`  ${'page'.padEnd(34)} ${cells.map(([h, w]) => h.padStart(w)).join(' ')}`);
const row = (name, values) =>
  console.log(
    `  ${name.padEnd(34)} ${values.map((v, i) => (v ?? '').padStart(cells[i][1])).join(' ')}`,
  );
for (const r of Object.values(prerender))
  row(r.page, [
    r.fcpMs.toFixed(0),
    r.fcpRatio.toFixed(2),
    r.startMs.toFixed(0),
    r.startRatio.toFixed(2),
    r.mainThreadMs.toFixed(0),
    r.mainThreadRatio.toFixed(2),
    r.cls800.toFixed(4),
    r.cls390.toFixed(4),
  ]);
row(`prerendered from src, reader in ${OTHER_ZONE}`, [
  ...Array(6),
  elsewhere.cls800.toFixed(4),
  elsewhere.cls390.toFixed(4),
]);
console.log(
  '\nOther dist files fetched by a page of one widget (its own entry), with no lazy feature used:',
);
for (const [widget, r] of Object.entries(requests))
  console.log(
    `  ${widget.padEnd(20)} plain inline: ${r.plainInline.join(', ') || 'none'}; prerendered, src: ${r.prerenderedSrc.join(', ') || 'none'}`,
  );
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nwritten: bench-results.json');
