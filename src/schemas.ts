/**
 * Every widget's data schema by widget name, with the checker and the JSON Pointer resolver:
 * what `union-widgets validate`, the JSON Schema files in dist/schema/ and the embed builder
 * use. Not part of any widget bundle (built separately as dist/schemas.js, DOM-free).
 */
import type { Schema } from './internal/schema.js';
import { actionChecklistSchema } from './action-checklist/model.js';
import { petitionSchema } from './petition-counter/model.js';
import { taListSchema } from './ta-list/model.js';
import { townHallSchema } from './town-hall/model.js';
import { voteTallySchema } from './vote-tally/model.js';

export const schemas: Record<string, Schema> = {
  'vote-tally': voteTallySchema,
  'ta-list': taListSchema,
  'town-hall': townHallSchema,
  'action-checklist': actionChecklistSchema,
  'petition-counter': petitionSchema,
};

import { jsonErrorOffset } from './internal/json-error.js';
import { resolvePointer } from './internal/pointer.js';

export { check, describe } from './internal/schema.js';
export { resolvePointer };

/**
 * JSON.parse with a message a webmaster can act on: "x is not valid JSON at line 3, column 7: …",
 * in every engine (V8 gives the position in its message; elsewhere jsonErrorOffset finds it).
 */
export function parseJson(
  text: string,
  name: string,
): { ok: true; value: unknown } | { ok: false; message: string } {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    const at = pos ? Number(pos[1]) : jsonErrorOffset(json);
    let where = '';
    if (at !== undefined) {
      const before = json.slice(0, at);
      where = ` at line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    const why = message
      .replace(/( in JSON)? at position \d+.*$/s, '') // V8
      .replace(/ is not valid JSON$/, '') // V8, for text that is not JSON at all
      .replace(/^JSON\.parse: | at line \d+ column \d+ of the JSON data$/g, '') // Firefox
      .replace(/^JSON Parse error: /, '') // WebKit
      .replace(/\s+/g, ' ')
      .trim();
    return { ok: false, message: `${name} is not valid JSON${where}: ${why}` };
  }
}

/**
 * Where a JSON Pointer (`#/voteTally/results` or `/voteTally/results`) stops resolving, and what is
 * there instead — ` ("voteTaly" is not in the top level, which has: voteTally, …)` — or ''.
 */
export function pointerHint(doc: unknown, pointer: string): string {
  let tokens: string[];
  try {
    tokens = decodeURIComponent(pointer.replace(/^#/, '')).split('/').slice(1);
  } catch {
    return '';
  }
  for (let n = tokens.length - 1; n >= 0; n--) {
    let parent: unknown;
    try {
      parent = resolvePointer(
        doc,
        '#' +
          tokens
            .slice(0, n)
            .map((t) => '/' + t)
            .join(''),
      );
    } catch {
      return '';
    }
    if (parent === undefined) continue;
    const at = n === 0 ? 'the top level' : `#/${tokens.slice(0, n).join('/')}`;
    if (Array.isArray(parent)) return ` (${at} is a list of ${parent.length})`;
    const keys = parent && typeof parent === 'object' ? Object.keys(parent) : [];
    return keys.length
      ? ` ("${tokens[n]}" is not in ${at}, which has: ${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', …' : ''})`
      : '';
  }
  return '';
}
export { toJsonSchema } from './internal/json-schema.js';

/** The languages the widgets ship, and the BCP 47 lookup that picks one for a reader's tag. */
export { LANGUAGES, lookup } from './internal/languages.js';
