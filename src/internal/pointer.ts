/**
 * Resolves a JSON Pointer (RFC 6901) given in URI-fragment form (`#/townHall/sessions/0`, percent
 * encoded, RFC 6901 §6) against a parsed JSON document. Only own properties are followed, so
 * `#/__proto__` or `#/constructor` resolve to nothing rather than to Object internals.
 * Returns `undefined` when the pointer resolves to nothing; throws a TypeError on a malformed one.
 */
export function resolvePointer(doc: unknown, fragment: string): unknown {
  const pointer = decodeURIComponent(fragment.replace(/^#/, ''));
  if (pointer === '') return doc;
  if (pointer[0] !== '/')
    throw new TypeError(`"${pointer}" is not a JSON Pointer (it must start with /)`);
  let node = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      node = node[Number(token)];
    } else if (node !== null && typeof node === 'object' && Object.hasOwn(node, token)) {
      node = (node as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
  }
  return node;
}
