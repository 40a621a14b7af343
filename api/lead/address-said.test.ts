import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { saysUnreadAddress } from './address-said.js';
import type { LeadTurn } from './extract.js';

const u = (content: string): LeadTurn => ({ role: 'user', content });
const a = (content: string): LeadTurn => ({ role: 'assistant', content });

describe('saysUnreadAddress: an address said that the rules could not read', () => {
  it('is true for a dictated address whose domain runs too long for the rules', () => {
    assert.equal(saysUnreadAddress([u('its wren at the old mill bakery and coffee house of south austin dot com')]), true);
    assert.equal(saysUnreadAddress([u('mi correo es ana arroba la casa del pan y los pasteles finos de monterrey punto mx')]), true);
  });

  it('is false when the rules read the address, at a common or a rarer top-level domain', () => {
    assert.equal(saysUnreadAddress([u('my email is wren at millhouse dot co')]), false);
    assert.equal(saysUnreadAddress([u('wren@millhouse.com.mx')]), false);
    // Someone else's address is read too (and judged not the visitor's): nothing was dropped.
    assert.equal(saysUnreadAddress([u("my partner's email is tom at rivera build dot com")]), false);
  });

  it('is false without an address: a phone after "at", a name, and whatever the assistant says', () => {
    assert.equal(saysUnreadAddress([u('call me at five one two five five five zero one three four')]), false);
    assert.equal(saysUnreadAddress([u('my name is wren')]), false);
    assert.equal(saysUnreadAddress([a('Write to us at hello at the old mill bakery and coffee house dot com'), u('sure')]), false);
  });
});
