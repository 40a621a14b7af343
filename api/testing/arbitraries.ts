import fc from 'fast-check';
import type { BookingRequest, ChatRequest, ContactUpdate, RoiSubmission } from '../../model/contracts.js';
import { LIMITS, TASK_IDS } from '../../model/roi.js';

/**
 * fast-check arbitraries for fuzzing the API: hostile and wrong-typed values, garbage bodies, header values
 * and query strings, valid wire bodies, and "a valid body with exactly one field broken" (which tells the
 * test which field the 400 must name). Pure: no I/O, no app imports, so any API test can use them.
 */

/** The three classic payloads of the issue: a script element, an attribute breakout, a script URL. */
export const XSS_PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)'] as const;

/** Keys that pollute Object.prototype when a parser or a merge is careless. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Strings that look numeric or special to a careless coercion. */
export const NAN_ISH = ['NaN', 'Infinity', '-Infinity', '1e309', '-1e309', '0x1F', '1_000', '', ' ', 'null', 'undefined', 'true', '-0', '١٢٣', '9'.repeat(400)] as const;

/** Unicode a text pipeline can trip on: emoji, combining marks, RTL override, zero-width, NUL, BOM, lone surrogates. */
export const NASTY_UNICODE = ['Zoë 🚀 naïve', 'e\u0301\u0301\u0301', '\u202Eevil\u202C', 'a\u200Bb\u200D', 'nul\u0000byte', '\uFEFFbom', '\uD800', '\uDFFF lone', 'line\r\nBcc: x@evil.test', '𝕳𝖊𝖑𝖑𝖔', 'ＡＢＣ'] as const;

/** Injection-shaped strings for other interpreters (SQL, templates, paths, NCB filter operators). */
export const INJECTIONS = ["' OR 1=1 --", '"; DROP TABLE leads; --', '{{7*7}}', '${7*7}', '../../etc/passwd', 'eq.1&id=gt.0', '%00', '<!--', ']]>'] as const;

/** Markers the API must never leak in a response (stack frames, internals, file paths). Generated strings avoid them. */
const LEAK_MARKERS = /Error:|node_modules|\/work\/|file:\/\/|\.ts:\d|\bat [\w.<>]+ \(/;

/** Any string, kept free of the leak markers so a response that echoes it cannot be mistaken for a leak. */
export const anyString = (maxLength = 200) => fc.string({ unit: 'grapheme', maxLength }).filter((s) => !LEAK_MARKERS.test(s));

/** A hostile or odd string: XSS, injections, unicode, NaN-ish, random, or huge. */
export function hostileString(o: { hugeLength?: number } = {}): fc.Arbitrary<string> {
  const huge = o.hugeLength ?? 5000;
  return fc.oneof(
    fc.constantFrom(...XSS_PAYLOADS),
    fc.constantFrom(...INJECTIONS),
    fc.constantFrom(...NASTY_UNICODE),
    fc.constantFrom(...NAN_ISH),
    anyString(),
    fc.constantFrom(...XSS_PAYLOADS).map((p) => p.repeat(Math.ceil(huge / p.length))),
    fc.integer({ min: 100, max: huge }).map((n) => 'x'.repeat(n)),
  );
}

/** An object whose own keys include a prototype-pollution key (built with JSON.parse, the only way to own "__proto__"). */
export const protoObject = (): fc.Arbitrary<Record<string, unknown>> =>
  fc.constantFrom(...PROTO_KEYS).map((k) => JSON.parse(`{"${k}": {"polluted": true, "prototype": {"polluted": true}}, "polluted": 1}`) as Record<string, unknown>);

/** A value of the wrong kind for almost any field: every JSON type, edge numbers, hostile strings, nesting, `undefined` (drops the field). */
export function wrongValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.boolean(),
    fc.constantFrom(-1, -0.5, 0, 1.5, -1e9, 1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 53)),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    hostileString(),
    fc.constant([]),
    fc.array(fc.oneof(fc.integer(), anyString(20)), { maxLength: 5 }),
    fc.constant({}),
    fc.dictionary(anyString(10), fc.oneof(fc.integer(), anyString(20)), { maxKeys: 4 }),
    protoObject(),
    fc.integer({ min: 5, max: 60 }).map(nested),
  );
}

/** `depth` levels of nested arrays and objects. */
export function nested(depth: number): unknown {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { v };
  return v;
}

/** Raw request body text that is not a valid wire body: arbitrary JSON of any shape, broken JSON, random text, binary-ish. */
export function garbageBody(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.json({ maxDepth: 4 }),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)).map((s) => s.slice(0, Math.max(1, s.length - 1))),
    anyString(300),
    fc.constantFrom('', ' ', 'null', 'true', '0', '[]', '{}', '"str"', '{"a":', '{]', '\u0000', '\uFEFF{}', 'NaN', '[[[[[[[[[[', '{"__proto__":{"polluted":true}}'),
    fc.uint8Array({ maxLength: 200 }).map((b) => String.fromCharCode(...b)),
    fc.integer({ min: 50, max: 400 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  );
}

/** Visible ASCII, the only thing every HTTP stack accepts in a header value; sometimes huge. */
export function headerValue(o: { hugeLength?: number } = {}): fc.Arbitrary<string> {
  const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 });
  return fc.oneof(
    { weight: 4, arbitrary: ascii.map((s) => s.trim()) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: o.hugeLength ?? 16_000 }).map((n) => 'h'.repeat(n)) },
    { weight: 1, arbitrary: fc.constantFrom(...XSS_PAYLOADS, ...INJECTIONS.filter((s) => !s.includes('%'))) },
  );
}

/** Content types a client might send, right and wrong. */
export const contentType = () =>
  fc.oneof(
    fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/octet-stream', '*/*', ''),
    headerValue(),
  );

/** Origins, allowed-looking or not. */
export const originValue = () =>
  fc.oneof(
    fc.constantFrom('null', 'http://localhost:8787', 'http://localhost:8788', 'https://evil.example', 'https://kre8tion.com.evil.example', 'file://', 'http://[::1]:80'),
    fc.webUrl().map((u) => new URL(u).origin),
    headerValue(),
  );

/** One address as a client or proxy might write it: IPv4/IPv6 (with or without a port), or anything at all. */
export function ipLike(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.ipV4(),
    fc.ipV6(),
    fc.tuple(fc.ipV4(), fc.integer({ min: 1, max: 65535 })).map(([ip, port]) => `${ip}:${port}`),
    fc.tuple(fc.ipV6(), fc.integer({ min: 1, max: 65535 })).map(([ip, port]) => `[${ip}]:${port}`),
    fc.constantFrom('unknown', '', ' ', '999.1.1.1', '1.2.3', '01.2.3.4', 'localhost', '_hidden', 'fe80::1%eth0'),
    headerValue(),
  );
}

/** An X-Forwarded-For value: a comma-separated chain of addresses (as proxies build it), or any header value. */
export function forwardedFor(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(ipLike(), { minLength: 1, maxLength: 6 }).map((hops) => hops.join(', ')),
    headerValue(),
  );
}

/** Arbitrary request headers (lower-case names): the ones the API reads plus noise. */
export function requestHeaders(): fc.Arbitrary<Record<string, string>> {
  return fc.record(
    {
      'content-type': contentType(),
      origin: originValue(),
      'x-forwarded-for': forwardedFor(),
      'cf-connecting-ip': ipLike(),
      'user-agent': headerValue(),
      'stripe-signature': headerValue(),
      'x-emailit-signature': headerValue(),
      'x-emailit-timestamp': fc.oneof(headerValue(), fc.integer().map(String)),
      'x-request-id': headerValue(),
      accept: fc.constantFrom('application/json', 'text/html', '*/*'),
      'x-noise': headerValue(),
    },
    { requiredKeys: [] },
  );
}

/** A query string from arbitrary key/value pairs (encoded), including repeated and empty keys. */
export function queryString(keys: readonly string[] = []): fc.Arbitrary<string> {
  const key = keys.length ? fc.oneof(fc.constantFrom(...keys), anyString(12)) : anyString(12);
  return fc.array(fc.tuple(key, fc.oneof(hostileString({ hugeLength: 3000 }), fc.constantFrom(...NAN_ISH))), { maxLength: 6 }).map((pairs) => {
    const q = new URLSearchParams();
    for (const [k, v] of pairs) q.append(k, v);
    return q.toString();
  });
}

// ---- valid bodies ------------------------------------------------------------------------------------

const num = (l: { min: number; max: number }) => fc.double({ min: l.min, max: l.max, noNaN: true, noDefaultInfinity: true });
const plainName = fc.constantFrom('Dana Whitfield', 'Ana Ruiz', 'José Núñez', 'Li Wei', 'Ngozi Okafor');
const company = fc.constantFrom('Whitfield Plumbing LLC', 'Ruiz HVAC', 'Acme & Sons', 'Café Olé');
const phone = fc.constantFrom('(512) 555-0134', '+1 512 555 0199', '512-555-0142');
const email = fc.tuple(fc.constantFrom('dana', 'ana.ruiz', 'li+test', 'o_k'), fc.integer({ min: 0, max: 9999 }), fc.constantFrom('example.com', 'Example.ORG', 'mail.example.co')).map(([u, n, d]) => `${u}${n}@${d}`);
const attribution = fc.record(
  { utm_source: fc.constantFrom('google', 'newsletter'), utm_campaign: fc.constantFrom('spring', 'b2b'), landingUrl: fc.constant('https://kre8tion.com/?utm_source=google') },
  { requiredKeys: [] },
);

export function validRoiSubmission(): fc.Arbitrary<RoiSubmission> {
  return fc.record({
    submissionId: fc.uuid({ version: 4 }),
    email,
    name: plainName,
    phone,
    companyName: company,
    locale: fc.constantFrom('en', 'es'),
    inputs: fc.record({
      industry: fc.constantFrom('other', 'service', 'professional', 'retail', 'realestate', 'construction'),
      employees: fc.constantFrom('1-5', '5-10', '10-25', '25-50'),
      hourlyLaborCost: num(LIMITS.hourlyLaborCost),
      tier: fc.constantFrom('discovery', 'foundation', 'architect'),
      taskHours: fc.record(Object.fromEntries(TASK_IDS.map((id) => [id, num(LIMITS.taskHours)])) as Record<(typeof TASK_IDS)[number], fc.Arbitrary<number>>),
      monthlyRevenue: num(LIMITS.monthlyRevenue),
      avgDealValue: num(LIMITS.avgDealValue),
      lostLeadsPerMonth: num(LIMITS.lostLeadsPerMonth),
      closeRate: num(LIMITS.closeRate),
    }),
    engagement: fc.record({ timeOnCalculatorSeconds: fc.integer({ min: 0, max: 3600 }), adjustmentsCount: fc.integer({ min: 0, max: 50 }) }),
    attribution,
    fillMs: fc.integer({ min: 10_000, max: 600_000 }),
  }) as fc.Arbitrary<RoiSubmission>;
}

/** A booking for one of `starts` (free slots the caller read from /availability). */
export function validBookingRequest(starts: readonly string[], type: BookingRequest['type'], returnUrl?: string): fc.Arbitrary<BookingRequest> {
  return fc.record({
    submissionId: fc.uuid({ version: 4 }),
    type: fc.constant(type),
    start: fc.constantFrom(...starts),
    timezone: fc.constantFrom('Europe/Madrid', 'America/New_York', 'Asia/Tokyo', 'UTC'),
    name: plainName,
    email,
    phone,
    companyName: company,
    industry: fc.constantFrom('Plumbing', 'HVAC', 'Legal'),
    employeeCount: fc.constantFrom('12', '1-5', '50'),
    challenge: fc.constantFrom('Missed calls', 'Too much admin'),
    referralSource: fc.constantFrom('Google', 'A friend'),
    websiteUrl: fc.constant('https://whitfield.example'),
    locale: fc.constantFrom('en', 'es'),
    attribution,
    fillMs: fc.integer({ min: 10_000, max: 600_000 }),
    ...(returnUrl ? { returnUrl: fc.constant(returnUrl) } : {}),
    // The on-site visit needs a place (the flow refuses an assessment without one).
    ...(type === 'assessment' ? { address: fc.constantFrom('1200 Congress Ave, Austin, TX', 'Calle Mayor 1, Madrid', 'Denver') } : {}),
  }) as fc.Arbitrary<BookingRequest>;
}

export function validChatRequest(): fc.Arbitrary<ChatRequest & { timezone?: string }> {
  return fc.record({
    sessionId: fc.uuid({ version: 4 }),
    message: fc.constantFrom('How much does it cost?', 'I want to book a call', '¿Qué servicios ofrecen?', 'My name is Dana and my email is dana@example.com'),
    language: fc.constantFrom('en', 'es'),
    page: fc.record({ url: fc.constant('https://kre8tion.com/pricing'), title: fc.constant('Pricing') }),
    attribution,
    timezone: fc.constantFrom('America/Chicago', 'Europe/Madrid'),
  }) as fc.Arbitrary<ChatRequest & { timezone?: string }>;
}

export function validContactUpdate(sessionIds: readonly string[]): fc.Arbitrary<ContactUpdate> {
  return fc.record({ sessionId: fc.constantFrom(...sessionIds), firstName: fc.constant('Dana'), lastName: fc.constant('Whitfield'), email, phone, companyName: company });
}

// ---- one broken field ---------------------------------------------------------------------------------

/** Every path to a value inside `v` (objects only; arrays are leaves), parents before children. */
export function pathsOf(v: unknown, prefix: string[] = []): string[][] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  const out: string[][] = [];
  for (const [k, child] of Object.entries(v)) {
    out.push([...prefix, k]);
    out.push(...pathsOf(child, [...prefix, k]));
  }
  return out;
}

/** A deep copy of `v` with `path` set to `value` (`undefined` removes the key). */
export function withValueAt<T>(v: T, path: readonly string[], value: unknown): T {
  const copy = structuredClone(v) as Record<string, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy as T;
}

export interface Mutation<T> {
  body: T;
  /** Dotted path of the broken field, as the API names it in `error.fields`. */
  path: string;
  value: unknown;
}

/**
 * A valid body from `valid` with one field (leaf or object, chosen at random) replaced by `value` (default:
 * `wrongValue()`); `skip` lists paths not to touch.
 */
export function mutatedBody<T>(valid: fc.Arbitrary<T>, o: { value?: fc.Arbitrary<unknown>; skip?: readonly string[] } = {}): fc.Arbitrary<Mutation<T>> {
  const value = o.value ?? wrongValue();
  return valid.chain((body) => {
    const paths = pathsOf(body).filter((p) => !o.skip?.includes(p.join('.')));
    return fc.tuple(fc.constantFrom(...paths), value).map(([path, v]) => ({ body: withValueAt(body, path, v), path: path.join('.'), value: v }));
  });
}

/**
 * JSON text of `body` with a prototype-pollution key added to a random object inside it (JSON.stringify
 * would drop a real `__proto__`, so the key is spliced into the text).
 */
export function withProtoKey(body: unknown): fc.Arbitrary<string> {
  const objects = [[], ...pathsOf(body)].filter((p) => {
    let at: unknown = body;
    for (const k of p) at = (at as Record<string, unknown>)[k];
    return at && typeof at === 'object' && !Array.isArray(at);
  });
  return fc.tuple(fc.constantFrom(...objects), fc.constantFrom(...PROTO_KEYS)).map(([path, key]) => {
    const marker = '"__kre8_marker__":0';
    const tagged = withValueAt(body as Record<string, unknown>, [...path, '__kre8_marker__'], 0);
    return JSON.stringify(tagged).replace(marker, `"${key}":{"polluted":true,"prototype":{"polluted":true}}`);
  });
}
