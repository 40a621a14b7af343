import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config.js';

/**
 * What ships to browsers (dist/) holds no secret and stands alone: no API keys, webhook secrets, bearer
 * tokens or NCB keys (the browser never holds a secret), no bare module specifiers a CDN page cannot
 * resolve, no Node-only globals. Runs on a build; KRE8_DIST_DIR points it at another output directory.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = resolve(ROOT, process.env.KRE8_DIST_DIR ?? 'dist');
const built = existsSync(DIST) && readdirSync(DIST).some((f) => f.endsWith('.js'));
// A missing build fails (it never skips): a skipped security check reads like a passed one.
const unbuilt = `${relative(ROOT, DIST) || DIST}/ is not built: run \`npm run build\` first (the test orchestrator builds before the node tests)`;

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

/** The secret values this repository knows about: the local defaults, and whatever this environment holds. */
function knownSecrets(): string[] {
  const c = loadConfig({});
  const fromEnv = Object.entries(process.env)
    .filter(([k, v]) => /SECRET|_KEY|TOKEN|PASSWORD/i.test(k) && v && v.length >= 8)
    .map(([, v]) => v!);
  return [...new Set([c.NCB_SECRET_KEY, c.EMAILIT_API_KEY, c.EMAILIT_WEBHOOK_SECRET, c.STRIPE_WEBHOOK_SECRET, 'local-ncb-secret', 'local-emailit-key', 'test-secret', 'test-mail-key', ...fromEnv])];
}

const SECRET_PATTERNS: [string, RegExp][] = [
  ['a Stripe secret key', /\bsk_(?:live|test)_[A-Za-z0-9]{6,}/],
  ['a Stripe restricted key', /\brk_(?:live|test)_[A-Za-z0-9]{6,}/],
  ['a webhook signing secret', /\bwhsec_[A-Za-z0-9_]{6,}/],
  ['a bearer token', /Bearer\s+[A-Za-z0-9._~+/-]{12,}=*/],
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
  ['an OpenAI-style key', /\bsk-[A-Za-z0-9]{20,}/],
];

/** `import … from "lit"`, `export … from "lit"`, `import "lit"`, `import("lit")`: anything not relative or absolute. */
// A statement, not a word inside a string: `class="csv-export"` or `data-import` is no import.
const BARE_IMPORT = /(?<![\w$.-])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](?![./]|https?:|data:)([^"']+)["']|\bimport\(\s*["'](?![./]|https?:|data:)([^"']+)["']\s*\)/g;

describe('dist/: what browsers download', () => {
  it('is built', () => assert.ok(built, unbuilt));

  const all = built ? files(DIST) : [];
  const text = all.filter((f) => /\.(m?js|css|html|json|map|txt)$/.test(f));

  it('has the four bundles', () => {
    for (const name of ['kre8-voice-agent.js', 'kre8-roi-calculator.js', 'kre8-booking.js', 'kre8-widgets.js']) assert.ok(existsSync(join(DIST, name)), `${name} built`);
  });

  it('no file contains a secret or key pattern', () => {
    const secrets = knownSecrets();
    for (const f of text) {
      const src = readFileSync(f, 'utf8');
      const name = relative(ROOT, f);
      for (const [what, re] of SECRET_PATTERNS) assert.doesNotMatch(src, re, `${what} in ${name}: ${src.match(re)?.[0]}`);
      for (const s of secrets) assert.ok(!src.includes(s), `a configured secret value (${s.slice(0, 4)}…) in ${name}`);
      assert.doesNotMatch(src, /NCB_SECRET_KEY|EMAILIT_API_KEY|STRIPE_SECRET_KEY|TURNSTILE_SECRET|LLM_API_KEY/, `${name} names a server secret`);
    }
  });

  it('each bundle is self-contained: no bare module specifiers, no Node globals', () => {
    for (const f of all.filter((p) => /\.m?js$/.test(p))) {
      const src = readFileSync(f, 'utf8');
      const bare = [...src.matchAll(BARE_IMPORT)].map((m) => m[1] ?? m[2]);
      assert.deepEqual(bare, [], `${relative(ROOT, f)} imports ${bare.join(', ')} by bare name (a CDN page cannot resolve it)`);
      assert.doesNotMatch(src, /\bprocess\.env\b|\brequire\(\s*["']/, `${relative(ROOT, f)} uses Node-only globals`);
    }
  });

  it('only the widget bundles talk to the network, and only through the API base (never NCB, EmailIt or Stripe directly)', () => {
    for (const f of all.filter((p) => /\.m?js$/.test(p))) {
      const src = readFileSync(f, 'utf8');
      assert.doesNotMatch(src, /api\.emailit\.com|api\.stripe\.com|\/ncb\/api|Instance=/i, `${relative(ROOT, f)} reaches a backend service directly`);
    }
  });
});

// The detector must itself work: a planted secret and a bare import are caught (runs with or without a build).
describe('dist checks detect what they look for', () => {
  it('the patterns catch planted secrets and bare imports, and pass clean code', () => {
    const planted = ['const k="sk_live_' + 'abcdef123456";', 'h.set("authorization","Bearer ' + 'eyJhbGciOiJIUzI1NiJ9.abc");', 'x="whsec_' + 'abcdefgh";'];
    for (const p of planted) assert.ok(SECRET_PATTERNS.some(([, re]) => re.test(p)), p);
    assert.ok(!SECRET_PATTERNS.some(([, re]) => re.test('fetch(u,{headers:{authorization:`Bearer ${t}`}})')), 'a template placeholder is not a token');
    const bare = (s: string) => [...s.matchAll(BARE_IMPORT)].map((m) => m[1] ?? m[2]);
    assert.deepEqual(bare('import{LitElement as e}from"lit";export*from "@lit/task";import"lit/decorators.js";await import("zod")'), ['lit', '@lit/task', 'lit/decorators.js', 'zod']);
    assert.deepEqual(bare('import{a}from"./kre8-widgets.chunk-abc.js";import("./x.js");const s="important from home"'), []);
    assert.deepEqual(bare('const c=`<a class="csv-export">x</a>`,d="data-import";x.export"y"'), []);
  });
});
