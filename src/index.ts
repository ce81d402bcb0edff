/** The script-tag entry: defines every widget. */
export * from './vote-tally/define.js';
export * from './town-hall/define.js';
export * from './ta-list/define.js';
export * from './action-checklist/define.js';
export * from './petition-counter/define.js';
export { UnionErrorEvent } from './internal/events.js';
export { VERSION } from './internal/version.js';
