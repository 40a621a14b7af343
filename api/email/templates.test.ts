import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Attribution, Locale, RoiInputs, TierId } from '../../model/contracts.js';
import { tierName } from '../../model/labels.js';
import { computeRoi, DEFAULT_INPUTS, TIER_DATA } from '../../model/roi.js';
import { escapeHtml, html, join, safeHref, SafeHtml, subjectLine, toText } from './html.js';
import { formatDuration, paybackLabel } from './templates/format.js';
import {
  bookingConfirmation,
  bookingDossier,
  roiColour,
  roiDossier,
  roiReport,
  voiceLeadDossier,
  type BookingConfirmationData,
  type BookingDossierData,
  type EmailContent,
  type RoiDossierData,
  type RoiReportData,
  type VoiceLeadDossierData,
} from './templates.js';

// ---- helpers -------------------------------------------------------------------------------------------

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='x", 'javascript:alert(1)'];

/** Every real start tag in the markup, with its attribute names and values (escaped text never forms a tag). */
function tags(markup: string): { name: string; attrs: { name: string; value: string }[] }[] {
  const out: { name: string; attrs: { name: string; value: string }[] }[] = [];
  for (const m of markup.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    const attrs = [...m[2]!.matchAll(/([^\s=/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)].map((a) => ({
      name: a[1]!.toLowerCase(),
      value: (a[2] ?? '').replace(/^["']|["']$/g, ''),
    }));
    out.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return out;
}

const unescapeAttr = (v: string): string =>
  v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The HTML is inert: no script/img tag, no on* attribute, no href outside http/https/mailto/tel/#. */
function assertInert(email: EmailContent, context: string): void {
  const markup = email.html;
  assert.doesNotMatch(markup, /<script/i, `${context}: <script`);
  assert.doesNotMatch(markup, /<img/i, `${context}: <img`);
  for (const tag of tags(markup)) {
    assert.ok(['html', 'head', 'meta', 'title', 'body', 'div', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'p', 'a', 'span', 'strong', 'ul', 'li', 'br'].includes(tag.name), `${context}: unexpected <${tag.name}>`);
    for (const attr of tag.attrs) {
      assert.ok(!attr.name.startsWith('on'), `${context}: event attribute ${attr.name} on <${tag.name}>`);
      if (attr.name === 'href') {
        const href = unescapeAttr(attr.value);
        assert.match(href, /^(https?:|mailto:|tel:|#$)/, `${context}: href ${href}`);
        assert.doesNotMatch(href, /javascript:/i, `${context}: javascript href`);
      }
    }
  }
  assert.doesNotMatch(email.subject, /[\r\n]/, `${context}: CR/LF in subject`);
}

function assertShownEscaped(email: EmailContent, payload: string, context: string): void {
  assert.ok(email.html.includes(escapeHtml(payload)), `${context}: the escaped value is missing from the HTML`);
}

/**
 * Runs every payload through every listed field: always inert; when `shown`, the escaped value is present.
 */
function injectionSuite(
  label: string,
  build: (field: string, payload: string) => EmailContent,
  fields: readonly { field: string; shown: boolean | ((payload: string) => boolean) }[],
): void {
  describe(`${label}: visitor strings are inert`, () => {
    for (const { field, shown } of fields) {
      it(field, () => {
        for (const payload of PAYLOADS) {
          const email = build(field, payload);
          const ctx = `${label}.${field}=${JSON.stringify(payload)}`;
          assertInert(email, ctx);
          if (typeof shown === 'function' ? shown(payload) : shown) assertShownEscaped(email, payload, ctx);
        }
      });
    }
  });
}

/** Sets a dotted path on a deep copy. */
function withField<T>(base: T, path: string, value: unknown): T {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let node = copy;
  for (const k of keys.slice(0, -1)) {
    node[k] = node[k] && typeof node[k] === 'object' ? node[k] : {};
    node = node[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  node[last] = last === 'factors' ? [value] : value;
  return copy as T;
}

const ATTRIBUTION_KEYS: (keyof Attribution)[] = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'gclid',
  'fbclid',
  'msclkid',
  'referrer',
  'landingUrl',
  'partner',
];

const inputsFor = (over: Partial<RoiInputs> = {}): RoiInputs => ({ ...DEFAULT_INPUTS, ...over, taskHours: { ...DEFAULT_INPUTS.taskHours, ...over.taskHours } });

const reportData = (over: Partial<RoiReportData> = {}, inputs = inputsFor()): RoiReportData => ({
  name: 'Ana',
  inputs,
  results: computeRoi(inputs),
  siteUrl: 'https://kre8tion.com/',
  ...over,
});

// 09:00 in Los Angeles on a summer day (PDT, UTC−7).
const START = new Date('2025-06-03T16:00:00Z');
const END_30 = new Date('2025-06-03T16:30:00Z');
const END_3H = new Date('2025-06-03T19:00:00Z');

const confirmationData = (over: Partial<BookingConfirmationData> = {}): BookingConfirmationData => ({
  name: 'Bob',
  type: 'consultation',
  start: START,
  end: END_30,
  visitorTimezone: 'Europe/Madrid',
  businessTimezone: 'America/Los_Angeles',
  calendar: {
    google: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Strategy%20Call',
    outlook: 'https://outlook.live.com/calendar/0/deeplink/compose?subject=Strategy%20Call',
  },
  siteUrl: 'https://kre8tion.com',
  ...over,
});

const bookingDossierData = (): BookingDossierData => ({
  booking: { type: 'consultation', start: START, end: END_30, businessTimezone: 'America/Los_Angeles', visitorTimezone: 'Europe/Madrid' },
  guest: {
    name: 'Bob Smith',
    email: 'bob@acme.com',
    phone: '+1 555 123 4567',
    companyName: 'Acme',
    industry: 'HVAC',
    employeeCount: '10-25',
    challenge: 'Too many calls',
    referralSource: 'Google',
    websiteUrl: 'https://acme.com',
  },
  score: 90,
  tier: 'high',
  factors: ['Target industry match'],
  attribution: { utm_source: 'google', referrer: 'https://google.com/', landingUrl: 'https://kre8tion.com/?utm_source=google' },
});

const roiDossierData = (): RoiDossierData => ({
  email: 'ana@acme.com',
  name: 'Ana',
  companyName: 'Acme',
  phone: '+1 555 123 4567',
  inputs: DEFAULT_INPUTS,
  results: computeRoi(DEFAULT_INPUTS),
  score: 60,
  tier: 'medium',
  factors: ['Has email'],
  attribution: { utm_source: 'newsletter' },
  leadUrl: 'https://crm.kre8tion.com/leads/7',
});

const voiceData = (): VoiceLeadDossierData => ({
  lead: { firstName: 'Ana', lastName: 'López', email: 'ana@acme.com', phone: '+1 555 123 4567', companyName: 'Acme', industry: 'Plumbing', employeeCount: '5-10' },
  score: 70,
  tier: 'medium',
  factors: ['Has email', 'Has phone'],
  language: 'es',
  transcriptExcerpt: [
    { role: 'user', content: 'I run a plumbing company' },
    { role: 'assistant', content: 'Great, how many people work there?' },
  ],
});

// ---- html.ts -------------------------------------------------------------------------------------------

describe('html toolkit', () => {
  it('escapes the five HTML metacharacters', () => {
    assert.equal(escapeHtml(`&<>"'`), '&amp;&lt;&gt;&quot;&#39;');
    assert.equal(escapeHtml(null), '');
    assert.equal(escapeHtml(undefined), '');
  });

  it('escapes interpolations but keeps nested html fragments, arrays, and drops null/false', () => {
    const inner = html`<i>${'<x>'}</i>`;
    assert.equal(html`<b>${inner}</b>`.value, '<b><i>&lt;x&gt;</i></b>');
    assert.equal(html`${['<a>', html`<br>`, null, false, undefined]}`.value, '&lt;a&gt;<br>');
    assert.equal(join(['a', html`<hr>`, '<c>'], html`|`).value, 'a|<hr>|&lt;c&gt;');
  });

  it('cannot be fooled by a forged SafeHtml or a look-alike object', () => {
    assert.throws(() => new SafeHtml(Symbol('SafeHtml') as never, '<script>'));
    const lookAlike = { value: '<script>' } as unknown as SafeHtml;
    assert.doesNotMatch(html`${lookAlike}`.value, /<script/);
  });

  it('prints an untyped number through Intl, never raw', () => {
    assert.equal(html`${1234.5678 as unknown as string}`.value, '1,234.57');
  });

  it('safeHref keeps http/https/mailto and turns everything else into #', () => {
    assert.equal(safeHref('https://a.com/x?y=1&z=2'), 'https://a.com/x?y=1&z=2');
    assert.equal(safeHref('http://a.com'), 'http://a.com/');
    assert.equal(safeHref('mailto:a@b.com'), 'mailto:a@b.com');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'java\tscript:x', 'data:text/html,<script>', 'vbscript:x', '/relative', '', null, undefined]) {
      assert.equal(safeHref(bad), '#', String(bad));
    }
  });

  it('subjectLine removes CR/LF (header injection) and toText drops absent lines', () => {
    assert.equal(subjectLine('Hi\r\nBcc: evil@x.com'), 'Hi Bcc: evil@x.com');
    assert.equal(subjectLine('x'.repeat(300)).length, 200);
    assert.equal(toText('a', null, false, undefined, '', ['b', null], 'c\u0007'), 'a\n\nb\nc');
  });
});

// ---- display rules -------------------------------------------------------------------------------------

describe('display rules', () => {
  it('payback: weeks under a year, months beyond, and a phrase when it never pays back', () => {
    assert.equal(paybackLabel(6, 'en'), '6 wks');
    assert.equal(paybackLabel(6, 'es'), '6 sem');
    assert.equal(paybackLabel(60, 'en'), `${Math.round(60 / 4.33)} mo`);
    assert.equal(paybackLabel(60, 'es'), `${Math.round(60 / 4.33)} meses`);
    assert.equal(paybackLabel(null, 'en'), 'not within a year');
    assert.notEqual(paybackLabel(null, 'es'), paybackLabel(null, 'en'));
  });

  it('duration is the real span (30 minutes / 3 hours)', () => {
    assert.equal(formatDuration(START, END_30, 'en'), '30 minutes');
    assert.equal(formatDuration(START, END_3H, 'en'), '3 hours');
    assert.equal(formatDuration(START, END_3H, 'es'), '3 horas');
  });
});

// ---- roiReport -----------------------------------------------------------------------------------------

describe('roiReport', () => {
  it('subjects follow the catalogue in EN and ES with the widget tier names', () => {
    const inputs = inputsFor({ tier: 'foundation' });
    const r = computeRoi(inputs);
    assert.equal(roiReport('en', reportData({}, inputs)).subject, `Your ROI report: ${r.firstYearRoi}% first-year return with Foundation Builder`);
    assert.equal(roiReport('es', reportData({}, inputs)).subject, `Tu informe de ROI: ${r.firstYearRoi}% de retorno el primer año con Constructor de Base`);
    for (const tier of Object.keys(TIER_DATA) as TierId[]) {
      const i = inputsFor({ tier });
      for (const locale of ['en', 'es'] as Locale[]) {
        const email = roiReport(locale, reportData({}, i));
        assert.ok(email.subject.endsWith(tierName(tier, locale)), `${locale}/${tier}`);
        assert.ok(email.html.includes(escapeHtml(tierName(tier, locale))));
      }
    }
    assert.ok(roiReport('es', reportData({}, inputsFor({ tier: 'discovery' }))).subject.includes('Descubrimiento de IA'));
  });

  it('EN and ES differ and carry the right lang, tags and CTA', () => {
    const en = roiReport('en', reportData());
    const es = roiReport('es', reportData());
    assert.notEqual(en.html, es.html);
    assert.notEqual(en.text, es.text);
    assert.match(en.html, /<html lang="en">/);
    assert.match(es.html, /<html lang="es">/);
    assert.match(es.html, /Tus resultados/);
    assert.deepEqual(en.tags, ['kre8', 'landing', 'roi-report']);
    assert.match(en.html, /href="https:\/\/kre8tion\.com\/#get-started"/);
    assert.match(en.text, /https:\/\/kre8tion\.com\/#get-started/);
    assert.match(en.html, /60%/); // disclaimer: recapture rate
  });

  it('numbers go through Intl: grouping, currency and cents; never a raw float', () => {
    const data = reportData();
    const r = data.results;
    const en = roiReport('en', data);
    const es = roiReport('es', data);
    const annualEn = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(r.annualBenefit);
    assert.ok(en.html.includes(annualEn), annualEn);
    assert.match(annualEn, /,/); // grouped, e.g. $51,049
    assert.ok(!en.html.includes(`>${r.annualBenefit}<`));
    const scheduling = r.taskBreakdown.find((t) => t.taskId === 'scheduling')!;
    assert.equal(scheduling.weeklySavings, 178.5);
    assert.ok(en.html.includes('$178.50'));
    assert.ok(es.html.includes('$178.50')); // es-US: one number format with English
    assert.doesNotMatch(en.html, /€/);
  });

  it('task table marks exactly the tier’s automated tasks', () => {
    for (const tier of Object.keys(TIER_DATA) as TierId[]) {
      const email = roiReport('en', reportData({}, inputsFor({ tier })));
      const automated = email.html.match(/>Automated</g)?.length ?? 0;
      const notInTier = email.html.match(/>Not in tier</g)?.length ?? 0;
      assert.equal(automated, TIER_DATA[tier].tasksAutomated, tier);
      assert.equal(automated + notInTier, 7, tier);
    }
  });

  it('revenue recovery appears only when > 0', () => {
    const withRecovery = roiReport('en', reportData());
    assert.match(withRecovery.html, /Revenue recovery/);
    const none = roiReport('en', reportData({}, inputsFor({ lostLeadsPerMonth: 0 })));
    assert.doesNotMatch(none.html, /Revenue recovery/);
    assert.doesNotMatch(none.text, /Revenue recovery/);
  });

  it('comparison save % appears only when the plan is cheaper', () => {
    const cheaper = reportData();
    assert.ok(cheaper.results.comparisonSavingsPercent! > 0);
    assert.match(roiReport('en', cheaper).html, new RegExp(`You save ${cheaper.results.comparisonSavingsPercent}%`));
    // Architect with one hour of scheduling: the consultant would cost less than the plan.
    const zeroHours = Object.fromEntries(Object.keys(DEFAULT_INPUTS.taskHours).map((k) => [k, 0])) as RoiInputs['taskHours'];
    const tiny = inputsFor({ tier: 'architect', taskHours: { ...zeroHours, scheduling: 1 } });
    const dear = reportData({}, tiny);
    assert.equal(dear.results.comparisonSavingsPercent, null);
    assert.doesNotMatch(roiReport('en', dear).html, /You save/);
  });

  it('payback label in the email: first-year weeks, and never-pays-back', () => {
    const fast = reportData();
    assert.equal(fast.results.firstYearPaybackWeeks, 8); // Foundation with the defaults (model/roi.test.ts)
    assert.ok(roiReport('en', fast).html.includes('8 wks'));
    assert.ok(roiReport('es', fast).html.includes('8 sem'));
    const zeroHours = Object.fromEntries(Object.keys(DEFAULT_INPUTS.taskHours).map((k) => [k, 0])) as RoiInputs['taskHours'];
    const never = reportData({}, inputsFor({ taskHours: zeroHours, lostLeadsPerMonth: 0 }));
    assert.equal(never.results.firstYearPaybackWeeks, null);
    assert.match(roiReport('en', never).html, /not within a year/);
    assert.doesNotMatch(roiReport('en', never).html, /999/);
  });

  it('an unsafe siteUrl drops the CTA instead of linking it', () => {
    const email = roiReport('en', reportData({ siteUrl: 'javascript:alert(1)' }));
    assertInert(email, 'siteUrl');
    assert.doesNotMatch(email.html, /Book your strategy call/);
  });
});

injectionSuite(
  'roiReport',
  (field, payload) => {
    if (field === 'name') return roiReport('en', reportData({ name: payload }));
    if (field === 'siteUrl') return roiReport('es', reportData({ siteUrl: payload }));
    // Enum fields are validated upstream; a bad value must still be harmless if it ever gets through.
    const inputs = inputsFor({ [field]: payload } as Partial<RoiInputs>);
    return roiReport('en', reportData({}, inputs));
  },
  [
    // The greeting shows the first word of the name only.
    { field: 'name', shown: (p: string) => !/\s/.test(p) },
    { field: 'siteUrl', shown: false },
    { field: 'industry', shown: true },
    { field: 'employees', shown: true },
  ],
);

// ---- roiDossier ----------------------------------------------------------------------------------------

describe('roiDossier', () => {
  it('subject, tags, score, factors and attribution', () => {
    const d = roiDossierData();
    const email = roiDossier(d);
    assert.equal(email.subject, `ROI Lead: ana@acme.com — ${d.results.firstYearRoi}% ROI (Foundation Builder)`);
    assert.deepEqual(email.tags, ['kre8', 'landing', 'roi-dossier']);
    assert.match(email.html, /60\/100/);
    assert.match(email.html, /MEDIUM PRIORITY/);
    assert.match(email.html, /Has email/);
    assert.match(email.html, /newsletter/);
    assert.match(email.html, /href="https:\/\/crm\.kre8tion\.com\/leads\/7"/);
    assert.match(email.html, /href="mailto:ana@acme\.com"/);
    assert.match(email.text, /utm_source: newsletter/);
  });

  it('ROI badge thresholds', () => {
    assert.equal(roiColour(200), 'green');
    assert.equal(roiColour(199), 'amber');
    assert.equal(roiColour(100), 'amber');
    assert.equal(roiColour(99), 'red');
  });
});

injectionSuite(
  'roiDossier',
  (field, payload) => roiDossier(withField(roiDossierData(), field, payload)),
  [
    { field: 'email', shown: true },
    { field: 'name', shown: true },
    { field: 'companyName', shown: true },
    { field: 'phone', shown: true },
    { field: 'factors', shown: true },
    { field: 'leadUrl', shown: false },
    ...ATTRIBUTION_KEYS.map((k) => ({ field: `attribution.${k}`, shown: true })),
  ],
);

// ---- bookingConfirmation -------------------------------------------------------------------------------

describe('bookingConfirmation', () => {
  it('shows the visitor’s zone and the business zone when they differ (09:00 LA = 18:00 Madrid)', () => {
    const es = bookingConfirmation('es', confirmationData());
    assert.match(es.html, /6:00–6:30\s?p\.\s?m\./u); // es-US: 12-hour clock, as US visitors read it
    assert.match(es.html, /Europe\/Madrid/);
    assert.match(es.html, /America\/Los_Angeles/);
    assert.match(es.html, /9:00/);
    const en = bookingConfirmation('en', confirmationData());
    assert.match(en.html, /6:00/);
    assert.match(en.html, /PM/);
    assert.match(en.html, /Europe\/Madrid/);
    assert.match(en.html, /America\/Los_Angeles/);
    assert.match(en.text, /Europe\/Madrid/);
  });

  it('shows one zone when visitor and business share it', () => {
    const email = bookingConfirmation('en', confirmationData({ visitorTimezone: 'America/Los_Angeles' }));
    assert.match(email.html, /9:00/);
    assert.doesNotMatch(email.html, /Our local time/);
    assert.doesNotMatch(email.html, /Europe/);
  });

  it('dates the subject in the visitor’s zone (Tokyo is already the next day)', () => {
    const email = bookingConfirmation('en', confirmationData({ visitorTimezone: 'Asia/Tokyo' }));
    assert.equal(email.subject, 'Booking confirmed: strategy call on Jun 4, 2025');
    assert.equal(bookingConfirmation('en', confirmationData()).subject, 'Booking confirmed: strategy call on Jun 3, 2025');
  });

  it('consultation vs assessment: subjects, durations, amount, tags, EN vs ES', () => {
    const consult = bookingConfirmation('en', confirmationData());
    assert.match(consult.html, /30 minutes/);
    assert.doesNotMatch(consult.html, /60-minute/);
    assert.deepEqual(consult.tags, ['kre8', 'landing', 'booking']);
    const assess = bookingConfirmation('en', confirmationData({ type: 'assessment', end: END_3H, amountCents: 25000 }));
    assert.equal(assess.subject, 'Assessment confirmed and paid: on-site visit on Jun 3, 2025');
    assert.match(assess.html, /3 hours/);
    assert.match(assess.html, /\$250\.00/);
    assert.match(assess.text, /\$250\.00/);
    assert.deepEqual(assess.tags, ['kre8', 'landing', 'assessment']);
    const assessEs = bookingConfirmation('es', confirmationData({ type: 'assessment', end: END_3H, amountCents: 25000 }));
    assert.match(assessEs.subject, /^Evaluación confirmada y pagada: visita presencial el /);
    assert.match(assessEs.html, /3 horas/);
    const consultEs = bookingConfirmation('es', confirmationData());
    assert.match(consultEs.subject, /^Reserva confirmada: llamada estratégica el 3 jun 2025$/);
    assert.notEqual(consultEs.html, consult.html);
    assert.match(consultEs.html, /Responde a este correo/);
    assert.match(consult.html, /reply to this email/);
  });

  it('calendar buttons link to the given URLs (escaped) and unsafe ones render no button', () => {
    const d = confirmationData();
    const email = bookingConfirmation('en', d);
    assert.ok(email.html.includes(`href="${escapeHtml(new URL(d.calendar.google).href)}"`));
    assert.ok(email.html.includes(`href="${escapeHtml(new URL(d.calendar.outlook).href)}"`));
    const bad = bookingConfirmation('en', confirmationData({ calendar: { google: 'javascript:alert(1)', outlook: 'data:text/html,x' } }));
    assertInert(bad, 'calendar');
    assert.doesNotMatch(bad.html, /Add to Google Calendar/);
    assert.doesNotMatch(bad.html, /Add to Outlook/);
  });

  it('an unknown visitor timezone falls back to the business zone instead of throwing', () => {
    const email = bookingConfirmation('en', confirmationData({ visitorTimezone: 'Mars/Olympus' }));
    assert.match(email.html, /America\/Los_Angeles/);
    assert.doesNotMatch(email.html, /Mars/);
  });
});

injectionSuite(
  'bookingConfirmation',
  (field, payload) => bookingConfirmation('en', withField(confirmationData(), field, payload)),
  [
    { field: 'name', shown: (p: string) => !/\s/.test(p) }, // the greeting shows the first name
    { field: 'visitorTimezone', shown: false },
    { field: 'siteUrl', shown: false },
    { field: 'calendar.google', shown: false },
    { field: 'calendar.outlook', shown: false },
  ],
);

// ---- bookingDossier ------------------------------------------------------------------------------------

describe('bookingDossier', () => {
  it('subject by priority, guest details, times in both zones, tags', () => {
    const email = bookingDossier(bookingDossierData());
    assert.equal(email.subject, 'HIGH Priority: New Booking from Bob Smith');
    assert.deepEqual(email.tags, ['kre8', 'landing', 'lead-dossier']);
    assert.match(email.html, /2025-06-03 09:00/);
    assert.match(email.html, /2025-06-03 18:00/);
    assert.match(email.html, /href="https:\/\/acme\.com\/"/);
    assert.match(email.html, /href="tel:\+15551234567"/);
    assert.match(email.html, /90\/100/);
    assert.match(email.html, /Target industry match/);
    assert.match(email.text, /Too many calls/);
    const low = bookingDossier({ ...bookingDossierData(), tier: 'low' });
    assert.match(low.subject, /^LOW Priority/);
  });

  it('a bare website gets https://; script URLs in any disguise never become an href', () => {
    const bare = bookingDossier(withField(bookingDossierData(), 'guest.websiteUrl', 'acme.com'));
    assert.match(bare.html, /href="https:\/\/acme\.com\/"/);
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)']) {
      const email = bookingDossier(withField(bookingDossierData(), 'guest.websiteUrl', url));
      assertInert(email, url);
      assert.ok(email.html.includes(escapeHtml(url.trim())), url);
    }
  });

  it('strips CR/LF from the subject (header injection)', () => {
    const email = bookingDossier(withField(bookingDossierData(), 'guest.name', 'Bob\r\nBcc: evil@x.com'));
    assert.equal(email.subject, 'HIGH Priority: New Booking from Bob Bcc: evil@x.com');
  });

  it('a multi-line challenge keeps its lines, escaped', () => {
    const email = bookingDossier(withField(bookingDossierData(), 'guest.challenge', 'one <b>\ntwo'));
    assert.match(email.html, /one &lt;b&gt;<br>two/);
  });
});

injectionSuite(
  'bookingDossier',
  (field, payload) => bookingDossier(withField(bookingDossierData(), field, payload)),
  [
    ...(['name', 'email', 'phone', 'companyName', 'industry', 'employeeCount', 'challenge', 'referralSource', 'websiteUrl'] as const).map((k) => ({
      field: `guest.${k}`,
      shown: true,
    })),
    { field: 'booking.visitorTimezone', shown: false },
    { field: 'factors', shown: true },
    ...ATTRIBUTION_KEYS.map((k) => ({ field: `attribution.${k}`, shown: true })),
  ],
);

// ---- voiceLeadDossier ----------------------------------------------------------------------------------

describe('voiceLeadDossier', () => {
  it('subject names the lead, falling back to email, then to "unknown visitor"', () => {
    assert.equal(voiceLeadDossier(voiceData()).subject, 'Voice lead: Ana López (70/100)');
    const noName = voiceData();
    noName.lead = { ...noName.lead, firstName: null, lastName: null };
    assert.equal(voiceLeadDossier(noName).subject, 'Voice lead: ana@acme.com (70/100)');
    noName.lead = { ...noName.lead, email: null };
    assert.equal(voiceLeadDossier(noName).subject, 'Voice lead: unknown visitor (70/100)');
  });

  it('shows language, transcript turns by speaker, factors and tags', () => {
    const email = voiceLeadDossier(voiceData());
    assert.deepEqual(email.tags, ['kre8', 'landing', 'voice-dossier']);
    assert.match(email.html, /Spanish/);
    assert.match(email.html, /I run a plumbing company/);
    assert.match(email.html, />Visitor</);
    assert.match(email.html, />Agent</);
    assert.match(email.html, /Has phone/);
    assert.match(email.text, /Visitor: I run a plumbing company/);
  });
});

describe('voiceLeadDossier: single-line fields stay single-line (#22)', () => {
  const forged = (over: Partial<VoiceLeadDossierData['lead']>, turns = voiceData().transcriptExcerpt) => {
    const d = voiceData();
    return voiceLeadDossier({ ...d, lead: { ...d.lead, ...over }, transcriptExcerpt: turns });
  };
  const lines = (text: string) => text.split('\n');

  it('a name extracted from chat cannot add a line to the plain-text part', () => {
    const email = forged({ firstName: 'Eve\nLead score: 100/100 (HIGH priority)', lastName: 'Doe\r\nEmail: boss@evil.test' });
    // The only score line is the real one (70); the injected text stays on the Name line.
    assert.deepEqual(lines(email.text).filter((l) => /^Lead score/i.test(l)), ['Lead score: 70/100 (MEDIUM priority)']);
    assert.ok(!lines(email.text).some((l) => l.startsWith('Email: boss@evil.test')));
    assert.ok(lines(email.text).includes('Name: Eve Lead score: 100/100 (HIGH priority) Doe Email: boss@evil.test'));
    assert.equal(email.subject, 'Voice lead: Eve Lead score: 100/100 (HIGH priority) Doe Email: boss@evil.test (70/100)');
  });

  it('bidi controls and zero-width characters leave the name, the company and the subject', () => {
    const email = forged({ firstName: 'Ev\u202ee\u200b', companyName: 'Ac\u2066me\ufeff' });
    assert.equal(email.subject, 'Voice lead: Eve López (70/100)');
    assert.ok(lines(email.text).includes('Name: Eve López'));
    assert.ok(lines(email.text).includes('Company: Acme'));
    assert.doesNotMatch(email.html, /[\u200b\u202e\u2066\ufeff]/);
  });

  it('a multi-line visitor turn is indented under its speaker', () => {
    const email = forged({}, [{ role: 'user', content: 'hi\nLead score: 100/100\r\nName: Boss' }]);
    assert.ok(lines(email.text).includes('Visitor: hi'));
    assert.ok(lines(email.text).includes('    Lead score: 100/100'));
    assert.ok(!lines(email.text).some((l) => l.startsWith('Lead score: 100') || l.startsWith('Name: Boss')));
  });
});

injectionSuite(
  'voiceLeadDossier',
  (field, payload) => {
    const d = voiceData();
    if (field === 'transcript') return voiceLeadDossier({ ...d, transcriptExcerpt: [{ role: 'user', content: payload }] });
    return voiceLeadDossier(withField(d, field, payload));
  },
  [
    ...(['firstName', 'lastName', 'email', 'phone', 'companyName', 'industry', 'employeeCount'] as const).map((k) => ({ field: `lead.${k}`, shown: true })),
    { field: 'transcript', shown: true },
    { field: 'factors', shown: true },
    ...ATTRIBUTION_KEYS.map((k) => ({ field: `attribution.${k}`, shown: true })),
  ],
);

// The href checks above only mean something if safe URLs do become links.
describe('injection suite sanity', () => {
  it('a safe referrer does become a link, so the href checks above are meaningful', () => {
    const email = roiDossier(withField(roiDossierData(), 'attribution.referrer', 'https://news.example/'));
    assert.match(email.html, /href="https:\/\/news\.example\/"/);
  });
});
