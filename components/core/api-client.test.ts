import { expect } from '@open-wc/testing';
import { uuid } from './api-client.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuid', () => {
  it('is a v4 UUID, also where crypto.randomUUID is missing (an insecure http: page)', () => {
    expect(uuid()).to.match(V4);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const ids = Array.from({ length: 200 }, () => uuid());
      for (const id of ids) expect(id).to.match(V4);
      expect(new Set(ids).size).to.equal(200);
      // Every hex digit of the random positions turns up: the fallback is not stuck on a few values.
      expect(new Set(ids.join('').replace(/-/g, '')).size).to.equal(16);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
