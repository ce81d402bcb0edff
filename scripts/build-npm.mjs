#!/usr/bin/env node
// The npm build, beside the CDN bundles: lib/ holds one ES module per source file (tsc, with its
// .d.ts), importing `lit` and `qrcode` as dependencies, so a bundler app that imports two widgets
// gets one copy of Lit, and Node (an SSR framework's server) can import the package: Lit's "node"
// export condition brings its DOM shim. The package's `exports` point here.
//
// Also types the CDN bundles for bundler users who import them by path (`union-widgets/dist/…`):
// dist/<entry>.d.ts re-exports the matching lib/ module's types.
//
// Run after scripts/build-lib.mjs (which empties dist/).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const entries = JSON.parse(readFileSync('entries.json', 'utf8'));

// 1. lib/: tsc emits JS, declarations and source maps (sources inlined: src/ is not shipped).
rmSync('lib', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

// 2. The version: the CDN build defines __UNION_VERSION__ (vite.config.ts); here it is written in.
const versionFile = 'lib/internal/version.js';
const stamped = readFileSync(versionFile, 'utf8').replaceAll(
  '__UNION_VERSION__',
  JSON.stringify(version),
);
if (!stamped.includes(`typeof ${JSON.stringify(version)}`)) {
  console.error(`build-npm: ${versionFile} no longer reads __UNION_VERSION__; update this script`);
  process.exit(1);
}
writeFileSync(versionFile, stamped);
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
const leftover = files('lib').filter(
  (f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('__UNION_VERSION__'),
);
if (leftover.length) {
  console.error(`build-npm: __UNION_VERSION__ is read outside ${versionFile}: ${leftover}`);
  process.exit(1);
}

// 3. Types for the CDN bundles, by path: dist/<entry>.d.ts, dist/schemas.d.ts, and the IIFE's
//    global (vite.config.ts names it UnionWidgets).
if (!existsSync('dist/union-widgets.js')) {
  console.error('build-npm: run scripts/build-lib.mjs first (dist/ is missing)');
  process.exit(1);
}
const reexport = (src) =>
  `export * from '${relative('dist', src.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js'))}';\n`;
for (const [name, src] of Object.entries(entries))
  writeFileSync(`dist/${name}.d.ts`, reexport(src));
writeFileSync('dist/schemas.d.ts', reexport('src/schemas.ts'));
writeFileSync(
  'dist/union-widgets.iife.d.ts',
  `// The classic script defines the elements and exposes the entry's exports as window.UnionWidgets.
declare global {
  var UnionWidgets: typeof import('../lib/index.js');
}
export {};
`,
);
console.log(`npm build: lib/ (${files('lib').filter((f) => f.endsWith('.js')).length} modules)`);
