/**
 * Keeps keyboard focus inside a widget when a render takes the focused control away: a refresh
 * that drops the member's action or subgroup, a deadline that removes a link, a keyed list that
 * moves a row (moving a node blurs it). Without this, focus falls to `<body>` and a keyboard or
 * screen-reader user is thrown back to the top of the page.
 */

/** Where focus was before a render. */
export interface FocusSpot {
  control: HTMLElement;
  /** The list's rows in their order before the render (empty when focus was outside a row). */
  rows: Element[];
  /** The focused control's row in `rows`, or -1. */
  at: number;
}

/** Notes the control focused in `root`, and the row (matching `rows`) it sits in. */
export function noteFocus(root: ShadowRoot | null, rows: string): FocusSpot | undefined {
  const control = root?.activeElement as HTMLElement | null | undefined;
  if (!control) return undefined;
  const row = control.closest(rows);
  const all = row?.parentElement
    ? [...row.parentElement.children].filter((r) => r.matches(rows))
    : [];
  return { control, rows: all, at: row ? all.indexOf(row) : -1 };
}

/**
 * After a render: if focus left `root` because the render removed or moved the noted control,
 * puts it back on that control when it is still there, else on the first `primary` control of its
 * row, of the next row still there, of the nearest earlier one, else on `fallback` (the widget's
 * heading, made focusable with tabindex=-1 — out of the tab order — when it is not already).
 */
export function restoreFocus(
  root: ShadowRoot | null,
  spot: FocusSpot | undefined,
  primary: string,
  fallback: () => HTMLElement | null | undefined,
): void {
  if (!root || !spot || root.activeElement) return;
  const { control, rows, at } = spot;
  const inRow = (row: Element | undefined) =>
    row?.isConnected ? row.querySelector<HTMLElement>(primary) : null;
  const last = fallback();
  if (last && !last.hasAttribute('tabindex')) last.tabIndex = -1;
  const candidates = [
    control.isConnected ? control : null,
    ...rows.slice(Math.max(at, 0)).map(inRow),
    ...rows.slice(0, Math.max(at, 0)).reverse().map(inRow),
    last,
  ];
  for (const c of candidates) {
    c?.focus();
    if (c && root.activeElement === c) return;
  }
}
