import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type {
  Attribution, AvailabilityResponse, BookingCreated, BookingRequest, BookingType, CheckoutStatus, ErrorCode, Locale,
} from '../../model/contracts.js';
import { ASSESSMENT } from '../../model/catalog.js';
import { Kre8Element } from '../core/kre8-element.js';
import { tokens } from '../core/theme.js';
import { apiFetch, ApiRequestError, uuid } from '../core/api-client.js';
import { captureAttribution } from '../core/attribution.js';
import { resolveLocale, visitorTimezone } from '../core/locale.js';
import { outageMessage, RETRY, TOO_MANY } from '../core/outage.js';
import { initialState, next, type BookingEvent, type BookingState, type Slot } from './booking-state.js';
import { AvailabilityCache, type AvailabilityQuery } from './availability-cache.js';
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
  formatDay, formatMonth, formatTime, formatUsd, isTimeZone, slotLabel, slotWithDay, timeZoneOptions, todayIn, withinDayHours,
  zoneLabel,
} from './time-format.js';

/** Options of `open()`: the meeting type, prefilled fields, and where focus goes back on close. */
export interface BookingOpenOptions {
  type?: BookingType;
  /** A time to preselect (ISO instant, e.g. the voice agent's): its day and time when still open, else its day with a note. */
  start?: string;
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


const ASSESSMENT_PRICE_USD = ASSESSMENT.priceUsd;
const TYPES = ['consultation', 'assessment'] as const;
const TYPE_INPUT = '[name=type]:checked';
const ROVING_DAY = 'td[tabindex="0"]';
// Weeks start on Sunday in English, Monday in Spanish.
const weekStart = (l: Locale) => +(l === 'es');
const SLOT_KEYS: Record<string, number> = { ArrowUp: -1, ArrowLeft: -1, ArrowDown: 1, ArrowRight: 1 };

function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el as HTMLElement | null;
}

/**
 * Books a free strategy call or the paid on-site assessment right in the host page: a month calendar of open
 * days, times in the visitor's timezone (always labelled), the visitor's details, and a top-level Stripe
 * Checkout for the assessment that resumes here on return.
 *
 * @summary Native booking widget: slots, form, paid assessment.
 * @tagname kre8-booking
 *
 * @fires {CustomEvent<BookingOpenDetail>} kre8-booking-open - when the widget is opened (detail: {mode})
 * @fires {CustomEvent<BookingDateDetail>} kre8-booking-date - when the visitor picks a day (detail: {date})
 * @fires {CustomEvent<BookingSlotDetail>} kre8-booking-slot - when the visitor picks a time (detail: {start, end, timezone})
 * @fires {CustomEvent<BookingSubmitDetail>} kre8-booking-submit - before the booking is sent; cancelable, the host may veto or edit `payload.attribution` (detail: {payload})
 * @fires {CustomEvent<BookingConfirmedDetail>} kre8-booking-confirmed - when the booking is confirmed (detail: {booking, calendar, type, visitor, attribution, paid})
 * @fires {CustomEvent<BookingErrorDetail>} kre8-booking-error - when a request fails (detail: {status, code, message})
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
export class Kre8Booking extends Kre8Element {
  static override styles = [tokens, styles];
  // A static block instead of decorators: the decorator helpers cost more bytes than this table. Internal
  // state is `state: true`, the one convention of every widget (#19).
  static override properties = {
    apiBase: { attribute: 'api-base' },
    locale: {},
    type: {},
    partner: {},
    mode: {},
    timezone: {},
    name: {},
    email: {},
    heading: {},
    intro: {},
    _active: { state: true },
    _all: { state: true },
    _st: { state: true },
    _until: { state: true },
    _slotAt: { state: true },
    _type: { state: true },
    _tz: { state: true },
    _month: { state: true },
    _days: { state: true },
    _load: { state: true },
    _dayAt: { state: true },
    _values: { state: true },
    _errors: { state: true },
    _formErr: { state: true },
    _notice: { state: true },
    _busy: { state: true },
    _result: { state: true },
    _say: { state: true },
  };

  /** The API's base URL; defaults to the kit script's origin + /api. */
  declare apiBase?: string;
  /** Language, `en` or `es`; defaults to the page's `lang`. */
  declare locale?: Locale;
  /** The meeting type preselected: `consultation` (free call) or `assessment` (paid, on-site). */
  type: BookingType = 'consultation';
  /** Partner id recorded with the booking's attribution. */
  declare partner?: string;
  /** `inline` (default) renders in place; `modal` renders in a dialog opened by `open()` or a page trigger. */
  mode: 'inline' | 'modal' = 'inline';
  /** IANA timezone the times are shown in; defaults to the visitor's. */
  declare timezone?: string;
  /** Prefills the name field. */
  name = '';
  /** Prefills the email field. */
  email = '';
  /** The widget's heading (default "Book a meeting"), e.g. a partner's "Book a visit". */
  declare heading?: string;
  /** A line under the heading introducing the partner's offer; none by default. */
  declare intro?: string;
  /** How the widget leaves for Stripe Checkout (a top-level navigation); replaceable for tests and SPAs. */
  navigate: (url: string) => void = (url) => location.assign(url);
  /** Waits (ms) between checkout-status checks while the payment is still pending. */
  checkoutPollDelays: number[] = [1000, 2000, 3000, 4000];

  private _active = false;
  /** The visitor asked for every on-site time, not only those within 08:00–20:00 in their zone. */
  private _all = false;
  private _st: BookingState = initialState;
  /** The horizon's last day, from the API: the calendar goes no further. */
  private _until = '';
  /** The time in the tab order (roving tabindex, as the day grid). */
  private _slotAt = 0;
  private _type: BookingType = 'consultation';
  private _tz = '';
  private _month: MonthKey = '';
  private _days = new Map<DateKey, Slot[]>();
  private _load: 'loading' | 'ready' | 'error' = 'loading';
  private _dayAt: DateKey | null = null;
  private _values: FormValues = emptyValues();
  private _errors: Partial<Record<FieldName, string>> = {};
  private _formErr = '';
  private _notice = '';
  private _busy = false;
  private _result: BookingConfirmedDetail | null = null;
  private _say = '';

  readonly #cache = new AvailabilityCache(({ month, type, timezone }) =>
    apiFetch<AvailabilityResponse>(this.apiBase, `booking/availability?${new URLSearchParams({ ...monthRange(month), type, timezone })}`));
  /** Which month/type/zone/filter the calendar shows (or is loading): another one, while picking, loads. */
  #shown = '';
  /** The time (ms) `open({start})` asked for, selected (or noted as gone) once its month has loaded. */
  #want = 0;
  #return: CheckoutReturn | null = null;
  #opener: HTMLElement | null = null;
  #submissionId = '';
  #formShownAt = 0;

  get #dialog() {
    return this.renderRoot?.querySelector('dialog');
  }
  get #locale(): Locale {
    return resolveLocale(this, this.locale);
  }
  get #s(): BookingStrings {
    return STRINGS[this.#locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    installPageOpener('kre8-booking');
    const ret = readCheckoutReturn(location.href);
    if (ret) {
      // Claimed by taking our parameters off the URL at once: a second widget on the page sees none.
      history.replaceState(history.state, '', withoutCheckoutParams(location.href));
      this.#return = ret;
      void this.#resume();
      if (this.mode === 'modal') void this.updateComplete.then(() => this.#open({}));
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timezone') || !this._tz) this._tz = isTimeZone(this.timezone) ? this.timezone : visitorTimezone();
    if (changed.has('type')) this._type = this.type === 'assessment' ? 'assessment' : 'consultation';
    if (changed.has('name') || changed.has('email')) this.#prefill({ name: this.name, email: this.email });
    if (changed.has('mode') && this.mode !== 'modal') this._active = true;
    this._month ||= this.#minMonth();
    if (this._active && this._st.view === 'pick' && this.#shown !== this.#key()) void this.#loadMonth();
  }

  #key() {
    return `${this._month}|${this._type}|${this._tz}|${this._all}`;
  }

  #go(e: BookingEvent) {
    this._st = next(this._st, e);
  }

  /**
   * Opens the widget: in modal mode shows the dialog (focus returns to the opener on close); inline, scrolls
   * to it and focuses it. `options` preselect the type and prefill fields (used by the voice agent).
   */
  open(options: BookingOpenOptions = {}): Promise<void> {
    this.#again();
    return this.#open(options);
  }

  /** `open()` without the fresh start: on a return from Stripe the modal opens on the outcome. */
  async #open(options: BookingOpenOptions): Promise<void> {
    const { type, returnFocusTo, start, ...prefill } = options;
    const modal = this.mode === 'modal';
    if (type && type !== this._type) this.#setType(type);
    this.#prefill(prefill);
    const at = Date.parse(start!);
    if (at > Date.now()) {
      this.#want = at;
      this._month = monthOf(todayIn(this._tz, new Date(at)));
      this.#shown = ''; // (re)load its month, then select: on an inline widget nothing else may re-render
      this.requestUpdate();
    }
    this._active = true;
    await this.updateComplete;
    if (modal) {
      const dialog = this.#dialog;
      if (!dialog || dialog.open) return;
      this.#opener = returnFocusTo ?? deepActiveElement();
      dialog.showModal();
    } else {
      this.scrollIntoView({ block: 'nearest' });
    }
    this.#focus(this._st.view === 'pick' ? TYPE_INPUT : '.view-title');
    this.emit<BookingOpenDetail>('kre8-booking-open', { mode: modal ? 'modal' : 'inline' });
  }

  /** Closes the modal (no-op inline). */
  close(): void {
    this.#dialog?.close();
  }

  #onDialogClose() {
    this.#opener?.focus();
    this.#opener = null;
  }

  /** Copies the non-empty known fields of `p` into the form. */
  #prefill(p: Partial<Record<string, string>>) {
    const filled = Object.entries(p).filter(([k, v]) => v && k in this._values);
    if (filled.length) this._values = { ...this._values, ...Object.fromEntries(filled) };
  }

  /** Focuses `selector` after the render, opening the "add details" disclosure when any field in it is invalid. */
  #focus(selector: string) {
    void this.updateComplete.then(() => {
      const q = (s: string) => this.renderRoot.querySelector<HTMLElement>(s);
      q('details [aria-invalid=true]')?.closest('details')?.setAttribute('open', '');
      q(selector)?.focus();
    });
  }

  #minMonth(): MonthKey {
    return monthOf(todayIn(this._tz));
  }

  /** Reports a failure as `kre8-booking-error` and returns it as an ApiRequestError. */
  #fail(e: unknown): ApiRequestError {
    const err = e instanceof ApiRequestError ? e : new ApiRequestError(0, 'client_error', String((e as Error)?.message ?? e));
    this.emit<BookingErrorDetail>('kre8-booking-error', { status: err.status, code: err.code, message: err.message });
    return err;
  }

  // ---- availability ------------------------------------------------------------------------------------

  async #loadMonth() {
    const s = this.#s;
    const q: AvailabilityQuery = { month: this._month, type: this._type, timezone: this._tz };
    // On-site visits within 08:00–20:00 in the visitor's zone, unless they ask for all (or it is the preselected time).
    const hours = q.type === 'assessment' && !this._all;
    // The next load takes the wanted time, so it never hijacks a later one (another day, month, zone or type).
    const want = this.#want;
    this.#want = 0;
    this.#shown = this.#key();
    this._load = 'loading';
    this._days = new Map();
    this._say = s.loading;
    try {
      const res = await this.#cache.latest(q);
      if (!res) return;
      const days = new Map<DateKey, Slot[]>();
      for (const d of res.days) {
        const open = d.slots
          .filter((sl) => sl.available && (!hours || Date.parse(sl.start) === want || withinDayHours(sl.start, sl.end, q.timezone)));
        if (open.length && monthOf(d.date) === q.month) days.set(d.date, open);
      }
      this._days = days;
      this._until = res.bookableUntil;
      this._load = 'ready';
      this._say = days.size ? s.daysOpen(days.size, formatMonth(q.month, this.#locale)) : s.noDays;
      if (want) this.#preselect(want);
    } catch (e) {
      this._load = 'error';
      this._say = '';
      this.#fail(e);
    }
  }

  /** The time `open({start})` asked for: its day and time when still open, else a note (and its day, if still open). */
  #preselect(want: number) {
    const date = todayIn(this._tz, new Date(want));
    const slot = this._days.get(date)?.find((sl) => Date.parse(sl.start) === want);
    this.#pickDate(date);
    if (slot) this.#pickSlot(slot);
    else this._notice = this.#s.slotTaken;
  }

  /** False for a month before today's or past the booking horizon. */
  #inRange(month: MonthKey): boolean {
    return month >= this.#minMonth() && !(this._until && month > monthOf(this._until));
  }

  #goMonth = (delta: number) => {
    const month = addMonths(this._month, delta);
    if (!this.#inRange(month)) return;
    this._month = month;
    this._dayAt = null;
  };

  #onGridKey = (e: KeyboardEvent) => {
    const date = (e.target as HTMLElement).closest('td')?.dataset.date;
    if (!date) return;
    const pick = e.key === 'Enter' || e.key === ' ';
    const next = pick ? date : navigateDate(date, e.key, weekStart(this.#locale));
    if (!next) return;
    e.preventDefault();
    if (pick) this.#pickDate(date);
    else if (this.#inRange(monthOf(next))) {
      this._dayAt = next;
      this._month = monthOf(next);
      this.#focus(ROVING_DAY);
    }
  };

  /** The one day in the tab order: the focused, else the selected, else the first open day, else today/the 1st. */
  #rovingDay(): DateKey {
    const today = todayIn(this._tz);
    return [this._dayAt, this._st.date, [...this._days.keys()].sort()[0], today].find((d) => d && monthOf(d) === this._month)
      ?? `${this._month}-01`;
  }

  #pickDate = (date: DateKey) => {
    const slots = this._days.get(date);
    if (!slots) return;
    this.#go({ type: 'date', date });
    this._dayAt = date;
    this._slotAt = 0;
    this._notice = '';
    this._say = this.#s.timesCount(slots.length, formatDay(date, this.#locale));
    this.emit<BookingDateDetail>('kre8-booking-date', { date });
  };

  #pickSlot(slot: Slot) {
    this.#go({ type: 'slot', slot });
    this._notice = this._formErr = '';
    this.#formShownAt ||= Date.now();
    this._say = `${this.#s.yourTime}: ${slotLabel(slot.start, slot.end, this._tz, this.#locale)}`;
    this.emit<BookingSlotDetail>('kre8-booking-slot', { start: slot.start, end: slot.end, timezone: this._tz });
    this.#focus('#f-name');
  }

  #onSlotKey = (e: KeyboardEvent) => {
    const all = [...this.renderRoot.querySelectorAll<HTMLElement>('.slot')];
    const i = all.indexOf(e.target as HTMLElement);
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? all.length - 1 : i + (SLOT_KEYS[e.key] ?? NaN);
    if (!all[to]) return;
    e.preventDefault();
    this._slotAt = to;
    this.#focus('.slot[tabindex="0"]');
  };

  #setType(type: BookingType) {
    this._type = type;
    this.#go({ type: 'reset' });
    this._notice = '';
  }

  // ---- submit ------------------------------------------------------------------------------------------

  #onInput = (name: FieldName, value: string) => {
    this._values = { ...this._values, [name]: value };
    if (this._errors[name]) this._errors = { ...this._errors, [name]: undefined };
  };

  #onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const slot = this._st.slot;
    if (this._busy || !slot) return;
    const s = this.#s;
    const form = e.target as HTMLFormElement;
    const control = (n: string) => form.elements.namedItem(n) as HTMLInputElement;
    const errors: Partial<Record<FieldName, string>> = {};
    for (const f of FIELD_NAMES) errors[f] = control(f) ? validationMessage(control(f), s) : '';
    if (this.#showFieldErrors(errors)) return;

    const assessment = this._type === 'assessment';
    const visitor = toVisitor(this._values, assessment);
    this.#submissionId ||= uuid();
    const payload: BookingRequest = {
      submissionId: this.#submissionId,
      type: this._type,
      start: slot.start,
      timezone: this._tz,
      ...visitor,
      locale: this.#locale,
      attribution: captureAttribution(this.partner),
      website_hp: control('website_hp').value,
      fillMs: Date.now() - this.#formShownAt,
      ...(assessment && { returnUrl: withoutCheckoutParams(location.href) }),
    };
    if (!this.emit<BookingSubmitDetail>('kre8-booking-submit', { payload }, { cancelable: true })) return;

    this._busy = true;
    this._formErr = '';
    this._say = assessment ? s.redirecting : s.submitting;
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
      this.#onSubmitError(this.#fail(err));
    }
  };

  /** Shows field errors (ours or the server's; empty messages are no error); true when there were any. */
  #showFieldErrors(errors: Partial<Record<FieldName, string>>): boolean {
    const invalid = FIELD_NAMES.filter((f) => errors[f]);
    this._errors = errors;
    if (!invalid.length) return false;
    this._formErr = this.#s.fixFields;
    this.#focus(`#f-${invalid[0]}`);
    return true;
  }

  #onSubmitError(e: ApiRequestError) {
    const s = this.#s;
    if (e.status === 409 || e.code === 'slot_taken' || e.fields.start) {
      // Someone else got the time: show fresh slots; the next try is a new submission.
      this.#submissionId = '';
      this.#go({ type: 'unslot' });
      this._notice = s.slotTaken;
      this.#cache.invalidate(this._type);
      void this.#loadMonth();
      this.#focus('.notice');
    } else if (!(e.status === 400 && this.#showFieldErrors(e.fields))) {
      this._formErr = s.errCodes[e.code as ErrorCode] ?? (e.status === 429 ? TOO_MANY[this.#locale] : outageMessage(this.#locale));
      // The submit button was disabled while sending, so focus was lost: bring the message into view on it,
      // which matters most in the modal, where it sits below the fold of a scrolling dialog.
      this.#focus('.details>.error');
    }
  }

  #confirm(created: BookingCreated, visitor: BookingVisitor, paid: boolean, attribution?: Attribution) {
    this._result = { ...created, type: created.booking.type, visitor, attribution, paid };
    this.#go(paid ? { type: 'status', status: 'paid' } : { type: 'booked' });
    this._say = this.#s.confirmedTitle;
    this.emit<BookingConfirmedDetail>('kre8-booking-confirmed', this._result);
    this.#focus('.view-title');
  }

  // ---- return from Stripe ------------------------------------------------------------------------------

  /** Forgets the return and restores the form the visitor filled before paying. */
  #finishReturn(): FormValues {
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
    const s = this.#s;
    if (!ret) return;
    if (ret.kind === 'cancelled') {
      this.#finishReturn();
      this.#go({ type: 'cancelled' });
      return;
    }
    this.#go({ type: 'resume' });
    this._say = s.confirming;
    try {
      const path = `booking/checkout-status?session_id=${encodeURIComponent(ret.sessionId)}`;
      const status = await pollCheckoutStatus(() => apiFetch<CheckoutStatus>(this.apiBase, path), this.checkoutPollDelays);
      if (status.status !== 'paid') this.#go({ type: 'status', status: status.status });
      if (status.status === 'pending') {
        this._say = s.stillPending;
        return;
      }
      const values = this.#finishReturn();
      if (status.status === 'paid') {
        const { booking, calendar } = status;
        this.#confirm({ booking, calendar }, toVisitor({ ...values, name: values.name || booking.name, email: values.email || booking.email }), true);
      } else {
        this._say = s.notCompletedTitle;
        this.#focus('.view-title');
      }
    } catch (e) {
      this.#go({ type: 'status-failed' });
      this.#fail(e);
    }
  }

  /** A finished booking (confirmed, or not completed) gives way to a fresh picker; the visitor's details stay. */
  #again() {
    if (this._st.view === 'confirmed') {
      this.#cache.invalidate(); // the time just booked is taken now
      this.#shown = '';
    }
    this.#go({ type: 'open' });
    this._result = null;
  }

  #pickAgain() {
    this.#again();
    this.#focus(TYPE_INPUT);
  }

  // ---- render ------------------------------------------------------------------------------------------

  override render() {
    const s = this.#s;
    const modal = this.mode === 'modal';
    const body = html`<div class="head"><h2 id="title" class="title">${this.heading || s.title}</h2>${modal
      ? html`<button part="button" class="close" aria-label=${s.close} @click=${this.close}>×</button>`
      : nothing}</div>${this.intro ? html`<p class="intro">${this.intro}</p>` : nothing}<div class="visually-hidden" role="status">${this._say}</div>${this.#renderView()}`;
    return modal
      ? html`<dialog part="dialog" aria-labelledby="title" @close=${this.#onDialogClose}>${body}</dialog>`
      : html`<section part="base" class="base" aria-labelledby="title">${body}</section>`;
  }

  #renderView(): TemplateResult {
    const s = this.#s;
    const v = this._st.view;
    const pending = v === 'pending';
    return v === 'confirmed' ? this.#renderConfirmation()
      : v === 'resuming' ? html`<p class="state">${s.confirming}</p>`
      : pending || v === 'status-error' ? html`<div class="state" role=${pending ? nothing : 'alert'}><p>${pending ? s.stillPending : outageMessage(this.#locale)}</p><button part="button" @click=${this.#resume}>${s.checkAgain}</button></div>`
      : v === 'not-completed' ? html`<div class="state"><h3 class="view-title" tabindex="-1">${s.notCompletedTitle}</h3><p>${s.notCompleted}</p><button part="button primary-button" class="primary" @click=${this.#pickAgain}>${s.pickAgain}</button></div>`
      : this.#renderPick();
  }

  #renderPick(): TemplateResult {
    const s = this.#s;
    const locale = this.#locale;
    const days = this._days;
    const load = this._load;
    const tz = this._tz;
    const { date, slot } = this._st;
    const slots = date && days.get(date);
    const atHorizon = !!this._until && this._month >= monthOf(this._until);
    const focus = slots ? Math.min(this._slotAt, slots.length - 1) : 0;
    return html`<fieldset part="types" class="types"><legend>${s.typeLegend}</legend>${TYPES.map((t) => html`<label class="type"><input type="radio" name="type" value=${t} .checked=${this._type === t} @change=${() => this.#setType(t)}><span><strong>${s[t]}</strong><span class="desc">${t === 'assessment' ? s.assessmentDesc(formatUsd(ASSESSMENT_PRICE_USD, locale)) : s.consultationDesc}</span></span></label>`)}</fieldset>${slot ? this.#renderDetails(slot) : html`<div class="scheduler"><div><div class="tz"><label for="tz">${s.timezone}</label><select id="tz" @change=${(e: Event) => {
      this._tz = (e.target as HTMLSelectElement).value;
      this._dayAt = null;
      this.#go({ type: 'reset' });
    }}>${timeZoneOptions(tz).map((z) => html`<option ?selected=${z === tz}>${z}</option>`)}</select>${this._type === 'assessment'
      ? html`<label class="all"><input type="checkbox" .checked=${!this._all} @change=${(e: Event) => {
        this._all = !(e.target as HTMLInputElement).checked;
        this.#go({ type: 'reset' });
      }}> ${s.onlyDayHours}</label>` : nothing}</div>${renderCalendar({
      s, locale,
      month: this._month,
      weekStart: weekStart(locale),
      open: days,
      loading: load === 'loading',
      selected: date,
      focus: this.#rovingDay(),
      today: todayIn(tz),
      canGoBack: this._month > this.#minMonth(),
      canGoForward: !atHorizon,
      onMonth: this.#goMonth,
      onKey: this.#onGridKey,
      onPick: this.#pickDate,
    })}${atHorizon ? html`<p class="muted">${s.horizon(formatDay(this._until, locale))}</p>` : nothing}</div><div part="slots">${this._notice ? html`<p class="notice" role="alert" tabindex="-1">${this._notice}</p>` : nothing}${load === 'loading' ? html`<p class="muted">${s.loading}</p>`
      : load === 'error' ? html`<div class="error" role="alert"><p>${outageMessage(locale)}</p><button part="button" @click=${() => {
        this.#cache.invalidate();
        void this.#loadMonth();
      }}>${RETRY[locale]}</button></div>`
      : !days.size ? html`<p class="muted">${atHorizon ? '' : s.noDays}</p>`
      : slots ? html`<h3 id="slots-title">${s.timesOn(formatDay(date!, locale))}</h3><p id="zone" class="muted">${zoneLabel(tz, new Date(slots[0].start), locale)}</p><ul class="times" aria-labelledby="slots-title" @keydown=${this.#onSlotKey}>${slots.map((sl, i) => html`<li><button part="slot" class="slot" aria-describedby="zone" tabindex=${i === focus ? 0 : -1} @click=${() => this.#pickSlot(sl)}>${formatTime(sl.start, tz, locale)}</button></li>`)}</ul>`
      : html`<p class="muted">${s.pickDay}</p>`}</div></div>`}`;
  }

  #renderDetails(slot: Slot): TemplateResult {
    const s = this.#s;
    const price = formatUsd(ASSESSMENT_PRICE_USD, this.#locale);
    const assessment = this._type === 'assessment';
    return html`<section class="details" aria-labelledby="details-title"><h3 id="details-title">${s.formTitle}</h3><p>${s.yourTime}: <strong>${slotWithDay(slot.start, slot.end, this._tz, this.#locale)}</strong>
<button part="button" class="link" @click=${() => {
      this.#go({ type: 'unslot' });
      this.#focus('.slot[tabindex="0"]');
    }}>${s.changeTime}</button></p>${renderForm({
      s,
      values: this._values,
      errors: this._errors,
      busy: this._busy,
      address: assessment,
      submitLabel: this._busy
        ? (assessment ? s.redirecting : s.submitting)
        : assessment ? s.submitAssessment(price) : s.submitConsultation,
      onInput: this.#onInput,
      onSubmit: this.#onSubmit,
    })}${this._formErr ? html`<p class="error" role="alert" tabindex="-1">${this._formErr}</p>` : nothing}</section>`;
  }

  #renderConfirmation(): TemplateResult {
    const s = this.#s;
    const locale = this.#locale;
    const { booking: b, calendar: c, paid } = this._result!;
    const zones = [[b.timezone, s.yourZone]];
    if (b.businessTimezone && b.businessTimezone !== b.timezone) zones.push([b.businessTimezone, s.ourZone]);
    // Only a calendar data: URL downloads, only https links open: the API's URLs are still checked here.
    const link = (href: string, label: string, ics?: boolean) =>
      (ics ? /^data:text\/calendar[;,]/ : /^https:\/\//).test(href)
        ? html`<a part="button" href=${href} download=${ics ? 'kre8-booking.ics' : nothing} target=${ics ? nothing : '_blank'} rel="noreferrer">${label}</a>`
        : nothing;
    const where = b.location;
    return html`<div part="confirmation" class="confirmation"><h3 class="view-title" tabindex="-1">${s.confirmedTitle}</h3>${paid ? html`<p>${s.paid}</p>` : nothing}<ul>${zones.map(([tz, who]) => html`<li>${slotWithDay(b.start, b.end, tz, locale)} (${who})</li>`)}</ul>${where ? html`<p>${b.type === 'assessment' ? html`${s.fields.address}: ${where}` : html`${s.meetingLink}: ${link(where, where)}`}</p>` : nothing}<p>${s.emailSent(b.email)}</p><h4>${s.addToCalendar}</h4><p class="cal-links">${link(c.ics, s.ics, true)}${link(c.google, 'Google Calendar')}${link(c.outlook, 'Outlook')}</p><button part="button primary-button" class="primary" @click=${this.#pickAgain}>${s.bookAnother}</button></div>`;
  }
}
