/** The script-tag entry: defines every widget, and exports their classes, events and data types. */
export * from './vote-tally/define.js';
export * from './town-hall/define.js';
export * from './ta-list/define.js';
export * from './action-checklist/define.js';
export * from './petition-counter/define.js';
export type { Weekday } from './action-checklist/model.js';
export {
  UnionActionToggleEvent,
  UnionErrorEvent,
  UnionRegisterEvent,
  UnionShareEvent,
} from './internal/events.js';
export { VERSION } from './internal/version.js';
