/** Entry `petition-counter.js`: defines `<union-petition-counter>` alone. */
import { define } from '../internal/define.js';
import { UnionPetitionCounter } from './petition-counter.js';

define('union-petition-counter', UnionPetitionCounter);

export { UnionPetitionCounter };
export type { PetitionData } from './model.js';
