import { VERSION } from './version.js';

const warned = new Set<string>();

/**
 * Registers `ctor` as `tag` unless the name is taken. A page that loads the library twice (two
 * locals' embeds, or module and classic builds together) keeps the first definition; when the one
 * already registered is another version, one console warning says so.
 */
export function define(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
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
}
