import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import './define.js';
import type { Kre8Booking } from './booking.js';
import type { BookingConfirmedDetail } from './booking.js';
import { BUSINESS_TZ, createMockApi, zonedInstant } from './test-booking-api.js';
import { $, $$, deepActive, fill, loaded, text, useMockApi, waitUntil, worker } from './test-booking-dom.js';
import { addMonths, monthOf } from './calendar-math.js';
import { todayIn } from './time-format.js';
import { visitorTimezone } from '../core/locale.js';

let api: ReturnType<typeof createMockApi>;
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const ATTRIBUTION = { utm_source: 'newsletter', landingUrl: 'https://example.com/?utm_source=newsletter' };

async function pickFirstSlot(el: Kre8Booking, day = '12') {
  await loaded(el);
  $$(el, 'td.open').find((td) => td.dataset.date!.endsWith(`-${day}`))!.click();
  await el.updateComplete;
  $(el, 'button.slot').click();
  await el.updateComplete;
}

describe('<kre8-booking>', () => {
  const mock = useMockApi({
    beforeEach: () => {
      api = mock.get();
      sessionStorage.setItem('kre8:attribution', JSON.stringify(ATTRIBUTION));
    },
  });

  it('books a consultation by keyboard alone and sends the exact request', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <button id="before">before</button>
      <kre8-booking api-base="/api" locale="en" type="assessment" partner="acme"></kre8-booking>
    </div>`);
    const el = wrap.querySelector('kre8-booking')!;
    const events: CustomEvent[] = [];
    for (const n of ['date', 'slot', 'submit', 'confirmed']) el.addEventListener(`kre8-booking-${n}`, (e) => events.push(e as CustomEvent));
    await loaded(el);
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(el, 'input[value="assessment"]'));
    await sendKeys({ press: 'ArrowUp' });
    expect($<HTMLInputElement>(el, 'input[value="consultation"]').checked).to.equal(true);
    await waitUntil(() => api.availabilityRequests().some((q) => q.get('type') === 'consultation'), 'no consultation availability asked');
    await loaded(el);

    await sendKeys({ press: 'Tab' }); // timezone picker
    expect(deepActive()).to.equal($(el, '#tz'));
    await sendKeys({ press: 'Tab' }); // next month (previous is disabled in the current month)
    await sendKeys({ press: 'Tab' }); // into the grid, on the first open day
    const month = monthOf(todayIn(visitorTimezone()));
    expect((deepActive() as HTMLElement).dataset.date).to.equal(`${month}-10`);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect((deepActive() as HTMLElement).dataset.date).to.equal(`${month}-12`);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, 'td[data-date$="-12"]').getAttribute('aria-selected')).to.equal('true');

    await sendKeys({ press: 'Tab' }); // first time of the 12th
    expect(deepActive()).to.equal($(el, 'button.slot'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive() === $(el, '#f-name'), 'focus did not move to the form');

    await sendKeys({ type: 'Ada Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.com' });
    await sendKeys({ press: 'Tab' }); // "Add details (optional)", closed: the optional fields are out of the tab order
    expect(text(deepActive()!)).to.equal('Add details (optional)');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '+1 555 123 4567' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Analytical Engines' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Cons' }); // select typeahead
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '10' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Missed calls' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Podcast' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'acme.com' });
    await sendKeys({ press: 'Enter' });

    await waitUntil(() => api.posts('/create').length === 1, 'no booking request');
    const body = api.posts('/create')[0];
    expect(body.submissionId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(body.fillMs).to.be.a('number').and.at.least(0);
    expect(body).to.deep.equal({
      submissionId: body.submissionId,
      fillMs: body.fillMs,
      type: 'consultation',
      start: zonedInstant(`${month}-12`, 9, 0, BUSINESS_TZ),
      timezone: visitorTimezone(),
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '+1 555 123 4567',
      companyName: 'Analytical Engines',
      industry: 'Construction',
      employeeCount: '10-25',
      challenge: 'Missed calls',
      referralSource: 'Podcast',
      websiteUrl: 'https://acme.com',
      locale: 'en',
      attribution: { ...ATTRIBUTION, partner: 'acme' },
      website_hp: '',
    });

    await waitUntil(() => el.shadowRoot!.querySelector('.confirmation'), 'no confirmation');
    const conf = $(el, '.confirmation');
    expect(deepActive()).to.equal($(el, '.confirmation .view-title'));
    const ics = $<HTMLAnchorElement>(el, 'a[download]');
    expect(ics.getAttribute('download')).to.equal('kre8-booking.ics');
    expect(ics.getAttribute('href')).to.match(/^data:text\/calendar/);
    expect(text(conf)).to.contain('ada@example.com');
    expect(plain(text(conf))).to.contain('9:00 AM – 9:30 AM · America/Los_Angeles');

    expect(events.map((e) => e.type)).to.deep.equal(['kre8-booking-date', 'kre8-booking-slot', 'kre8-booking-submit', 'kre8-booking-confirmed']);
    expect(events[0].detail).to.deep.equal({ date: `${month}-12` });
    expect(events[1].detail).to.deep.equal({ start: body.start, end: new Date(Date.parse(body.start) + 1_800_000).toISOString(), timezone: visitorTimezone() });
    expect(events[2].detail.payload).to.deep.equal(body);
    const confirmed = events[3].detail as BookingConfirmedDetail;
    expect(confirmed.booking.id).to.equal('bk_41');
    expect(confirmed.calendar.google).to.match(/^https:\/\/calendar\.google\.com/);
    expect(confirmed.visitor).to.deep.include({ name: 'Ada Lovelace', companyName: 'Analytical Engines', industry: 'Construction', challenge: 'Missed calls' });
    expect(confirmed.attribution).to.deep.equal({ ...ATTRIBUTION, partner: 'acme' });
    await expect(el).to.be.accessible();
  });

  it('lets the host veto the submit, add attribution or a Turnstile token', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en"></kre8-booking>`);
    await pickFirstSlot(el);
    await fill(el, { name: 'Ada', email: 'ada@example.com' });
    el.addEventListener('kre8-booking-submit', (e) => e.preventDefault(), { once: true });
    $(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(api.posts('/create')).to.have.length(0);
    el.addEventListener('kre8-booking-submit', (e) => {
      const { payload } = (e as CustomEvent).detail;
      payload.attribution.campaignOwner = 'host';
      // With TURNSTILE_SECRET set, the host's Turnstile widget supplies the token here (README, Configuration).
      payload.turnstileToken = 'host-token';
    }, { once: true });
    $(el, 'button[type="submit"]').click();
    await waitUntil(() => api.posts('/create').length === 1);
    expect(api.posts('/create')[0].attribution).to.deep.include({ campaignOwner: 'host' });
    expect(api.posts('/create')[0].turnstileToken).to.equal('host-token');
  });

  it('shows localized field errors tied to their fields, and sends nothing', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="es"></kre8-booking>`);
    await pickFirstSlot(el);
    await fill(el, { email: 'not-an-email' });
    $(el, 'button[type="submit"]').click();
    await el.updateComplete;
    const name = $(el, '#f-name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, `#${name.getAttribute('aria-describedby')}`))).to.equal('Escribe tu nombre completo.');
    expect(text($(el, '#e-email'))).to.equal('Escribe un correo como nombre@empresa.com.');
    await waitUntil(() => deepActive() === name, 'first invalid field not focused');
    expect(api.posts('/create')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('on 409 tells the visitor kindly and shows the latest times', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en"></kre8-booking>`);
    const errors: CustomEvent[] = [];
    el.addEventListener('kre8-booking-error', (e) => errors.push(e as CustomEvent));
    await loaded(el);
    $(el, 'td[data-date$="-12"]').click();
    await el.updateComplete;
    const [takenLabel, otherLabel] = $$(el, 'button.slot').map(text);
    $(el, 'button.slot').click();
    await el.updateComplete;
    expect($$(el, 'button.slot'), 'the form replaces the times').to.have.length(0);
    const asked = api.availabilityRequests().length;
    const month = monthOf(todayIn(visitorTimezone()));
    api.taken.add(zonedInstant(`${month}-12`, 9, 0, BUSINESS_TZ)); // someone else books it meanwhile
    await fill(el, { name: 'Ada Lovelace', email: 'ada@example.com' });
    $(el, 'button[type="submit"]').click();

    await waitUntil(() => el.shadowRoot!.querySelector('.notice'), 'no 409 notice');
    expect(text($(el, '.notice'))).to.equal('That time was just taken — here are the latest times.');
    expect($(el, '.notice').getAttribute('role')).to.equal('alert');
    await waitUntil(() => api.availabilityRequests().length === asked + 1, 'slots not re-fetched');
    await waitUntil(() => $$(el, 'button.slot').length === 1, 'taken slot still listed');
    expect(text($(el, 'button.slot'))).to.equal(otherLabel);
    expect(otherLabel).to.not.equal(takenLabel);
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(errors[0].detail).to.deep.equal({ status: 409, code: 'slot_taken', message: 'Slot taken' });
    await expect(el).to.be.accessible();
  });

  it('shows LA business hours in the visitor timezone, always labelled, and switches zones', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="es" timezone="Europe/Madrid"></kre8-booking>`);
    await loaded(el);
    expect(api.availabilityRequests()[0].get('timezone')).to.equal('Europe/Madrid');
    expect($<HTMLSelectElement>(el, '#tz').value).to.equal('Europe/Madrid');
    // January: both zones on standard time (PST, CET), 9 hours apart.
    const current = monthOf(todayIn('Europe/Madrid'));
    const january = `${Number(current.slice(0, 4)) + 1}-01`;
    for (let m = current; m !== january; m = addMonths(m, 1)) {
      $(el, 'button.next').click();
      await el.updateComplete;
    }
    await waitUntil(() => el.shadowRoot!.querySelector(`td.open[data-date="${january}-12"]`), 'January never loaded');
    $(el, `td[data-date="${january}-12"]`).click();
    await el.updateComplete;
    // Times only; the zone once, above them.
    // es-US, the kit's Spanish: 12-hour times.
    expect($$(el, 'button.slot').map((b) => text(b))).to.deep.equal(['6:00 p.m.', '6:30 p.m.']);
    expect(text($(el, '#slots-title + p'))).to.equal('Europe/Madrid (CET)');
    // A screen reader, moving through the times, hears the zone with each (its accessible description).
    const description = (n: Element) => (n.getAttribute('aria-describedby') ?? '').split(' ').map((id) => text(el.shadowRoot!.getElementById(id) ?? new Text())).join(' ');
    expect($$(el, 'button.slot').map(description)).to.deep.equal(['Europe/Madrid (CET)', 'Europe/Madrid (CET)']);

    const tz = $<HTMLSelectElement>(el, '#tz');
    tz.value = 'America/New_York';
    tz.dispatchEvent(new Event('change'));
    await waitUntil(() => api.availabilityRequests().some((q) => q.get('timezone') === 'America/New_York' && q.get('from') === `${january}-01`));
    await waitUntil(() => el.shadowRoot!.querySelector(`td.open[data-date="${january}-12"]`));
    $(el, `td[data-date="${january}-12"]`).click();
    await el.updateComplete;
    expect(text($(el, 'button.slot'))).to.equal('12:00 p.m.');
    expect(text($(el, '#slots-title + p'))).to.equal('America/New_York (EST)');
    expect(description($(el, 'button.slot'))).to.equal('America/New_York (EST)');
  });

  it('announces a failed load and retries', async () => {
    let fail = true;
    worker.use(http.get('/api/booking/availability', () => (fail ? HttpResponse.json({ error: { code: 'boom', message: 'down', requestId: 'x' } }, { status: 503 }) : undefined)));
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en"></kre8-booking>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.error[role="alert"]'), 'no load error');
    expect(text($(el, '.error p'))).to.equal('Our service is having trouble right now. Please try again in a moment.');
    expect(text($(el, '.error button'))).to.equal('Try again');
    await expect(el).to.be.accessible();
    fail = false;
    $(el, '.error button').click();
    await loaded(el);
    expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
  });

  it('redirects an assessment to checkout at the top level with the return URL', async () => {
    const navigated: string[] = [];
    worker.use(http.post('/api/booking/checkout', async ({ request }) => {
      api.log.push({ method: 'POST', url: new URL(request.url), body: (await request.json()) as never });
      return HttpResponse.json({ url: 'https://checkout.stripe.test/c/pay/cs_test_1' });
    }));
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" type="assessment" name="Ada Lovelace" email="ada@example.com"></kre8-booking>`);
    el.navigate = (url) => navigated.push(url);
    await waitUntil(() => api.availabilityRequests().length > 0);
    expect(api.availabilityRequests()[0].get('type')).to.equal('assessment');
    await pickFirstSlot(el);
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ada Lovelace');
    expect(text($(el, 'button[type="submit"]'))).to.equal('Continue to payment ($250)');
    await fill(el, { address: 'Austin, TX' });
    $(el, 'button[type="submit"]').click();
    await waitUntil(() => navigated.length === 1, 'no redirect');
    expect(navigated[0]).to.equal('https://checkout.stripe.test/c/pay/cs_test_1');
    const body = api.posts('/checkout')[0];
    expect(body).to.include({ type: 'assessment', name: 'Ada Lovelace', email: 'ada@example.com', address: 'Austin, TX', returnUrl: location.href });
    expect(JSON.parse(sessionStorage.getItem('kre8:booking:pending')!).values.name).to.equal('Ada Lovelace');
  });

  describe('return from Stripe', () => {
    const original = location.href;
    afterEach(() => history.replaceState(null, '', original));

    it('asks the API, shows the confirmation and removes its params', async () => {
      history.replaceState(null, '', `${location.pathname}?utm_source=ads&kre8_checkout_session=cs_test_1`);
      sessionStorage.setItem('kre8:booking:pending', JSON.stringify({ type: 'assessment', values: { name: 'Ada Lovelace', email: 'ada@example.com', companyName: 'AE' } }));
      const asked: string[] = [];
      const start = '2030-01-15T17:00:00.000Z';
      worker.use(http.get('/api/booking/checkout-status', ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('session_id')!);
        if (asked.length === 1) return HttpResponse.json({ status: 'pending' });
        return HttpResponse.json({
          status: 'paid',
          booking: { id: 'bk_7', type: 'assessment', start, end: '2030-01-15T20:00:00.000Z', timezone: 'Europe/Madrid', businessTimezone: BUSINESS_TZ, status: 'confirmed', name: 'Ada Lovelace', email: 'ada@example.com' },
          calendar: { ics: 'data:text/calendar,X', google: 'https://calendar.google.com/x', outlook: 'https://outlook.live.com/x' },
        });
      }));
      const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" .checkoutPollDelays=${[5, 5]}></kre8-booking>`);
      const confirmed = oneEvent(el, 'kre8-booking-confirmed');
      expect(text($(el, '.state'))).to.contain('Confirming your payment…');
      const detail = ((await confirmed) as CustomEvent<BookingConfirmedDetail>).detail;
      expect(asked).to.deep.equal(['cs_test_1', 'cs_test_1']);
      expect(detail).to.deep.include({ paid: true, type: 'assessment' });
      expect(detail.visitor).to.deep.equal({ name: 'Ada Lovelace', email: 'ada@example.com', companyName: 'AE' });
      await el.updateComplete;
      const conf = plain(text($(el, '.confirmation')));
      expect(conf).to.contain('Payment received');
      expect(conf).to.contain('6:00 PM – 9:00 PM · Europe/Madrid (CET) (your time)');
      expect(conf).to.contain('9:00 AM – 12:00 PM · America/Los_Angeles (PST) (our time)');
      expect(location.search).to.equal('?utm_source=ads');
      await expect(el).to.be.accessible();
    });

    it('never trusts the URL: unpaid shows "payment not completed" and offers the picker again', async () => {
      history.replaceState(null, '', `${location.pathname}?kre8_checkout_session=cs_test_1`);
      sessionStorage.setItem('kre8:booking:pending', JSON.stringify({ type: 'assessment', values: { name: 'Ada Lovelace', email: 'ada@example.com' } }));
      worker.use(http.get('/api/booking/checkout-status', () => HttpResponse.json({ status: 'unpaid' })));
      const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en"></kre8-booking>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.view-title'), 'no result view');
      expect(text($(el, '.view-title'))).to.equal('Payment not completed');
      expect(el.shadowRoot!.querySelector('.confirmation')).to.equal(null);
      expect(location.search).to.equal('');
      await expect(el).to.be.accessible();
      $(el, '.state button').click();
      await loaded(el);
      expect($<HTMLInputElement>(el, 'input[value="assessment"]').checked).to.equal(true);
      await pickFirstSlot(el);
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ada Lovelace');
    });

    it('treats kre8_checkout=cancelled as not completed, without asking for a status', async () => {
      history.replaceState(null, '', `${location.pathname}?kre8_checkout=cancelled`);
      let asked = 0;
      worker.use(http.get('/api/booking/checkout-status', () => { asked++; return HttpResponse.json({ status: 'paid' }); }));
      const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="es" mode="modal"></kre8-booking>`);
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'modal did not open on return');
      expect(text($(el, '.view-title'))).to.equal('Pago no completado');
      expect(asked).to.equal(0);
      expect(location.search).to.equal('');
      el.close();
    });
  });

  describe('modal', () => {
    it('opens from a page trigger, closes on Escape and returns focus', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <button data-kre8-open="booking" data-kre8-booking-type="assessment">Book an assessment</button>
        <kre8-booking api-base="/api" locale="en" mode="modal"></kre8-booking>
      </div>`);
      const el = wrap.querySelector('kre8-booking')!;
      const trigger = wrap.querySelector('button')!;
      expect(api.availabilityRequests()).to.have.length(0); // nothing loads until opened
      trigger.focus();
      const opened = oneEvent(el, 'kre8-booking-open');
      await sendKeys({ press: 'Enter' });
      expect(((await opened) as CustomEvent).detail).to.deep.equal({ mode: 'modal' });
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect($<HTMLInputElement>(el, 'input[value="assessment"]').checked).to.equal(true);
      await loaded(el);
      await waitUntil(() => deepActive() === $(el, 'input[value="assessment"]'), 'focus not moved into the dialog');
      await Promise.all(dialog.getAnimations().map((x) => x.finished)); // axe measures colours: after the fade
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close');
      expect(document.activeElement).to.equal(trigger);
    });

    it('open(options) prefills, and the close button closes', async () => {
      const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" mode="modal"></kre8-booking>`);
      await el.open({ name: 'Grace Hopper', email: 'grace@example.com', companyName: 'Navy' });
      await pickFirstSlot(el);
      expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Grace Hopper');
      expect($<HTMLInputElement>(el, '#f-email').value).to.equal('grace@example.com');
      expect($<HTMLInputElement>(el, '#f-companyName').value).to.equal('Navy');
      $(el, 'button.close').click();
      expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    });

    it('on the server’s too_fast says so kindly, focuses the message in view, and the resend books', async () => {
      let rejected = 0;
      worker.use(http.post('/api/booking/create', () => (rejected++ ? undefined : HttpResponse.json(
        { error: { code: 'too_fast', message: 'That was quicker than a person can fill the form.', fields: { fillMs: 'at least 2500 ms expected' }, requestId: 'x' } },
        { status: 400 },
      ))));
      const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" mode="modal"></kre8-booking>`);
      const errors: CustomEvent[] = [];
      el.addEventListener('kre8-booking-error', (e) => errors.push(e as CustomEvent));
      await el.open();
      await pickFirstSlot(el);
      await fill(el, { name: 'Ada Lovelace', email: 'ada@example.com' });
      const dialog = $<HTMLDialogElement>(el, 'dialog');
      dialog.style.maxHeight = '20rem'; // a short screen: the form runs below the fold
      dialog.scrollTop = 0; // the visitor is looking at the top of the dialog, the message will be far below
      $(el, 'button[type="submit"]').click();

      await waitUntil(() => el.shadowRoot!.querySelector('.details>.error'), 'no form error');
      const message = $(el, '.details>.error');
      expect(text(message)).to.equal('That was quick — please take a moment and send it again.');
      expect(message.getAttribute('role')).to.equal('alert');
      expect(errors[0].detail).to.deep.include({ status: 400, code: 'too_fast' });
      expect($$(el, '[aria-invalid="true"]')).to.have.length(0); // fillMs is no field of the form
      await waitUntil(() => deepActive() === message, 'the message is not focused');
      const box = message.getBoundingClientRect();
      const view = dialog.getBoundingClientRect();
      expect(dialog.scrollHeight).to.be.greaterThan(dialog.clientHeight); // the dialog does scroll here
      expect(box.top >= view.top && box.bottom <= view.bottom, 'the message is scrolled into view').to.equal(true);
      await expect(el).to.be.accessible();

      $(el, 'button[type="submit"]').click();
      await waitUntil(() => el.shadowRoot!.querySelector('.confirmation'), 'the resend did not book');
      expect(rejected).to.equal(2);
      el.close();
    });

    it('adds one page listener however many widgets', async () => {
      const { installPageOpener } = await import('./page-opener.js');
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <a href="#nowhere" data-kre8-open="booking">Book</a>
        <kre8-booking api-base="/api" locale="en"></kre8-booking>
        <kre8-booking api-base="/api" locale="en" mode="modal"></kre8-booking>
        <kre8-booking api-base="/api" locale="en" mode="modal"></kre8-booking>
      </div>`);
      expect(installPageOpener('kre8-booking')).to.equal(false);
      const [, first, second] = [...wrap.querySelectorAll('kre8-booking')];
      let opens = 0;
      wrap.addEventListener('kre8-booking-open', () => opens++);
      wrap.querySelector('a')!.click();
      await waitUntil(() => opens > 0);
      await first.updateComplete;
      expect(opens).to.equal(1);
      expect($<HTMLDialogElement>(first, 'dialog').open).to.equal(true);
      expect($<HTMLDialogElement>(second, 'dialog').open).to.equal(false);
      expect(location.hash).to.equal('');
      first.close();
    });
  });
});
