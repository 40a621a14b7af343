import { expect } from '@open-wc/testing';
import { define, emit, KIT_VERSION } from './define.js';

/** Replaces console.warn while `fn` runs; returns what was warned. */
function warnings(fn: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.join(' '));
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('core/define (the Lit-free define and emit every element shares)', () => {
  it('carries package.json\'s version, put in by the test runner as by the build', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(pkg.version).to.match(/^\d+\.\d+\.\d+/);
    expect(KIT_VERSION).to.equal(pkg.version);
  });

  it('registers once: the same version again is silent, another version keeps the first and warns', () => {
    class First extends HTMLElement {
      static kitVersion = KIT_VERSION;
    }
    class Same extends HTMLElement {
      static kitVersion = KIT_VERSION;
    }
    class Older extends HTMLElement {
      static kitVersion = '0.0.1-test';
    }
    define('kre8-define-probe', First);
    expect(customElements.get('kre8-define-probe')).to.equal(First);
    expect(warnings(() => define('kre8-define-probe', Same))).to.deep.equal([]);
    customElements.define('kre8-define-older', Older);
    const warned = warnings(() => expect(() => define('kre8-define-older', First)).to.not.throw());
    expect(customElements.get('kre8-define-older')).to.equal(Older);
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain('kre8-define-older').and.contain('0.0.1-test').and.contain(KIT_VERSION);
  });

  it('emits bubbling, composed events; a cancelled cancelable one returns false', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    document.body.append(host);
    const seen: CustomEvent[] = [];
    document.body.addEventListener('kre8-probe', (e) => seen.push(e as CustomEvent), { once: true });
    expect(emit(inner, 'kre8-probe', { n: 1 })).to.equal(true);
    expect(seen).to.have.length(1);
    expect(seen[0].detail).to.deep.equal({ n: 1 });
    expect(seen[0].composed).to.equal(true);
    expect(seen[0].cancelable).to.equal(false);
    host.addEventListener('kre8-veto', (e) => e.preventDefault(), { once: true });
    expect(emit(inner, 'kre8-veto', {}, true)).to.equal(false);
    expect(emit(inner, 'kre8-veto', {})).to.equal(true);
    host.remove();
  });
});
