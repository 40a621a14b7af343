import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  Attribution, AvailabilityResponse, BookingCreated, BookingRequest, BookingType, CheckoutStatus, Locale,
} from '../../model/contracts.js';
import { Kre8Element } from '../core/kre8-element.js';
import { tokens } from '../core/theme.js';
import { apiFetch, ApiRequestError, uuid } from '../core/api-client.js';
import { captureAttribution } from '../core/attribution.js';
import { resolveLocale, visitorTimezone } from '../core/locale.js';
import { AvailabilityCache } from './availability-cache.js';
import { addMonths, monthOf, monthRange, navigateDate, type DateKey, type MonthKey } from './calendar-math.js';
import { renderCalendar } from './calendar-grid.js';
import {
  pollCheckoutStatus, readCheckoutReturn, savePendingBooking, takePendingBooking, withoutCheckoutParams,
  type CheckoutReturn,
} from './checkout-return.js';
import {
  FIELD_NAMES, emptyValues, renderForm, toVisitor, validationMessage,
  type BookingVisitor, type FieldName, type FormValues,
} from './booking-form.js';
import { installPageOpener } from './page-opener.js';
import { STRINGS, type BookingStrings } from './booking.strings.js';
import { styles } from './booking.styles.js';
import {
  formatDay, formatInstantDay, formatMonth, formatUsd, isTimeZone, slotLabel, timeZoneOptions, todayIn,
} from './time-format.js';

/** Options of `open()`: the meeting type, prefilled fields, and where focus goes back on close. */
export interface BookingOpenOptions {
  type?: BookingType;
  name?: string;
  email?: string;
  phone?: string;
  companyName?: string;
  /** Focused again when the modal closes (default: whatever had focus when it opened). */
  returnFocusTo?: HTMLElement;
}
export interface BookingOpenDetail { mode: 'inline' | 'modal' }
export interface BookingDateDetail { date: DateKey }
export interface BookingSlotDetail { start: string; end: string; timezone: string }
export interface BookingSubmitDetail { payload: BookingRequest }
/** Everything about the booking: the API's answer plus what the visitor told us. */
export interface BookingConfirmedDetail extends BookingCreated {
  type: BookingType;
  visitor: BookingVisitor;
  attribution?: Attribution;
  /** True for an assessment confirmed after a verified Stripe payment. */
  paid: boolean;
}
export interface BookingErrorDetail { status: number; code: string; message: string }

type Slot = { start: string; end: string };
type View = 'pick' | 'resuming' | 'pending' | 'status-error' | 'confirmed' | 'not-completed';

const TAG = 'kre8-booking';
const ASSESSMENT_PRICE_USD = 250;
const WEEK_START: Record<Locale, number> = { en: 0, es: 1 };
// The page URL whose Stripe return a widget is handling, so two widgets on a page don't both handle it.
let claimedReturn: string | null = null;

function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

const asApiError = (e: unknown) =>
  e instanceof ApiRequestError ? e : new ApiRequestError(0, 'client_error', e instanceof Error ? e.message : String(e));

/**
 * Books a free strategy call or the paid on-site assessment right in the host page: a month calendar of open
 * days, times in the visitor's timezone (always labelled), the visitor's details, and a top-level Stripe
 * Checkout for the assessment that resumes here on return.
 *
 * @summary Native booking widget: slots, form, paid assessment.
 *
 * @fires kre8-booking-open - when the widget is opened (detail: {mode})
 * @fires kre8-booking-date - when the visitor picks a day (detail: {date})
 * @fires kre8-booking-slot - when the visitor picks a time (detail: {start, end, timezone})
 * @fires kre8-booking-submit - before the booking is sent; cancelable, the host may veto or edit `payload.attribution` (detail: {payload})
 * @fires kre8-booking-confirmed - when the booking is confirmed (detail: {booking, calendar, type, visitor, attribution, paid})
 * @fires kre8-booking-error - when a request fails (detail: {status, code, message})
 *
 * @csspart base - the inline container
 * @csspart dialog - the modal `<dialog>`
 * @csspart types - the meeting type radio group
 * @csspart calendar - the month calendar
 * @csspart day - a day cell
 * @csspart slots - the list of times
 * @csspart slot - a time button
 * @csspart form - the details form
 * @csspart field - a form field
 * @csspart button - any button
 * @csspart primary-button - the submit button
 * @csspart confirmation - the confirmation view
 *
 * @cssprop --kre8-accent - accent colour (selected day and time, primary button)
 * @cssprop --kre8-accent-contrast - text on the accent colour
 * @cssprop --kre8-surface - background
 * @cssprop --kre8-surface-alt - open days, secondary surfaces
 * @cssprop --kre8-text - text colour
 * @cssprop --kre8-muted - secondary text
 * @cssprop --kre8-border - borders
 * @cssprop --kre8-danger - errors
 * @cssprop --kre8-success - confirmation
 * @cssprop --kre8-radius - corner radius
 * @cssprop --kre8-font - font family
 * @cssprop --kre8-focus-ring - focus ring shadow
 */
export class KreBooking extends Kre8Element {
  static override styles = [tokens, styles];

  /** The API's base URL; defaults to the kit script's origin + /api. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** Language, `en` or `es`; defaults to the page's `lang`. */
  @property() locale?: Locale;
  /** The meeting type preselected: `consultation` (free call) or `assessment` (paid, on-site). */
  @property() type: BookingType = 'consultation';
  /** Partner id recorded with the booking's attribution. */
  @property() partner?: string;
  /** `inline` (default) renders in place; `modal` renders in a dialog opened by `open()` or a page trigger. */
  @property() mode: 'inline' | 'modal' = 'inline';
  /** IANA timezone the times are shown in; defaults to the visitor's. */
  @property() timezone?: string;
  /** Prefills the name field. */
  @property() name = '';
  /** Prefills the email field. */
  @property() email = '';
  /** How the widget leaves for Stripe Checkout (a top-level navigation); replaceable for tests and SPAs. */
  navigate: (url: string) => void = (url) => location.assign(url);
  /** Waits (ms) between checkout-status checks while the payment is still pending. */
  checkoutPollDelays: number[] = [1000, 2000, 3000, 4000];

  @state() private _active = false;
  @state() private _view: View = 'pick';
  @state() private _type: BookingType = 'consultation';
  @state() private _tz = '';
  @state() private _month: MonthKey = '';
  @state() private _days = new Map<DateKey, Slot[]>();
  @state() private _businessTz = '';
  @state() private _loadState: 'loading' | 'ready' | 'error' = 'loading';
  @state() private _date: DateKey | null = null;
  @state() private _focusDate: DateKey | null = null;
  @state() private _slot: Slot | null = null;
  @state() private _values: FormValues = emptyValues();
  @state() private _errors: Partial<Record<FieldName, string>> = {};
  @state() private _formError = '';
  @state() private _notice = '';
  @state() private _busy = false;
  @state() private _result: BookingConfirmedDetail | null = null;
  @state() private _announce = '';

  get #dialog() {
    return this.renderRoot?.querySelector('dialog');
  }

  readonly #cache = new AvailabilityCache(({ month, type, timezone }) => {
    const q = new URLSearchParams({ ...monthRange(month), type, timezone });
    return apiFetch<AvailabilityResponse>(this.apiBase, `booking/availability?${q}`);
  });
  #loadKey = '';
  #return: CheckoutReturn | null = null;
  #opener: HTMLElement | null = null;
  #submissionId = '';
  #formShownAt = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    installPageOpener(TAG);
    const href = location.href;
    const ret = claimedReturn === href ? null : readCheckoutReturn(href);
    if (ret) {
      claimedReturn = href;
      this.#return = ret;
      void this.#resume();
      if (this.mode === 'modal') void this.updateComplete.then(() => this.open());
    }
  }

  get #s(): BookingStrings {
    return STRINGS[this.#locale];
  }
  get #locale(): Locale {
    return resolveLocale(this, this.locale);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timezone') || !this._tz) this._tz = isTimeZone(this.timezone) ? this.timezone : visitorTimezone();
    if (changed.has('type')) this._type = this.type === 'assessment' ? 'assessment' : 'consultation';
    if ((changed.has('name') && this.name) || (changed.has('email') && this.email)) {
      this._values = { ...this._values, ...(this.name && { name: this.name }), ...(this.email && { email: this.email }) };
    }
    if (changed.has('mode') && this.mode !== 'modal') this._active = true;
    if (!this._month) this._month = this.#minMonth();
    const watched = ['_month', '_type', '_tz', '_active', '_view'];
    if (this._active && this._view === 'pick' && watched.some((k) => (changed as Map<PropertyKey, unknown>).has(k))) {
      void this.#loadMonth();
    }
  }

  /**
   * Opens the widget: in modal mode shows the dialog (focus returns to the opener on close); inline, scrolls
   * to it and focuses it. `options` preselect the type and prefill fields (used by the voice agent).
   */
  async open(options: BookingOpenOptions = {}): Promise<void> {
    const { type, returnFocusTo, ...prefill } = options;
    if (type && type !== this._type) this.#setType(type);
    const filled = Object.entries(prefill).filter(([k, v]) => v && k in this._values);
    if (filled.length) this._values = { ...this._values, ...Object.fromEntries(filled) };
    this._active = true;
    await this.updateComplete;
    if (this.mode === 'modal') {
      const dialog = this.#dialog;
      if (!dialog || dialog.open) return;
      this.#opener = returnFocusTo ?? deepActiveElement();
      dialog.showModal();
    } else {
      this.scrollIntoView?.({ block: 'nearest' });
    }
    this.#focus(this._view === 'pick' ? 'input[name="type"]:checked' : '.view-title');
    this.emit<BookingOpenDetail>('kre8-booking-open', { mode: this.mode === 'modal' ? 'modal' : 'inline' });
  }

  /** Closes the modal (no-op inline). */
  close(): void {
    this.#dialog?.close();
  }

  #onDialogClose = () => {
    const opener = this.#opener;
    this.#opener = null;
    opener?.focus();
  };

  #focus(selector: string) {
    void this.updateComplete.then(() => (this.renderRoot.querySelector(selector) as HTMLElement | null)?.focus());
  }

  #minMonth(): MonthKey {
    return monthOf(todayIn(this._tz));
  }

  #reportError(e: ApiRequestError) {
    this.emit<BookingErrorDetail>('kre8-booking-error', { status: e.status, code: e.code, message: e.message });
  }

  // ---- availability ------------------------------------------------------------------------------------

  async #loadMonth() {
    const q = { month: this._month, type: this._type, timezone: this._tz };
    const key = `${q.type}|${q.timezone}|${q.month}`;
    this.#loadKey = key;
    this._loadState = 'loading';
    this._days = new Map();
    this._announce = this.#s.loading;
    try {
      const res = await this.#cache.get(q);
      if (this.#loadKey !== key) return;
      const days = new Map<DateKey, Slot[]>();
      for (const d of res.days) {
        const open = d.slots.filter((sl) => sl.available).map(({ start, end }) => ({ start, end }));
        if (open.length && monthOf(d.date) === q.month) days.set(d.date, open);
      }
      this._days = days;
      this._businessTz = res.businessTimezone;
      this._loadState = 'ready';
      this._announce = days.size ? this.#s.daysOpen(days.size, formatMonth(q.month, this.#locale)) : this.#s.noDays;
    } catch (e) {
      if (this.#loadKey !== key) return;
      this._loadState = 'error';
      this._announce = '';
      this.#reportError(asApiError(e));
    }
  }

  #prefetchNext = () => {
    this.#cache.prefetch({ month: addMonths(this._month, 1), type: this._type, timezone: this._tz });
  };

  #goMonth = (delta: number) => {
    const month = addMonths(this._month, delta);
    if (month < this.#minMonth()) return;
    this._month = month;
    this._focusDate = null;
  };

  #onGridKey = (e: KeyboardEvent) => {
    const date = (e.target as HTMLElement).closest<HTMLElement>('td[data-date]')?.dataset.date;
    if (!date) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#pickDate(date);
      return;
    }
    const next = navigateDate(date, e.key, WEEK_START[this.#locale]);
    if (!next) return;
    e.preventDefault();
    if (monthOf(next) < this.#minMonth()) return;
    this._focusDate = next;
    this._month = monthOf(next);
    this.#focus('td[tabindex="0"]');
  };

  /** The one day in the tab order: the focused, else the selected, else the first open day, else today/the 1st. */
  #rovingDay(): DateKey {
    const inMonth = (d: DateKey | null): d is DateKey => !!d && monthOf(d) === this._month;
    if (inMonth(this._focusDate)) return this._focusDate;
    if (inMonth(this._date)) return this._date;
    const first = [...this._days.keys()].sort()[0];
    if (first) return first;
    const today = todayIn(this._tz);
    return inMonth(today) ? today : `${this._month}-01`;
  }

  #pickDate = (date: DateKey) => {
    const slots = this._days.get(date);
    if (!slots) return;
    this._date = date;
    this._focusDate = date;
    this._notice = '';
    this._announce = this.#s.timesCount(slots.length, formatDay(date, this.#locale));
    this.emit<BookingDateDetail>('kre8-booking-date', { date });
  };

  #pickSlot(slot: Slot) {
    this._slot = slot;
    this._notice = '';
    this._formError = '';
    this.#formShownAt ||= Date.now();
    this._announce = `${this.#s.yourTime}: ${slotLabel(slot.start, slot.end, this._tz, this.#locale)}`;
    this.emit<BookingSlotDetail>('kre8-booking-slot', { ...slot, timezone: this._tz });
    this.#focus('#f-name');
  }

  #setType(type: BookingType) {
    this._type = type;
    this._slot = null;
    this._notice = '';
  }

  #setTz(tz: string) {
    this._tz = tz;
    this._slot = null;
    this._date = null;
    this._focusDate = null;
  }

  // ---- submit ------------------------------------------------------------------------------------------

  #onInput = (name: FieldName, value: string) => {
    this._values = { ...this._values, [name]: value };
    if (this._errors[name]) this._errors = { ...this._errors, [name]: undefined };
  };

  #onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const slot = this._slot;
    if (this._busy || !slot) return;
    const s = this.#s;
    const form = e.target as HTMLFormElement;
    const errors: Partial<Record<FieldName, string>> = {};
    for (const f of FIELD_NAMES) {
      const msg = validationMessage(form.elements.namedItem(f) as HTMLInputElement, s);
      if (msg) errors[f] = msg;
    }
    if (this.#showFieldErrors(errors)) return;

    const visitor = toVisitor(this._values);
    this.#submissionId ||= uuid();
    const assessment = this._type === 'assessment';
    const payload: BookingRequest = {
      submissionId: this.#submissionId,
      type: this._type,
      start: slot.start,
      timezone: this._tz,
      ...visitor,
      locale: this.#locale,
      attribution: captureAttribution(this.partner),
      website_hp: (form.elements.namedItem('website_hp') as HTMLInputElement).value,
      fillMs: Date.now() - this.#formShownAt,
      ...(assessment && { returnUrl: withoutCheckoutParams(location.href) }),
    };
    if (!this.emit<BookingSubmitDetail>('kre8-booking-submit', { payload }, { cancelable: true })) return;

    this._busy = true;
    this._formError = '';
    this._announce = assessment ? s.redirecting : s.submitting;
    try {
      if (assessment) {
        const { url } = await apiFetch<{ url: string }>(this.apiBase, 'booking/checkout', { body: payload });
        if (!/^https?:$/.test(new URL(url, location.href).protocol)) throw new ApiRequestError(502, 'bad_checkout_url', 'Invalid checkout URL');
        savePendingBooking({ type: 'assessment', values: this._values });
        this.navigate(url);
        return; // stays busy: the page is leaving
      }
      const created = await apiFetch<BookingCreated>(this.apiBase, 'booking/create', { body: payload });
      this.#submissionId = '';
      this._busy = false;
      this.#confirm(created, visitor, false, payload.attribution);
    } catch (err) {
      this._busy = false;
      this.#onSubmitError(asApiError(err));
    }
  };

  /** Shows field errors (ours or the server's); true when there were any. */
  #showFieldErrors(errors: Partial<Record<FieldName, string>>): boolean {
    this._errors = errors;
    const invalid = FIELD_NAMES.filter((f) => errors[f]);
    if (!invalid.length) return false;
    this._formError = this.#s.fixFields(invalid.length);
    this.#focus(`#f-${invalid[0]}`);
    return true;
  }

  #onSubmitError(e: ApiRequestError) {
    const s = this.#s;
    this.#reportError(e);
    if (e.status === 409 || e.code === 'slot_taken' || e.fields.start) {
      // Someone else got the time: show fresh slots; the next try is a new submission.
      this.#submissionId = '';
      this._slot = null;
      this._notice = s.slotTaken;
      this.#cache.invalidate(this._type);
      void this.#loadMonth();
      this.#focus('.notice');
      return;
    }
    const fields = Object.fromEntries(Object.entries(e.fields).filter(([k]) => (FIELD_NAMES as readonly string[]).includes(k)));
    if (e.status === 400 && this.#showFieldErrors(fields)) return;
    this._formError = e.status === 429 ? s.errRateLimited : e.offline ? s.errOffline : s.errGeneric;
  }

  #confirm(created: BookingCreated, visitor: BookingVisitor, paid: boolean, attribution?: Attribution) {
    this._result = { ...created, type: created.booking.type, visitor, attribution, paid };
    this._view = 'confirmed';
    this._announce = this.#s.confirmedTitle;
    this.emit<BookingConfirmedDetail>('kre8-booking-confirmed', this._result);
    this.#focus('.view-title');
  }

  // ---- return from Stripe ------------------------------------------------------------------------------

  /** Removes our URL parameters and restores the form the visitor filled before paying. */
  #finishReturn(): FormValues {
    history.replaceState(history.state, '', withoutCheckoutParams(location.href));
    claimedReturn = null;
    this.#return = null;
    const pending = takePendingBooking();
    if (pending) {
      this._type = 'assessment';
      this._values = { ...emptyValues(), ...pending.values };
    }
    return this._values;
  }

  async #resume() {
    const ret = this.#return;
    if (!ret) return;
    if (ret.kind === 'cancelled') {
      this.#finishReturn();
      this._view = 'not-completed';
      return;
    }
    this._view = 'resuming';
    this._announce = this.#s.confirming;
    try {
      const path = `booking/checkout-status?session_id=${encodeURIComponent(ret.sessionId)}`;
      const status = await pollCheckoutStatus(() => apiFetch<CheckoutStatus>(this.apiBase, path), this.checkoutPollDelays);
      if (status.status === 'pending') {
        this._view = 'pending';
        this._announce = this.#s.stillPending;
        return;
      }
      const values = this.#finishReturn();
      if (status.status === 'paid') {
        const { booking, calendar } = status;
        this.#confirm({ booking, calendar }, toVisitor({ ...values, name: values.name || booking.name, email: values.email || booking.email }), true);
      } else {
        this._view = 'not-completed';
        this._announce = this.#s.notCompletedTitle;
        this.#focus('.view-title');
      }
    } catch (e) {
      this._view = 'status-error';
      this.#reportError(asApiError(e));
    }
  }

  #pickAgain = () => {
    this._view = 'pick';
    this._slot = null;
    this.#focus('input[name="type"]:checked');
  };

  // ---- render ------------------------------------------------------------------------------------------

  override render() {
    const s = this.#s;
    const body = html`
      <div class="visually-hidden" role="status">${this._announce}</div>
      ${this.#renderView()}`;
    if (this.mode !== 'modal') {
      return html`<section part="base" class="base" aria-labelledby="title">
        <h2 id="title" class="title">${s.title}</h2>
        ${body}
      </section>`;
    }
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onDialogClose}>
      <div class="dialog-head">
        <h2 id="title" class="title">${s.title}</h2>
        <button part="button" class="close" type="button" aria-label=${s.close} @click=${() => this.close()}>×</button>
      </div>
      ${body}
    </dialog>`;
  }

  #renderView(): TemplateResult {
    const s = this.#s;
    switch (this._view) {
      case 'confirmed':
        return this.#renderConfirmation();
      case 'resuming':
        return html`<p class="state"><span class="spinner" aria-hidden="true"></span>${s.confirming}</p>`;
      case 'pending':
      case 'status-error':
        return html`<div class="state" role=${this._view === 'status-error' ? 'alert' : nothing}>
          <p>${this._view === 'pending' ? s.stillPending : s.statusError}</p>
          <button part="button" type="button" @click=${() => void this.#resume()}>${s.checkAgain}</button>
        </div>`;
      case 'not-completed':
        return html`<div class="state">
          <h3 class="view-title" tabindex="-1">${s.notCompletedTitle}</h3>
          <p>${s.notCompleted}</p>
          <button part="button primary-button" class="primary" type="button" @click=${this.#pickAgain}>${s.pickAgain}</button>
        </div>`;
      default:
        return this.#renderPick();
    }
  }

  #renderPick(): TemplateResult {
    const s = this.#s;
    const locale = this.#locale;
    const price = formatUsd(ASSESSMENT_PRICE_USD, locale);
    const types: [BookingType, string, string][] = [
      ['consultation', s.consultation, s.consultationDesc],
      ['assessment', s.assessment, s.assessmentDesc(price)],
    ];
    const open = new Set(this._days.keys());
    const slots = this._date ? this._days.get(this._date) : undefined;
    return html`
      <fieldset part="types" class="types">
        <legend>${s.typeLegend}</legend>
        ${types.map(([t, label, desc]) => html`<label class="type">
          <input type="radio" name="type" value=${t} .checked=${this._type === t} @change=${() => this.#setType(t)} />
          <span><strong>${label}</strong><span class="desc">${desc}</span></span>
        </label>`)}
      </fieldset>
      <div class="scheduler">
        <div class="when">
          <div class="tz">
            <label for="tz">${s.timezone}</label>
            <select id="tz" @change=${(e: Event) => this.#setTz((e.target as HTMLSelectElement).value)}>
              ${timeZoneOptions(this._tz).map((z) => html`<option ?selected=${z === this._tz}>${z}</option>`)}
            </select>
          </div>
          ${renderCalendar({
            s, locale, open,
            month: this._month,
            weekStart: WEEK_START[locale],
            selected: this._date,
            focus: this.#rovingDay(),
            today: todayIn(this._tz),
            canGoBack: this._month > this.#minMonth(),
            onMonth: this.#goMonth,
            onPrefetchNext: this.#prefetchNext,
            onKey: this.#onGridKey,
            onPick: this.#pickDate,
          })}
        </div>
        <div part="slots" class="slots">
          ${this._notice ? html`<p class="notice" role="alert" tabindex="-1">${this._notice}</p>` : nothing}
          ${this._loadState === 'loading' ? html`<p class="muted"><span class="spinner" aria-hidden="true"></span>${s.loading}</p>` : nothing}
          ${this._loadState === 'error'
            ? html`<div class="error" role="alert">
                <p>${s.loadError}</p>
                <button part="button" type="button" @click=${() => { this.#cache.invalidate(); void this.#loadMonth(); }}>${s.retry}</button>
              </div>`
            : nothing}
          ${this._loadState === 'ready' && !open.size ? html`<p class="muted">${s.noDays}</p>` : nothing}
          ${slots && this._date
            ? html`<h3 id="slots-title">${s.timesOn(formatDay(this._date, locale))}</h3>
                <ul aria-labelledby="slots-title">
                  ${slots.map((sl) => html`<li><button part="slot" type="button" class="slot"
                    aria-pressed=${sl.start === this._slot?.start ? 'true' : 'false'}
                    @click=${() => this.#pickSlot(sl)}>${slotLabel(sl.start, sl.end, this._tz, locale)}</button></li>`)}
                </ul>`
            : this._loadState === 'ready' && open.size ? html`<p class="muted">${s.pickDay}</p>` : nothing}
        </div>
      </div>
      ${this._slot ? this.#renderDetails(this._slot) : nothing}`;
  }

  #renderDetails(slot: Slot): TemplateResult {
    const s = this.#s;
    const locale = this.#locale;
    return html`<section class="details" aria-labelledby="details-title">
      <h3 id="details-title">${s.formTitle}</h3>
      <p class="chosen">
        ${s.yourTime}: <strong>${formatInstantDay(slot.start, this._tz, locale)} · ${slotLabel(slot.start, slot.end, this._tz, locale)}</strong>
        <button part="button" class="link" type="button" @click=${() => { this._slot = null; this.#focus('td[tabindex="0"]'); }}>${s.changeTime}</button>
      </p>
      ${renderForm({
        s,
        values: this._values,
        errors: this._errors,
        busy: this._busy,
        submitLabel: this._busy
          ? (this._type === 'assessment' ? s.redirecting : s.submitting)
          : this._type === 'assessment' ? s.submitAssessment(formatUsd(ASSESSMENT_PRICE_USD, locale)) : s.submitConsultation,
        onInput: this.#onInput,
        onSubmit: this.#onSubmit,
      })}
      ${this._formError ? html`<p class="error" role="alert">${this._formError}</p>` : nothing}
    </section>`;
  }

  #renderConfirmation(): TemplateResult {
    const s = this.#s;
    const locale = this.#locale;
    const r = this._result!;
    const b = r.booking;
    const zones = [[b.timezone, s.yourZone], ...(b.businessTimezone && b.businessTimezone !== b.timezone ? [[b.businessTimezone, s.ourZone]] : [])];
    const link = (href: string, ok: RegExp) => (ok.test(href) ? href : undefined);
    const ics = link(r.calendar.ics, /^data:text\/calendar[;,]/);
    const google = link(r.calendar.google, /^https:\/\//);
    const outlook = link(r.calendar.outlook, /^https:\/\//);
    return html`<div part="confirmation" class="confirmation">
      <h3 class="view-title" tabindex="-1">${s.confirmedTitle}</h3>
      ${r.paid ? html`<p>${s.paid}</p>` : nothing}
      <ul class="times">
        ${zones.map(([tz, who]) => html`<li>${formatInstantDay(b.start, tz, locale)} · ${slotLabel(b.start, b.end, tz, locale)} (${who})</li>`)}
      </ul>
      <p>${s.emailSent(b.email)}</p>
      <h4>${s.addToCalendar}</h4>
      <p class="cal-links">
        ${ics ? html`<a part="button" download="kre8-booking.ics" href=${ics}>${s.ics}</a>` : nothing}
        ${google ? html`<a part="button" href=${google} target="_blank" rel="noopener noreferrer">${s.google}</a>` : nothing}
        ${outlook ? html`<a part="button" href=${outlook} target="_blank" rel="noopener noreferrer">${s.outlook}</a>` : nothing}
      </p>
    </div>`;
  }
}
