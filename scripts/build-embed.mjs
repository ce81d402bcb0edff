#!/usr/bin/env node
// After the bundles are built: emits the iframe embed (dist/embed.html + dist/embed/: its module,
// stylesheet and the parent page's resize script, all minified copies of embed/) and
// dist/sri.json — a Subresource Integrity hash (sha384) for every script in dist/, plus, for each
// entry, the chunks it imports up front, so the embed builder can pin them all, and the CDN
// addresses the snippets use (`cdn` for scripts, `pages` for embed.html: scripts/cdn.mjs).
// Touches no bundle: the widget files are only read, to hash them.
import { build, transform } from 'esbuild';
import { cdnBases } from './cdn.mjs';
import { closure } from './dist-graph.mjs';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dist = 'dist';
if (!existsSync(join(dist, 'union-widgets.js')) || !existsSync(join(dist, 'schemas.js'))) {
  console.error('build-embed: run vite build and scripts/build-schemas.mjs first');
  process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
/** Where the snippets point: the public npm CDNs of this version, or UNION_CDN / UNION_PAGES. */
const { scripts: cdn, pages } = cdnBases();

// 1. The embed page. Its module imports ../schemas.js and loads ../union-widgets.js: both stay
//    external, so the page reuses the files a CDN already caches.
mkdirSync(join(dist, 'embed'), { recursive: true });
writeFileSync(join(dist, 'embed.html'), readFileSync('embed/embed.html'));
await build({
  entryPoints: ['embed/embed.js'],
  bundle: true,
  external: ['../schemas.js'],
  format: 'esm',
  target: 'es2022',
  minify: true,
  outfile: join(dist, 'embed/embed.js'),
  logLevel: 'warning',
});
const css = await transform(readFileSync('embed/embed.css', 'utf8'), {
  loader: 'css',
  minify: true,
});
writeFileSync(join(dist, 'embed/embed.css'), css.code);
const resize = await transform(readFileSync('embed/resize.js', 'utf8'), {
  loader: 'js',
  minify: true,
  target: 'es5',
});
writeFileSync(join(dist, 'embed/resize.js'), resize.code);

// 2. SRI hashes.
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'types' || e.name === 'schema'
        ? []
        : files(join(dir, e.name))
      : e.name.endsWith('.js')
        ? [join(dir, e.name)]
        : [],
  );
const rel = (f) => relative(dist, f).split('\\').join('/');
const sri = (f) => `sha384-${createHash('sha384').update(readFileSync(f)).digest('base64')}`;

const all = files(dist).sort();
const integrity = Object.fromEntries(all.map((f) => [rel(f), sri(f)]));
const preload = Object.fromEntries(
  readdirSync(dist)
    .filter((f) => f.endsWith('.js') && !f.endsWith('.iife.js') && f !== 'schemas.js')
    .map((f) => [f, [...closure(join(dist, f))].slice(1).map(rel)]),
);
writeFileSync(
  join(dist, 'sri.json'),
  JSON.stringify({ version, cdn, pages, integrity, preload }, null, 2) + '\n',
);
console.log(`embed: dist/embed.html; sri: ${all.length} scripts hashed in dist/sri.json`);
