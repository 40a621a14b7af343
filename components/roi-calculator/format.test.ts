import { expect } from '@open-wc/testing';
import { buildSubmission } from './submission.js';
import { formatters, paybackLabel } from './format.js';
import { STRINGS } from './roi-calculator.strings.js';
import { DEFAULT_INPUTS } from '../../model/roi.js';

describe('format', () => {
  it('formats whole US dollars, grouped the same way in English and es-US Spanish', () => {
    expect(formatters('en').money(51049.4)).to.equal('$51,049');
    expect(formatters('es').money(5000)).to.equal('$5,000');
    expect(formatters('es').money(12000)).to.equal('$12,000');
    expect(formatters('es').num(1234.5)).to.equal('1,234.5');
  });

  it('shows payback in weeks under a year, months after, and a phrase when never', () => {
    const f = formatters('en');
    expect(paybackLabel(10, STRINGS.en, f)).to.equal('10 wks');
    expect(paybackLabel(60, STRINGS.en, f)).to.equal('14 mo');
    expect(paybackLabel(10, STRINGS.es, formatters('es'))).to.equal('10 sem');
    expect(paybackLabel(null, STRINGS.en, f)).to.equal(STRINGS.en.never);
  });

  it('percent from an integer percent value', () => {
    expect(formatters('en').pct(437)).to.equal('437%');
  });
});

describe('buildSubmission', () => {
  const base = {
    submissionId: 'sid',
    contact: { email: ' ada@example.com ', name: '', companyName: 'Acme ', phone: '  ' },
    locale: 'en' as const,
    inputs: DEFAULT_INPUTS,
    timeOnCalculatorSeconds: 8,
    adjustmentsCount: 3,
    fillMs: 1234.6,
    honeypot: '',
    attribution: { utm_source: 'x' },
  };

  it('trims contact fields and leaves blank optional ones out', () => {
    const b = buildSubmission(base);
    expect(b.email).to.equal('ada@example.com');
    expect(b.companyName).to.equal('Acme');
    expect(b).to.not.have.property('name');
    expect(b).to.not.have.property('phone');
    expect(b.fillMs).to.equal(1235);
    expect(b.website_hp).to.equal('');
    expect(b.engagement).to.deep.equal({ timeOnCalculatorSeconds: 8, adjustmentsCount: 3 });
  });

  it('copies inputs and attribution so host mutation cannot reach widget state', () => {
    const attribution = { utm_source: 'x' };
    const b = buildSubmission({ ...base, attribution });
    b.inputs.taskHours.scheduling = 99;
    b.attribution!.partner = 'p';
    expect(DEFAULT_INPUTS.taskHours.scheduling).to.equal(6);
    expect(attribution).to.deep.equal({ utm_source: 'x' });
  });
});
