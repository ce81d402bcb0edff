#!/usr/bin/env node
// The embed builder, online with every version: dist/builder.html + dist/builder/ (its module,
// stylesheet and the sample campaign), from demo/builder.html, builder.js, snippets.js,
// demo.css, builder.css and campaign.json. A webmaster opens it from the CDN
// (…/union-widgets@<version>/dist/builder.html) with no server of ours; npm start serves the
// same file. Everything it loads is relative to it: union-widgets.js, schemas.js, sri.json and
// embed.html beside it in dist/.
import { build, transform } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';
if (!existsSync(join(dist, 'schemas.js'))) {
  console.error('build-builder: run scripts/build-schemas.mjs first (dist/schemas.js is missing)');
  process.exit(1);
}
mkdirSync(join(dist, 'builder'), { recursive: true });

// The module: builder.js + snippets.js in one file; dist/schemas.js stays the shared one.
await build({
  entryPoints: ['demo/builder.js'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  outfile: join(dist, 'builder/builder.js'),
  logLevel: 'warning',
  plugins: [
    {
      name: 'schemas-beside',
      setup(b) {
        b.onResolve({ filter: /^\.\.\/dist\/schemas\.js$/ }, () => ({
          path: '../schemas.js',
          external: true,
        }));
      },
    },
  ],
});

// The stylesheet: the demo's base look and the builder's layout, one file.
const css = await transform(
  ['demo/demo.css', 'demo/builder.css'].map((f) => readFileSync(f, 'utf8')).join('\n'),
  { loader: 'css', minify: true },
);
writeFileSync(join(dist, 'builder/builder.css'), css.code);

// The sample data the preview shows until the webmaster's own is there.
copyFileSync('demo/campaign.json', join(dist, 'builder/campaign.json'));

// The page, its addresses moved from demo/'s layout to dist/'s. Each must be found.
let html = readFileSync('demo/builder.html', 'utf8');
for (const [from, to] of [
  ['    <link rel="stylesheet" href="demo.css" />\n', ''],
  ['href="builder.css"', 'href="builder/builder.css"'],
  ['src="../dist/union-widgets.js"', 'src="union-widgets.js"'],
  ['src="../dist/embed/resize.js"', 'src="embed/resize.js"'],
  ['src="builder.js"', 'src="builder/builder.js"'],
]) {
  if (!html.includes(from)) {
    console.error(
      `build-builder: demo/builder.html no longer has ${from.trim()}; update this script`,
    );
    process.exit(1);
  }
  html = html.replace(from, to);
}
if (/(src|href)="(\.\.\/|\/)/.test(html)) {
  console.error('build-builder: dist/builder.html would load something outside dist/');
  process.exit(1);
}
writeFileSync(join(dist, 'builder.html'), html);
console.log('builder: dist/builder.html');
