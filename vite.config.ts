import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Entries (entries.json): the script-tag bundle and one per widget, each a file in dist/. */
export const entries = JSON.parse(readFileSync('entries.json', 'utf8')) as Record<string, string>;

/** Minifies the HTML and CSS inside Lit's html`` and css`` literals, which JS minifiers leave. */
const minifyLiterals = (): Plugin => ({
  name: 'minify-literals',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const out = await minifyHTMLLiterals(code, { fileName: id });
    return out && { code: out.code, map: out.map };
  },
});

/** The widgets' parts of the English catalog (src/i18n/en.ts), named as the entries are. */
const SECTIONS = ['voteTally', 'actionChecklist', 'townHall', 'petitionCounter', 'taList'];

/**
 * In a one-widget file, only that widget's English strings: the other four widgets' parts of
 * src/i18n/en.ts become empty objects (about 0.9 KB min+gzip of every per-widget file). No widget
 * reads another's part (each reads `t.<its own section>` and the shared keys), and the lazy
 * language chunks stay whole. Works on the source as prettier writes it — a section is
 * `  name: {` … `  },` — and fails the build when it cannot find all five, so a change to that
 * file cannot quietly put the strings back. Every line stays where it was (an emptied section
 * keeps its line breaks), so the source map needs no change.
 */
const englishFor = (section: string | undefined): Plugin => ({
  name: 'english-for-one-widget',
  enforce: 'pre',
  transform(code, id) {
    if (!section || !id.endsWith('/src/i18n/en.ts')) return null;
    let found = 0;
    const out = code.replace(/^ {2}(\w+): \{\n[^]*?^ {2}\},$/gm, (whole, key: string) => {
      if (!SECTIONS.includes(key)) return whole;
      found++;
      return key === section ? whole : `  ${key}: {},${'\n'.repeat(whole.split('\n').length - 1)}`;
    });
    if (found !== SECTIONS.length || !SECTIONS.includes(section))
      throw new Error(`english-for-one-widget: found ${found} of the widgets' sections`);
    return { code: out, map: null };
  },
});

/** `vote-tally` → `voteTally`: an entry's section of the messages; undefined for all five. */
const sectionOf = (entry: string) =>
  entry === 'union-widgets'
    ? undefined
    : entry.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

// Each entry is built on its own (`UNION_ENTRY=<name> vite build`, looped by
// scripts/build-lib.mjs) so that every file in dist/ is self-contained: a page loads one file,
// not an entry plus shared chunks. Measured: the script-tag bundle split into shared chunks was
// 23.5 KB min+gzip against 19.4 KB as one file, because every chunk is compressed on its own.
// Only lazy parts (the QR encoder) are separate chunks. `--mode iife` makes the classic script.
export default defineConfig(({ mode }) => {
  const name = process.env.UNION_ENTRY ?? 'union-widgets';
  if (!entries[name])
    throw new Error(`UNION_ENTRY: no entry "${name}" (one of ${Object.keys(entries).join(', ')})`);
  return {
    define: { __UNION_VERSION__: JSON.stringify(version) },
    plugins: [englishFor(mode === 'iife' ? undefined : sectionOf(name)), minifyLiterals()],
    build: {
      target: 'es2022',
      minify: true,
      sourcemap: true,
      emptyOutDir: false, // scripts/build-lib.mjs empties dist/ once, before the first entry
      lib:
        mode === 'iife'
          ? {
              entry: 'src/index.ts',
              formats: ['iife'],
              name: 'UnionWidgets',
              fileName: () => 'union-widgets.iife.js',
            }
          : { entry: { [name]: entries[name] }, formats: ['es'], fileName: () => `${name}.js` },
      rollupOptions: {
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          // /* @__PURE__ */ marks are for bundlers; in a file browsers run they are dead bytes.
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  };
});
