// bytes of the minified bundle attributed to each source (by source map), gzip estimate by per-file gzip of the attributed chunks
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
const file = process.argv[2] ?? 'dist/union-widgets.js';
const code = readFileSync(file, 'utf8');
const map = new TraceMap(readFileSync(file + '.map', 'utf8'));
const lines = code.split('\n');
const segs = [];
eachMapping(map, (m) => segs.push(m));
segs.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const by = new Map();
for (let i = 0; i < segs.length; i++) {
  const s = segs[i], n = segs[i + 1];
  const line = lines[s.generatedLine - 1];
  const end = n && n.generatedLine === s.generatedLine ? n.generatedColumn : line.length;
  const src = (s.source ?? '(none)').replace(/.*node_modules\//, 'nm/').replace(/.*\/src\//, 'src/');
  by.set(src, (by.get(src) ?? '') + line.slice(s.generatedColumn, end));
}
const total = gzipSync(code, { level: 9 }).length;
let rows = [...by].map(([k, v]) => [k, v.length, gzipSync(v, { level: 9 }).length]).sort((a, b) => b[1] - a[1]);
console.log('total gzip', total, 'raw', code.length);
for (const [k, raw, gz] of rows) console.log(String(raw).padStart(7), String(gz).padStart(6), k);
