// Adding a language is adding its file: this check names the line a new src/i18n/<tag>.ts still
// needs (the list in src/internal/languages.ts, the loader in src/internal/i18n.ts), so a file
// that nothing loads cannot slip in. (That every file has every English message is checked in
// the browser: test/i18n-catalogs.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const files = readdirSync(new URL('../../src/i18n/', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
const listed = [
  ...read('src/internal/languages.ts')
    .match(/LANGUAGES = \[([^\]]*)\]/)[1]
    .matchAll(/'([^']+)'/g),
].map((m) => m[1]);
const loaded = [
  ...read('src/internal/i18n.ts').matchAll(/import\('\.\.\/i18n\/([^']+)\.js'\)/g),
].map((m) => m[1]);

test('every language file is listed in LANGUAGES, and every listed language has a file', () => {
  assert.deepEqual(
    files.filter((f) => !listed.includes(f)),
    [],
    'src/i18n/<tag>.ts files missing from LANGUAGES in src/internal/languages.ts',
  );
  assert.deepEqual(
    listed.filter((tag) => !files.includes(tag)),
    [],
    'tags in LANGUAGES without a src/i18n/<tag>.ts',
  );
});

test('every language but English is loaded lazily, by its own import()', () => {
  assert.deepEqual(
    listed.filter((tag) => tag !== 'en' && !loaded.includes(tag)),
    [],
    'languages with no loader in src/internal/i18n.ts',
  );
  assert.ok(!loaded.includes('en'), 'English is built in, never a lazy chunk');
});
