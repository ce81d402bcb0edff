import { closestAttr } from './i18n.js';

/**
 * The time the widget shows itself at: the nearest `now` attribute (an ISO 8601 instant, e.g.
 * `2025-08-21T18:30-07:00`), else the clock. For previews (the campaign editor's and the demo's
 * "show as of"), screenshots and print: a town hall before its deadline, during a session, after.
 */
export const nowOf = (el: Element): number => Date.parse(closestAttr(el, 'now')!) || Date.now();
