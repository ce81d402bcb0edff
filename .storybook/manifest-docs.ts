/**
 * Controls and Docs pages from custom-elements.json (generated from the class JSDoc, public API
 * only), in place of the web-components renderer's own reading of it, which gives every row a
 * JSON box (`layout` included), lists each attribute twice (`heading-level` and `headingLevel`)
 * and drops the default slot. Here:
 * - each attribute is one control, keyed by its attribute name, with an editor for its type: a
 *   select for a string union (`layout`, `theme`) and for `lang` and `heading-level`, a switch, a
 *   number or a text field;
 * - `data` (the one property without an attribute) gets the JSON editor;
 * - each colour custom property gets a colour picker, the others a text field (unset: the
 *   widget's default, or the toolbar's brand);
 * - events, parts and the slot are listed for reference, with no editor.
 * The Docs page's description is the element's summary and description, and the data shape,
 * written out from the schema the widget checks its data with (src/schemas.ts).
 */
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { LANGUAGES } from '../src/internal/languages.js';
import type { Schema } from '../src/internal/schema.js';
import { schemas } from '../src/schemas.js';

type InputType = ArgTypes[string];

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  kind?: string;
}

export interface ElementDoc {
  tagName: string;
  summary?: string;
  description?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

/** The manifest's declaration of `<tag>`. */
export function elementDoc(tag: string): ElementDoc | undefined {
  for (const mod of manifest.modules)
    for (const d of (mod.declarations ?? []) as unknown as ElementDoc[])
      if (d.tagName === tag) return d;
  return undefined;
}

/** Attributes whose type the manifest gives as a plain string or number, with their values. */
const OPTIONS: Record<string, readonly (string | number)[]> = {
  lang: LANGUAGES,
  'heading-level': [1, 2, 3, 4, 5, 6],
};
const LABELS: Record<string, Record<string, string>> = {
  lang: Object.fromEntries(
    LANGUAGES.map((l) => [l, `${new Intl.DisplayNames(l, { type: 'language' }).of(l)} (${l})`]),
  ),
};

/** `'banner' | 'compact'` → ['banner', 'compact']; anything else → undefined. */
function stringUnion(type = ''): string[] | undefined {
  const parts = type
    .split('|')
    .map((p) => p.trim())
    .filter((p) => p !== 'undefined');
  const literals = parts.map((p) => /^'([^']*)'$/.exec(p)?.[1]);
  return literals.length > 1 && literals.every((l) => l !== undefined)
    ? (literals as string[])
    : undefined;
}

function attributeControl(a: Item): InputType {
  const options = OPTIONS[a.name] ?? stringUnion(a.type?.text);
  if (options) return { control: { type: 'select', labels: LABELS[a.name] }, options };
  const type = a.type?.text.replace(/\s*\|\s*undefined$/, '');
  if (type === 'boolean') return { control: { type: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' } };
  return { control: { type: 'text' } };
}

const row = (category: string, item: Item, name = item.name) => ({
  name,
  description: item.description,
  table: {
    category,
    type: item.type ? { summary: item.type.text } : undefined,
    defaultValue: item.default !== undefined ? { summary: item.default } : undefined,
  },
});
const reference = (category: string, item: Item, name?: string) => ({
  ...row(category, item, name),
  control: false as const,
});

/** Controls for `<tag>`: its public API from the manifest, each with a fitting editor. */
export function extractArgTypes(tag: string): ArgTypes | null {
  const d = elementDoc(tag);
  if (!d) return null;
  const attributes = d.attributes ?? [];
  const withAttribute = new Set(attributes.map((a) => a.fieldName ?? a.name));
  const properties = (d.members ?? []).filter(
    (m) => m.kind === 'field' && !withAttribute.has(m.name),
  );
  const argTypes: ArgTypes = {};
  for (const a of attributes)
    argTypes[a.name] = { ...row('attributes', a), ...attributeControl(a) };
  for (const p of properties)
    argTypes[p.name] = {
      ...row('properties', p),
      description: `${p.description ?? ''} Its shape is under "Data" above.`.trim(),
      control: { type: 'object' },
    };
  for (const c of d.cssProperties ?? [])
    argTypes[c.name] = {
      ...row('css custom properties', c),
      control: { type: /^#|^rgb|^hsl/.test(c.default ?? '') ? 'color' : 'text' },
    };
  for (const e of d.events ?? []) argTypes[e.name] = reference('events', e);
  for (const s of d.slots ?? []) {
    const name = s.name ? `slot "${s.name}"` : 'default slot';
    argTypes[name] = reference('slots', s, name);
  }
  for (const p of d.cssParts ?? [])
    argTypes[`::part(${p.name})`] = reference('css shadow parts', p, `::part(${p.name})`);
  return argTypes;
}

/** A TypeScript-like outline of a data schema, as DESIGN.md writes the shapes. */
export function outline(s: Schema, indent = ''): string {
  const inner = indent + '  ';
  switch (s.t) {
    case 'str':
      return s.f ? `string /* ${s.f[0]} */` : 'string';
    case 'num': {
      const range = [s.min !== undefined && `≥ ${s.min}`, s.max !== undefined && `≤ ${s.max}`];
      const note = s.what ?? range.filter(Boolean).join(', ');
      return `${s.int ? 'integer' : 'number'}${note ? ` /* ${note} */` : ''}`;
    }
    case 'bool':
      return 'boolean';
    case 'enum':
      return s.of.map((v) => JSON.stringify(v)).join(' | ');
    case 'arr': {
      const cap = s.max !== undefined ? ` /* at most ${s.max} */` : '';
      return `${outline(s.of, indent)}[]${cap}`;
    }
    case 'obj': {
      const fields = Object.entries(s.p).map(
        ([k, v]) => `${inner}${k}${s.req?.includes(k) ? '' : '?'}: ${outline(v, inner)};`,
      );
      return `{\n${fields.join('\n')}\n${indent}}`;
    }
  }
}

/**
 * The Docs page's description of `<tag>`: summary, description, and the shape of its data (the
 * `data` property, an inline JSON script, or the JSON at `src`).
 */
export function extractComponentDescription(tag: string): string | null {
  const d = elementDoc(tag);
  if (!d) return null;
  const schema = schemas[tag.replace(/^union-/, '')];
  const shape = schema
    ? [
        '### Data',
        'The same JSON from `src`, an inline `<script type="application/json">` child, or the `data` property (the JSON editor in the table below). Fields without `?` are required.',
        '```ts\n' + outline(schema) + '\n```',
      ]
    : [];
  return [d.summary && `**${d.summary}**`, d.description, ...shape].filter(Boolean).join('\n\n');
}
