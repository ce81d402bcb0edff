// `union-widgets render`: node --test test/cli/
// Runs the real command against the built dist/ssr.js and dist/schemas.js (built here when
// missing) with local files, and parses what it prints with parse5 (the HTML parser Lit's
// server renderer itself depends on), the way a browser would read the pasted snippet.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
for (const [file, script] of [
  ['dist/schemas.js', 'scripts/build-schemas.mjs'],
  ['dist/ssr.js', 'scripts/build-ssr.mjs'],
])
  if (!existsSync(join(root, file))) {
    const r = spawnSync(process.execPath, [script], { cwd: root, stdio: 'inherit' });
    assert.equal(r.status, 0, `building ${file} failed`);
  }
const { render } = await import('../../bin/render.mjs');
const { main } = await import('../../bin/union-widgets.mjs');
const { parseFragment } = createRequire(import.meta.resolve('@lit-labs/ssr'))('parse5');

const campaign = JSON.parse(readFileSync(join(root, 'demo/campaign.json'), 'utf8'));
const campaignFile = join(root, 'demo/campaign.json');
const dir = mkdtempSync(join(tmpdir(), 'uw-render-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name, value) => {
  const p = join(dir, name);
  writeFileSync(p, typeof value === 'string' ? value : JSON.stringify(value));
  return p;
};

/** Runs render with captured output: { code, out, err } as text. */
async function run(argv) {
  const out = [];
  const err = [];
  const code = await render(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// ---- reading the snippet as a browser would -----------------------------------------------

const attrs = (node) => Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
const elements = (nodes) => nodes.filter((n) => n.tagName);
function* walk(node) {
  yield node;
  for (const child of node.content?.childNodes ?? node.childNodes ?? []) yield* walk(child);
}
const text = (node) =>
  [...walk(node)]
    .filter((n) => n.nodeName === '#text')
    .map((n) => n.value)
    .join('');
const find = (node, test) => [...walk(node)].filter((n) => n.tagName && test(n));
const byClass = (node, cls) => find(node, (n) => (attrs(n).class ?? '').split(/\s+/).includes(cls));

/** The one widget element in a snippet, its shadow root (template) and its light children. */
function widget(html, tag) {
  const top = elements(parseFragment(html).childNodes);
  const els = top.filter((n) => n.tagName === tag);
  assert.equal(els.length, 1, `one <${tag}> in:\n${html.slice(0, 300)}`);
  const [el] = els;
  const [first, ...light] = elements(el.childNodes);
  assert.equal(first?.tagName, 'template', 'the shadow root comes first');
  assert.deepEqual(attrs(first), { shadowrootmode: 'open' });
  return { el, top, shadow: first, light, attrs: attrs(el) };
}

const WIDGETS = {
  'vote-tally': 'voteTally',
  'action-checklist': 'actionChecklist',
  'town-hall': 'townHall',
  'petition-counter': 'petition',
  'ta-list': 'taList',
};

// ---- each widget's output ------------------------------------------------------------------

for (const [name, key] of Object.entries(WIDGETS))
  test(`${name}: the element with its declarative shadow root, styles, content, fallback and inline data`, async () => {
    const data = campaign[key];
    const r = await run([`${campaignFile}#/${key}`, '--widget', name]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /is valid <union-/);
    const w = widget(r.out, `union-${name}`);
    // The script tag, pinned, before the element.
    const script = w.top.find((n) => n.tagName === 'script');
    assert.match(attrs(script).src, /\/union-widgets\.js$/);
    assert.equal(attrs(script).type, 'module');
    // Styles and content in the shadow root, nothing left of Lit's hydration markers.
    const style = find(w.shadow, (n) => n.tagName === 'style');
    assert.equal(style.length, 1);
    assert.match(text(style[0]), /:host\{/);
    const [box] = byClass(w.shadow, 'widget');
    assert.ok(box, 'the widget box');
    const title = data.title ?? '';
    if (title) assert.equal(text(byClass(w.shadow, 'title')[0]).trim(), title);
    assert.doesNotMatch(r.out, /lit-part|lit-node|<\?/);
    assert.doesNotMatch(r.out, /checked="false"/);
    // The fallback (the title, as a link when the data has one) and the data, inline.
    assert.equal(w.light.length, 2);
    assert.match(w.light[0].tagName, /^(a|p)$/);
    assert.equal(w.light[1].tagName, 'script');
    assert.equal(attrs(w.light[1]).type, 'application/json');
    assert.deepEqual(JSON.parse(text(w.light[1])), data);
    assert.equal(w.attrs.src, undefined);
  });

test('town hall: the QR code is in the markup, encoding the registration link with source', async () => {
  const day = (n) => new Date(Date.now() + n * 864e5).toISOString().slice(0, 10);
  const hall = {
    title: 'Town hall',
    timeZone: 'America/Denver',
    registrationUrl: 'https://alliance.example/register?x=1',
    sessions: [{ start: `${day(10)}T10:00` }],
  };
  const r = await run([file('hall.json', hall), '-w', 'town-hall', '--source', 'UFCW7']);
  assert.equal(r.code, 0, r.err);
  const { shadow } = widget(r.out, 'union-town-hall');
  const [svg] = find(shadow, (n) => n.tagName === 'svg');
  assert.equal(attrs(svg)['data-for'], 'https://alliance.example/register?x=1&source=UFCW7');
  assert.match(attrs(find(svg, (n) => n.tagName === 'path')[0]).d, /^M\d+ \d+h\d+v1h-\d+z/);
  // The reader is unknown to the server: the event's times alone.
  assert.doesNotMatch(text(shadow), /your time/);
});

test('--src: the element fetches live data (the pointer carried over), and no data goes inline', async () => {
  const r = await run([
    `${campaignFile}#/petition`,
    '-w',
    'petition-counter',
    '--src',
    'https://alliance.example/campaign.json',
    '--refresh',
    '60',
    '--no-script',
  ]);
  assert.equal(r.code, 0, r.err);
  const w = widget(r.out, 'union-petition-counter');
  assert.equal(w.top.length, 1, 'the element alone (--no-script)');
  assert.equal(w.attrs.src, 'https://alliance.example/campaign.json#/petition');
  assert.equal(w.attrs.refresh, '60');
  assert.deepEqual(
    w.light.map((n) => n.tagName),
    ['a'],
  );
  assert.equal(text(byClass(w.shadow, 'n')[0]), '8,412');
});

test('--lang, --source, --heading-level, --time-zone and --fallback reach the element and its rendering', async () => {
  const r = await run([
    `${campaignFile}#/petition`,
    '-w',
    'petition-counter',
    '--lang',
    'es',
    '--source',
    'UFCW7',
    '--heading-level',
    '3',
    '--time-zone',
    'America/Los_Angeles',
    '--theme',
    'dark',
    '--fallback',
    '<a href="https://ufcw7.example/petition">Firma la petición</a>',
  ]);
  assert.equal(r.code, 0, r.err);
  const w = widget(r.out, 'union-petition-counter');
  assert.equal(w.attrs.lang, 'es');
  assert.equal(w.attrs.source, 'UFCW7');
  assert.equal(w.attrs['heading-level'], '3');
  assert.equal(w.attrs['time-zone'], 'America/Los_Angeles');
  assert.equal(w.attrs.theme, 'dark');
  assert.equal(find(w.shadow, (n) => n.tagName === 'h3').length, 1);
  assert.match(text(w.shadow), /Firma la petición/);
  assert.match(text(w.shadow), /8412|8\.412|8 412/);
  const [cta] = byClass(w.shadow, 'cta');
  assert.match(attrs(cta).href, /[?&]source=UFCW7$/);
  // The stamp in the readers' zone: 3:00 PM UTC is 8:00 AM in Los Angeles.
  assert.match(text(w.shadow), /8:00/);
  assert.equal(text(w.light[0]), 'Firma la petición');
});

test('text from the data stays text, in the shadow root, the fallback and the inline JSON', async () => {
  const evil = '</script><img src=x onerror=alert(1)>';
  const p = file('evil.json', { ...campaign.petition, title: evil });
  const r = await run([p, '-w', 'petition-counter']);
  assert.equal(r.code, 0, r.err);
  const w = widget(r.out, 'union-petition-counter');
  assert.equal(find(w.el, (n) => n.tagName === 'img').length, 0);
  assert.equal(text(byClass(w.shadow, 'title')[0]), evil);
  assert.equal(JSON.parse(text(w.light[1])).title, evil);
});

// ---- bad input -----------------------------------------------------------------------------

test('data with problems: printed as validate prints them, exit 1, no snippet', async () => {
  const p = file('bad-hall.json', {
    title: 'Town hall',
    timeZone: 'Mars/Olympus_Mons',
    sessions: [{ start: '2021-13-40T10:00' }],
  });
  const r = await run([p, '--widget', 'town-hall']);
  assert.equal(r.code, 1);
  assert.equal(r.out, '');
  assert.match(r.err, /✗ .*bad-hall\.json: 2 problems for <union-town-hall>/);
  assert.match(r.err, /^ {2}timeZone: "Mars\/Olympus_Mons" is not a time zone/m);
  assert.match(r.err, /^ {2}sessions\[0\]\.start: "2021-13-40T10:00" is not a date-time$/m);
});

test('broken JSON: exit 1 with where it breaks', async () => {
  const r = await run([file('broken.json', '{"title": "x",\n  "results": [}'), '-w', 'vote-tally']);
  assert.equal(r.code, 1);
  assert.equal(r.out, '');
  assert.match(r.err, /^✗ .*broken\.json is not valid JSON/);
});

test('a pointer to nothing: exit 1, naming what is there', async () => {
  const r = await run([`${campaignFile}#/townhall`, '-w', 'town-hall']);
  assert.equal(r.code, 1);
  assert.equal(r.out, '');
  assert.match(
    r.err,
    /#\/townhall resolves to nothing .*"townhall" is not in the top level, which has: .*townHall/,
  );
});

test('an unknown widget: exit 2 with a suggestion; no widget: exit 2 with the list', async () => {
  let r = await run([`${campaignFile}#/townHall`, '--widget', 'town-hal']);
  assert.equal(r.code, 2);
  assert.match(r.err, /unknown widget "town-hal" — did you mean town-hall\?/);
  r = await run([`${campaignFile}#/townHall`]);
  assert.equal(r.code, 2);
  assert.match(r.err, /which widget is the data for\?/);
});

test('a missing file: exit 2', async () => {
  const r = await run([join(dir, 'nope.json'), '-w', 'vote-tally']);
  assert.equal(r.code, 2);
  assert.match(r.err, /nope\.json: no such file/);
});

for (const [args, message] of [
  [['--heading-level', '9'], /--heading-level "9" is not 1 to 6/],
  [['--src', 'javascript:alert(1)'], /--src "javascript:alert\(1\)" is not an http\(s\) address/],
  [['--lang', 'not a tag'], /--lang "not a tag" is not a language tag/],
  [['--time-zone', 'Mars/Olympus_Mons'], /--time-zone "Mars\/Olympus_Mons" is not a time zone/],
  [['--refresh', '60'], /--refresh needs --src/],
  [['--src', '/c.json', '--refresh', '5'], /--refresh "5" is not a number of seconds/],
  [['--theme', 'pink'], /--theme "pink" is not light, dark or auto/],
  [['--colour', 'red'], /unknown option --colour/],
  [['--src'], /--src needs a value/],
])
  test(`a bad option (${args.join(' ')}): exit 2 naming it`, async () => {
    const r = await run([`${campaignFile}#/voteTally`, '-w', 'vote-tally', ...args]);
    assert.equal(r.code, 2, r.err);
    assert.equal(r.out, '');
    assert.match(r.err, message);
  });

test('through the dispatcher: listed in --help, and render --help prints its usage', async () => {
  const out = [];
  assert.equal(await main(['--help'], {}, (s) => out.push(s)), 0);
  assert.match(out.join('\n'), /^ {2}render +print a widget prerendered/m);
  const usage = [];
  assert.equal(await main(['render', '--help'], {}, (s) => usage.push(s)), 0);
  assert.match(usage.join('\n'), /^Usage: union-widgets render/);
});
