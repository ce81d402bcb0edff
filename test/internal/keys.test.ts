import { expect } from '@open-wc/testing';
import { ElementIds, uniqueKeys } from '../../src/internal/keys.js';

describe('uniqueKeys', () => {
  it('gives repeats their own key, and no key can pose as another’s repeat', () => {
    const keys = uniqueKeys(['a', 'b', 'a', '2:a', '1:a'], (s) => s);
    expect(new Set(keys).size).to.equal(5);
    // The same list in the same order gives the same keys: rows survive a refresh.
    expect(uniqueKeys(['a', 'b', 'a', '2:a', '1:a'], (s) => s)).to.deep.equal(keys);
  });
});

describe('ElementIds', () => {
  it('makes valid, unique ids whatever the key holds, the same for a key while it lives', () => {
    const ids = new ElementIds('x');
    const odd = ['two words', '"quote\'', '#a.b', 'lone \ud800', '1', ''];
    const made = odd.map((k) => ids.of(k));
    expect(new Set(made).size).to.equal(odd.length);
    for (const id of made) expect(id).to.match(/^x\d+$/);
    expect(odd.map((k) => ids.of(k))).to.deep.equal(made);
    ids.keep(['1']);
    expect(ids.of('1')).to.equal(made[4]);
    // A key that left and came back gets a new id, never one still in use.
    expect(made).not.to.include(ids.of('two words'));
  });
});
