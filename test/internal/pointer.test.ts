import { expect } from '@open-wc/testing';
import { resolvePointer } from '../../src/internal/pointer.js';

// The example document and pointers of RFC 6901 §5 and §6.
const doc = {
  foo: ['bar', 'baz'],
  '': 0,
  'a/b': 1,
  'c%d': 2,
  'e^f': 3,
  'g|h': 4,
  'i\\j': 5,
  'k"l': 6,
  ' ': 7,
  'm~n': 8,
};

describe('resolvePointer (RFC 6901)', () => {
  it('resolves every example of RFC 6901 in URI-fragment form', () => {
    expect(resolvePointer(doc, '#')).to.equal(doc);
    expect(resolvePointer(doc, '#/foo')).to.deep.equal(['bar', 'baz']);
    expect(resolvePointer(doc, '#/foo/0')).to.equal('bar');
    expect(resolvePointer(doc, '#/')).to.equal(0);
    expect(resolvePointer(doc, '#/a~1b')).to.equal(1);
    expect(resolvePointer(doc, '#/c%25d')).to.equal(2);
    expect(resolvePointer(doc, '#/e%5Ef')).to.equal(3);
    expect(resolvePointer(doc, '#/g%7Ch')).to.equal(4);
    expect(resolvePointer(doc, '#/i%5Cj')).to.equal(5);
    expect(resolvePointer(doc, '#/k%22l')).to.equal(6);
    expect(resolvePointer(doc, '#/%20')).to.equal(7);
    expect(resolvePointer(doc, '#/m~0n')).to.equal(8);
  });

  it('decodes ~01 as ~1, not as /', () => {
    expect(resolvePointer({ '~1': 'tilde-one', '/': 'slash' }, '#/~01')).to.equal('tilde-one');
  });

  it('resolves to nothing for missing keys, bad indexes and inherited properties', () => {
    expect(resolvePointer(doc, '#/nope')).to.equal(undefined);
    expect(resolvePointer(doc, '#/foo/2')).to.equal(undefined);
    expect(resolvePointer(doc, '#/foo/01')).to.equal(undefined);
    expect(resolvePointer(doc, '#/foo/-')).to.equal(undefined);
    expect(resolvePointer(doc, '#/foo/0/x')).to.equal(undefined);
    expect(resolvePointer({}, '#/__proto__')).to.equal(undefined);
    expect(resolvePointer({}, '#/constructor')).to.equal(undefined);
    expect(resolvePointer({}, '#/toString')).to.equal(undefined);
  });

  it('follows an own __proto__ key from JSON.parse as plain data', () => {
    expect(resolvePointer(JSON.parse('{"__proto__":{"x":1}}'), '#/__proto__/x')).to.equal(1);
  });

  it('rejects a fragment that is not a pointer', () => {
    expect(() => resolvePointer(doc, '#foo')).to.throw(/not a JSON Pointer/);
  });
});
