import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { load, save, watchKey } from '../../src/internal/storage.js';

let n = 0;
const key = () => `test-${Date.now()}-${++n}`;

describe('storage', () => {
  afterEach(() => sinon.restore());

  it('round-trips JSON through localStorage, namespaced', () => {
    const k = key();
    save(k, { ticks: { a: 1 } });
    expect(load(k)).to.deep.equal({ ticks: { a: 1 } });
    expect(localStorage.getItem(`union-widgets:${k}`)).to.equal('{"ticks":{"a":1}}');
    save(k, undefined);
    expect(load(k)).to.equal(undefined);
  });

  it('reads a stored value that is not JSON as absent, without throwing', () => {
    const k = key();
    localStorage.setItem(`union-widgets:${k}`, '{not json');
    expect(load(k)).to.equal(undefined);
  });

  it('keeps working in memory when storage throws on write (quota, private mode)', () => {
    const k = key();
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    expect(() => save(k, [1, 2])).not.to.throw();
    expect(load(k)).to.deep.equal([1, 2]);
  });

  it('keeps working in memory when storage throws on read', () => {
    const k = key();
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('denied', 'SecurityError'));
    expect(load(k)).to.equal(undefined);
    save(k, 'x');
    expect(load(k)).to.equal('x');
  });

  it('keeps working when localStorage itself cannot be touched', () => {
    const k = key();
    sinon.stub(window, 'localStorage').get(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    save(k, 5);
    expect(load(k)).to.equal(5);
  });

  it('hears changes made in another tab', () => {
    const k = key();
    const heard = sinon.spy();
    const stop = watchKey(k, heard);
    window.dispatchEvent(new StorageEvent('storage', { key: `union-widgets:${k}` }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'union-widgets:other' }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: `union-widgets:${k}` }));
    expect(heard.callCount).to.equal(1);
  });
});
