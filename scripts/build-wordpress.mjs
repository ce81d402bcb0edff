#!/usr/bin/env node
// After the bundles are built: the WordPress plugin, installable as dist/union-widgets-wordpress.zip
// (Plugins → Add New → Upload). It is wordpress/union-widgets/ plus, in its lib/ folder, the
// library itself: the script-tag module and every chunk it loads (also lazily), the classic
// (IIFE) file, dist/schemas.js for the editor's checks, the campaign editor page, and lib/shapes.json — the widgets'
// schemas as plain data for the server's upload check (includes/campaign-files.php), generated
// here from the same definitions so the two cannot drift. The plugin's version is package.json's.
// Its own texts are compiled here from wordpress/union-widgets/languages/*.po (in git) to the .mo
// and JSON files WordPress reads (not in git); the build stops when a .po misses a text.
// The unpacked plugin is left in dist/wordpress/union-widgets/ for tests and for a look.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { dynamicImports, staticImports } from './dist-graph.mjs';
import { check, compile, extract, LOCALES, poFiles } from './wordpress-i18n.mjs';

const dist = 'dist';
const entry = join(dist, 'union-widgets.js');
for (const need of [entry, join(dist, 'union-widgets.iife.js'), join(dist, 'schemas.js')]) {
  if (!existsSync(need)) {
    console.error(
      `build-wordpress: ${need} is missing; run the library build first (npm run build)`,
    );
    process.exit(1);
  }
}
// Before anything is replaced: a text the code has and a .po lacks stops the build
// (scripts/wordpress-i18n.mjs), so no language ships with English holes.
const untranslated = check();
if (untranslated.length) {
  console.error(`build-wordpress: the plugin's translations:\n  ${untranslated.join('\n  ')}`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = join(dist, 'wordpress/union-widgets');
rmSync(join(dist, 'wordpress'), { recursive: true, force: true });
cpSync('wordpress/union-widgets', out, { recursive: true });

// The plugin's version, in the three places WordPress reads it.
const stamp = (file, pattern, replacement) => {
  const path = join(out, file);
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) throw new Error(`build-wordpress: no version to set in ${file}`);
  writeFileSync(path, text.replace(pattern, replacement));
};
stamp('union-widgets.php', /^( \* Version:\s+).*$/m, `$1${version}`);
stamp('union-widgets.php', /(define\( 'UNION_WIDGETS_VERSION', ')[^']*(' \);)/, `$1${version}$2`);
stamp('readme.txt', /^(Stable tag:\s+).*$/m, `$1${version}`);

// The plugin's translations (scripts/wordpress-i18n.mjs): for each WordPress locale, the .mo with
// PHP's texts and, for each script with texts, the JSON wp_set_script_translations() hands it. The .po
// sources stay in git (the .mo has the same texts); the POT ships, for translators.
const entries = extract();
for (const { name, file } of poFiles()) {
  const text = readFileSync(file, 'utf8');
  for (const locale of LOCALES[name])
    for (const [to, bytes] of Object.entries(compile(text, locale, entries)))
      writeFileSync(join(out, 'languages', to), bytes);
  rmSync(join(out, 'languages', relative('wordpress/union-widgets/languages', file)));
}

// The module and everything it imports, statically or lazily (the QR encoder, the .ics writer).
const reached = new Set();
const walk = (file) => {
  if (reached.has(file)) return;
  reached.add(file);
  for (const dep of [...staticImports(file), ...dynamicImports(file)]) walk(dep);
};
walk(entry);
for (const file of [...reached, join(dist, 'union-widgets.iife.js'), join(dist, 'schemas.js')]) {
  const to = join(out, 'lib', relative(dist, file));
  mkdirSync(dirname(to), { recursive: true });
  cpSync(file, to);
}

/** A schema as plain data (no functions): what PHP can check. See union_widgets_check_shape(). */
function shape(s) {
  const keep = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  switch (s.t) {
    case 'str':
      return keep({ t: s.t, min: s.min });
    case 'num':
      return keep({ t: s.t, int: s.int, min: s.min, max: s.max, what: s.what });
    case 'enum':
      return keep({ t: s.t, of: s.of, soft: s.soft ? true : undefined });
    case 'arr':
      return keep({ t: s.t, of: shape(s.of), min: s.min, max: s.max });
    case 'obj':
      return keep({
        t: s.t,
        p: Object.fromEntries(Object.entries(s.p).map(([k, v]) => [k, shape(v)])),
        req: s.req,
      });
    default:
      return { t: s.t };
  }
}
// The campaign editor (dist/editor.html and its files, beside the module it previews with), so
// Media → Campaign files can open a file in it: volunteers edit forms, not JSON.
for (const file of ['editor.html', 'editor', 'sri.json'])
  cpSync(join(dist, file), join(out, 'lib', file), { recursive: true });

const { schemas } = await import(pathToFileURL(join(dist, 'schemas.js')).href);
writeFileSync(
  join(out, 'lib/shapes.json'),
  JSON.stringify(Object.fromEntries(Object.entries(schemas).map(([k, s]) => [k, shape(s)]))) + '\n',
);

// The zip: one folder, union-widgets/, as WordPress expects; fixed dates so a rebuild of the
// same sources gives the same bytes.
const zip = new JSZip();
const date = new Date('2020-01-01T00:00:00Z');
const add = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) add(path);
    else
      zip.file(`union-widgets/${relative(out, path).split('\\').join('/')}`, readFileSync(path), {
        date,
        unixPermissions: 0o644,
      });
  }
};
add(out);
const bytes = await zip.generateAsync({
  type: 'nodebuffer',
  compression: 'DEFLATE',
  compressionOptions: { level: 9 },
  platform: 'UNIX',
});
writeFileSync(join(dist, 'union-widgets-wordpress.zip'), bytes);
console.log(
  `wordpress: dist/union-widgets-wordpress.zip (${(bytes.length / 1024).toFixed(1)} KB, ${Object.keys(zip.files).filter((f) => !zip.files[f].dir).length} files)`,
);
