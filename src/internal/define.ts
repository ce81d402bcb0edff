import { isServer } from 'lit';
import { VERSION } from './version.js';

const warned = new Set<string>();

/**
 * Whether to wait for the page's first paint before defining `tag`: every `tag` on the page is
 * prerendered (its declarative shadow root is already its content) and nothing is painted yet.
 * Upgrading five widgets is about 100 ms of script on a slow phone; done before the first paint,
 * it holds back content the page already has. A plain widget (fallback content until the script
 * runs) is defined at once, so a render-blocking script still draws it in the first paint.
 */
function waitForPaint(tag: string): boolean {
  if (isServer || document.hidden) return false;
  const found = document.querySelectorAll(tag);
  return (
    found.length > 0 &&
    [...found].every((el) => el.shadowRoot) &&
    !performance.getEntriesByName('first-contentful-paint').length
  );
}

/**
 * Registers `ctor` as `tag` unless the name is taken. A page that loads the library twice (two
 * locals' embeds, or module and classic builds together) keeps the first definition; when the one
 * already registered is another version, one console warning says so. On a page of prerendered
 * widgets not yet painted, the definition waits for the first paint (`waitForPaint`).
 */
export function define(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const register = () => {
    const existing = customElements.get(tag) as { version?: string } | undefined;
    if (!existing) {
      ctor.version = VERSION;
      customElements.define(tag, ctor);
    } else if (existing.version !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `union-widgets ${VERSION}: <${tag}> is already defined (${existing.version}); kept`,
      );
    }
  };
  // The frame's callbacks run just before it is painted; the task after it, once it is.
  if (waitForPaint(tag)) requestAnimationFrame(() => setTimeout(register));
  else register();
}
