/** Entry `ta-list.js`: defines `<union-ta-list>` alone. */
import { define } from '../internal/define.js';
import { UnionTaList } from './ta-list.js';

define('union-ta-list', UnionTaList);

export { UnionTaList };
export type { TaListData, TaSubgroup, TaItem, TaStatus } from './model.js';
