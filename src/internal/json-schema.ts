import type { Schema } from './schema.js';

/**
 * JSON Schema (draft 2020-12) for a widget's data, derived from the same declarative schema the
 * widget checks at run time — never a second, hand-kept copy. Cross-field rules that JSON Schema
 * cannot say are left to `validate`; everything else (types, ranges, formats, enums, required
 * fields) is expressed, so editors can autocomplete and flag a feed as it is written.
 */
export function toJsonSchema(s: Schema): Record<string, unknown> {
  switch (s.t) {
    case 'str':
      return {
        type: 'string',
        ...(s.min ? { minLength: s.min, pattern: '\\S' } : {}),
        ...(s.f
          ? { format: s.f[1], description: `${s.f[0][0].toUpperCase()}${s.f[0].slice(1)}.` }
          : {}),
      };
    case 'num':
      return {
        type: s.int ? 'integer' : 'number',
        ...(s.min !== undefined ? { minimum: s.min } : {}),
        ...(s.max !== undefined
          ? { maximum: s.max }
          : s.int
            ? { maximum: Number.MAX_SAFE_INTEGER }
            : {}),
        ...(s.what ? { description: `${s.what[0].toUpperCase()}${s.what.slice(1)}.` } : {}),
      };
    case 'bool':
      return { type: 'boolean' };
    case 'enum':
      // A soft enum accepts anything (shown as its fallback, with a warning); editors still suggest.
      return s.soft ? { anyOf: [{ enum: [...s.of] }, { type: 'string' }] } : { enum: [...s.of] };
    case 'arr':
      return {
        type: 'array',
        items: toJsonSchema(s.of),
        ...(s.min ? { minItems: s.min } : {}),
        ...(s.max ? { maxItems: s.max } : {}),
      };
    case 'obj':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(s.p).map(([k, v]) => [k, toJsonSchema(v)])),
        ...(s.req?.length ? { required: [...s.req] } : {}),
      };
  }
}
