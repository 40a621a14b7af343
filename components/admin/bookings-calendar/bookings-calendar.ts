import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { AvailabilityResponse } from '../../../model/contracts.js';
import { tokens } from '../../core/theme.js';
import { AdminElement } from '../shared/admin-element.js';
import { adminStyles } from '../shared/admin.styles.js';
import { dayOf, DataError, live, type Row } from '../shared/data-client.js';
import { addDays, dayIn, formatDay, timeIn, zoneLabel } from '../shared/zoned.js';
import { monthWeeks, placeBookings, shiftMonth, weekOf, type CalBooking } from './calendar-model.js';
import { styles } from './bookings-calendar.styles.js';
import { BOOKING_CANCELLED } from '../lead-detail/timeline.js';

type View = 'month' | 'week' | 'list';

/**
 * @tagname kre8-bookings-calendar
 * The CRM's bookings in a month or week grid (an APG grid: arrow keys, Home/End, Page Up/Down) or a list,
 * in the business zone, each block labelled with its status in text as well as colour, blocked dates shown.
 * A booking opens a dialog with its details and confirm / cancel / reschedule; a reschedule offers only open
 * slots from the booking API's `/availability`.
 *
 * @fires kre8-admin-navigate - `{table: 'leads', id}` from a booking's "Open the lead".
 * @fires kre8-admin-changed - `{table: 'bookings', id, action: 'update'}` after confirm, cancel or reschedule, and
 * `{table: 'activities', id, action: 'create'}` for the "Booking cancelled" activity a cancel adds to the lead.
 */
export class Kre8BookingsCalendar extends AdminElement {
  static override styles = [tokens, adminStyles, styles];
  /** IANA zone to show times in; default the bookings' own zone (the business's). */
  @property() timezone = '';
  /** Base URL of the booking API (for open slots when rescheduling). */
  @property({ attribute: 'api-base' }) apiBase = '/api';
  /** `month`, `week` or `list`. */
  @property({ reflect: true }) view: View = 'month';
  /** The day the view is on ('YYYY-MM-DD'); default today in the zone. */
  @property() date = '';
  @state() private bookings: Row[] = [];
  @state() private blocked = new Map<string, string>();
  @state() private leadsByBooking = new Map<number, number>();
  @state() private focusDay = '';
  @state() private selected: CalBooking | null = null;
  @state() private slots: { start: string; label: string }[] | null = null;
  @state() private busy = false;
  @query('dialog') private dialog?: HTMLDialogElement;

  get zone(): string {
    return this.timezone || String(this.bookings.find((b) => b.timezone)?.timezone || 'America/Los_Angeles');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.focusDay || changed.has('date')) this.focusDay = this.date || dayIn(new Date(), this.zone);
  }

  async load(): Promise<void> {
    await this.guard(async () => {
      const [bookings, blocked, leads] = await Promise.all([this.data.readAll('bookings'), this.data.readAll('blocked_dates'), this.data.readAll('leads').catch((e) => (e instanceof DataError && e.kind === 'forbidden' ? [] : Promise.reject(e)))]);
      this.bookings = bookings;
      this.blocked = new Map(blocked.map((b) => [dayOf(b.date) ?? '', String(b.reason ?? '')]));
      this.leadsByBooking = new Map(live(leads).filter((l) => typeof l.booking_id === 'number').map((l) => [l.booking_id as number, l.id]));
    });
  }

  private get placed() {
    return placeBookings(this.bookings, this.zone);
  }
  private days(): string[][] {
    return this.view === 'week' ? [weekOf(this.focusDay)] : monthWeeks(this.focusDay.slice(0, 7));
  }

  private move(n: number) {
    this.focusDay = this.view === 'week' ? addDays(this.focusDay, 7 * n) : `${shiftMonth(this.focusDay.slice(0, 7), n)}-01`;
  }

  private async gridKeys(e: KeyboardEvent) {
    const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
    let next: string;
    if (e.key in step) next = addDays(this.focusDay, step[e.key]);
    else if (e.key === 'Home') next = weekOf(this.focusDay)[0];
    else if (e.key === 'End') next = weekOf(this.focusDay)[6];
    else if (e.key === 'PageUp' || e.key === 'PageDown') next = this.view === 'week' ? addDays(this.focusDay, e.key === 'PageUp' ? -7 : 7) : `${shiftMonth(this.focusDay.slice(0, 7), e.key === 'PageUp' ? -1 : 1)}${this.focusDay.slice(7)}`;
    else return;
    e.preventDefault();
    this.focusDay = next;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[role=gridcell][data-date="${next}"]`)?.focus();
  }

  private async open(b: CalBooking) {
    this.selected = b;
    this.slots = null;
    this.notice = '';
    await this.updateComplete;
    this.dialog?.showModal();
  }

  private async setStatus(status: 'confirmed' | 'cancelled') {
    const id = this.selected!.row.id;
    const leadId = this.leadsByBooking.get(id);
    if (!(await this.save({ status })) || status !== 'cancelled' || !leadId) return;
    // bookings have no updated time: the lead's timeline dates the cancellation by this activity
    const activity = await this.guard(() => this.data.create('activities', { type: 'meeting', subject: 'Booking cancelled', description: `Booking #${id}`, lead_id: leadId, status: 'completed', metadata: JSON.stringify({ kind: BOOKING_CANCELLED, booking_id: id }) }));
    if (activity) this.changed('activities', activity, 'create');
  }

  private async save(patch: Record<string, unknown>) {
    const b = this.selected!;
    this.busy = true;
    const ok = await this.guard(() => this.data.update('bookings', b.row.id, patch).then(() => true));
    this.busy = false;
    if (!ok) return false;
    this.changed('bookings', b.row.id, 'update');
    this.bookings = this.bookings.map((r) => (r.id === b.row.id ? { ...r, ...patch } : r));
    const updated = this.placed.find((p) => p.row.id === b.row.id) ?? null;
    this.selected = updated;
    this.slots = null;
    this.notice = this.t('bk.saved');
    return true;
  }

  /** Open slots of the next 14 days for this booking's type, in the booking's zone. */
  private async loadSlots() {
    const b = this.selected!;
    const zone = String(b.row.timezone || this.zone);
    const from = dayIn(new Date(), zone);
    const q = new URLSearchParams({ from, to: addDays(from, 14), type: String(b.row.booking_type || 'consultation'), timezone: zone });
    try {
      const r = await fetch(`${this.apiBase.replace(/\/+$/, '')}/booking/availability?${q}`, { credentials: 'include' });
      if (!r.ok) throw new DataError(r.status === 429 ? 'rate-limited' : 'server', r.status, r.statusText);
      const body = (await r.json()) as AvailabilityResponse;
      const fmt = new Intl.DateTimeFormat(this.lang_, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });
      this.slots = body.days.flatMap((d) => d.slots.filter((s) => s.available).map((s) => ({ start: s.start, label: fmt.format(new Date(s.start)) })));
    } catch (e) {
      this.error = e instanceof DataError ? e : new DataError('network', 0, String(e));
    }
  }

  private async reschedule(startIso: string) {
    const b = this.selected!;
    const zone = String(b.row.timezone || this.zone);
    const start = new Date(startIso);
    const minutes = b.row.booking_type === 'assessment' ? 180 : 30;
    const end = new Date(start.getTime() + minutes * 60_000);
    await this.save({ booking_date: dayIn(start, zone), start_time: timeIn(start, zone), end_time: timeIn(end, zone) });
  }

  override render() {
    const loc = this.lang_;
    const placed = this.placed;
    const title = this.view === 'week' ? `${formatDay(weekOf(this.focusDay)[0], loc, { day: 'numeric', month: 'short' })} – ${formatDay(weekOf(this.focusDay)[6], loc, { day: 'numeric', month: 'short', year: 'numeric' })}` : formatDay(`${this.focusDay.slice(0, 7)}-15`, loc, { month: 'long', year: 'numeric' });
    return html`
      <div class="toolbar">
        <h2 id="cal-h">${this.t('cal.title')}: <span>${title}</span></h2>
        <div class="row" role="group" aria-label=${this.t('cal.title')}>
          <button type="button" class="btn prev" @click=${() => this.move(-1)} aria-label=${this.t('cal.prev')}>‹</button>
          <button type="button" class="btn" @click=${() => (this.focusDay = dayIn(new Date(), this.zone))}>${this.t('cal.today')}</button>
          <button type="button" class="btn next" @click=${() => this.move(1)} aria-label=${this.t('cal.next')}>›</button>
          ${(['month', 'week', 'list'] as View[]).map((v) => html`<button type="button" class="btn view-${v}" aria-pressed=${this.view === v ? 'true' : 'false'} @click=${() => (this.view = v)}>${this.t(`cal.${v}`)}</button>`)}
        </div>
        <p class="muted">${this.t('cal.times', { tz: `${this.zone} (${zoneLabel(this.zone, loc)})` })}</p>
      </div>
      ${this.errorView(() => this.load())}
      ${this.view === 'list' ? this.listView(placed) : this.gridView(placed)}
      ${this.detailsDialog()}
    `;
  }

  private chip(b: CalBooking) {
    const name = String(b.row.guest_name ?? '');
    return html`<button type="button" class="chip st st-${b.status}" @click=${() => this.open(b)} tabindex="-1">
      <span class="time">${b.time}</span> ${name} <span class="st-label">${this.t(`bk.${b.status}`)}</span>
    </button>`;
  }

  private gridView(placed: CalBooking[]) {
    const loc = this.lang_;
    const weeks = this.days();
    const month = this.focusDay.slice(0, 7);
    const heads = weeks[0].map((d) => formatDay(d, loc, { weekday: 'short' }));
    return html`<table role="grid" aria-labelledby="cal-h" class="grid ${this.view}" @keydown=${this.gridKeys}>
      <thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((d) => {
              const items = placed.filter((b) => b.day === d);
              const reason = this.blocked.get(d);
              const label = `${formatDay(d, loc)}${reason !== undefined ? `, ${this.t('cal.blocked')}${reason ? `: ${reason}` : ''}` : ''}, ${this.t('cal.count', { n: items.length })}`;
              return html`<td role="gridcell" data-date=${d} tabindex=${d === this.focusDay ? 0 : -1} aria-selected=${d === this.focusDay ? 'true' : 'false'}
                class="${d.startsWith(month) || this.view === 'week' ? '' : 'outside'} ${reason !== undefined ? 'blocked' : ''}"
                @focus=${() => (this.focusDay = d)}
                @keydown=${(e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && items[0] && (e.preventDefault(), this.open(items[0]))}>
                <span class="num" aria-hidden="true">${Number(d.slice(8))}</span><span class="visually-hidden day-label">${label}</span>
                ${reason !== undefined ? html`<span class="blocked-label">${this.t('cal.blocked')}</span>` : nothing}
                ${items.map((b) => this.chip(b))}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private listView(placed: CalBooking[]) {
    const loc = this.lang_;
    const month = this.focusDay.slice(0, 7);
    const items = placed.filter((b) => b.day.startsWith(month));
    const blocked = [...this.blocked].filter(([d]) => d.startsWith(month));
    if (!items.length && !blocked.length) return html`<p>${this.t('cal.none')}</p>`;
    return html`<ul class="list" aria-labelledby="cal-h">
      ${blocked.map(([d, r]) => html`<li class="blocked">${formatDay(d, loc)} — ${this.t('cal.blocked')}${r ? `: ${r}` : ''}</li>`)}
      ${items.map(
        (b) => html`<li class="st st-${b.status}">
          <button type="button" class="btn item" @click=${() => this.open(b)}>
            ${formatDay(b.day, loc)}, ${b.time}–${b.endTime} · ${String(b.row.guest_name ?? '')} · <span class="st-label">${this.t(`bk.${b.status}`)}</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private detailsDialog() {
    const b = this.selected;
    if (!b) return nothing;
    const r = b.row;
    const loc = this.lang_;
    const leadId = this.leadsByBooking.get(r.id);
    const money = typeof r.payment_amount_cents === 'number' ? new Intl.NumberFormat(loc, { style: 'currency', currency: 'USD' }).format(r.payment_amount_cents / 100) : '';
    return html`<dialog aria-labelledby="bk-h" @close=${() => (this.selected = null)}>
      <h2 id="bk-h">${String(r.guest_name)} — <span class="st-label st-${b.status}">${this.t(`bk.${b.status}`)}</span></h2>
      <p>${formatDay(b.day, loc)}, ${b.time}–${b.endTime} <span class="muted">(${this.zone})</span></p>
      <dl>
        <dt>${this.t('bk.guest')}</dt><dd>${String(r.guest_name)} &lt;${String(r.guest_email)}&gt;</dd>
        ${r.guest_phone ? html`<dt>${this.t('bk.phone')}</dt><dd>${String(r.guest_phone)}</dd>` : nothing}
        ${r.company_name ? html`<dt>${this.t('bk.company')}</dt><dd>${String(r.company_name)}</dd>` : nothing}
        <dt>${this.t('bk.type')}</dt><dd>${this.t(`bk.${String(r.booking_type ?? 'consultation')}`)}</dd>
        ${r.payment_status || money ? html`<dt>${this.t('bk.payment')}</dt><dd>${[r.payment_status, money].filter(Boolean).join(' · ')}</dd>` : nothing}
        ${r.notes ? html`<dt>${this.t('bk.notes')}</dt><dd>${String(r.notes)}</dd>` : nothing}
      </dl>
      <div class="row">
        ${leadId ? html`<button type="button" class="btn open-lead" @click=${() => this.navigate('leads', leadId)}>${this.t('bk.lead')}</button>` : nothing}
        ${b.status === 'pending' ? html`<button type="button" class="btn primary confirm" ?disabled=${this.busy} @click=${() => this.setStatus('confirmed')}>${this.t('bk.confirm')}</button>` : nothing}
        ${b.status !== 'cancelled' ? html`<button type="button" class="btn danger cancel" ?disabled=${this.busy} @click=${() => this.setStatus('cancelled')}>${this.t('bk.cancel')}</button>` : nothing}
        ${b.status !== 'cancelled' ? html`<button type="button" class="btn reschedule" ?disabled=${this.busy} @click=${this.loadSlots}>${this.t('bk.reschedule')}</button>` : nothing}
        <button type="button" class="btn close" @click=${() => this.dialog?.close()}>${this.t('close')}</button>
      </div>
      ${this.slots
        ? this.slots.length
          ? html`<fieldset class="slots"><legend>${this.t('bk.pick')}</legend>
              ${this.slots.map((s) => html`<button type="button" class="btn slot" data-start=${s.start} @click=${() => this.reschedule(s.start)}>${s.label}</button>`)}
            </fieldset>`
          : html`<p>${this.t('bk.noSlots')}</p>`
        : nothing}
      <p class="notice" role="status">${this.notice}</p>
      ${this.errorView()}
    </dialog>`;
  }
}
