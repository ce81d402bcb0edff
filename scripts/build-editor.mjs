#!/usr/bin/env node
// Builds the campaign editor into dist/: dist/editor.html, its module dist/editor/editor.js (Lit
// and the editor's own code, minified), its page stylesheet and the sample campaign. The widgets
// and their schemas are not bundled again: the page loads dist/union-widgets.js, and the module
// imports dist/schemas.js — so no widget bundle changes, and the editor loads only on its page.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

const dist = 'dist';
if (!existsSync(join(dist, 'schemas.js'))) {
  console.error('build-editor: run scripts/build-schemas.mjs first (dist/schemas.js is missing)');
  process.exit(1);
}
const out = join(dist, 'editor');
mkdirSync(out, { recursive: true });

/** The checker and schemas stay the shared dist/schemas.js, imported, never copied in. */
const sharedSchemas = {
  name: 'shared-schemas',
  setup(b) {
    b.onResolve({ filter: /\/src\/schemas\.js$/ }, () => ({
      path: '../schemas.js',
      external: true,
    }));
  },
};

/** Minifies the HTML and CSS inside Lit's html`` and css`` literals, as the widgets' build does. */
const minifyLiterals = {
  name: 'minify-literals',
  setup(b) {
    b.onLoad({ filter: /\/editor\/.*\.ts$/ }, async ({ path }) => {
      const code = readFileSync(path, 'utf8');
      const min = await minifyHTMLLiterals(code, { fileName: path });
      return { contents: min ? min.code : code, loader: 'ts' };
    });
  },
};

await build({
  entryPoints: ['editor/editor.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  tsconfig: 'tsconfig.json',
  plugins: [sharedSchemas, minifyLiterals],
  outfile: join(out, 'editor.js'),
  logLevel: 'warning',
});
// Opened from the CDN (…/union-widgets@<version>/dist/editor.html) like the builder: everything
// it loads is beside it in dist/.
const html = readFileSync('editor/editor.html', 'utf8');
if (/(src|href)="(\.\.\/|\/)/.test(html)) {
  console.error('build-editor: dist/editor.html would load something outside dist/');
  process.exit(1);
}
writeFileSync(join(dist, 'editor.html'), html);
copyFileSync('editor/page.css', join(out, 'page.css'));
copyFileSync('demo/campaign.json', join(out, 'sample-campaign.json'));
console.log('editor: dist/editor.html');
