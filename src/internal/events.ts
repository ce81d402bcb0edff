/**
 * The events widgets send for the host page's analytics. Each bubbles and is composed, so a
 * listener on `document` hears every widget on the page.
 */

const init = { bubbles: true, composed: true };

/** A widget's data could not be loaded or is invalid: `errors` name the path and the problem. */
export class UnionErrorEvent extends Event {
  constructor(readonly errors: readonly string[]) {
    super('union-error', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'union-error': UnionErrorEvent;
  }
}
