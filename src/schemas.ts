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

export { check, describe } from './internal/schema.js';
export { resolvePointer } from './internal/pointer.js';
export { toJsonSchema } from './internal/json-schema.js';
