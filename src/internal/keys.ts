/**
 * Keys for rendering lists by identity rather than by position (Lit's `repeat`), and element ids
 * for those keys. Data is untrusted and ids in it can hold anything (spaces, quotes, a lone
 * surrogate), so no data reaches an id attribute: ids are generated and looked up by key.
 */

/**
 * One key per item, unique in the list: `keyOf(item)` with its occurrence number, so two sessions
 * at the same time, or two items with the same title, each keep their own row. The number comes
 * first and holds no colon, so no two (key, number) pairs give the same string.
 */
export function uniqueKeys<T>(items: readonly T[], keyOf: (item: T) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const key = keyOf(item);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${n}:${key}`;
  });
}

/**
 * Element ids for keys: valid, unique in one shadow root, and the same for a key on every render
 * while it stays in the list, so `for`, `aria-controls` and `aria-describedby` follow the item.
 */
export class ElementIds {
  #ids = new Map<string, string>();
  #n = 0;

  /** `prefix` starts each id with a letter and keeps two lists in one shadow root apart. */
  constructor(private readonly prefix: string) {}

  /** The id for `key`, made on first use. */
  of(key: string): string {
    let id = this.#ids.get(key);
    if (id === undefined) this.#ids.set(key, (id = `${this.prefix}${++this.#n}`));
    return id;
  }

  /** Forgets keys no longer in the list (their ids are never reused). */
  keep(keys: Iterable<string>): void {
    const live = new Set(keys);
    for (const key of this.#ids.keys()) if (!live.has(key)) this.#ids.delete(key);
  }
}
