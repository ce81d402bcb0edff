/** Entry `action-checklist.js`: defines `<union-action-checklist>` alone. */
import { define } from '../internal/define.js';
import { UnionActionChecklist } from './action-checklist.js';

define('union-action-checklist', UnionActionChecklist);

export { UnionActionChecklist };
export type { ActionChecklistData, ChecklistAction } from './model.js';
