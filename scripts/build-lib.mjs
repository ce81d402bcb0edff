#!/usr/bin/env node
// Builds dist/: every entry of vite.config.ts as its own self-contained ES module, then the
// classic (IIFE) script. One vite build per entry (entries.json): see the note in vite.config.ts.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const entries = JSON.parse(readFileSync('entries.json', 'utf8'));
rmSync('dist', { recursive: true, force: true });
for (const name of Object.keys(entries)) {
  process.env.UNION_ENTRY = name;
  await build({ logLevel: 'warn' });
}
delete process.env.UNION_ENTRY;
await build({ mode: 'iife', logLevel: 'warn' });
console.log(`dist/: ${Object.keys(entries).length} ES entries and the IIFE script`);
