/**
 * The campaign file as the editor sees it: one JSON object holding each widget's data under the
 * key the demo uses, plus anything else, which is kept. Edits are immutable updates at a path, so
 * every field the editor does not know (unknown keys included) passes through untouched, and undo
 * is a list of snapshots.
 */
import type { Schema } from '../src/internal/schema.js';
import { schemas } from '../src/schemas.js';

/** The five widgets' sections, in the order the editor shows them and a saved file lists them. */
export const SECTIONS = [
  { key: 'voteTally', widget: 'vote-tally' },
  { key: 'actionChecklist', widget: 'action-checklist' },
  { key: 'townHall', widget: 'town-hall' },
  { key: 'petition', widget: 'petition-counter' },
  { key: 'taList', widget: 'ta-list' },
] as const;

export type SectionKey = (typeof SECTIONS)[number]['key'];
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
/** A place in the data: keys and list indexes (`['sessions', 1, 'start']`). */
export type Path = readonly (string | number)[];

export const isObject = (v: unknown): v is JsonObject =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** The schema the widget checks its section with (from src/schemas.ts, the same object). */
export const sectionSchema = (key: SectionKey): Schema =>
  schemas[SECTIONS.find((s) => s.key === key)!.widget];

/** The element's tag for a section: `union-town-hall`. */
export const sectionTag = (key: SectionKey): string =>
  `union-${SECTIONS.find((s) => s.key === key)!.widget}`;

/** A path as the checker writes it: `sessions[1].start`. */
export const pathText = (path: Path): string =>
  path.reduce<string>(
    (out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p),
    '',
  );

/** The value at `path`, or undefined. Only own properties are followed. */
export function getIn(value: unknown, path: Path): unknown {
  let node = value;
  for (const p of path) {
    if (Array.isArray(node) && typeof p === 'number') node = node[p];
    else if (isObject(node) && typeof p === 'string' && Object.hasOwn(node, p)) node = node[p];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `value` with `next` at `path`; `undefined` removes an object key. Missing objects on
 * the way are created; every other key and item is the same object as before.
 */
export function setIn(value: unknown, path: Path, next: Json | undefined): Json | undefined {
  if (!path.length) return next;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...value] : [];
    list[head] = setIn(list[head], rest, next) as Json;
    return list;
  }
  const obj: JsonObject = isObject(value) ? { ...value } : {};
  const inner = setIn(obj[head], rest, next);
  if (inner === undefined) delete obj[head];
  else obj[head] = inner;
  return obj;
}

/** The schema node at `path` under `schema` (list items and object properties), if any. */
export function schemaAt(schema: Schema, path: Path): Schema | undefined {
  let node: Schema | undefined = schema;
  for (const p of path) {
    if (node?.t === 'arr' && typeof p === 'number') node = node.of;
    else if (node?.t === 'obj' && typeof p === 'string' && Object.hasOwn(node.p, p))
      node = node.p[p];
    else return undefined;
  }
  return node;
}

/**
 * `value` with object keys in a stable order: the schema's order for the fields it knows, then
 * the others in the order they came. Values are not changed, only key order.
 */
export function ordered(value: Json, schema?: Schema): Json {
  if (Array.isArray(value))
    return value.map((item) => ordered(item, schema?.t === 'arr' ? schema.of : undefined));
  if (!isObject(value)) return value;
  const known = schema?.t === 'obj' ? Object.keys(schema.p) : [];
  const keys = [
    ...known.filter((k) => Object.hasOwn(value, k)),
    ...Object.keys(value).filter((k) => !known.includes(k)),
  ];
  const out: JsonObject = {};
  for (const k of keys)
    out[k] = ordered(value[k], schema?.t === 'obj' && known.includes(k) ? schema.p[k] : undefined);
  return out;
}

/**
 * The campaign in the order a saved file lists it: `$`-keys (comments) first, the five widgets'
 * sections in the editor's order, then any other key as it came.
 */
export function orderedCampaign(doc: JsonObject): JsonObject {
  const sections: string[] = SECTIONS.map((s) => s.key);
  const keys = Object.keys(doc);
  const order = [
    ...keys.filter((k) => k.startsWith('$')),
    ...sections.filter((k) => Object.hasOwn(doc, k)),
    ...keys.filter((k) => !k.startsWith('$') && !sections.includes(k)),
  ];
  const out: JsonObject = {};
  for (const k of order) {
    const section = SECTIONS.find((s) => s.key === k);
    out[k] = ordered(doc[k], section && sectionSchema(section.key));
  }
  return out;
}

/** The text of campaign.json: pretty-printed (2 spaces), stable key order, final newline. */
export const campaignText = (doc: JsonObject): string =>
  JSON.stringify(orderedCampaign(doc), null, 2) + '\n';

/** Keys of the file the editor has no form for (kept as they are). */
export const otherKeys = (doc: JsonObject): string[] =>
  Object.keys(doc).filter((k) => !SECTIONS.some((s) => s.key === k));

/** A lowercase id from text: "Sign the petition!" → "sign-the-petition". */
export const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** An id not in `taken`: `base`, else `base-2`, `base-3`… */
export function uniqueId(base: string, taken: readonly unknown[]): string {
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * A new, empty value for `schema`: an object with an id filled in when the schema requires one
 * (members' saved progress is keyed by it, and a volunteer should not have to invent it), a list
 * empty, text empty. `siblings` are the list the new item joins, to keep ids unique.
 */
export function emptyValue(schema: Schema, idBase: string, siblings: readonly Json[] = []): Json {
  switch (schema.t) {
    case 'obj': {
      const out: JsonObject = {};
      for (const key of schema.req ?? []) {
        const field = schema.p[key];
        if (key === 'id' && field.t === 'str')
          out.id = uniqueId(
            idBase,
            siblings.map((s) => (isObject(s) ? s.id : undefined)),
          );
        else if (field.t === 'arr') out[key] = [];
      }
      return out;
    }
    case 'arr':
      return [];
    default:
      return '';
  }
}
