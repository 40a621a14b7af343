import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ConfigError, loadConfig } from '../config.js';
import { PRODUCTION_ENV } from '../testing/fixtures.js';

/**
 * The environment is validated once at start: locally every variable has a working default (no keys needed);
 * in production a missing or malformed variable stops the start with a ConfigError naming each one — never a
 * half-configured API that fails on the first visitor.
 */

const PRODUCTION: Record<string, string> = { ...PRODUCTION_ENV };
const REQUIRED = Object.keys(PRODUCTION).filter((k) => k !== 'APP_ENV');

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    assert.ok(e instanceof ConfigError, `a ConfigError, not ${(e as Error).name}`);
    assert.ok(e.problems.length > 0);
    for (const p of e.problems) assert.ok(e.message.includes(p), 'the message lists every problem');
    return e.problems;
  }
  return [];
}
const names = (problems: string[]) => new Set(problems.map((p) => p.split(':')[0]));

describe('loadConfig', () => {
  it('local defaults work with no environment at all', () => {
    const c = loadConfig({});
    assert.equal(c.APP_ENV, 'development');
    assert.equal(c.publicUrl, 'http://localhost:8787');
    assert.equal(c.ncbUrl, 'http://localhost:8787/ncb');
    assert.equal(c.emailitUrl, 'http://localhost:8787/emailit');
    assert.equal(c.localStack, true);
    assert.deepEqual(c.allowedOrigins, ['http://localhost:8787']);
    assert.equal(c.MAX_BODY_BYTES, 64 * 1024);
    assert.ok(c.MIN_FILL_MS > 0, 'spam protection is on by default');
    assert.ok(c.RATE_LIMIT_PER_MINUTE > 0, 'rate limits are on by default');
    assert.equal(c.TURNSTILE_SECRET, undefined);
  });

  it('a complete production environment loads', () => {
    const c = loadConfig(PRODUCTION);
    assert.equal(c.localStack, false);
    assert.deepEqual(c.allowedOrigins, ['https://kre8tion.com', 'https://*.kre8tion.com']);
  });

  it('production with nothing set names every required variable', () => {
    const found = names(problemsOf({ APP_ENV: 'production' }));
    for (const k of REQUIRED) {
      // NCB_INSTANCE, NCB_SECRET_KEY… have local defaults, but production must not run on them.
      assert.ok(found.has(k), `names ${k}: ${[...found].join(', ')}`);
    }
  });

  it('any subset of missing production variables: each one, and only those, is named', () => {
    fc.assert(
      fc.property(fc.subarray(REQUIRED, { minLength: 1 }), (missing) => {
        const env = { ...PRODUCTION };
        for (const k of missing) delete env[k];
        assert.deepEqual([...names(problemsOf(env))].sort(), [...missing].sort());
      }),
      { numRuns: 100 },
    );
  });

  it('an empty string counts as missing', () => {
    assert.ok(names(problemsOf({ ...PRODUCTION, STRIPE_SECRET_KEY: '' })).has('STRIPE_SECRET_KEY'));
  });

  it('malformed values are named, several at once', () => {
    const problems = problemsOf({
      ...PRODUCTION,
      PUBLIC_URL: 'not a url',
      ADMIN_EMAIL: 'team-at-kre8tion',
      PORT: 'eighty',
      MAX_BODY_BYTES: '-1',
      LOG_LEVEL: 'verbose',
      NCB_LOCAL_FAILURE_RATE: '2',
      CHECKOUT_HOLD_MINUTES: '5',
      APP_ENV: 'production',
    });
    const found = names(problems);
    for (const k of ['PUBLIC_URL', 'ADMIN_EMAIL', 'PORT', 'MAX_BODY_BYTES', 'LOG_LEVEL', 'NCB_LOCAL_FAILURE_RATE', 'CHECKOUT_HOLD_MINUTES']) assert.ok(found.has(k), `names ${k}: ${problems.join(' | ')}`);
  });

  it('the local runner\'s ports and job knobs are validated like the rest', () => {
    const found = names(problemsOf({ PARTNER_PORT: 'next', JOB_BACKOFF_BASE_MS: 'fast', JOB_MAX_ATTEMPTS: '0', JOB_CONCURRENCY: '-2' }));
    for (const k of ['PARTNER_PORT', 'JOB_BACKOFF_BASE_MS', 'JOB_MAX_ATTEMPTS', 'JOB_CONCURRENCY']) assert.ok(found.has(k), `names ${k}: ${[...found].join(', ')}`);
    const c = loadConfig({ PARTNER_PORT: '9001', JOB_CONCURRENCY: '2' });
    assert.equal(c.PARTNER_PORT, 9001);
    assert.equal(c.JOB_CONCURRENCY, 2);
    assert.equal(loadConfig({}).PARTNER_PORT, undefined, 'unset: the server uses PORT + 1');
  });

  it('an unknown APP_ENV is named (a typo must not silently mean development)', () => {
    assert.ok(names(problemsOf({ ...PRODUCTION, APP_ENV: 'prod' })).has('APP_ENV'));
  });

  it('a bad BUSINESS_TIMEZONE is named, locally and in production', () => {
    for (const env of [{ BUSINESS_TIMEZONE: 'Mars/Olympus_Mons' }, { ...PRODUCTION, BUSINESS_TIMEZONE: 'PST8PDT-ish' }]) {
      const problems = problemsOf(env);
      assert.ok(names(problems).has('BUSINESS_TIMEZONE'), problems.join(' | '));
      assert.match(problems.join(' '), /Mars\/Olympus_Mons|PST8PDT-ish/, 'the bad value is shown');
    }
    assert.equal(loadConfig({ BUSINESS_TIMEZONE: 'Europe/Madrid' }).BUSINESS_TIMEZONE, 'Europe/Madrid');
  });

  it('a bad BUSINESS_TIMEZONE is named alongside the other problems, not only once they are fixed', () => {
    const found = names(problemsOf({ ...PRODUCTION, PUBLIC_URL: 'nope', BUSINESS_TIMEZONE: 'Mars/Olympus_Mons' }));
    assert.ok(found.has('PUBLIC_URL'));
    assert.ok(found.has('BUSINESS_TIMEZONE'), [...found].join(', '));
  });

  it('the error never prints a secret value', () => {
    const secret = 'sk_live_' + 'S'.repeat(24);
    const problems = problemsOf({ ...PRODUCTION, STRIPE_SECRET_KEY: secret, PUBLIC_URL: 'nope' });
    assert.ok(!problems.join(' ').includes(secret));
  });

  it('origins are normalised: trailing slashes dropped, partners allowed too', () => {
    const c = loadConfig({ ALLOWED_ORIGINS: 'https://kre8tion.com/ , https://www.kre8tion.com', PARTNER_ORIGINS: 'https://partner.example/' });
    assert.deepEqual(c.allowedOrigins, ['https://kre8tion.com', 'https://www.kre8tion.com', 'https://partner.example']);
    assert.deepEqual(c.partnerOrigins, ['https://partner.example']);
  });
});

describe('#22.3 a malformed value is an error, never silently unset', () => {
  it('production with STRIPE_SECRET_KEY=" " does not start (it used to run the local checkout)', () => {
    const problems = problemsOf({ ...PRODUCTION, STRIPE_SECRET_KEY: ' ' });
    assert.deepEqual([...names(problems)], ['STRIPE_SECRET_KEY']);
    assert.match(problems.join(' '), /blank/);
  });

  it('every optional variable given as whitespace is named, locally too', () => {
    for (const k of ['TURNSTILE_SECRET', 'LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL', 'AUDIO_BASE_URL', 'AUDIO_API_KEY', 'STRIPE_SECRET_KEY', 'STRIPE_ASSESSMENT_PRICE_ID', 'PUBLIC_URL', 'NCB_SECRET_KEY']) {
      assert.ok(names(problemsOf({ [k]: '   ' })).has(k), k);
    }
  });

  it('a secret with a stray space or newline around it is named without printing it', () => {
    const problems = problemsOf({ ...PRODUCTION, NCB_SECRET_KEY: 'ncb-prod-secret\n' });
    assert.deepEqual([...names(problems)], ['NCB_SECRET_KEY']);
    assert.ok(!problems.join(' ').includes('ncb-prod-secret'));
  });

  it('Stripe values have Stripe shapes', () => {
    const found = names(problemsOf({ ...PRODUCTION, STRIPE_SECRET_KEY: 'pk_live_123', STRIPE_ASSESSMENT_PRICE_ID: '25000', STRIPE_WEBHOOK_SECRET: 'secret' }));
    assert.deepEqual([...found].sort(), ['STRIPE_ASSESSMENT_PRICE_ID', 'STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET']);
  });

  it('LLM_*, AUDIO_* and STRIPE_* are all-or-none; the missing ones are named', () => {
    assert.deepEqual([...names(problemsOf({ LLM_API_KEY: 'k' }))].sort(), ['LLM_BASE_URL', 'LLM_MODEL']);
    assert.deepEqual([...names(problemsOf({ AUDIO_BASE_URL: 'https://audio.example/v1' }))], ['AUDIO_API_KEY']);
    assert.deepEqual([...names(problemsOf({ STRIPE_SECRET_KEY: 'sk_test_1' }))].sort(), ['STRIPE_ASSESSMENT_PRICE_ID', 'STRIPE_WEBHOOK_SECRET']);
    assert.deepEqual(problemsOf({ STRIPE_WEBHOOK_SECRET: 'whsec_x' }), [], 'the webhook secret alone is the local checkout’s');
    const c = loadConfig({ LLM_BASE_URL: 'https://llm.example/v1', LLM_API_KEY: 'k', LLM_MODEL: 'm' });
    assert.equal(c.LLM_MODEL, 'm');
  });

  it('URLs are http(s) URLs', () => {
    const found = names(problemsOf({ LLM_BASE_URL: 'llm.example', LLM_API_KEY: 'k', LLM_MODEL: 'm', AUDIO_BASE_URL: 'ftp://audio.example', AUDIO_API_KEY: 'k' }));
    assert.deepEqual([...found].sort(), ['AUDIO_BASE_URL', 'LLM_BASE_URL']);
  });
});
