// The WordPress plugin's translations (scripts/wordpress-i18n.mjs): the POT in git is what the code
// says, every .po translates every text with the same placeholders, and the build compiles them to
// the files WordPress looks for. That WordPress shows them is tested in a real WordPress
// (`npm run test:wordpress`, "in Spanish (es_ES) …").
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mo } from 'gettext-parser';
import { check, compile, extract, poFiles, poProblems } from '../../scripts/wordpress-i18n.mjs';

const work = mkdtempSync(join(tmpdir(), 'uw-wp-i18n-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A plugin folder made of `files` (path → text). */
function plugin(name, files) {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const HEADER = '<?php\n/**\n * Plugin Name: Union Widgets\n * Description: Widgets.\n */\n';
const spanish = () => readFileSync(poFiles().find((f) => f.name === 'es').file, 'utf8');

test('the POT is what the code says, and every .po translates every text', () => {
  assert.deepEqual(check(), []);
  assert.equal(poFiles().length, 6);
});

test('texts are found in PHP (between HTML), in multi-line JS calls, with translator comments', () => {
  const dir = plugin('found', {
    'union-widgets.php': HEADER,
    'includes/page.php': `<?php
function page() { ?>
  <p title="it's <?php echo 'x'; ?>"><?php esc_html_e( 'Campaign files', 'union-widgets' ); ?></p>
  <?php /* translators: %s: a file's title. */ ?>
  <b><?php echo esc_html( sprintf( __( 'Saved “%s”.', 'union-widgets' ), $t ) ); ?></b>
<?php }
echo _n( '%d problem', '%d problems', $n, 'union-widgets' ) . _x( 'Vote', 'noun', 'union-widgets' );
`,
    'blocks/b/index.js': `const re = /["']/g;
const a = __(
  'Town hall’s "sessions"',
  'union-widgets',
);
const b = sprintf(/* translators: %s: file name. */ __('%s was not uploaded:', 'union-widgets'), n);
`,
  });
  const found = extract(dir).map((e) => [e.context, e.msgid, e.plural, e.comments, e.references]);
  assert.deepEqual(found, [
    ['', 'Union Widgets', undefined, ['Plugin Name of the plugin'], ['union-widgets.php']],
    ['', 'Widgets.', undefined, ['Description of the plugin'], ['union-widgets.php']],
    ['', 'Town hall’s "sessions"', undefined, [], ['blocks/b/index.js']],
    ['', '%s was not uploaded:', undefined, ['translators: %s: file name.'], ['blocks/b/index.js']],
    ['', 'Campaign files', undefined, [], ['includes/page.php']],
    ['', 'Saved “%s”.', undefined, ["translators: %s: a file's title."], ['includes/page.php']],
    ['', '%d problem', '%d problems', [], ['includes/page.php']],
    ['noun', 'Vote', undefined, [], ['includes/page.php']],
  ]);
});

test('a text in another domain, or not a string literal, stops the extraction', () => {
  const dir = plugin('wrong', {
    'union-widgets.php': HEADER,
    'includes/x.php': "<?php\n__( 'Upload', 'default' );\n__( $text, 'union-widgets' );\n",
  });
  assert.throws(
    () => extract(dir),
    (e) =>
      /includes\/x\.php:2: __\(\) must name the text domain 'union-widgets'/.test(e.message) &&
      /includes\/x\.php:3: __\(\) must be given its text as a string literal/.test(e.message),
  );
});

test('a .po that misses a new text, leaves one empty or breaks a placeholder is refused', () => {
  const entries = extract();
  const added = [...entries, { context: '', msgid: 'A new text', references: [], comments: [] }];
  assert.deepEqual(poProblems(spanish(), added, 'es'), ['es: "A new text" is missing']);

  const emptied = spanish().replace('msgstr "Archivos de campaña"', 'msgstr ""');
  assert.deepEqual(poProblems(emptied, entries, 'es'), ['es: "Campaign files" is not translated']);

  const broken = spanish().replace('msgstr "Se subió %s."', 'msgstr "Se subió."');
  assert.deepEqual(poProblems(broken, entries, 'es'), [
    'es: "Uploaded %s.": the translation has placeholders "", the English "%s"',
  ]);

  const gone = entries.filter((e) => e.msgid !== 'Upload');
  assert.deepEqual(poProblems(spanish(), gone, 'es'), [
    'es: "Upload" is no longer in the code; remove it',
  ]);
});

test('compiles a .mo for PHP and, per script, the JSON load_script_textdomain() looks for', () => {
  const files = compile(spanish(), 'es_MX', extract());
  // md5('blocks/union-widget/index.js'): the script's path relative to the plugin, as WordPress
  // hashes it (wp-includes/l10n.php, load_script_textdomain()).
  const block = JSON.parse(files['union-widgets-es_MX-dffa3604e032040785d472f4883899e3.json']);
  const messages = block.locale_data.messages;
  assert.equal(messages[''].lang, 'es_MX');
  assert.deepEqual(messages['Vote tally'], ['Resultados de la votación']);
  assert.equal(messages['Campaign files'], undefined, 'only the texts of that script');
  const admin = JSON.parse(files['union-widgets-es_MX-22c8c6449e4b8886ed5240f99b46aa9f.json']);
  assert.deepEqual(admin.locale_data.messages['%s cannot be uploaded:'], ['%s no se puede subir:']);
  const parsed = mo.parse(files['union-widgets-es_MX.mo']);
  assert.deepEqual(parsed.translations['']['Campaign files'].msgstr, ['Archivos de campaña']);
  assert.deepEqual(parsed.translations['block title']['Union widget'].msgstr, ['Widget sindical']);
  assert.deepEqual(parsed.translations['']['Upload a campaign file'].msgstr, [
    'Subir un archivo de campaña',
  ]); // PHP's and a script's
  assert.equal(parsed.translations['']['Vote tally'], undefined, 'a text only a script uses');
  assert.equal(parsed.headers.Language, 'es_MX');
  assert.deepEqual(Object.keys(files).length, 3);
});
