import { html, nothing, type PropertyValues } from 'lit';
import type { RoiInputs, RoiSubmission, TierId } from '../../model/contracts.js';
import { LABELS } from '../../model/labels.js';
import { DEFAULT_INPUTS, EMPLOYEE_RANGES, INDUSTRY_IDS, LIMITS, TASKS, TIER_DATA, TIER_IDS, computeRoi, type RoiResults } from '../../model/roi.js';
import { apiFetch, uuid, type ApiRequestError } from '../core/api-client.js';
import { captureAttribution } from '../core/attribution.js';
import { Kre8Element } from '../core/kre8-element.js';
import { resolveLocale } from '../core/locale.js';
import { emailForm, type SendError, type SendStatus } from './email-form.js';
import { EngagementController, type EngagementEnv } from './engagement.js';
import { numberField, radioGroup, selectField, slider } from './fields.js';
import { formatters, type Formatters } from './format.js';
import { clearProgress, debounce, loadProgress, saveProgress } from './persistence.js';
import { detailsView, heroView, summaryView } from './results-view.js';
import { styles } from './roi-calculator.styles.js';
import { STRINGS, type RoiStrings } from './roi-calculator.strings.js';
import { buildSubmission, type Contact } from './submission.js';

export const STEP_IDS = ['basics', 'time', 'revenue', 'results'] as const;
export type RoiStepId = (typeof STEP_IDS)[number];

/** `kre8-roi-calculator-step` */
export interface RoiStepDetail {
  /** 1-based step number. */
  step: number;
  id: RoiStepId;
  /** The step's label in the widget's locale. */
  label: string;
}
/** `kre8-roi-calculator-result` */
export interface RoiResultDetail {
  inputs: RoiInputs;
  results: RoiResults;
}
/** `kre8-roi-calculator-submit` (cancelable): mutate `payload.attribution` to add data, preventDefault to veto. */
export interface RoiSubmitDetail {
  payload: RoiSubmission;
}
/** `kre8-roi-calculator-lead` */
export interface RoiLeadDetail {
  email: string;
  name?: string;
  companyName?: string;
  results: RoiResults;
}
/** `kre8-roi-calculator-book` (cancelable): the contact the booking widget is opened with. */
export interface RoiBookDetail {
  email: string;
  name?: string;
  companyName?: string;
}
/** `kre8-roi-calculator-error` */
export type RoiErrorDetail = SendError;

type Choice = 'tier';

/** The page's booking widget, once defined (anything with an `open()`); null when the page has none. */
function bookingWidget() {
  const b = document.querySelector('kre8-booking') as (Element & { open?(o: object): void }) | null;
  return typeof b?.open === 'function' ? (b as Element & { open(o: object): void }) : null;
}
type Typed = 'monthlyRevenue' | 'avgDealValue' | 'lostLeadsPerMonth';

/**
 * A four-step ROI wizard (Basics, Time audit, Revenue, Results) whose estimate updates live from the shared ROI
 * model, ending in an email capture that posts the lead, its inputs (ids only), honest engagement figures and the
 * visitor's attribution to `POST /api/leads/roi`. Progress survives a reload in the same tab unless `no-persist`.
 *
 * @summary ROI calculator wizard with lead capture.
 * @tagname kre8-roi-calculator
 *
 * @fires {CustomEvent<RoiStepDetail>} kre8-roi-calculator-step - when the visitor moves to another step (detail: {step, id, label})
 * @fires {CustomEvent<RoiResultDetail>} kre8-roi-calculator-result - when the inputs settle after a change, debounced (detail: {inputs, results})
 * @fires {CustomEvent<RoiSubmitDetail>} kre8-roi-calculator-submit - before sending; cancelable; the host may add to `detail.payload.attribution` (detail: {payload})
 * @fires {CustomEvent<RoiLeadDetail>} kre8-roi-calculator-lead - after the API accepted the lead (detail: {email, name, companyName, results})
 * @fires {CustomEvent<RoiBookDetail>} kre8-roi-calculator-book - "Book your strategy call" after sending; cancelable: unless cancelled, the page's `<kre8-booking>` opens with the email prefilled (detail: {email, name, companyName})
 * @fires {CustomEvent<RoiErrorDetail>} kre8-roi-calculator-error - when sending failed (detail: {status, code, message}; status 0 = offline)
 *
 * @csspart wizard - the outer container
 * @csspart step-nav - the step indicator (a nav landmark)
 * @csspart step - the current step's panel
 * @csspart results - the live estimate (steps 1–3; a bar stuck to the bottom on phones) and the results' headline figures (step 4)
 * @csspart details - the collapsible breakdown on the results step
 * @csspart field - each control with its label
 * @csspart button - every button
 * @csspart primary-button - Next and Send
 * @csspart email-form - the email capture form, or the confirmation that replaces it
 * @csspart status - the sending/sent status and the error alert
 *
 * @cssprop --kre8-accent - brand colour (selected choices, primary buttons, sliders)
 * @cssprop --kre8-accent-contrast - text on the accent colour
 * @cssprop --kre8-surface - background
 * @cssprop --kre8-surface-alt - background of the estimate and choices
 * @cssprop --kre8-text - text colour
 * @cssprop --kre8-muted - secondary text
 * @cssprop --kre8-border - borders
 * @cssprop --kre8-danger - error text
 * @cssprop --kre8-success - the sent confirmation
 * @cssprop --kre8-radius - corner radius
 * @cssprop --kre8-font - font stack
 * @cssprop --kre8-focus-ring - focus ring shadow
 */
export class Kre8RoiCalculator extends Kre8Element {
  static override styles = styles;
  // A static declaration rather than decorators (~0.6 KB gzip). Internal state lives in #private fields, which
  // minifiers rename, and changes to it call requestUpdate() directly.
  static override properties = {
    apiBase: { attribute: 'api-base' },
    locale: {},
    tier: {},
    partner: {},
    noPersist: { type: Boolean, attribute: 'no-persist' },
  };

  /** API origin + prefix, e.g. `https://widgets.example.com/api`; defaults to the script's origin + /api. */
  apiBase?: string;
  /** `en` or `es`; defaults to the page's `lang`. */
  locale?: string;
  /** Initial service tier: `discovery`, `foundation` or `architect` (restored progress wins on reload). */
  tier?: string;
  /** Partner id recorded with the lead's attribution. */
  partner?: string;
  /** Turns off saving progress to sessionStorage (and clears what an earlier page saved). */
  noPersist = false;

  /** @internal Clock and visibility sources for the engagement timer; tests inject fakes. Read on connect. */
  engagementEnv?: EngagementEnv;

  #step = 0;
  #furthest = 0;
  #inputs: RoiInputs = DEFAULT_INPUTS;
  #contact: Contact = { email: '', name: '', companyName: '', phone: '' };
  #status: SendStatus = 'idle';
  #error?: SendError;
  #fieldErrors: Record<string, string> = {};
  #submissionId = uuid();
  #restored = false;
  #resultTimer?: ReturnType<typeof setTimeout>;
  #eng = new EngagementController(this, { env: () => this.engagementEnv, onPause: () => this.#save.flush() });
  /** Every render (each slider step) asks to save; sessionStorage is written once the visitor pauses. */
  #save = debounce(() => this.#write(), 500);

  get #key() {
    return 'kre8:roi-calculator' + (this.id ? ':' + this.id : '');
  }

  get #lang() {
    return resolveLocale(this, this.locale);
  }

  get #results() {
    return computeRoi(this.#inputs);
  }

  override connectedCallback(): void {
    if (!this.#restored) this.#restore();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#resultTimer);
    this.#save.flush();
  }

  #restore() {
    this.#restored = true;
    if (this.noPersist) clearProgress(this.#key);
    const saved = this.noPersist ? null : loadProgress(this.#key);
    if (!saved) return this.#applyTier();
    this.#step = saved.step;
    this.#furthest = saved.furthest;
    this.#inputs = saved.inputs;
    this.#submissionId = saved.submissionId;
    this.#eng.restore(saved.engagement);
  }

  #applyTier() {
    const tier = this.tier as TierId;
    if (!TIER_IDS.includes(tier)) return;
    // Before the first render it is the initial state, not a visitor's change: no result event.
    if (this.hasUpdated) this.#set({ tier });
    else this.#inputs = { ...this.#inputs, tier };
  }

  #write() {
    if (this.noPersist || !this.#restored) return;
    saveProgress(this.#key, {
      step: this.#step,
      furthest: this.#furthest,
      inputs: this.#inputs,
      engagement: this.#eng.snapshot(),
      submissionId: this.#submissionId,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tier') && this.hasUpdated) this.#applyTier();
  }

  protected override updated(): void {
    this.#save();
  }

  #book = (e: Event) => {
    const c = this.#contact;
    const detail: RoiBookDetail = { email: c.email.trim() };
    if (c.name.trim()) detail.name = c.name.trim();
    if (c.companyName.trim()) detail.companyName = c.companyName.trim();
    if (!this.emit<RoiBookDetail>('kre8-roi-calculator-book', detail, { cancelable: true })) return;
    // Duck-typed, never imported: the booking widget is another bundle the page may or may not load.
    bookingWidget()?.open({ type: 'consultation', ...detail, returnFocusTo: e.currentTarget as HTMLElement });
  };

  /** Moves to step `index` (0–3) and focuses its heading; forward only up to the furthest step reached + 1. */
  async goToStep(index: number): Promise<void> {
    if (index < 0 || index > Math.min(3, this.#furthest + 1) || index === this.#step) return;
    this.#step = index;
    this.#furthest = Math.max(this.#furthest, index);
    this.emit<RoiStepDetail>('kre8-roi-calculator-step', {
      step: index + 1,
      id: STEP_IDS[index],
      label: LABELS[this.#lang].steps[index],
    });
    // The results open at their heading, so the figures and the email capture fill the screen below it.
    return this.#focusAfterUpdate('#step-h', index > 2);
  }

  /** Re-renders, then focuses the first element matching `selector` (scrolled to the top when `top`). */
  async #focusAfterUpdate(selector: string, top?: boolean) {
    this.requestUpdate();
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    el?.focus({ preventScroll: top });
    // Instant: a host's smooth scrolling could be cut short by its next scroll (seen in the above-the-fold test
    // under load), leaving the results below the fold; a jump to the new step is what a wizard does anyway.
    if (top) el?.scrollIntoView({ behavior: 'instant' });
  }

  /** Changes inputs; the estimate re-renders now, the result event fires once the visitor pauses. */
  #set(patch: Partial<RoiInputs>) {
    this.#inputs = { ...this.#inputs, ...patch };
    this.requestUpdate();
    clearTimeout(this.#resultTimer);
    this.#resultTimer = setTimeout(
      () => this.emit<RoiResultDetail>('kre8-roi-calculator-result', { inputs: this.#inputs, results: this.#results }),
      400,
    );
  }

  #commit = () => this.#eng.commit();

  async #submit(e?: Event) {
    e?.preventDefault();
    if (this.#status === 'sending') return;
    const emailInput = this.renderRoot.querySelector<HTMLInputElement>('#email')!;
    if (!emailInput.checkValidity()) {
      this.#fieldErrors = { email: STRINGS[this.#lang].invalidEmail };
      this.#error = undefined;
      return this.#focusAfterUpdate('#email');
    }
    const payload = buildSubmission({
      submissionId: this.#submissionId,
      contact: this.#contact,
      locale: this.#lang,
      inputs: this.#inputs,
      timeOnCalculatorSeconds: this.#eng.seconds,
      adjustmentsCount: this.#eng.adjustments,
      fillMs: this.#eng.fillMs(),
      honeypot: this.renderRoot.querySelector<HTMLInputElement>('#website')!.value,
      attribution: captureAttribution(this.partner),
    });
    if (!this.emit<RoiSubmitDetail>('kre8-roi-calculator-submit', { payload }, { cancelable: true })) return;
    this.#status = 'sending';
    this.#error = undefined;
    this.#fieldErrors = {};
    this.requestUpdate();
    try {
      await apiFetch(this.apiBase, 'leads/roi', { body: payload });
      this.#status = 'sent';
      // A later send (say, to a colleague's address) is a new lead, not a retry of this one.
      this.#submissionId = uuid();
      this.emit<RoiLeadDetail>('kre8-roi-calculator-lead', {
        email: payload.email,
        name: payload.name,
        companyName: payload.companyName,
        results: this.#results,
      });
      this.#focusAfterUpdate('#sent-h');
    } catch (err) {
      // apiFetch throws ApiRequestError (status 0 = offline); anything else is treated as offline too.
      const { status = 0, code = 'offline', message, fields = {} } = err as Partial<ApiRequestError>;
      const error = { status, code, message: message ?? String(err) };
      this.#status = 'error';
      this.#error = error;
      this.#fieldErrors = status === 400 ? fields : {};
      this.emit<RoiErrorDetail>('kre8-roi-calculator-error', { ...error });
      // The submit button was disabled while sending: focus the field at fault, else the alert's retry.
      this.#focusAfterUpdate('[aria-invalid=true],.alert button');
    }
  }

  override render() {
    const lang = this.#lang;
    const s = STRINGS[lang];
    const f = formatters(lang);
    const labels = LABELS[lang].steps;
    const step = this.#step;
    const r = this.#results;

    return html`<div part="wizard" class="wizard"><nav part="step-nav" aria-label=${s.stepsNav}><ol>${labels.map((label, n) =>
      n !== step && n <= this.#furthest
        ? html`<li><button part="button" type="button" aria-label=${s.goTo(n + 1, label)} @click=${() => this.goToStep(n)}><span class="n" aria-hidden="true">✓</span> ${label}</button></li>`
        : html`<li aria-current=${n === step ? 'step' : nothing}><span class="n">${n + 1}</span> ${label}</li>`,
    )}</ol></nav><div class=${step < 3 ? 'layout two' : 'layout'}><section part="step" aria-labelledby="step-h"><h2 id="step-h" tabindex="-1"><small>${s.stepOf(step + 1)}</small> ${labels[step]}</h2>${
      step === 0 ? this.#basics(s, f) : step === 1 ? this.#time(s, f) : step === 2 ? this.#revenue(s, f) : this.#final(s, f, r)
    }<div class="actions">${step && this.#status !== 'sent'
      ? html`<button part="button" type="button" @click=${() => this.goToStep(step - 1)}>${s.back}</button>`
      : ''}${step < 3
      ? html`<button part="button primary-button" class="primary" type="button" @click=${() => this.goToStep(step + 1)}>${step === 2 ? s.seeResults : s.next}</button>`
      : ''}</div></section>${step < 3 ? summaryView(r, s, f) : ''}</div></div>`;
  }

  /** A radio group bound to one input; every choice is an adjustment. */
  #radios<K extends Choice>(key: K, legend: string, ids: readonly RoiInputs[K][], label: (id: RoiInputs[K]) => unknown) {
    return radioGroup(key, legend, ids, label, this.#inputs[key], (v) => {
      this.#set({ [key]: v });
      this.#commit();
    });
  }

  /** A select bound to one input; every choice is an adjustment. */
  #select<K extends 'industry' | 'employees'>(key: K, label: string, ids: readonly RoiInputs[K][], name: (id: RoiInputs[K]) => string) {
    return selectField(key, label, ids, name, this.#inputs[key], (v) => {
      this.#set({ [key]: v });
      this.#commit();
    });
  }

  /** A number field bound to one input; a burst of typing is one adjustment. */
  #number(key: Typed, id: string, label: string, prefix?: string) {
    return numberField(id, label, LIMITS[key], this.#inputs[key], (v) => {
      this.#set({ [key]: v });
      this.#eng.typing(key);
    }, prefix);
  }

  #basics(s: RoiStrings, f: Formatters) {
    const L = LABELS[this.#lang];
    const rate = this.#inputs.hourlyLaborCost;
    return html`${this.#select('industry', s.industry, INDUSTRY_IDS, (v) => L.industries[v])}${this.#select('employees', s.size, EMPLOYEE_RANGES, (v) => L.employees[v])}${slider(
      'rate',
      s.hourlyCost,
      LIMITS.hourlyLaborCost,
      rate,
      s.perHour(f.money(rate)),
      f.money(rate),
      (v) => this.#set({ hourlyLaborCost: v }),
      this.#commit,
    )}${this.#radios('tier', s.tier, TIER_IDS, (v) => html`${L.tiers[v]}<small>${s.tierPrice(f.money(TIER_DATA[v].setupFee), f.money(TIER_DATA[v].monthlyFee))}</small>`)}`;
  }

  #time(s: RoiStrings, f: Formatters) {
    const { taskHours: hours, hourlyLaborCost: rate } = this.#inputs;
    const tasks = LABELS[this.#lang].tasks;
    return html`<p class="note">${s.taskHint}</p>${TASKS.map(({ id, automationRate }) =>
      slider(
        id,
        tasks[id],
        LIMITS.taskHours,
        hours[id],
        s.hoursPerWeek(f.num(hours[id])),
        `${s.hoursShort(f.num(hours[id]))} · ${s.perWeek(f.money(Math.round(hours[id] * automationRate * rate)))}`,
        (v) => this.#set({ taskHours: { ...hours, [id]: v } }),
        this.#commit,
      ),
    )}<p class="total"><span>${s.total}</span> <span>${s.hoursShort(f.num(TASKS.reduce((n, t) => n + hours[t.id], 0)))}</span></p>`;
  }

  #revenue(s: RoiStrings, f: Formatters) {
    const close = this.#inputs.closeRate;
    return html`${this.#number('avgDealValue', 'deal', s.dealValue, '$')}${this.#number('lostLeadsPerMonth', 'lost', s.lostLeads)}${slider(
      'close',
      s.closeRate,
      LIMITS.closeRate,
      close,
      s.percent(f.num(close)),
      f.pct(close),
      (v) => this.#set({ closeRate: v }),
      this.#commit,
    )}${this.#number('monthlyRevenue', 'revenue', s.monthlyRevenue, '$')}`;
  }

  /** The payoff first: the figures, the email capture beside them (below on a phone), then the breakdown. */
  #final(s: RoiStrings, f: Formatters, r: RoiResults) {
    const tier = this.#inputs.tier;
    return html`<div class="final">${heroView(r, s, f, tier)}<div>${emailForm(
      s,
      this.#contact,
      this.#status,
      this.#error,
      this.#fieldErrors,
      (k, v) => (this.#contact = { ...this.#contact, [k]: v }),
      (e) => void this.#submit(e),
      s.sentBody(this.#contact.email.trim(), f.money(r.annualBenefit), f.pct(r.firstYearRoi)),
      bookingWidget() ? this.#book : undefined,
      this.#lang,
    )}</div>${detailsView(r, s, f, LABELS[this.#lang].tasks, tier)}</div>`;
  }
}
