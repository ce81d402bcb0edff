import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Entries: the script-tag bundle and one per widget, each a file in dist/. */
export const entries: Record<string, string> = {
  'union-widgets': 'src/index.ts',
  'vote-tally': 'src/vote-tally/define.ts',
  'town-hall': 'src/town-hall/define.ts',
  'ta-list': 'src/ta-list/define.ts',
  'action-checklist': 'src/action-checklist/define.ts',
};

/** Minifies the HTML and CSS inside Lit's html`` and css`` literals, which JS minifiers leave. */
const minifyLiterals = (): Plugin => ({
  name: 'minify-literals',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    const out = await minifyHTMLLiterals(code, { fileName: id });
    return out && { code: out.code, map: out.map };
  },
});

// `vite build` makes the ES modules (shared code in dist/chunks/, loaded by the entries);
// `vite build --mode iife` makes the one-file classic script. IIFE cannot split code, so it is a
// second pass over the same entry.
export default defineConfig(({ mode }) => ({
  define: { __UNION_VERSION__: JSON.stringify(version) },
  plugins: [minifyLiterals()],
  build: {
    target: 'es2022',
    minify: true,
    sourcemap: true,
    emptyOutDir: mode !== 'iife',
    lib:
      mode === 'iife'
        ? {
            entry: 'src/index.ts',
            formats: ['iife'],
            name: 'UnionWidgets',
            fileName: () => 'union-widgets.iife.js',
          }
        : { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rollupOptions: {
      output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
    },
  },
}));
