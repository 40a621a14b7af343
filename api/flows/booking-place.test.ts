import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bookingRequest, MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { bookingConfirmation } from '../email/templates.js';

/**
 * Where a booking happens and what the visitor may type about it (issue #17): the website must be a web
 * address, the on-site assessment needs an address, and the confirmation email names the place.
 */
describe('booking: website, address and meeting place', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
  });
  after(() => h.close());

  it('refuses a website that is no web address with 400 naming websiteUrl, and writes nothing', async () => {
    for (const websiteUrl of ['https://not a url', 'not a url', 'javascript://acme.com', 'https://localhost']) {
      const res = await h.json('/api/booking/create', bookingRequest('2026-11-24T10:00:00-08:00', { websiteUrl }));
      assert.equal(res.status, 400, websiteUrl);
      assert.ok((await res.json()).error.fields.websiteUrl, `names websiteUrl for ${websiteUrl}`);
    }
    const ok = await h.json('/api/booking/create', bookingRequest('2026-11-24T10:00:00-08:00', { websiteUrl: 'https://acme.com/about' }));
    assert.equal(ok.status, 201);
    await h.jobs.drain();
    assert.equal((await h.rows('bookings')).length, 1, 'only the valid one was written');
  });

  it('refuses an on-site assessment without an address with 400 naming address, and holds nothing', async () => {
    const res = await h.json('/api/booking/checkout', bookingRequest('2026-11-25T09:00:00-08:00', { type: 'assessment', address: undefined, returnUrl: 'http://localhost:8787/' }));
    assert.equal(res.status, 400);
    assert.ok((await res.json()).error.fields.address, 'names address');
    const tooShort = await h.json('/api/booking/checkout', bookingRequest('2026-11-25T09:00:00-08:00', { type: 'assessment', address: ' x ', returnUrl: 'http://localhost:8787/' }));
    assert.equal(tooShort.status, 400);
    const avail = await h.app.request('/api/booking/availability?from=2026-11-25&to=2026-11-25&timezone=America/Los_Angeles&type=consultation');
    const day = (await avail.json()).days[0];
    assert.equal(day.slots.find((s: { start: string }) => s.start.startsWith('2026-11-25T09:00')).available, true, 'no hold was written');
  });
});

describe('booking confirmation email: the meeting place', () => {
  const base = {
    name: 'Bob',
    start: new Date('2026-11-24T18:00:00Z'),
    end: new Date('2026-11-24T18:30:00Z'),
    visitorTimezone: 'Europe/Madrid',
    businessTimezone: 'America/Los_Angeles',
    calendar: { google: 'https://calendar.google.com/x', outlook: 'https://outlook.live.com/x' },
    siteUrl: 'https://kre8tion.com',
  };

  it('gives the call its video link, in EN and ES, in the HTML and the text', () => {
    const en = bookingConfirmation('en', { ...base, type: 'consultation', location: 'https://meet.example.com/room' });
    assert.match(en.html, /Video call<\/td><td[^>]*><a href="https:\/\/meet\.example\.com\/room"/);
    assert.match(en.text, /^Video call: https:\/\/meet\.example\.com\/room$/m);
    const es = bookingConfirmation('es', { ...base, type: 'consultation', location: 'https://meet.example.com/room' });
    assert.match(es.text, /^Videollamada: https:\/\/meet\.example\.com\/room$/m);
  });

  it('gives the assessment its address, and says On-site in the subject', () => {
    const end = new Date('2026-11-24T21:00:00Z');
    const en = bookingConfirmation('en', { ...base, end, type: 'assessment', amountCents: 25000, location: '1200 Congress Ave, Austin, TX' });
    assert.match(en.text, /^Address: 1200 Congress Ave, Austin, TX$/m);
    assert.match(en.subject, /on-site visit/);
    assert.doesNotMatch(en.subject + en.text, /Onsite|onsite/);
    const es = bookingConfirmation('es', { ...base, end, type: 'assessment', amountCents: 25000, location: 'Calle Mayor 1, Madrid' });
    assert.match(es.text, /^Dirección: Calle Mayor 1, Madrid$/m);
  });

  it('shows no place line without one, and never links a non-web "meeting URL"', () => {
    const none = bookingConfirmation('en', { ...base, type: 'consultation' });
    assert.doesNotMatch(none.text, /Video call:/);
    const bad = bookingConfirmation('en', { ...base, type: 'consultation', location: 'javascript:alert(1)' });
    assert.doesNotMatch(bad.html, /javascript:/);
  });
});
