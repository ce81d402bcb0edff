import type { Schema } from './schema.js';

/**
 * Patterns that let an editor flag the commonest mistakes as they are typed: a zone must have the
 * Area/Location shape (or be UTC), so "PST" is flagged. Kept here, out of the widgets' bundles.
 */
const PATTERNS: Record<string, string> = { tz: '^(UTC|[^/]+/.+)$' };

/** How the widgets treat a problem, stated once at the top of every emitted schema. */
const RULE =
  'Each property carries "x-severity": a problem in an "error" property refuses the data (the ' +
  'widget keeps its last good data or fallback); a problem in a "warning" property is worked ' +
  'around (that field is left out, an unknown status shown as open) and the rest renders. ' +
  'Text that is not well-formed Unicode is repaired with a warning. `union-widgets validate` ' +
  'reports both kinds, and the cross-field rules JSON Schema cannot say.';

/**
 * JSON Schema (draft 2020-12) for a widget's data, derived from the same declarative schema the
 * widget checks at run time — never a second, hand-kept copy. Cross-field rules that JSON Schema
 * cannot say are left to `validate`; everything else (types, ranges, formats, enums, required
 * fields, list caps) is expressed, so editors can autocomplete and flag a feed as it is written.
 * A JSON Schema validator reports every failure alike; the `x-severity` annotation on each
 * property says which the widgets refuse and which they work around.
 */
export function toJsonSchema(s: Schema, top = true): Record<string, unknown> {
  switch (s.t) {
    case 'str':
      return {
        type: 'string',
        ...(s.min ? { minLength: s.min, pattern: '\\S' } : {}),
        ...(s.f
          ? {
              format: s.f[1],
              description: `${s.f[0][0].toUpperCase()}${s.f[0].slice(1)}.`,
              // A format's pattern (a zone's Area/City shape) wins over the non-empty one.
              ...(PATTERNS[s.f[1]] ? { pattern: PATTERNS[s.f[1]] } : {}),
            }
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
      return {
        enum: [...s.of],
        ...(s.soft ? { description: `Anything else is shown as ${s.soft}, with a warning.` } : {}),
      };
    case 'arr':
      return {
        type: 'array',
        items: toJsonSchema(s.of, false),
        ...(s.min ? { minItems: s.min } : {}),
        ...(s.max ? { maxItems: s.max } : {}),
      };
    case 'obj':
      return {
        type: 'object',
        ...(top ? { description: RULE } : {}),
        properties: Object.fromEntries(
          Object.entries(s.p).map(([k, v]) => [
            k,
            { ...toJsonSchema(v, false), 'x-severity': s.req?.includes(k) ? 'error' : 'warning' },
          ]),
        ),
        ...(s.req?.length ? { required: [...s.req] } : {}),
      };
  }
}
