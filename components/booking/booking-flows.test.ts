import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import './define.js';
import type { Kre8Booking } from './booking.js';
import { BUSINESS_TZ, createMockApi, zonedInstant } from './test-booking-api.js';
import { $, $$, deepActive, fill, loaded, text, useMockApi, waitUntil, worker } from './test-booking-dom.js';
import { monthOf } from './calendar-math.js';
import { todayIn } from './time-format.js';
import { visitorTimezone } from '../core/locale.js';

// The behaviours of issue #17: a second booking, the horizon, slot keys, the address, the meeting link, the
// outage wording and the website pattern. Expected strings are the spec's, written out.
let api: ReturnType<typeof createMockApi>;
const month = () => monthOf(todayIn(visitorTimezone()));

async function pickDay(el: Kre8Booking, day = '12') {
  await loaded(el);
  $(el, `td.open[data-date$="-${day}"]`).click();
  await el.updateComplete;
}

async function bookFirstTime(el: Kre8Booking) {
  await pickDay(el);
  $(el, 'button.slot').click();
  await el.updateComplete;
  $(el, 'button[type="submit"]').click();
  await waitUntil(() => el.shadowRoot!.querySelector('.confirmation'), 'no confirmation');
}

/** navigator.onLine as the test wants it (an own property shadows the prototype's getter until deleted). */
function setOnline(value: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
}

describe('<kre8-booking> issue #17', () => {
  const mock = useMockApi({
    beforeEach: () => { api = mock.get(); },
    afterEach: () => { delete (navigator as { onLine?: boolean }).onLine; },
  });

  it('books twice in one visit: "Book another" returns to a fresh picker with the details kept, and the taken time is gone', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" timezone="America/Los_Angeles" name="Ada Lovelace" email="ada@example.com"></kre8-booking>`);
    await bookFirstTime(el);
    const link = $<HTMLAnchorElement>(el, '.confirmation a[href^="https://meet."]');
    expect(link.getAttribute('href')).to.equal('https://meet.example.com/kre8-strategy');
    expect(text(link.parentElement!)).to.equal('Video call: https://meet.example.com/kre8-strategy');
    await expect(el).to.be.accessible();

    const asked = api.availabilityRequests().length;
    const again = $$(el, '.confirmation button').find((b) => text(b) === 'Book another')!;
    again.click();
    await waitUntil(() => deepActive() === $(el, 'input[value="consultation"]'), 'focus not on the type picker');
    expect(el.shadowRoot!.querySelector('.confirmation')).to.equal(null);
    await waitUntil(() => api.availabilityRequests().length === asked + 1, 'the month was not asked again');
    await pickDay(el);
    expect($$(el, 'button.slot').map(text), 'the time just booked is no longer offered').to.deep.equal(['9:30 AM']);
    $(el, 'button.slot').click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ada Lovelace');
    expect($<HTMLInputElement>(el, '#f-email').value).to.equal('ada@example.com');
    $(el, 'button[type="submit"]').click();
    await waitUntil(() => api.posts('/create').length === 2, 'no second booking');
    const [first, second] = api.posts('/create');
    expect(second.start).to.equal(zonedInstant(`${monthOf(todayIn(BUSINESS_TZ))}-12`, 9, 30, BUSINESS_TZ));
    expect(second.submissionId).to.not.equal(first.submissionId);
    await waitUntil(() => el.shadowRoot!.querySelector('.confirmation'), 'no second confirmation');
  });

  it('a page trigger (or open()) after a booking opens a fresh picker, not the old confirmation', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <button data-kre8-open="booking">Book the assessment</button>
      <kre8-booking api-base="/api" locale="es" mode="modal" name="Ada Lovelace" email="ada@example.com"></kre8-booking>
    </div>`);
    const el = wrap.querySelector('kre8-booking')!;
    wrap.querySelector('button')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open, 'modal did not open');
    await bookFirstTime(el);
    expect(text($(el, '.view-title'))).to.equal('¡Reserva confirmada!');
    el.close();
    wrap.querySelector('button')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog').open, 'modal did not open again');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.confirmation')).to.equal(null);
    await loaded(el);
    // axe measures colours: let the opening fade finish first
    await Promise.all($(el, 'dialog').getAnimations().map((x) => x.finished));
    await expect(el).to.be.accessible();
    el.close();
    await el.open();
    expect(el.shadowRoot!.querySelector('.confirmation')).to.equal(null);
    el.close();
  });

  it('stops month navigation at the booking horizon and says how far ahead booking goes', async () => {
    mock.set((api = createMockApi(20)));
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en"></kre8-booking>`);
    await waitUntil(() => $(el, 'table').getAttribute('aria-busy') === 'false', 'never loaded');
    const next = $<HTMLButtonElement>(el, 'button.next');
    for (let i = 0; i < 3 && !next.disabled; i++) {
      next.click();
      await waitUntil(() => $(el, 'table').getAttribute('aria-busy') === 'false');
    }
    expect(next.disabled, 'next month still enabled past the horizon').to.equal(true);
    const until = todayIn(visitorTimezone(), new Date(Date.now() + 20 * 86_400_000));
    expect($(el, '#cal-month').textContent).to.equal(new Date(`${until}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
    const day = new Date(`${until}T12:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'full', timeZone: 'UTC' });
    expect(text(el.shadowRoot!)).to.contain(`You can book up to ${day}; later dates open day by day.`);
    expect(text(el.shadowRoot!)).to.not.contain('Try the next month');
    // PageDown in the grid does not cross the horizon either
    $<HTMLElement>(el, 'td[tabindex="0"]').focus();
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect($(el, '#cal-month').textContent).to.equal(new Date(`${until}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }));
    expect(api.availabilityRequests().every((q) => q.get('from')! <= `${monthOf(until)}-01`)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('moves between times with the arrow keys, one tab stop for the list', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en"></kre8-booking>`);
    await pickDay(el);
    const [a, b] = $$(el, 'button.slot');
    expect([a.tabIndex, b.tabIndex]).to.deep.equal([0, -1]);
    a.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActive() === b, 'ArrowDown did not move to the next time');
    expect([a.tabIndex, b.tabIndex]).to.deep.equal([-1, 0]);
    await sendKeys({ press: 'ArrowDown' }); // the last one stays
    expect(deepActive()).to.equal(b);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => deepActive() === a, 'Home did not go to the first time');
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActive() === b, 'End did not go to the last time');
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => deepActive() === a, 'ArrowLeft did not go back');
    await expect(el).to.be.accessible();
  });

  it('asks the on-site assessment for an address (required), never the call', async () => {
    const navigated: string[] = [];
    worker.use(http.post('/api/booking/checkout', async ({ request }) => {
      api.log.push({ method: 'POST', url: new URL(request.url), body: (await request.json()) as never });
      return HttpResponse.json({ url: 'https://checkout.stripe.test/c/pay/cs_test_2' });
    }));
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="es" name="Ada Lovelace" email="ada@example.com"></kre8-booking>`);
    el.navigate = (url) => navigated.push(url);
    await pickDay(el);
    $(el, 'button.slot').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#f-address'), 'the call has no address field').to.equal(null);

    $(el, 'input[value="assessment"]').click();
    await waitUntil(() => api.availabilityRequests().some((q) => q.get('type') === 'assessment'));
    await pickDay(el);
    $(el, 'button.slot').click();
    await el.updateComplete;
    const address = $<HTMLInputElement>(el, '#f-address');
    expect(address.required).to.equal(true);
    expect(text($(el, 'label[for="f-address"]'))).to.equal('Dirección *');
    $(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(text($(el, '#e-address'))).to.equal('Escribe tu dirección.');
    expect(api.posts('/checkout')).to.have.length(0);
    await expect(el).to.be.accessible();

    await fill(el, { address: '  Calle Mayor 1, Madrid ' });
    $(el, 'button[type="submit"]').click();
    await waitUntil(() => navigated.length === 1, 'no redirect');
    expect(api.posts('/checkout')[0].address).to.equal('Calle Mayor 1, Madrid');
  });

  it('shows the server’s address error on the field', async () => {
    worker.use(http.post('/api/booking/checkout', () => HttpResponse.json(
      { error: { code: 'validation_failed', message: 'Invalid', fields: { address: 'Required for the on-site assessment' }, requestId: 'x' } },
      { status: 400 },
    )));
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" type="assessment" name="Ada Lovelace" email="ada@example.com"></kre8-booking>`);
    await pickDay(el);
    $(el, 'button.slot').click();
    await el.updateComplete;
    await fill(el, { address: 'Austin' });
    $(el, 'button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#e-address'), 'no field error');
    expect(text($(el, '#e-address'))).to.equal('Required for the on-site assessment');
    expect($(el, '#f-address').getAttribute('aria-invalid')).to.equal('true');
  });

  it('says the service is having trouble when online, and that the visitor appears offline when not, with a retry', async () => {
    let mode: 'down' | 'offline' | 'up' = 'down';
    worker.use(http.get('/api/booking/availability', () => (mode === 'down'
      ? HttpResponse.json({ error: { code: 'unavailable', message: 'down', requestId: 'x' } }, { status: 503 })
      : mode === 'offline' ? HttpResponse.error() : undefined)));
    setOnline(true);
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en"></kre8-booking>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.error[role="alert"]'), 'no load error');
    expect(text($(el, '.error p'))).to.equal('Our service is having trouble right now. Please try again in a moment.');
    await expect(el).to.be.accessible();

    mode = 'offline';
    setOnline(false);
    $(el, '.error button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.error p')?.textContent?.startsWith('You appear'), 'no offline wording');
    expect(text($(el, '.error p'))).to.equal('You appear to be offline. Check your connection, then try again.');

    mode = 'up';
    setOnline(true);
    $(el, '.error button').click();
    await loaded(el);
    expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
  });

  it('words a failed submit the same way, in Spanish', async () => {
    worker.use(http.post('/api/booking/create', () => HttpResponse.json({ error: { code: 'internal', message: 'x', requestId: 'x' } }, { status: 500 })));
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="es" name="Ada Lovelace" email="ada@example.com"></kre8-booking>`);
    await pickDay(el);
    $(el, 'button.slot').click();
    await el.updateComplete;
    $(el, 'button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.details>.error'), 'no form error');
    expect(text($(el, '.details>.error'))).to.equal('Nuestro servicio tiene problemas en este momento. Vuelve a intentarlo en unos instantes.');
  });

  it('validates the website with a pattern Chromium compiles under the v flag', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" name="Ada Lovelace" email="ada@example.com"></kre8-booking>`);
    await pickDay(el);
    $(el, 'button.slot').click();
    await el.updateComplete;
    const site = $<HTMLInputElement>(el, '#f-websiteUrl');
    for (const c of $$(el, 'input[pattern]')) expect(() => new RegExp((c as HTMLInputElement).pattern, 'v'), c.id).to.not.throw();
    await fill(el, { websiteUrl: 'not a url' });
    expect(site.validity.patternMismatch).to.equal(true);
    $(el, 'button[type="submit"]').click();
    await el.updateComplete;
    expect(text($(el, '#e-websiteUrl'))).to.equal('Enter a web address like acme.com.');
    expect(api.posts('/create')).to.have.length(0);
    for (const ok of ['acme.com', 'https://www.acme.com/about']) {
      await fill(el, { websiteUrl: ok });
      expect(site.validity.valid, ok).to.equal(true);
    }
  });

  it('takes a partner’s heading and intro', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" heading="Book a visit" intro="A licensed plumber comes to you."></kre8-booking>`);
    expect(text($(el, 'h2'))).to.equal('Book a visit');
    expect(text($(el, '.intro'))).to.equal('A licensed plumber comes to you.');
    expect($(el, 'section').getAttribute('aria-labelledby')).to.equal('title');
    await loaded(el);
    await expect(el).to.be.accessible();
  });

  it('shows a skeleton, not struck-through days, while loading', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    worker.use(http.get('/api/booking/availability', async () => {
      await gate;
      return undefined;
    }));
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en"></kre8-booking>`);
    await waitUntil(() => $(el, 'table')?.getAttribute('aria-busy') === 'true');
    const td = $(el, `td[data-date="${month()}-01"]`);
    expect(getComputedStyle(td).textDecorationLine).to.equal('none');
    expect(getComputedStyle(td).color).to.equal('rgba(0, 0, 0, 0)');
    release();
    await loaded(el);
    expect(getComputedStyle($(el, 'td[aria-disabled]')).textDecorationLine).to.equal('none');
  });

  // Issue #17 (on-site hours, "add details") and #14 (the agent opens the widget on the time it discussed).

  it('offers a Madrid visitor on-site visits within 08:00–20:00 their time until they ask for all', async () => {
    const day = `${monthOf(todayIn('Europe/Madrid'))}-28`;
    // Three-hour visits starting 07:00, 17:00, 18:00 and 22:00 in Madrid (independent arithmetic).
    const starts = [7, 17, 18, 22].map((h) => zonedInstant(day, h, 0, 'Europe/Madrid'));
    worker.use(http.get('/api/booking/availability', ({ request }) => {
      const type = new URL(request.url).searchParams.get('type');
      return HttpResponse.json({
        businessTimezone: BUSINESS_TZ, timezone: 'Europe/Madrid', bookableUntil: `${day.slice(0, 4)}-12-31`,
        days: [{ date: day, slots: starts.map((start) => ({ start, end: new Date(Date.parse(start) + (type === 'assessment' ? 180 : 30) * 60_000).toISOString(), available: true })) }],
      });
    }));
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" timezone="Europe/Madrid"></kre8-booking>`);
    await loaded(el);
    expect(el.shadowRoot!.querySelector('input[type="checkbox"]'), 'the call has no hours filter').to.equal(null);
    $(el, 'input[value="assessment"]').click();
    await el.updateComplete;
    await waitUntil(() => $$(el, 'td.open').length === 1 && $(el, 'table').getAttribute('aria-busy') === 'false', 'assessment days never rendered');
    const only = $<HTMLInputElement>(el, 'input[type="checkbox"]');
    expect(text(only.closest('label')!)).to.equal('Only 8 AM to 8 PM');
    expect(only.checked).to.equal(true);
    $(el, `td[data-date="${day}"]`).click();
    await el.updateComplete;
    expect($$(el, 'button.slot').map(text)).to.deep.equal(['5:00 PM']);
    await expect(el).to.be.accessible();

    only.click();
    await el.updateComplete;
    await waitUntil(() => $$(el, 'td.open').length === 1 && $(el, 'table').getAttribute('aria-busy') === 'false');
    $(el, `td[data-date="${day}"]`).click();
    await el.updateComplete;
    expect($$(el, 'button.slot').map(text)).to.deep.equal(['7:00 AM', '5:00 PM', '6:00 PM', '10:00 PM']);
    expect($<HTMLInputElement>(el, 'input[type="checkbox"]').checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('asks for name and email first and keeps the rest behind "Add details (optional)", opened on an error inside', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="es" style="width:360px"></kre8-booking>`);
    await pickDay(el);
    $(el, 'button.slot').click();
    await el.updateComplete;
    const form = $(el, 'form');
    const details = $<HTMLDetailsElement>(el, 'details');
    expect([...form.querySelectorAll(':scope > .fields [name]')].map((c) => c.getAttribute('name'))).to.deep.equal(['name', 'email']);
    expect(text($(el, 'summary'))).to.equal('Agregar detalles (opcional)');
    expect(details.open).to.equal(false);
    expect([...details.querySelectorAll('[name]')].map((c) => c.getAttribute('name'))).to.deep.equal(
      ['phone', 'companyName', 'industry', 'employeeCount', 'challenge', 'referralSource', 'websiteUrl']);
    await expect(el).to.be.accessible();

    await fill(el, { name: 'Ada Lovelace', email: 'ada@example.com', websiteUrl: 'not a url' });
    $(el, 'button[type="submit"]').click();
    await waitUntil(() => deepActive() === $(el, '#f-websiteUrl'), 'the website field (inside the closed disclosure) never got focus');
    expect(details.open).to.equal(true);
    expect(text($(el, '#e-websiteUrl'))).to.equal('Escribe una dirección web como acme.com.');
    expect(api.posts('/create')).to.have.length(0);
    // Labels never wrap, even in a 360 px wide widget: one line each.
    for (const label of form.querySelectorAll('label:not(.visually-hidden label)')) {
      const line = parseFloat(getComputedStyle(label).lineHeight);
      expect(label.getBoundingClientRect().height, text(label)).to.be.below(line * 1.5);
    }
    await expect(el).to.be.accessible();
  });

  it('opens "Add details" when any field in it is invalid, not only when it holds the first one', async () => {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en"></kre8-booking>`);
    await pickDay(el);
    $(el, 'button.slot').click();
    await el.updateComplete;
    expect($<HTMLDetailsElement>(el, 'details').open).to.equal(false);
    await fill(el, { email: 'ada@example.com', websiteUrl: 'not a url' });
    $(el, 'button[type="submit"]').click();
    await waitUntil(() => deepActive() === $(el, '#f-name'), 'the first invalid field, the name, never got focus');
    expect(text($(el, '#e-name'))).to.equal('Please enter your full name.');
    expect($<HTMLDetailsElement>(el, 'details').open, 'the website’s error is hidden in a closed disclosure').to.equal(true);
    expect(text($(el, '#e-websiteUrl'))).to.equal('Enter a web address like acme.com.');
    expect(api.posts('/create')).to.have.length(0);
  });

  it('open({ start }) preselects the time the agent discussed, with the visitor’s details filled in', async () => {
    const start = zonedInstant(`${monthOf(todayIn(BUSINESS_TZ))}-12`, 9, 30, BUSINESS_TZ);
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" mode="modal" timezone="America/Los_Angeles"></kre8-booking>`);
    await el.open({ type: 'consultation', start, name: 'Ada Lovelace', email: 'ada@example.com' });
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form never showed for the preselected time');
    expect(text($(el, '.details > p'))).to.contain('9:30 AM – 10:00 AM · America/Los_Angeles');
    expect($<HTMLInputElement>(el, '#f-name').value).to.equal('Ada Lovelace');
    expect($<HTMLInputElement>(el, '#f-email').value).to.equal('ada@example.com');
    await Promise.all($(el, 'dialog').getAnimations().map((x) => x.finished)); // axe measures colours
    await expect(el).to.be.accessible();
    $(el, 'button[type="submit"]').click();
    await waitUntil(() => api.posts('/create').length === 1, 'no booking request');
    expect(api.posts('/create')[0].start).to.equal(start);
    el.close();
  });

  /** An inline widget in LA time showing next month, loaded (a month that always has the 10th and 12th ahead). */
  async function onNextMonth() {
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" timezone="America/Los_Angeles"></kre8-booking>`);
    await loaded(el);
    const [y, m] = todayIn(BUSINESS_TZ).split('-').map(Number);
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    $(el, 'button.next').click();
    await waitUntil(() => $$(el, `td.open[data-date^="${next}-"]`).length === 2, 'next month never loaded');
    return { el, next };
  }
  const dayTitle = (date: string) => `Times on ${new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'full', timeZone: 'UTC' })}`;

  it('open({ start }) with nothing to prefill, on an inline widget already showing that month, shows the form for that time', async () => {
    const { el, next } = await onNextMonth();
    const requests = api.availabilityRequests().length;
    await el.open({ start: zonedInstant(`${next}-12`, 9, 30, BUSINESS_TZ) });
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form never showed for the time asked for');
    const day = new Date(`${next}-12T12:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'full', timeZone: 'UTC' });
    expect(text($(el, '.details > p'))).to.contain(`${day} · 9:30 AM – 10:00 AM · America/Los_Angeles`);
    expect(api.availabilityRequests().length, 'the month was asked again, not read from the cache').to.equal(requests);
  });

  it('after open({ start }), another day the visitor picks stays picked (the asked-for time does not come back)', async () => {
    const { el, next } = await onNextMonth();
    await el.open({ start: zonedInstant(`${next}-12`, 9, 30, BUSINESS_TZ) });
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form never showed for the time asked for');
    $(el, '.details button.link').click(); // "Change time"
    await el.updateComplete;
    $(el, `td.open[data-date="${next}-10"]`).click();
    await waitUntil(() => el.shadowRoot!.querySelector('#slots-title')?.textContent === dayTitle(`${next}-10`), 'the 10th never showed');
    // Another month and back reloads this one: nothing left over may select the 12th again.
    $(el, 'button.next').click();
    await waitUntil(() => $(el, 'table').getAttribute('aria-busy') === 'false', 'the month after never loaded');
    $<HTMLButtonElement>(el, 'button[aria-label="Previous month"]').click();
    await waitUntil(() => $$(el, `td.open[data-date^="${next}-"]`).length === 2, 'back never loaded');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(text($(el, '#slots-title'))).to.equal(dayTitle(`${next}-10`));
    expect($(el, `td[data-date="${next}-10"]`).getAttribute('aria-selected')).to.equal('true');
  });

  it('open({ start }) for a time taken meanwhile shows its day with a short note', async () => {
    const day = `${monthOf(todayIn(BUSINESS_TZ))}-12`;
    const start = zonedInstant(day, 9, 0, BUSINESS_TZ);
    api.taken.add(start);
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api" locale="en" timezone="America/Los_Angeles"></kre8-booking>`);
    await loaded(el);
    await el.open({ start, name: 'Ada Lovelace' });
    await waitUntil(() => el.shadowRoot!.querySelector('.notice'), 'no note for the time that is gone');
    expect(text($(el, '.notice'))).to.equal('That time was just taken — here are the latest times.');
    expect($(el, `td[data-date="${day}"]`).getAttribute('aria-selected')).to.equal('true');
    expect($$(el, 'button.slot').map(text)).to.deep.equal(['9:30 AM']);
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
