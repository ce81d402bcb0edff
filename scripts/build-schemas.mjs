#!/usr/bin/env node
// Builds dist/schemas.js (the DOM-free checker and every widget's schema, for the CLI and the
// embed builder) and writes dist/schema/<widget>.schema.json from the same definitions.
import { build } from 'esbuild';
import { cdnBases } from './cdn.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

await build({
  entryPoints: ['src/schemas.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  minify: true,
  outfile: 'dist/schemas.js',
  logLevel: 'warning',
});

const { schemas, toJsonSchema } = await import(pathToFileURL(resolve('dist/schemas.js')).href);
mkdirSync('dist/schema', { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  const json = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${cdnBases().scripts}schema/${name}.schema.json`,
    title: `<union-${name}> data`,
    ...toJsonSchema(schema),
  };
  writeFileSync(`dist/schema/${name}.schema.json`, JSON.stringify(json, null, 2) + '\n');
}
console.log(`schemas: ${Object.keys(schemas).length} written to dist/schema/`);
