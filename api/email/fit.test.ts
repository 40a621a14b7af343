/**
 * Every email fits a 320px phone: rendered in Chromium (Debian's, through playwright-core; nothing downloaded)
 * at a 320px viewport, nothing may stick out to the right or scroll the page sideways. Long visitor values
 * (a 40-character address, a long company name, the Spanish labels) are the realistic worst case.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import type { Locale } from '../../model/contracts.js';
import { computeRoi, DEFAULT_INPUTS } from '../../model/roi.js';
import { bookingConfirmation, bookingDossier, roiDossier, roiReport, voiceLeadDossier, type EmailContent } from './templates.js';

const LONG_EMAIL = 'guillermina.fernandez-villanueva@constructora-hermanos-ejemplo.com';
const COMPANY = 'Constructora y Remodelaciones Hermanos Fernández Villanueva';
const START = new Date('2025-06-03T16:00:00Z');
const END = new Date('2025-06-03T16:30:00Z');
const INPUTS = { ...DEFAULT_INPUTS, industry: 'realestate' as const, employees: '100+' as const, tier: 'architect' as const };

function emails(locale: Locale): [string, EmailContent][] {
  const results = computeRoi(INPUTS);
  return [
    ['roi-report', roiReport(locale, { name: 'Guillermina Fernández', inputs: INPUTS, results, siteUrl: 'https://kre8tion.com/' })],
    [
      'booking-confirmation',
      bookingConfirmation(locale, {
        name: 'Guillermina Fernández',
        type: 'assessment',
        start: START,
        end: END,
        amountCents: 25000,
        visitorTimezone: 'America/Argentina/Buenos_Aires',
        businessTimezone: 'America/Los_Angeles',
        calendar: {
          google: 'https://calendar.google.com/calendar/render?action=TEMPLATE&text=Strategy%20Call&dates=20250603T160000Z/20250603T163000Z',
          outlook: 'https://outlook.live.com/calendar/0/deeplink/compose?subject=Strategy%20Call&startdt=2025-06-03T16:00:00Z',
        },
        siteUrl: 'https://kre8tion.com',
      }),
    ],
    [
      'roi-dossier',
      roiDossier({
        email: LONG_EMAIL, name: 'Guillermina Fernández', companyName: COMPANY, phone: '+1 555 123 4567', inputs: INPUTS, results,
        score: 60, tier: 'medium', factors: ['Has email', 'Ideal business size (100+ employees)'],
        attribution: { utm_source: 'newsletter', landingUrl: 'https://kre8tion.com/roi-calculator?utm_source=newsletter&utm_campaign=spring-promotion-2025' },
        leadUrl: 'https://crm.kre8tion.com/leads/7',
      }),
    ],
    [
      'booking-dossier',
      bookingDossier({
        booking: { type: 'assessment', start: START, end: END, businessTimezone: 'America/Los_Angeles', visitorTimezone: 'America/Argentina/Buenos_Aires' },
        guest: {
          name: 'Guillermina Fernández', email: LONG_EMAIL, phone: '+1 555 123 4567', companyName: COMPANY, industry: 'Property Management',
          employeeCount: '100+', challenge: 'Demasiadas llamadas sin contestar durante las horas pico de la temporada de verano', referralSource: 'Google',
          websiteUrl: 'https://www.constructora-hermanos-ejemplo.com/servicios/remodelaciones',
        },
        score: 90, tier: 'high', factors: ['Target industry match'],
        attribution: { utm_source: 'google', referrer: 'https://www.google.com/search?q=automatizacion+para+constructoras', landingUrl: 'https://kre8tion.com/?utm_source=google' },
      }),
    ],
    [
      'voice-lead-dossier',
      voiceLeadDossier({
        lead: { firstName: 'Guillermina', lastName: 'Fernández', email: LONG_EMAIL, phone: '+1 555 123 4567', companyName: COMPANY, industry: 'Plumbing', employeeCount: '5-10' },
        score: 70, tier: 'medium', factors: ['Has email', 'Has phone'], language: locale,
        transcriptExcerpt: [
          { role: 'user', content: 'Tengo una empresa de plomería con cinco técnicos y perdemos llamadas todo el tiempo' },
          { role: 'assistant', content: '¿Cuántas llamadas pierden por semana, más o menos?' },
        ],
      }),
    ],
  ];
}

let browser: Browser;
before(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
});
after(() => browser?.close());

describe('every email fits a 320px screen (Chromium)', () => {
  for (const locale of ['en', 'es'] as const) {
    for (const [name, email] of emails(locale)) {
      it(`${name} (${locale})`, async () => {
        const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
        try {
          await page.setContent(email.html, { waitUntil: 'load' });
          const m = await page.evaluate(() => {
            const doc = document.documentElement;
            let widest = '';
            let right = 0;
            for (const el of document.body.querySelectorAll('*')) {
              const r = el.getBoundingClientRect();
              if (r.width && r.right > right) {
                right = r.right;
                widest = el.outerHTML.slice(0, 120);
              }
            }
            return { scrollWidth: doc.scrollWidth, right: Math.ceil(right), widest };
          });
          assert.ok(m.scrollWidth <= 320, `${name} ${locale}: the page scrolls sideways (${m.scrollWidth}px)`);
          assert.ok(m.right <= 320, `${name} ${locale}: ${m.widest} ends at ${m.right}px`);
        } finally {
          await page.close();
        }
      });
    }
  }
});
