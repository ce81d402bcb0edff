import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { define } from '../../src/internal/define.js';

describe('define', () => {
  afterEach(() => sinon.restore());

  it('registers a free name', () => {
    class A extends HTMLElement {}
    define('union-test-free', A);
    expect(customElements.get('union-test-free')).to.equal(A);
  });

  it('skips a second definition of the same version silently', () => {
    const warn = sinon.stub(console, 'warn');
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    define('union-test-twice', A);
    expect(() => define('union-test-twice', B)).not.to.throw();
    expect(customElements.get('union-test-twice')).to.equal(A);
    expect(warn.called).to.equal(false);
  });

  it('warns once when another version holds the name, and never throws', () => {
    const warn = sinon.stub(console, 'warn');
    class Old extends HTMLElement {
      static version = '0.0.1';
    }
    customElements.define('union-test-other', Old);
    class New extends HTMLElement {}
    define('union-test-other', New);
    define('union-test-other', New);
    expect(customElements.get('union-test-other')).to.equal(Old);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('<union-test-other>').and.contain('0.0.1');
  });
});
