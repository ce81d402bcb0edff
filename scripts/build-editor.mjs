#!/usr/bin/env node
// Builds the campaign editor into dist/: dist/editor.html, its module dist/editor/editor.js (Lit
// and the editor's own code, minified), its page stylesheet and the sample campaign. The widgets
// and their schemas are not bundled again: the page loads dist/union-widgets.js, and the module
// imports dist/schemas.js — so no widget bundle changes, and the editor loads only on its page.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

const dist = 'dist';
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

/** The widgets' languages (src/i18n/<lang>.ts), for the preview's language switch. */
const languages = readdirSync('src/i18n')
  .filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ''));

await build({
  entryPoints: ['editor/editor.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  tsconfig: 'tsconfig.json',
  define: { __UNION_LANGUAGES__: JSON.stringify(languages) },
  plugins: [sharedSchemas, minifyLiterals],
  outfile: join(out, 'editor.js'),
  logLevel: 'warning',
});
writeFileSync(join(dist, 'editor.html'), readFileSync('editor/editor.html'));
copyFileSync('editor/page.css', join(out, 'page.css'));
copyFileSync('demo/campaign.json', join(out, 'sample-campaign.json'));
console.log(`editor: dist/editor.html (languages: ${languages.join(', ')})`);
