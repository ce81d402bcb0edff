#!/usr/bin/env node
// `npm run test:package`: the package as people get it from npm.
// 1. `npm pack` (its prepack runs the whole build), then publint and @arethetypeswrong/cli on the
//    tarball. The package is ESM-only, as Lit is: attw's esm-only profile leaves out `require()`
//    from CommonJS and TypeScript's legacy node10 resolution.
// 2. A fresh consumer project (test/consumers/, its own package.json and lockfile, so none of its
//    tooling is in the root devDependencies) installs the tarball, then
//    - type-checks React 19 TSX (tsc), the global JSX namespace (tsc), a Vue SFC (vue-tsc, strict
//      templates) and Svelte 5 components (svelte-check), each using all five elements with
//      `data`, attributes and event handlers; mistakes that the typings must catch are marked
//      (@ts-expect-error, @vue-expect-error, "expect-error" comments in Wrong.svelte);
//    - compiles the README's Angular component with ngc in strict template mode, and mistakes in
//      event bindings and template references that Angular must catch ("expect-error" comments in
//      angular/wrong.component.ts; Angular does not type-check bindings to element properties);
//    - imports the package and every entry in Node, as SSR frameworks do on the server, and
//      renders the tags with React's server renderer;
//    - bundles an app importing two per-widget entries with Vite, and checks that what the page
//      loads up front carries one copy of Lit.
// 3. The snippets' CDN addresses (dist/sri.json) are the public npm CDNs' for this name and
//    version; the README's links work on the npm page (absolute, or anchors) and its CDN URLs name
//    this version.
// Prints each step's time, the tarball's size and the app's size. Exit code 1 on any failure.
// TEST_PACKAGE_REUSE=1 keeps an installed test/consumers/node_modules (faster local reruns).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const consumers = join(root, 'test/consumers');
const bin = (name) => join(consumers, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'union-widgets-package-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const failures = [];
const times = [];
const started = Date.now();
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Runs one step; a step fails by throwing or by a command's non-zero exit. */
async function step(label, fn) {
  console.log(`\n== ${label}`);
  const t = Date.now();
  try {
    await fn();
  } catch (e) {
    failures.push(`${label}: ${e.message}`);
    console.error(`✗ ${label}: ${e.message}`);
  }
  times.push([label, Date.now() - t]);
}

/** Runs a command; returns its output (also shown) or throws with its exit code. */
function run(cmd, args, { cwd = consumers, quiet = false } = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (!quiet || r.status !== 0) process.stdout.write(out);
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
  return out;
}

let tarball;
let packed = [];
await step('npm pack (prepack: the build)', () => {
  run('npm', ['pack', '--pack-destination', work], { cwd: root, quiet: true });
  const name = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!name) throw new Error('npm pack wrote no tarball');
  tarball = join(work, name);
  const files = run('tar', ['tzf', tarball], { quiet: true }).trim().split('\n');
  const unpacked = run('tar', ['tzvf', tarball], { quiet: true })
    .trim()
    .split('\n')
    .reduce((sum, line) => sum + Number(line.split(/\s+/)[2]), 0);
  console.log(
    `${name}: ${kb(statSync(tarball).size)} packed, ${kb(unpacked)} unpacked, ${files.length} files`,
  );
  packed = files;
  // Sources, and the unpacked copy of the WordPress plugin (its zip is in the package, for the CDN).
  const stray = files.filter((f) =>
    /^package\/(src|test|scripts|stories|demo|dist\/wordpress)\//.test(f),
  );
  if (stray.length) throw new Error(`sources in the package: ${stray.slice(0, 5).join(', ')}`);
});
if (!tarball) finish();

await step('install the consumer projects and the tarball', () => {
  if (!(process.env.TEST_PACKAGE_REUSE && existsSync(join(consumers, 'node_modules'))))
    run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { quiet: true });
  run('npm', ['install', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', tarball], {
    quiet: true,
  });
});

await step('publint', () => {
  const out = run(bin('publint'), ['--strict', tarball], { quiet: true });
  if (!/All good/.test(out)) throw new Error(out);
  console.log('publint --strict: all good');
});
await step('are the types wrong', () => {
  run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table'], { quiet: true });
  console.log('attw --profile esm-only: no problems');
});
await step('React 19 TSX, and the CDN files by path (tsc)', () =>
  run(bin('tsc'), ['-p', 'tsconfig.json']),
);
await step('global JSX namespace (tsc)', () => run(bin('tsc'), ['-p', 'jsx/tsconfig.json']));
await step('Vue SFC (vue-tsc, strict templates)', () =>
  run(bin('vue-tsc'), ['-p', 'vue/tsconfig.json']),
);
await step('Svelte 5 (svelte-check)', () => {
  const r = spawnSync(
    bin('svelte-check'),
    ['--workspace', 'svelte', '--tsconfig', 'tsconfig.json', '--output', 'machine'],
    { cwd: consumers, encoding: 'utf8' },
  );
  const errors = [...(r.stdout ?? '').matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ (.*)$/gm)].map(
    ([, file, line, message]) => ({ file, line: Number(line), message }),
  );
  // Wrong.svelte: an error on each line after an "expect-error" comment, nowhere else.
  const wrong = readFileSync(join(consumers, 'svelte/Wrong.svelte'), 'utf8').split('\n');
  const expected = wrong.flatMap((l, i) => (/<!-- expect-error/.test(l) ? [i + 2] : []));
  const unexpected = errors.filter((e) => e.file !== 'Wrong.svelte' || !expected.includes(e.line));
  const missing = expected.filter(
    (line) => !errors.some((e) => e.file === 'Wrong.svelte' && e.line === line),
  );
  for (const e of errors) console.log(`${e.file}:${e.line}: ${e.message.replace(/\\n.*/s, '')}`);
  if (!/COMPLETED/.test(r.stdout ?? '')) throw new Error(`svelte-check did not run\n${r.stderr}`);
  if (unexpected.length) throw new Error(`${unexpected.length} unexpected error(s)`);
  if (missing.length) throw new Error(`no error on Wrong.svelte line(s) ${missing.join(', ')}`);
  console.log(`${expected.length} expected errors in Wrong.svelte, none elsewhere`);
});
await step('Angular component (ngc, strict templates)', () => {
  // The README's example must be the file that compiles (after the file's leading comment).
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const example = readme.match(/\*\*Angular\*\*[^]*?```ts\n([^]*?)```/)?.[1];
  const component = readFileSync(join(consumers, 'angular/petition.component.ts'), 'utf8');
  if (example !== component.replace(/^(\/\/.*\n)+/, ''))
    throw new Error("the README's Angular example is not angular/petition.component.ts");
  const r = spawnSync(bin('ngc'), ['-p', 'angular/tsconfig.json'], {
    cwd: consumers,
    encoding: 'utf8',
  });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
  // An error without a file (a bad tsconfig, say) counts as unexpected.
  const errors = [...out.matchAll(/^(?:(\S+):(\d+):\d+ - )?error (\w+): (.*)$/gm)].map(
    ([, file, line, code, message]) => ({
      file,
      line: Number(line),
      message: `${code} ${message}`,
    }),
  );
  // wrong.component.ts: an error on each line after an "expect-error" comment, containing the
  // comment's "quoted" text (the type that only the package's typings give), nowhere else.
  const wrong = readFileSync(join(consumers, 'angular/wrong.component.ts'), 'utf8').split('\n');
  const expected = wrong.flatMap((l, i) => {
    const m = l.match(/<!-- expect-error "([^"]+)"/);
    return m ? [{ line: i + 2, text: m[1] }] : [];
  });
  const isExpected = (e) =>
    e.file === 'wrong.component.ts' &&
    expected.some((x) => x.line === e.line && e.message.includes(x.text));
  const unexpected = errors.filter((e) => !isExpected(e));
  const missing = expected.filter((x) => !errors.some((e) => isExpected(e) && e.line === x.line));
  for (const e of errors) console.log(`${e.file ?? 'ngc'}:${e.line || ''}: ${e.message}`);
  if (r.error) throw r.error;
  if (unexpected.length || missing.length) console.log(out);
  if (unexpected.length) throw new Error(`${unexpected.length} unexpected error(s)`);
  if (missing.length)
    throw new Error(
      `no error naming ${missing.map((x) => `${x.text} on line ${x.line}`).join(', ')} in wrong.component.ts`,
    );
  console.log(
    `the README's example compiles; ${expected.length} expected errors in wrong.component.ts, none elsewhere`,
  );
});
await step('import in Node (SSR)', () => run(process.execPath, ['node/import.mjs']));

await step('bundler app with two per-widget entries (Vite)', async () => {
  const { build } = await import('vite');
  const out = await build({
    root: join(consumers, 'app'),
    configFile: false,
    logLevel: 'warn',
    build: { write: false, target: 'es2022' },
  });
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const entry = chunks.find((c) => c.type === 'chunk' && c.isEntry);
  const upfront = [entry, ...entry.imports.map((f) => chunks.find((c) => c.fileName === f))];
  const code = upfront.map((c) => c.code).join('\n');
  const copies = (code.match(/litHtmlVersions/g) ?? []).length;
  const size = upfront.reduce((s, c) => s + gzipSync(c.code, { level: 9 }).length, 0);
  const cdn = ['vote-tally.js', 'town-hall.js'].reduce(
    (s, f) => s + gzipSync(readFileSync(join(root, 'dist', f)), { level: 9 }).length,
    0,
  );
  console.log(
    `up front: ${kb(size)} min+gzip, ${copies} cop${copies === 1 ? 'y' : 'ies'} of Lit ` +
      `(the two CDN bundles: ${kb(cdn)}, one copy each); lazy: ${chunks.filter((c) => c.type === 'chunk').length - upfront.length} chunk(s)`,
  );
  if (copies !== 1) throw new Error(`${copies} copies of Lit in what the page loads up front`);
});

await step('snippets: the public npm CDNs of this version, unless UNION_CDN says otherwise', () => {
  const sri = JSON.parse(readFileSync(join(root, 'dist/sri.json'), 'utf8'));
  if (process.env.UNION_CDN || process.env.UNION_PAGES) {
    console.log(`UNION_CDN / UNION_PAGES set: sri.json has ${sri.cdn}, ${sri.pages}`);
    return;
  }
  const want = {
    cdn: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/`,
    pages: `https://unpkg.com/${pkg.name}@${pkg.version}/dist/`,
  };
  for (const [field, url] of Object.entries(want))
    if (sri[field] !== url) throw new Error(`dist/sri.json ${field}: ${sri[field]}, not ${url}`);
  console.log(`scripts from ${want.cdn}, pages from ${want.pages}`);
});

await step('README: links that work on the npm page, CDN URLs of this version', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const relative = [...readme.matchAll(/\]\(([^)]+)\)/g)]
    .map((m) => m[1])
    .filter((href) => !/^(https?:|mailto:|#)/.test(href));
  if (relative.length) throw new Error(`relative links (broken on npm): ${relative.join(', ')}`);
  const versions = [...readme.matchAll(/union-widgets@([^/\s"'`]+)\//g)]
    .map((m) => m[1])
    .filter((v) => v !== '<version>'); // the placeholder in the UNION_CDN table
  const stale = versions.filter((v) => v !== pkg.version);
  if (!versions.length) throw new Error('no CDN URL with the version');
  if (stale.length)
    throw new Error(
      `CDN URLs of another version (${[...new Set(stale)]}): ${pkg.version} is current`,
    );
  // Each names a file the package has: the CDN serves the package as published.
  const missing = [...readme.matchAll(/union-widgets@[^/\s"'`]+\/([^\s"'`)\]…<>?#&]+)/g)]
    .map((m) => m[1])
    .filter((path) => !/…|<|\*|\/$/.test(path) && !packed.includes(`package/${path}`));
  if (missing.length)
    throw new Error(`CDN URLs to files not in the package: ${[...new Set(missing)].join(', ')}`);
  console.log(`${versions.length} CDN URLs, all union-widgets@${pkg.version}, each a packed file`);
});

finish();

function finish() {
  console.log('\n== times');
  for (const [label, ms] of times) console.log(`${(ms / 1000).toFixed(1).padStart(6)} s  ${label}`);
  console.log(`${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  in all`);
  if (failures.length) {
    console.error(`\n✗ package: ${failures.length} failed\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\n✓ package: all checks passed');
  process.exit(0);
}
