/** Entry `town-hall.js`: defines `<union-town-hall>` alone. */
import { define } from '../internal/define.js';
import { UnionTownHall } from './town-hall.js';

define('union-town-hall', UnionTownHall);

export { UnionTownHall };
export type { TownHallData, TownHallSession } from './model.js';
