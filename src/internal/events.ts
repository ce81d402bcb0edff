/**
 * The events widgets send for the host page's analytics. Each bubbles and is composed, so one
 * listener on `document` hears every widget on the page. Typed classes, one place.
 */

const init = { bubbles: true, composed: true };

/**
 * A widget's data could not be loaded or has problems, each naming its path: `errors` refused the
 * data (the last good data or the fallback stays); `warnings` were worked around (a link left out,
 * text repaired) and the data is shown. A warnings-only event has `errors` empty.
 */
export class UnionErrorEvent extends Event {
  constructor(
    readonly errors: readonly string[],
    readonly warnings: readonly string[] = [],
  ) {
    super('union-error', init);
  }
}

/** A member ticked or unticked an action in `<union-action-checklist>`. */
export class UnionActionToggleEvent extends Event {
  constructor(
    readonly checklist: string,
    readonly action: string,
    readonly done: boolean,
  ) {
    super('union-action-toggle', init);
  }
}

/** A member chose "Register" in `<union-town-hall>`; `session` is the chosen session's id, if any. */
export class UnionRegisterEvent extends Event {
  constructor(
    readonly url: string,
    readonly session?: string,
    readonly start?: string,
  ) {
    super('union-register', init);
  }
}

/** A member shared (`channel`: native, copy, email, sms, whatsapp, facebook, x, bluesky…). */
export class UnionShareEvent extends Event {
  constructor(
    readonly channel: string,
    readonly url: string,
  ) {
    super('union-share', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'union-error': UnionErrorEvent;
    'union-action-toggle': UnionActionToggleEvent;
    'union-register': UnionRegisterEvent;
    'union-share': UnionShareEvent;
  }
}
