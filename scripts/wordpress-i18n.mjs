#!/usr/bin/env node
// The WordPress plugin's own texts (admin page, block settings, upload messages, server errors) in
// the library's languages, the WordPress way: gettext calls in the PHP and JS, a POT template and
// one .po per language in wordpress/union-widgets/languages/, compiled at build time
// (scripts/build-wordpress.mjs) to the .mo files PHP reads and the JSON (Jed 1.x) files
// wp_set_script_translations() hands the block editor's scripts.
//
// The POT is kept in git (translators and their tools start from it, and a review shows which
// texts changed) and written by this script from the code, not by xgettext or WP-CLI (neither is
// on CI): `node scripts/wordpress-i18n.mjs` rewrites it. `--check` (also run by the build and by
// test/cli/wordpress-i18n.test.mjs) fails when the POT is not what the code says, or when a .po
// lacks a translation of a POT text or breaks one's placeholders — so a new text cannot ship
// untranslated without anyone noticing.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { po, mo } from 'gettext-parser';

export const DOMAIN = 'union-widgets';
export const PLUGIN = fileURLToPath(new URL('../wordpress/union-widgets/', import.meta.url));
export const LANGUAGES = join(PLUGIN, 'languages');
export const POT = join(LANGUAGES, `${DOMAIN}.pot`);

/**
 * The .po files kept in git (languages/union-widgets-<name>.po) and the WordPress locales each is
 * compiled for. WordPress does not fall back from one Spanish locale to another, so the one
 * Spanish file is compiled for the Spanish locales of most US union members' sites; the
 * Traditional Chinese file avoids words that differ between Taiwan and Hong Kong
 * (docs/glossary.md), so it serves both.
 */
export const LOCALES = {
  es: ['es_ES', 'es_MX', 'es_PR', 'es_GT', 'es_DO', 'es_CO'],
  tl: ['tl'],
  zh_CN: ['zh_CN'],
  zh_TW: ['zh_TW', 'zh_HK'],
  vi: ['vi'],
  ko_KR: ['ko_KR'],
};

/** Gettext functions: where their text, plural, context and domain arguments are. */
const CALLS = {
  __: { text: 0, domain: 1 },
  _e: { text: 0, domain: 1 },
  esc_html__: { text: 0, domain: 1 },
  esc_html_e: { text: 0, domain: 1 },
  esc_attr__: { text: 0, domain: 1 },
  esc_attr_e: { text: 0, domain: 1 },
  _x: { text: 0, context: 1, domain: 2 },
  _ex: { text: 0, context: 1, domain: 2 },
  esc_html_x: { text: 0, context: 1, domain: 2 },
  esc_attr_x: { text: 0, context: 1, domain: 2 },
  _n: { text: 0, plural: 1, domain: 3 },
  _nx: { text: 0, plural: 1, context: 3, domain: 4 },
};

/** The plugin's source files, relative to its folder ('includes/render.php'). */
function sources(dir = PLUGIN) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(d, name.name);
      if (name.isDirectory()) {
        if (!['languages', 'lib', 'node_modules'].includes(name.name)) walk(path);
      } else if (/\.(php|js)$/.test(name.name)) out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The value of a PHP or JS string literal (the quotes included in `raw`). */
function literal(raw, php) {
  const quote = raw[0];
  const body = raw.slice(1, -1);
  if (php && quote === "'") return body.replace(/\\([\\'])/g, '$1');
  if (php) {
    if (/\$/.test(body.replace(/\\\$/g, ''))) return undefined; // interpolation: not a constant
    return body.replace(/\\([\\"$nt])/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c);
  }
  return body.replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t' })[c] ?? c);
}

/**
 * Finds the gettext calls in one file's text. A small scanner (not a parser): it skips comments,
 * strings, template literals, regular expressions and, in PHP, the HTML between `?>` and `<?php`,
 * and reads a call's arguments up to its closing parenthesis. The comment just before a call that
 * starts with "translators:" is kept for translators, as WP-CLI does. Returns
 * { calls: [{ fn, args, line, comment }], php }.
 */
export function scan(text, file) {
  const php = file.endsWith('.php');
  const calls = [];
  let i = 0;
  let line = 1;
  let html = php; // PHP files start outside <?php
  let lastComment = null; // { text, line }
  let prev = ''; // the last significant character, to tell a regex from a division
  const advance = (to) => {
    for (let k = i; k < to; k++) if (text[k] === '\n') line++;
    i = to;
  };
  const stringEnd = (start) => {
    const q = text[start];
    let k = start + 1;
    while (k < text.length && text[k] !== q) k += text[k] === '\\' ? 2 : 1;
    return k + 1;
  };
  const regexEnd = (start) => {
    let k = start + 1;
    let inClass = false;
    while (k < text.length) {
      const c = text[k];
      if (c === '\\') k++;
      else if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) break;
      k++;
    }
    return k + 1;
  };
  /** Reads the arguments of a call whose `(` is at `open`: [{ raw, value }], and the end. */
  const readArgs = (open) => {
    const args = [];
    let depth = 0;
    let k = open + 1;
    let start = k;
    const push = (end) => {
      const raw = text
        .slice(start, end)
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .trim();
      if (raw) args.push(raw);
    };
    while (k < text.length) {
      const c = text[k];
      if (c === '"' || c === "'" || c === '`') k = stringEnd(k);
      else if (c === '/' && text[k + 1] === '*') k = text.indexOf('*/', k + 2) + 2;
      else if (c === '(' || c === '[' || c === '{') {
        depth++;
        k++;
      } else if ((c === ')' || c === ']' || c === '}') && depth > 0) {
        depth--;
        k++;
      } else if (c === ')') {
        push(k);
        return { args, end: k + 1 };
      } else if (c === ',' && depth === 0) {
        push(k);
        start = ++k;
      } else k++;
    }
    return { args, end: text.length };
  };

  while (i < text.length) {
    if (html) {
      const open = text.indexOf('<?php', i);
      advance(open < 0 ? text.length : open + 5);
      html = false;
      continue;
    }
    const c = text[i];
    const two = text.slice(i, i + 2);
    if (php && two === '?>') {
      advance(i + 2);
      html = true;
    } else if (two === '/*') {
      const end = text.indexOf('*/', i + 2);
      const body = text.slice(i + 2, end).replace(/^\s*\*?\s*/, '');
      if (/^translators:/i.test(body.trim()))
        lastComment = { text: body.trim().replace(/\s*\n\s*\*?\s*/g, ' '), line };
      advance(end + 2);
    } else if (two === '//' || (php && c === '#')) {
      const end = text.indexOf('\n', i);
      const body = text.slice(i + (c === '#' ? 1 : 2), end < 0 ? text.length : end).trim();
      if (/^translators:/i.test(body)) lastComment = { text: body, line };
      advance(end < 0 ? text.length : end);
    } else if (c === '"' || c === "'" || c === '`') {
      advance(stringEnd(i));
      prev = 'a';
    } else if (!php && c === '/' && (prev === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prev))) {
      advance(regexEnd(i));
      prev = 'a';
    } else if (/[A-Za-z_$]/.test(c)) {
      const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))[0];
      const before = text[i - 1] ?? '';
      const after = /^\s*\(/.exec(text.slice(i + word.length, i + word.length + 20));
      const isCall = after && Object.hasOwn(CALLS, word) && !/[.>:$\w]/.test(before);
      const isDefinition = /function\s+$/.test(text.slice(Math.max(0, i - 12), i));
      if (isCall && !isDefinition) {
        const callLine = line;
        const { args, end } = readArgs(i + word.length + after[0].length - 1);
        const comment = lastComment && callLine - lastComment.line <= 3 ? lastComment.text : null;
        lastComment = comment ? null : lastComment;
        calls.push({ fn: word, args, line: callLine, comment });
        advance(end);
      } else advance(i + word.length);
      prev = 'a';
    } else {
      if (!/\s/.test(c)) prev = c;
      advance(i + 1);
    }
  }
  return { calls, php };
}

/**
 * The plugin's translatable texts: every gettext call in its PHP and JS, the plugin header's
 * name and description, and block.json's title, description and keywords (WordPress translates
 * those with the contexts "block title" and so on). Throws, naming the file and line, on a call
 * whose text is not a plain string literal or whose domain is not 'union-widgets' — those would
 * silently never be translated. Returns entries in the order first seen:
 * [{ context, msgid, plural, references: [file], comments: [text] }].
 */
export function extract(dir = PLUGIN) {
  const entries = new Map();
  const errors = [];
  const add = ({ context = '', msgid, plural, reference, comment }) => {
    const key = `${context}\u0004${msgid}`;
    const entry = entries.get(key) ?? { context, msgid, plural, references: [], comments: [] };
    if (entry.plural !== plural)
      errors.push(`${reference}: "${msgid}" is used with two plural forms`);
    if (!entry.references.includes(reference)) entry.references.push(reference);
    if (comment && !entry.comments.includes(comment)) entry.comments.push(comment);
    entries.set(key, entry);
  };

  const header = readFileSync(join(dir, 'union-widgets.php'), 'utf8');
  for (const [field, comment] of [
    ['Plugin Name', 'Plugin Name of the plugin'],
    ['Description', 'Description of the plugin'],
  ]) {
    const value = new RegExp(`^[ \\t/*#@]*${field}:(.*)$`, 'mi').exec(header)?.[1].trim();
    if (value) add({ msgid: value, reference: 'union-widgets.php', comment });
  }

  for (const file of sources(dir)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const { calls, php } = scan(text, file);
    for (const { fn, args, line, comment } of calls) {
      const at = `${file}:${line}`;
      const spec = CALLS[fn];
      const value = (n) => {
        const raw = args[n];
        if (!raw || !/^(['"])(?:\\.|(?!\1)[^\\])*\1$/s.test(raw)) return undefined;
        return literal(raw, php);
      };
      const domain = value(spec.domain);
      if (domain !== DOMAIN) {
        errors.push(`${at}: ${fn}() must name the text domain '${DOMAIN}' as a string`);
        continue;
      }
      const msgid = value(spec.text);
      const plural = spec.plural === undefined ? undefined : value(spec.plural);
      const context = spec.context === undefined ? '' : value(spec.context);
      if (msgid === undefined || (spec.plural !== undefined && plural === undefined))
        errors.push(`${at}: ${fn}() must be given its text as a string literal`);
      else if (context === undefined)
        errors.push(`${at}: ${fn}() must be given its context as a string literal`);
      else add({ context, msgid, plural, reference: file, comment });
    }
  }

  for (const block of sources(dir).filter((f) => f.startsWith('blocks/'))) {
    const meta = join(dir, block.replace(/[^/]+$/, 'block.json'));
    let json;
    try {
      json = JSON.parse(readFileSync(meta, 'utf8'));
    } catch {
      continue;
    }
    const reference = relative(dir, meta).split('\\').join('/');
    if (json.textdomain !== DOMAIN) errors.push(`${reference}: textdomain must be '${DOMAIN}'`);
    if (json.title) add({ context: 'block title', msgid: json.title, reference });
    if (json.description) add({ context: 'block description', msgid: json.description, reference });
    for (const keyword of json.keywords ?? [])
      add({ context: 'block keyword', msgid: keyword, reference });
  }
  if (errors.length) throw new Error(`wordpress-i18n:\n  ${errors.join('\n  ')}`);
  return [...entries.values()];
}

/** The POT text for `entries`: stable (no creation date), so it changes only with the texts. */
export function potText(entries) {
  const translations = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const e of entries) {
    translations[e.context] ??= {};
    translations[e.context][e.msgid] = {
      ...(e.context ? { msgctxt: e.context } : {}),
      msgid: e.msgid,
      ...(e.plural !== undefined ? { msgid_plural: e.plural } : {}),
      msgstr: e.plural !== undefined ? ['', ''] : [''],
      comments: {
        ...(e.comments.length ? { extracted: e.comments.join('\n') } : {}),
        reference: e.references.join('\n'),
      },
    };
  }
  const header = [
    "# The WordPress plugin's texts. Written by scripts/wordpress-i18n.mjs from the code: do not",
    '# edit by hand; run `node scripts/wordpress-i18n.mjs` after changing a text.',
  ].join('\n');
  return `${header}\n${po
    .compile(
      {
        charset: 'utf-8',
        headers: {
          'Project-Id-Version': 'Union Widgets',
          'MIME-Version': '1.0',
          'Content-Type': 'text/plain; charset=UTF-8',
          'Content-Transfer-Encoding': '8bit',
          'X-Domain': DOMAIN,
        },
        translations,
      },
      { foldLength: 0 },
    )
    .toString('utf8')}\n`;
}

/** The .po files in git: [{ name ('es'), file }]. */
export function poFiles() {
  return readdirSync(LANGUAGES)
    .filter((f) => f.endsWith('.po'))
    .sort()
    .map((f) => ({ name: f.slice(DOMAIN.length + 1, -3), file: join(LANGUAGES, f) }));
}

/** printf placeholders in a text, in a comparable form ('%1$s', '%d' …). */
const placeholders = (s) =>
  (s.match(/%(?:\d+\$)?[-+ 0#]*\d*(?:\.\d+)?[bcdeEfFgGosuxX%]/g) ?? [])
    .filter((p) => p !== '%%')
    .sort();

/**
 * What is wrong with a .po against the POT's `entries`: a text missing or untranslated (an empty
 * msgstr, or fewer plural forms than its Plural-Forms say), a translation whose placeholders
 * differ from the English (sprintf() would print the wrong thing, or throw), a text the code no
 * longer has. Returns [message].
 */
export function poProblems(poText, entries, label) {
  const parsed = po.parse(poText);
  const out = [];
  const nplurals = Number(/nplurals\s*=\s*(\d+)/.exec(parsed.headers['Plural-Forms'] ?? '')?.[1]);
  if (!nplurals) out.push(`${label}: no Plural-Forms header`);
  const wanted = new Set();
  for (const e of entries) {
    wanted.add(`${e.context}\u0004${e.msgid}`);
    const name = `${label}: ${e.context ? `[${e.context}] ` : ''}"${e.msgid}"`;
    const found = parsed.translations[e.context]?.[e.msgid];
    if (!found) {
      out.push(`${name} is missing`);
      continue;
    }
    const forms = e.plural !== undefined ? nplurals : 1;
    const strs = found.msgstr.slice(0, forms);
    if (strs.length < forms || strs.some((s) => !s.trim())) {
      out.push(`${name} is not translated`);
      continue;
    }
    const english = placeholders(e.plural ?? e.msgid).join(' ');
    for (const s of strs) {
      // A plural's translation may leave out the count ("%2$d") in a form for one thing.
      const own = placeholders(s).join(' ');
      if (own !== english && !(e.plural !== undefined && english.includes(own)))
        out.push(`${name}: the translation has placeholders "${own}", the English "${english}"`);
    }
  }
  for (const [context, messages] of Object.entries(parsed.translations))
    for (const msgid of Object.keys(messages))
      if (msgid && !wanted.has(`${context}\u0004${msgid}`))
        out.push(`${label}: "${msgid}" is no longer in the code; remove it`);
  return out;
}

/** Every problem: the POT out of date, and each .po's problems. Returns [message]. */
export function check() {
  const entries = extract();
  const out = [];
  let pot = '';
  try {
    pot = readFileSync(POT, 'utf8');
  } catch {
    /* reported below */
  }
  if (pot !== potText(entries))
    out.push(
      `${relative(process.cwd(), POT)} is not what the code says: run \`node scripts/wordpress-i18n.mjs\``,
    );
  const files = poFiles();
  for (const name of Object.keys(LOCALES))
    if (!files.some((f) => f.name === name)) out.push(`union-widgets-${name}.po is missing`);
  for (const { name, file } of files) {
    if (!LOCALES[name]) out.push(`${file}: not in LOCALES (scripts/wordpress-i18n.mjs)`);
    out.push(...poProblems(readFileSync(file, 'utf8'), entries, `union-widgets-${name}.po`));
  }
  return out;
}

/**
 * The compiled files of one .po for one WordPress `locale`, given the POT's `entries`:
 * { [file name]: Buffer } — the .mo, with the texts PHP uses (the header, block.json and the PHP
 * files; as WP-CLI's make-json leaves it), and for each JavaScript file with texts the Jed 1.x
 * JSON with that file's texts, named as load_script_textdomain() looks for it:
 * union-widgets-{locale}-{md5 of the path relative to the plugin}.json.
 */
export function compile(poText, locale, entries) {
  const parsed = po.parse(poText);
  const translated = (context, msgid) => parsed.translations[context]?.[msgid];
  const plural = parsed.headers['Plural-Forms'];
  const forPhp = { '': { '': translated('', '') } };
  for (const { context, msgid, references } of entries)
    if (references.some((r) => !r.endsWith('.js')) && translated(context, msgid))
      (forPhp[context] ??= {})[msgid] = translated(context, msgid);
  const files = {
    [`${DOMAIN}-${locale}.mo`]: mo.compile({
      charset: 'utf-8',
      headers: { ...parsed.headers, Language: locale },
      translations: forPhp,
    }),
  };
  for (const [script, used] of Object.entries(scriptEntries(entries))) {
    const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': plural } };
    for (const { context, msgid } of used) {
      const found = translated(context, msgid);
      if (found) messages[context ? `${context}\u0004${msgid}` : msgid] = found.msgstr;
    }
    const jed = { domain: 'messages', locale_data: { messages } };
    const hash = createHash('md5').update(script).digest('hex');
    files[`${DOMAIN}-${locale}-${hash}.json`] = Buffer.from(JSON.stringify(jed));
  }
  return files;
}

/** The POT entries each JavaScript file uses: { [path]: entries }. */
export function scriptEntries(entries) {
  const out = {};
  for (const e of entries)
    for (const file of e.references.filter((r) => r.endsWith('.js'))) (out[file] ??= []).push(e);
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--check')) {
    const problems = check();
    if (problems.length) {
      console.error(`wordpress-i18n:\n  ${problems.join('\n  ')}`);
      process.exit(1);
    }
    console.log('wordpress-i18n: the POT matches the code; every .po translates every text');
  } else {
    const entries = extract();
    writeFileSync(POT, potText(entries));
    console.log(`wordpress-i18n: ${relative(process.cwd(), POT)} (${entries.length} texts)`);
  }
}
