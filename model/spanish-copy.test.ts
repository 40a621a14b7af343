/**
 * The kit's Spanish is US Spanish (es-US), checked line by line over the visitor's copy: the ROI calculator's and
 * the voice widget's strings, the model's labels, and the Spanish ROI report and booking confirmation emails.
 * Pinned: sentence case, one vocabulary (costo, plomería, agendar, agregar, informe…; never the Spain-only
 * variants), amounts grouped "$9,500" everywhere, and a rate said in words inside text ("$175 por hora", never
 * "$175/h"). Only units beside a control ("3 h/sem") stay short.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookingConfirmation, roiReport } from '../api/email/templates.js';
import { STRINGS } from '../components/roi-calculator/roi-calculator.strings.js';
import { panelStrings } from '../components/voice-agent/voice-agent-panel.strings.js';
import { launcherStrings } from '../components/voice-agent/voice-agent.strings.js';
import { LABELS } from './labels.js';
import { computeRoi, DEFAULT_INPUTS } from './roi.js';

/** Every string in a copy table; functions are called with sample values (amounts as es-US formats them). */
function strings(table: unknown, path = ''): [string, string][] {
  if (typeof table === 'string') return [[path, table]];
  if (typeof table === 'function') {
    const args = Array.from({ length: Math.max(table.length, 1) }, (_, i) => ['$9,500', '$1,500', '$23,000', '3', '$175', '122%'][i]);
    return [[path, String((table as (...a: unknown[]) => unknown)(...args))]];
  }
  if (table && typeof table === 'object') return Object.entries(table).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const WIDGET_ES = [...strings(STRINGS.es, 'roi'), ...strings(panelStrings.es, 'panel'), ...strings(launcherStrings.es, 'launcher'), ...strings(LABELS.es, 'labels')];

/** Proper nouns and acronyms that keep their capitals inside a sentence; tier names are product names. */
const PROPER = new Set(['ROI', 'HVAC', 'IA', 'Google', 'Outlook', 'iCal', 'Calendar', 'Ana', 'AI', 'KRE8TION', 'Partners', 'Constructor', 'Base', 'Descubrimiento', 'Arquitecto', 'Sistemas', 'Pacífico', 'Zoom', 'Meet']);

/** Words capitalised mid-sentence (after the first word of a sentence, a list item or a line). */
function titleCased(text: string): string[] {
  return text
    .replace(/\b\p{Lu}\w+\/[\w/+-]+/gu, '') // IANA zones (America/Los_Angeles)
    .split(/[.!?:;,¿¡\n(·—]+/)
    .flatMap((sentence) => sentence.trim().split(/\s+/).slice(1))
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !PROPER.has(w) && !/^\p{Lu}+$/u.test(w));
}

/** Spain-only words and forms a US-Spanish reader trips on, and the mixed variants the review replaced. */
const NOT_US = /\b(coste|costes|fontaner\w*|añad\w*|pulsad\w*|ordenador|móvil|vale\b|vosotros|habéis|ha funcionado|reporte\w*|indica un)/i;
/** An amount followed by a slashed rate: "$175/h", "$1,500/mes", "$150/sem". */
const SLASHED_RATE = /\$[\d,.]+\s*\/\s*\p{L}/u;
/** Amounts grouped any way but es-US's: "12.000", "5000 US$", "US$", "€", a bare 4-digit amount. */
const OTHER_NUMBER_FORMAT = /US\$|€|\$\s?\d{4,}|\d\.\d{3}\b|\d\s?\$/;

describe('Spanish visitor copy (es-US)', () => {
  it('the widgets’ Spanish strings and labels: sentence case, US vocabulary, rates in words', () => {
    assert.ok(WIDGET_ES.length > 100, `collected ${WIDGET_ES.length} strings`);
    for (const [key, text] of WIDGET_ES) {
      assert.deepEqual(titleCased(text), [], `${key}: "${text}" is not sentence case`);
      assert.doesNotMatch(text, NOT_US, `${key}: "${text}"`);
      assert.doesNotMatch(text, SLASHED_RATE, `${key}: "${text}" — say the rate in words`);
    }
  });

  it('the replaced wordings stay replaced', () => {
    assert.equal(STRINGS.es.tierPrice('$5,000', '$1,500'), '$5,000 + $1,500 al mes');
    assert.equal(STRINGS.es.perWeek('$150'), '$150 por semana');
    assert.equal(STRINGS.es.perHour('$175'), '$175 por hora');
    assert.equal(STRINGS.es.consultant('$175'), 'Un consultor ($175 por hora)');
    assert.equal(STRINGS.es.hourlyCost, 'Costo laboral por hora');
    assert.equal(LABELS.es.industries.plumbing, 'Plomería');
    assert.equal(LABELS.es.tasks.reporting, 'Informes y análisis');
    assert.equal(panelStrings.es.addCal, 'Agregar al calendario:');
    assert.equal(panelStrings.es.mic, 'Hablar (haz clic o mantén presionado)');
    assert.equal(panelStrings.es.micFailed, 'El micrófono no funcionó. Vuelve a intentarlo o escribe.');
    assert.match(panelStrings.es.greeting(), /^¡Hola! .*agendar una llamada/);
  });

  const inputs = { ...DEFAULT_INPUTS, hourlyLaborCost: 175, monthlyRevenue: 120_000, lostLeadsPerMonth: 6, avgDealValue: 2_020 };
  const report = roiReport('es', { name: 'Ana', inputs, results: computeRoi(inputs), siteUrl: 'https://kre8tion.com/' });
  const confirmation = bookingConfirmation('es', {
    name: 'Ana',
    type: 'consultation',
    start: new Date('2025-06-03T16:00:00Z'),
    end: new Date('2025-06-03T16:30:00Z'),
    visitorTimezone: 'America/Chicago',
    businessTimezone: 'America/Los_Angeles',
    calendar: { google: 'https://calendar.google.com/x', outlook: 'https://outlook.live.com/x' },
    siteUrl: 'https://kre8tion.com',
  });

  it('the Spanish ROI report: one number format, rates in words, the widget’s vocabulary', () => {
    for (const body of [report.subject, report.text]) {
      assert.doesNotMatch(body, OTHER_NUMBER_FORMAT);
      assert.doesNotMatch(body, SLASHED_RATE);
      assert.doesNotMatch(body, NOT_US);
    }
    assert.match(report.text, /Costo laboral por hora: \$175 por hora/);
    assert.match(report.text, /Sector: /);
    assert.match(report.text, /\$\d{1,3}(,\d{3})+/, 'amounts are grouped with commas');
    for (const line of report.text.split('\n').filter((l) => /^[\p{L}¿¡]/u.test(l))) {
      assert.deepEqual(titleCased(line.replace(/https?:\S+/g, '')), [], `"${line}" is not sentence case`);
    }
  });

  it('the Spanish booking confirmation: sentence case and US vocabulary', () => {
    for (const body of [confirmation.subject, confirmation.text]) {
      assert.doesNotMatch(body, NOT_US);
      assert.doesNotMatch(body, SLASHED_RATE);
    }
    for (const line of confirmation.text.split('\n').filter((l) => /^[\p{L}¿¡]/u.test(l))) {
      assert.deepEqual(titleCased(line.replace(/https?:\S+/g, '')), [], `"${line}" is not sentence case`);
    }
  });
});
