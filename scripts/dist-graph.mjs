// What a browser loads up front for a built entry: the entry and every chunk it imports
// statically (dynamic `import()`s, like the QR encoder, are listed separately).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const STATIC = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g;
// rolldown writes dynamic imports with backticks: import(`./qr-….js`).
const DYNAMIC = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
const relativeTo = (file, re) =>
  [...readFileSync(file, 'utf8').matchAll(re)]
    .map((m) => m[1])
    .filter((s) => s.startsWith('.'))
    .map((s) => join(dirname(file), s));

export const staticImports = (file) => relativeTo(file, STATIC);
export const dynamicImports = (file) => relativeTo(file, DYNAMIC);

/** The entry and everything it loads up front. */
export function closure(entry, seen = new Set()) {
  if (!seen.has(entry)) {
    seen.add(entry);
    for (const dep of staticImports(entry)) closure(dep, seen);
  }
  return seen;
}
