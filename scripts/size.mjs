#!/usr/bin/env node
// Size check: what a browser downloads for each entry in dist/ (the entry plus every chunk it
// imports statically), each file gzipped at -9 as a CDN would serve it. Fails when an entry is
// over its ceiling. The goals are the issues' budgets; a ceiling above its goal is a measured
// shortfall, recorded here with its reason so nobody mistakes it for the goal.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, relative } from 'node:path';

const dist = 'dist';
const KB = 1024;

/** Goals from the issues; `ceiling` (enforced) where measured reality is above the goal. */
const budgets = {
  'union-widgets.js': { goal: 20 * KB },
  'vote-tally.js': {
    goal: 10 * KB,
    ceiling: 11.5 * KB,
    why: 'Lit alone is 6.05 KB; see README "Size"',
  },
  'town-hall.js': { goal: 12 * KB },
  'petition-counter.js': { goal: 10 * KB },
  'action-checklist.js': { goal: 10 * KB },
  'ta-list.js': { goal: 10 * KB },
  'union-widgets.iife.js': { goal: 32 * KB, why: 'one file: cannot lazy-load the QR encoder' },
  'qr chunk': { goal: 10 * KB },
};

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const staticImports = (file) =>
  [
    ...readFileSync(file, 'utf8').matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g,
    ),
  ]
    .map((m) => m[1])
    .filter((s) => s.startsWith('.'))
    .map((s) => join(dirname(file), s));
const dynamicImports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)].map((m) =>
    join(dirname(file), m[1]),
  );

/** The entry and everything it loads up front. */
function closure(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const dep of staticImports(entry)) closure(dep, seen);
  return seen;
}

if (!existsSync(join(dist, 'union-widgets.js'))) {
  console.error('size: dist/ is missing; run npm run build first');
  process.exit(2);
}

const rows = [];
const entries = readdirSync(dist).filter((f) => f.endsWith('.js'));
const lazy = new Set();
for (const name of entries) {
  const files = name.endsWith('.iife.js') ? new Set([join(dist, name)]) : closure(join(dist, name));
  let bytes = 0;
  for (const f of files) {
    bytes += gz(f);
    dynamicImports(f).forEach((d) => lazy.add(d));
  }
  rows.push({ name, bytes, files: [...files].map((f) => relative(dist, f)) });
}
for (const f of lazy) {
  const files = closure(f);
  const own = [...files].filter(
    (x) => !rows.some((r) => r.name === 'union-widgets.js' && r.files.includes(relative(dist, x))),
  );
  rows.push({
    name: 'qr chunk',
    bytes: own.reduce((s, x) => s + gz(x), 0),
    files: own.map((x) => relative(dist, x)),
  });
}

let failed = false;
console.log('entry                     min+gzip -9   goal      ceiling   status');
for (const r of rows) {
  const b = budgets[r.name] ?? {};
  const ceiling = b.ceiling ?? b.goal;
  const over = ceiling !== undefined && r.bytes > ceiling;
  failed ||= over;
  const status = over
    ? 'FAIL: over ceiling'
    : b.goal !== undefined && r.bytes > b.goal
      ? `over goal (${b.why})`
      : 'ok';
  const f = (n) => (n === undefined ? '-' : `${(n / KB).toFixed(2)} KB`).padEnd(10);
  console.log(`${r.name.padEnd(26)}${f(r.bytes)}    ${f(b.goal)}${f(ceiling)}${status}`);
}
writeFileSync(join(dist, 'size.json'), JSON.stringify(rows, null, 2));
if (failed) {
  console.error('size: over budget');
  process.exit(1);
}
