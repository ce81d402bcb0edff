#!/usr/bin/env node
// Builds dist/ssr.js: the widgets and the prerender function (src/ssr.ts) for `union-widgets
// render`, run in Node. `lit`, `@lit-labs/ssr` and `qrcode` stay external (dependencies of the
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

await build({
  entryPoints: ['src/ssr.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['lit', 'lit/*', '@lit-labs/ssr', '@lit-labs/ssr/*', 'qrcode'],
  define: { __UNION_VERSION__: JSON.stringify(version) },
  tsconfig: 'tsconfig.json',
  plugins: [minifyLiterals],
  outfile: 'dist/ssr.js',
  logLevel: 'warning',
});
console.log('ssr: dist/ssr.js');
