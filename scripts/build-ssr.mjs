#!/usr/bin/env node
// Builds dist/ssr.js: the widgets and the prerender function (src/ssr.ts) for `union-widgets
// render`, run in Node; and dist/prerender.js, the same function in a Web Worker for the embed
// builder (Lit's "node" builds and DOM shim bundled in: one piece of code makes both snippets). `lit`, `@lit-labs/ssr` and `qrcode` stay external (dependencies of the
// package), so the server renderer and the elements share one Lit. The HTML and CSS inside Lit's
// literals are minified exactly as in the browser bundles (vite.config.ts), so what the server
// writes is what the browser would render, byte for byte where it matters (whitespace).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The same literal minification as the browser build's plugin. */
const minifyLiterals = {
  name: 'minify-literals',
  setup(b) {
    b.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      const out = await minifyHTMLLiterals(code, { fileName: path });
      return { contents: out?.code ?? code, loader: 'ts' };
    });
  },
};

const shared = {
  bundle: true,
  format: 'esm',
  define: { __UNION_VERSION__: JSON.stringify(version) },
  tsconfig: 'tsconfig.json',
  plugins: [minifyLiterals],
  logLevel: 'warning',
};

await build({
  ...shared,
  entryPoints: ['src/ssr.ts'],
  platform: 'node',
  target: 'node20',
  external: ['lit', 'lit/*', '@lit-labs/ssr', '@lit-labs/ssr/*', 'qrcode'],
  outfile: 'dist/ssr.js',
});

// In the worker: Lit's server builds (the "node" condition, ahead of "browser"), the QR encoder's
// browser build (its main entry needs Node's fs), everything bundled and minified.
await build({
  ...shared,
  entryPoints: ['src/prerender-worker.ts'],
  platform: 'neutral',
  conditions: ['node', 'import'],
  mainFields: ['module', 'main'],
  alias: { qrcode: 'qrcode/lib/browser.js' },
  target: 'es2022',
  minify: true,
  outfile: 'dist/prerender.js',
});
console.log('ssr: dist/ssr.js (Node), dist/prerender.js (Web Worker)');
