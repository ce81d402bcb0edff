/**
 * Taking over a prerendered widget (`union-widgets render` writes it as a declarative shadow
 * root, painted before any script runs): what the server stamped its rendering with, the sleep
 * until the widget has a reason to render, and the swap from the server's nodes to the widget's
 * own, in place.
 */

/** What wakes a prerendered widget early: the member reaching for it. */
const REACH = ['pointerover', 'focusin', 'click'];

/** What a member can focus or press: found by position in the server's rendering and in ours. */
const FOCUSABLE = 'a,button,input,select,summary,textarea';

const controls = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];

/**
 * A short hash (FNV-1a) of what a rendering was made from, so the server's rendering and the
 * reader's inputs can be compared without sending the data twice.
 */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x1000193);
  return (h >>> 0).toString(36);
}

/**
 * What the server rendered from (`fingerprint` of the inputs) and until when (ms) its rendering
 * stays right by the clock: written into its <style> by the server (src/ssr.ts).
 */
export function stampOf(root: ShadowRoot): [inputs: string, until: number] | undefined {
  const [inputs, until] = (
    root.querySelector<HTMLElement>('style[data-union]')?.dataset.union ?? ''
  ).split(' ');
  return inputs ? [inputs, Number(until || Infinity)] : undefined;
}

/**
 * Calls `wake` once the member reaches for the widget, the clock passes `until` or the page is
 * idle, whichever comes first; returns what cancels that. A click that reached the server's nodes
 * (a screen reader's, with no pointer before it) goes to the same control in the widget's own
 * rendering, which `wake` puts there.
 */
export function sleep(root: ShadowRoot, until: number, wake: () => void): () => void {
  const reach = (e: Event) => {
    const at = controls(root).indexOf(e.target as HTMLElement);
    wake();
    if (e.type == 'click' && at >= 0) {
      e.preventDefault();
      e.stopImmediatePropagation();
      controls(root)[at]?.click();
    }
  };
  REACH.forEach((type) => root.addEventListener(type, reach, true));
  const timer = setTimeout(wake, Math.min(until - Date.now(), 2 ** 31 - 1));
  const idle = (globalThis.requestIdleCallback ?? setTimeout)(wake);
  return () => {
    REACH.forEach((type) => root.removeEventListener(type, reach, true));
    clearTimeout(timer);
    (globalThis.cancelIdleCallback ?? clearTimeout)(idle);
  };
}

/**
 * Replaces the server's nodes with what `render` draws, in the same task (one copy, no flash):
 * the widget's `sheets` go under any already adopted (the contrast step's), and a member who had
 * tabbed into the server's rendering keeps their place.
 */
export function takeOver(
  root: ShadowRoot,
  server: ChildNode[],
  sheets: CSSStyleSheet[],
  render: () => void,
): void {
  const focused = controls(root).indexOf(root.activeElement as HTMLElement);
  server.forEach((n) => n.remove());
  root.adoptedStyleSheets = [...sheets, ...root.adoptedStyleSheets];
  render();
  if (focused >= 0) controls(root)[focused]?.focus();
}
