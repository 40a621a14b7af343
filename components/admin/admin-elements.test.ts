import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import './define.js';
import type { Kre8LeadDetail } from './lead-detail/lead-detail.js';
import type { Kre8DeleteButton } from './delete-button/delete-button.js';
import type { Kre8BookingsCalendar } from './bookings-calendar/bookings-calendar.js';
import { createDataApi, type Tables } from './shared/test-data-api.js';

const worker = setupWorker();
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A lead as NCB returns it, with 12 activities (more than one 10-row page) and its linked records. */
function fixtureTables(): Tables {
  const activities = Array.from({ length: 12 }, (_, i) => ({
    id: i + 1, type: i === 0 ? 'note' : 'email', subject: i === 0 ? 'Called back, wants a demo' : `Email ${i + 1}`, description: null, lead_id: 7, status: null,
    metadata: i === 0 ? null : JSON.stringify({ dedupe: `d${i}`, kind: i < 4 ? 'email.sent' : 'email.open' }),
    created_at: `2026-11-${String(10 + i).padStart(2, '0')}T15:00:00.000Z`, user_id: 'u1',
  }));
  return {
    leads: [{ id: 7, email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace', phone: '+15125550100', company_name: 'Engine Works', source: 'roi-calculator', source_detail: 'ROI calculator; partner=acme', status: 'new', lead_score: 72, roi_calculation_id: 4, voice_session_id: 5, booking_id: 9, last_email_opened_at: '2026-11-30T18:00:00.000Z', email_click_count: 3, email_status: 'delivered', deleted_at: null, created_at: '2026-11-09T12:00:00.000Z', industry: 'HVAC', employee_count: '10-25' }],
    activities,
    roi_calculations: [{ id: 4, industry: 'HVAC', employee_count: '10-25', calculations: '{"roi":293,"weeklyValue":780,"paybackWeeks":12}', selected_tier: 'foundation', email_captured: 1, report_requested: 1, time_on_calculator: 245, created_at: '2026-11-09T11:50:00.000Z' }],
    voice_sessions: [{ id: 5, external_session_id: 'abc', start_time: '2026-11-09T11:00:00.000Z', duration: 180, language: 'en', messages: '[{"role":"user","content":"Hi there"},{"role":"assistant","content":"Hello!"}]', outcome: 'booking_scheduled', created_at: '2026-11-09T11:00:00.000Z' }],
    bookings: [
      { id: 9, guest_name: 'Ada Lovelace', guest_email: 'ada@example.com', booking_date: '2026-12-03T00:00:00.000Z', start_time: '10:00', end_time: '10:30', timezone: 'America/Los_Angeles', status: 'confirmed', booking_type: 'consultation', created_at: '2026-11-09T12:01:00.000Z' },
      { id: 10, guest_name: 'Ben Pending', guest_email: 'ben@example.com', booking_date: '2026-12-08T00:00:00.000Z', start_time: '13:00', end_time: '16:00', timezone: 'America/Los_Angeles', status: 'pending', booking_type: 'assessment', payment_amount_cents: 25000, created_at: '2026-11-20T12:00:00.000Z' },
    ],
    blocked_dates: [{ id: 1, date: '2026-12-24T00:00:00.000Z', reason: 'Holiday', created_at: '2026-11-01T00:00:00.000Z' }],
    companies: [{ id: 2, name: 'engine works', deleted_at: null, created_at: '2026-10-01T00:00:00.000Z' }],
  };
}

describe('admin elements against the data proxy (msw, NCB formats)', () => {
  let api: ReturnType<typeof createDataApi>;
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  beforeEach(() => {
    api = createDataApi(fixtureTables());
    worker.use(...api.handlers);
  });
  afterEach(() => worker.resetHandlers());

  describe('<kre8-lead-detail>', () => {
    const mount = async (locale = 'en') => {
      const el = await fixture<Kre8LeadDetail>(html`<kre8-lead-detail lead-id="7" locale=${locale} timezone="UTC"></kre8-lead-detail>`);
      await waitUntil(() => $$(el, '[role=feed] article').length > 0, 'timeline never rendered');
      return el;
    };

    it('shows the header, engagement and linked records from every activity page', async () => {
      const el = await mount();
      expect(text($(el, '#name'))).to.equal('Ada Lovelace');
      expect($(el, '[role=meter]').getAttribute('aria-valuenow')).to.equal('72');
      expect(text($(el, '.head'))).to.contain('partner').and.contain('acme');
      // the source's name, not its stored id
      expect(text($(el, '.head .tag'))).to.equal('ROI calculator');
      // 3 email.sent activities of 12, read over two pages
      expect(text($(el, '.engagement'))).to.contain('Emails sent3').and.contain('Clicks3').and.contain('delivered');
      expect(text($(el, '.roi'))).to.contain('293%').and.contain('12 weeks').and.contain('4m 5s');
      // the tier's name from the catalog, not its id
      expect(text($(el, '.roi'))).to.contain('TierFoundation Builder').and.not.contain('foundation');
      expect(text($(el, '.booking'))).to.contain('Confirmed').and.contain('America/Los_Angeles');
      expect(text($(el, '.voice summary'))).to.equal('Transcript (2 messages)');
    });

    it('timeline: a feed newest first, grouped by day, paged by 20', async () => {
      const el = await mount();
      const items = $$(el, '[role=feed] article');
      // 12 activities + created, opened, ROI, voice, booking = 17
      expect(items.length).to.equal(17);
      expect(items[0].getAttribute('aria-setsize')).to.equal('17');
      expect(text(items[0])).to.contain('Email opened');
      expect(text(items[1])).to.contain('Email 12');
      expect(text(items[items.length - 1])).to.contain('Voice conversation');
      expect(text($$(el, '.day')[0])).to.equal('Monday, November 30, 2026');
      items[0].focus();
      await sendKeys({ press: 'PageDown' });
      expect(el.shadowRoot!.activeElement).to.equal(items[1]);
    });

    it('changes the status, adds a note, and converts to an opportunity with a matched company', async () => {
      const el = await mount();
      const select = $<HTMLSelectElement>(el, 'select[name=status]');
      select.value = 'qualified';
      setTimeout(() => select.dispatchEvent(new Event('change')));
      const changed = await oneEvent(el, 'kre8-admin-changed');
      expect(changed.detail).to.deep.equal({ table: 'leads', id: 7, action: 'update' });
      const put = api.log.find((l) => l.method === 'PUT')!;
      expect(put.url.pathname + put.url.search).to.equal('/api/data/update/leads?id=7');
      expect(put.body).to.deep.equal({ status: 'qualified' });

      await waitUntil(() => !$<HTMLButtonElement>(el, 'form.note button').disabled, 'still busy after the status change');
      $<HTMLTextAreaElement>(el, 'textarea').value = 'Prefers mornings';
      $<HTMLButtonElement>(el, 'form.note button').click();
      await waitUntil(() => api.log.some((l) => l.method === 'POST'));
      expect(api.log.find((l) => l.method === 'POST')!.body).to.deep.equal({ type: 'note', subject: 'Prefers mornings', description: 'Prefers mornings', lead_id: 7, status: 'completed' });
      await waitUntil(() => text($(el, '[role=feed]')).includes('Prefers mornings'), 'note not in the timeline');

      await waitUntil(() => !$<HTMLButtonElement>(el, 'button.convert').disabled, 'still busy after the note');
      $<HTMLButtonElement>(el, 'button.convert').click();
      await waitUntil(() => text($(el, '.notice')).startsWith('Opportunity #'), 'no conversion notice');
      const opp = api.log.find((l) => l.method === 'POST' && l.url.pathname.endsWith('/opportunities'))!;
      expect(opp.body).to.deep.equal({ name: 'Engine Works — foundation', company_id: 2, stage: 'new-lead', tier: 'foundation' });
      expect(api.log.some((l) => l.url.pathname.endsWith('/create/companies'))).to.equal(false);
    });

    it('timeline: a booking made and cancelled, from the calendar’s activity or the cancelled row itself', async () => {
      api.tables.bookings[0].status = 'cancelled';
      api.tables.activities.push({ id: 50, type: 'meeting', subject: 'Booking cancelled', description: 'Booking #9', lead_id: 7, status: 'completed', metadata: '{"kind":"booking.cancelled","booking_id":9}', created_at: '2026-12-01T09:30:00.000Z', user_id: 'u1' });
      const el = await mount('es');
      const items = $$(el, '[role=feed] article').map(text);
      const cancelled = items.filter((t) => t.includes('Cita cancelada'));
      expect(cancelled.length, JSON.stringify(items)).to.equal(1);
      expect(cancelled[0]).to.contain('Booking #9').and.contain('9:30');
      expect(items.some((t) => t.includes('Cita reservada'))).to.equal(true);
      // the newest entry: cancelled on December 1, after everything else
      expect(items[0]).to.contain('Cita cancelada');

      // cancelled in the CRM's own page: no activity, dated by the row's updated_at
      api = createDataApi(fixtureTables());
      worker.use(...api.handlers);
      Object.assign(api.tables.bookings[0], { status: 'cancelled', updated_at: '2026-12-02T16:00:00.000Z' });
      const other = await mount();
      const first = $$(other, '[role=feed] article')[0];
      expect(text(first)).to.contain('Booking cancelled').and.contain('Wednesday, December 2, 2026');
      expect($$(other, '[role=feed] article').filter((a) => text(a).includes('Booking cancelled')).length).to.equal(1);
    });

    it('shows the lead’s tasks and adds one linked to the lead; the timeline shows it', async () => {
      api.tables.activities.push({ id: 60, type: 'call', subject: 'Call about the quote', lead_id: 7, status: 'pending', priority: 'high', due_date: '2020-01-01T17:00:00.000Z', created_at: '2026-11-25T10:00:00.000Z' });
      api.tables.activities.push({ id: 61, type: 'task', subject: 'Someone else’s task', lead_id: 8, status: 'pending', priority: 'low', due_date: '2020-01-01T17:00:00.000Z', created_at: '2026-11-25T10:00:00.000Z' });
      const el = await mount();
      const tasks = $(el, 'section.tasks kre8-task-list') as HTMLElement;
      expect(tasks.getAttribute('lead-id')).to.equal('7');
      await waitUntil(() => tasks.shadowRoot?.querySelector('[data-view=overdue]'), 'task list never rendered');
      await waitUntil(() => text(tasks.shadowRoot!.querySelector('[data-view=overdue]')) === 'Overdue (1)', 'the lead’s overdue call is not counted');
      (tasks.shadowRoot!.querySelector('[data-view=overdue]') as HTMLButtonElement).click();
      await waitUntil(() => text(tasks.shadowRoot!.querySelector('ol')).includes('Call about the quote'));
      expect(text(tasks.shadowRoot!.querySelector('ol'))).not.to.contain('Someone else');

      tasks.shadowRoot!.querySelector('details')!.open = true;
      (tasks.shadowRoot!.querySelector('form.add [name=subject]') as HTMLInputElement).value = 'Send the proposal';
      (tasks.shadowRoot!.querySelector('form.add button.primary') as HTMLButtonElement).click();
      await waitUntil(() => api.log.some((l) => l.method === 'POST'), 'no task created');
      const post = api.log.find((l) => l.method === 'POST')!;
      expect(post.url.pathname).to.equal('/api/data/create/activities');
      expect(post.body).to.include({ type: 'task', subject: 'Send the proposal', lead_id: 7, status: 'pending', priority: 'medium' });
      await waitUntil(() => text($(el, '[role=feed]')).includes('Send the proposal'), 'the new task is not in the timeline');
    });

    it('speaks Spanish', async () => {
      const el = await mount('es');
      expect(text($(el, '#eng-h'))).to.equal('Interacción con correos');
      expect(text($(el, 'button.convert'))).to.equal('Convertir en oportunidad');
      expect(text($(el, '.head .tag'))).to.equal('Calculadora de ROI');
    });

    it('shows 401 and 429 visibly', async () => {
      worker.use(http.get('/api/data/read/leads/7', () => HttpResponse.json({ error: 'Unauthorized' }, { status: 401 })));
      const el = await fixture<Kre8LeadDetail>(html`<kre8-lead-detail lead-id="7" locale="en"></kre8-lead-detail>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
      expect(text($(el, '[role=alert]'))).to.equal('Your session has ended. Sign in again to continue.');
      worker.use(http.get('/api/data/read/leads/7', () => HttpResponse.json({ error: 'Too many requests' }, { status: 429, headers: { 'Retry-After': '20' } })));
      el.leadId = 0;
      await el.updateComplete;
      el.leadId = 7;
      await waitUntil(() => text(el.shadowRoot!.querySelector('[role=alert]')).includes('20 seconds'));
      expect(text($(el, '[role=alert] button'))).to.equal('Try again');
    });
  });

  describe('<kre8-delete-button>', () => {
    it('confirms naming the record, soft-deletes, and undoes within the 10 s window (fake clock)', async () => {
      const el = await fixture<Kre8DeleteButton>(html`<kre8-delete-button table="leads" id="7" label="Ada Lovelace" locale="en"></kre8-delete-button>`);
      let fire: (() => void) | null = null;
      let delay = 0;
      el.schedule = (fn, ms) => ((fire = fn), (delay = ms), () => (fire = null));
      $<HTMLButtonElement>(el, 'button.danger').click();
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
      expect(text($(el, 'dialog h2'))).to.equal('Delete Ada Lovelace?');
      setTimeout(() => $<HTMLButtonElement>(el, 'button.confirm').click());
      expect((await oneEvent(el, 'kre8-admin-changed')).detail).to.deep.equal({ table: 'leads', id: 7, action: 'delete' });
      expect(api.tables.leads[0].deleted_at).to.be.a('string');
      expect(delay).to.equal(10_000);
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.undo'));
      setTimeout(() => $<HTMLButtonElement>(el, 'button.undo').click());
      expect((await oneEvent(el, 'kre8-admin-changed')).detail.action).to.equal('restore');
      expect(api.tables.leads[0].deleted_at).to.equal(null);
      expect(fire).to.equal(null);
    });

    it('after the window the undo is gone and the row stays deleted', async () => {
      const el = await fixture<Kre8DeleteButton>(html`<kre8-delete-button table="companies" id="2" locale="es"></kre8-delete-button>`);
      let fire: () => void = () => undefined;
      el.schedule = (fn) => ((fire = fn), () => undefined);
      $<HTMLButtonElement>(el, 'button.danger').click();
      await el.updateComplete;
      expect(text($(el, 'dialog h2'))).to.equal('¿Eliminar la empresa #2?');
      $<HTMLButtonElement>(el, 'button.confirm').click();
      await waitUntil(() => el.shadowRoot!.querySelector('button.undo'));
      fire();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('button.undo')).to.equal(null);
      expect(api.tables.companies[0].deleted_at).to.be.a('string');
    });
  });

  describe('<kre8-bookings-calendar>', () => {
    const mount = async (extra = html``) => {
      const el = await fixture<Kre8BookingsCalendar>(html`<kre8-bookings-calendar date="2026-12-01" locale="en" api-base="/api">${extra}</kre8-bookings-calendar>`);
      await waitUntil(() => $$(el, '.chip').length === 2, 'bookings never placed');
      return el;
    };

    it('places NCB rows (ISO midnight booking_date) on their day with text status labels, blocked dates, zone shown', async () => {
      const el = await mount();
      const cell = $(el, '[data-date="2026-12-03"]');
      expect(text(cell)).to.contain('10:00 Ada Lovelace Confirmed');
      expect(text($(el, '[data-date="2026-12-08"]'))).to.contain('Pending');
      expect(text($(el, '[data-date="2026-12-24"]'))).to.contain('Blocked');
      expect(text($(el, '[data-date="2026-12-24"] .day-label'))).to.equal('Thursday, December 24, 2026, Blocked: Holiday, 0 bookings');
      expect(text($(el, '.toolbar .muted'))).to.contain('America/Los_Angeles');
    });

    it('is a grid with arrow-key navigation and a list view', async () => {
      const el = await mount();
      $(el, '[data-date="2026-12-01"]').focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      expect(el.shadowRoot!.activeElement?.getAttribute('data-date')).to.equal('2026-12-09');
      $<HTMLButtonElement>(el, 'button.view-list').click();
      await el.updateComplete;
      const items = $$(el, '.list li');
      expect(items.map(text)).to.deep.equal(['Thursday, December 24, 2026 — Blocked: Holiday', 'Thursday, December 3, 2026, 10:00–10:30 · Ada Lovelace · Confirmed', 'Tuesday, December 8, 2026, 13:00–16:00 · Ben Pending · Pending']);
    });

    it('shows a booking in another zone when asked', async () => {
      const el = await fixture<Kre8BookingsCalendar>(html`<kre8-bookings-calendar date="2026-12-01" timezone="Europe/Madrid" locale="en"></kre8-bookings-calendar>`);
      await waitUntil(() => $$(el, '.chip').length === 2);
      expect(text($(el, '[data-date="2026-12-03"]'))).to.contain('19:00 Ada Lovelace');
    });

    it('confirms a pending booking and reschedules to an open slot only', async () => {
      worker.use(
        http.get('/api/booking/availability', ({ request }) => {
          const q = new URL(request.url).searchParams;
          expect(q.get('type')).to.equal('assessment');
          return HttpResponse.json({ businessTimezone: 'America/Los_Angeles', timezone: q.get('timezone'), days: [{ date: '2026-12-10', slots: [{ start: '2026-12-10T17:00:00.000Z', end: '2026-12-10T20:00:00.000Z', available: false }, { start: '2026-12-10T18:00:00.000Z', end: '2026-12-10T21:00:00.000Z', available: true }] }] });
        }),
      );
      const el = await mount();
      (el.shadowRoot!.querySelector('[data-date="2026-12-08"] .chip') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($<HTMLDialogElement>(el, 'dialog').open).to.equal(true);
      expect(text($(el, 'dialog dl'))).to.contain('$250.00');
      $<HTMLButtonElement>(el, 'dialog .confirm').click();
      await waitUntil(() => api.log.some((l) => l.method === 'PUT'));
      expect(api.log.find((l) => l.method === 'PUT')!.body).to.deep.equal({ status: 'confirmed' });
      await waitUntil(() => text($(el, 'dialog h2')).includes('Confirmed'));
      $<HTMLButtonElement>(el, 'dialog .reschedule').click();
      await waitUntil(() => $$(el, 'dialog .slot').length > 0);
      expect($$(el, 'dialog .slot').map((b) => b.dataset.start)).to.deep.equal(['2026-12-10T18:00:00.000Z']);
      $$(el, 'dialog .slot')[0].click();
      await waitUntil(() => api.log.filter((l) => l.method === 'PUT').length === 2);
      expect(api.log.filter((l) => l.method === 'PUT')[1].body).to.deep.equal({ booking_date: '2026-12-10', start_time: '10:00', end_time: '13:00' });
      expect(api.log.some((l) => l.method === 'POST'), 'no activity for a confirm or a reschedule').to.equal(false);
    });

    it('a cancel writes the status and a "Booking cancelled" activity on the booking’s lead', async () => {
      const el = await mount();
      (el.shadowRoot!.querySelector('[data-date="2026-12-03"] .chip') as HTMLButtonElement).click();
      await el.updateComplete;
      const events: unknown[] = [];
      el.addEventListener('kre8-admin-changed', (e) => events.push((e as CustomEvent).detail));
      $<HTMLButtonElement>(el, 'dialog .cancel').click();
      await waitUntil(() => api.log.some((l) => l.method === 'POST'), 'no activity written');
      expect(api.log.find((l) => l.method === 'PUT')!.body).to.deep.equal({ status: 'cancelled' });
      const post = api.log.find((l) => l.method === 'POST')!;
      expect(post.url.pathname).to.equal('/api/data/create/activities');
      expect(post.body).to.deep.equal({ type: 'meeting', subject: 'Booking cancelled', description: 'Booking #9', lead_id: 7, status: 'completed', metadata: '{"kind":"booking.cancelled","booking_id":9}' });
      await waitUntil(() => events.length === 2);
      expect(events).to.deep.equal([{ table: 'bookings', id: 9, action: 'update' }, { table: 'activities', id: 1000, action: 'create' }]);
    });
  });
});
