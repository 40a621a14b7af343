import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { signEmailit, verifyEmailit } from './signature.js';

const SECRET = 'whsec_' + 'ab12'.repeat(16);
const BODY = '[{"event_id":"e1","type":"email.loaded","object":{"email":{"id":1}}}]';
const TS = '1767225600';

describe('signEmailit', () => {
  it('is the lowercase hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the whole secret', async () => {
    const expected = createHmac('sha256', SECRET).update(`${TS}.${BODY}`).digest('hex');
    assert.equal(await signEmailit(SECRET, TS, BODY), expected);
    // the whsec_ prefix is part of the key
    const withoutPrefix = createHmac('sha256', SECRET.slice(6)).update(`${TS}.${BODY}`).digest('hex');
    assert.notEqual(await signEmailit(SECRET, TS, BODY), withoutPrefix);
  });
});

describe('verifyEmailit', () => {
  const now = Number(TS) + 10;
  const good = () => createHmac('sha256', SECRET).update(`${TS}.${BODY}`).digest('hex');
  const verify = (o: Partial<Parameters<typeof verifyEmailit>[0]>) =>
    verifyEmailit({ secret: SECRET, timestamp: TS, signature: good(), rawBody: BODY, nowSeconds: now, ...o });

  it('accepts a fresh, matching signature (case-insensitively)', async () => {
    assert.equal(await verify({}), true);
    assert.equal(await verify({ signature: good().toUpperCase() }), true);
  });

  it('refuses a tampered body, a wrong secret, a wrong timestamp', async () => {
    assert.equal(await verify({ rawBody: BODY.replace('loaded', 'clicked') }), false);
    assert.equal(await verify({ secret: 'whsec_' + 'cd34'.repeat(16) }), false);
    assert.equal(await verify({ timestamp: String(Number(TS) + 1) }), false);
    assert.equal(await verify({ signature: good().slice(0, -1) }), false);
  });

  it('refuses stale or far-future timestamps and missing headers', async () => {
    assert.equal(await verify({ nowSeconds: Number(TS) + 301 }), false);
    assert.equal(await verify({ nowSeconds: Number(TS) - 301 }), false);
    assert.equal(await verify({ nowSeconds: Number(TS) + 299 }), true);
    assert.equal(await verify({ nowSeconds: Number(TS) + 1000, toleranceSeconds: 2000 }), true);
    assert.equal(await verify({ timestamp: null }), false);
    assert.equal(await verify({ signature: null }), false);
    assert.equal(await verify({ timestamp: '17e8' }), false);
    assert.equal(await verify({ secret: '' }), false);
  });
});
