#!/usr/bin/env node
// Writes docs/api.md — the API reference — from custom-elements.json, which is generated from
// the class JSDoc: attributes, properties, events, slots, parts and custom properties per element.
// `--check` fails when docs/api.md is out of date (CI), so the reference never drifts.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const table = (head, rows) =>
  rows.length
    ? `| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|\n${rows.map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n')}\n`
    : '';

let md =
  '# API reference\n\nGenerated from `custom-elements.json` (itself generated from the class JSDoc) by `node scripts/api-docs.mjs`. Do not edit by hand.\n';
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
for (const d of elements) {
  md += `\n## \`<${d.tagName}>\`\n\n${d.summary ? `${d.summary}\n\n` : ''}${d.description ? `${d.description}\n\n` : ''}`;
  md += table(
    ['attribute', 'property', 'type', 'default', 'description'],
    (d.attributes ?? []).map((a) => [
      `\`${a.name}\``,
      a.fieldName ?? '',
      a.type?.text,
      a.default,
      a.description,
    ]),
  );
  const props = (d.members ?? []).filter(
    (m) =>
      m.kind === 'field' &&
      (m.privacy ?? 'public') === 'public' &&
      !m.static &&
      !(d.attributes ?? []).some((a) => a.fieldName === m.name),
  );
  if (props.length)
    md +=
      '\n' +
      table(
        ['property (no attribute)', 'type', 'description'],
        props.map((p) => [`\`${p.name}\``, p.type?.text, p.description]),
      );
  if (d.events?.length)
    md +=
      '\n' +
      table(
        ['event', 'type', 'description'],
        d.events.map((e) => [`\`${e.name}\``, e.type?.text, e.description]),
      );
  if (d.slots?.length)
    md +=
      '\n' +
      table(
        ['slot', 'description'],
        d.slots.map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]),
      );
  if (d.cssParts?.length)
    md +=
      '\n' +
      table(
        ['part', 'description'],
        d.cssParts.map((p) => [`\`::part(${p.name})\``, p.description]),
      );
  if (d.cssProperties?.length)
    md +=
      '\n' +
      table(
        ['custom property', 'default', 'description'],
        d.cssProperties.map((p) => [`\`${p.name}\``, p.default, p.description]),
      );
}

if (process.argv.includes('--check')) {
  const current = existsSync('docs/api.md') ? readFileSync('docs/api.md', 'utf8') : '';
  if (current !== md) {
    console.error(
      'docs/api.md is out of date: run `npm run manifest && node scripts/api-docs.mjs`',
    );
    process.exit(1);
  }
} else {
  writeFileSync('docs/api.md', md);
  console.log(`docs/api.md: ${elements.length} elements`);
}
