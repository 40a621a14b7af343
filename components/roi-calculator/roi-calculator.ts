import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { RoiInputs, RoiSubmission, TaskId, TierId } from '../../model/contracts.js';
import { LABELS, employeesName, industryName, taskName, tierName } from '../../model/labels.js';
import { DEFAULT_INPUTS, EMPLOYEE_RANGES, INDUSTRY_IDS, LIMITS, TASKS, TIER_DATA, TIER_IDS, computeRoi, type RoiResults } from '../../model/roi.js';
import { ApiRequestError, apiFetch, uuid } from '../core/api-client.js';
import { captureAttribution } from '../core/attribution.js';
import { Kre8Element } from '../core/kre8-element.js';
import { resolveLocale } from '../core/locale.js';
import { emailForm, type SendError, type SendStatus } from './email-form.js';
import { EngagementController, type EngagementEnv } from './engagement.js';
import { numberField, radioGroup, slider } from './fields.js';
import { formatters } from './format.js';
import { clearProgress, loadProgress, saveProgress } from './persistence.js';
import { resultsView, summaryView } from './results-view.js';
import { styles } from './roi-calculator.styles.js';
import { STRINGS } from './roi-calculator.strings.js';
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
/** `kre8-roi-calculator-error` */
export type RoiErrorDetail = SendError;

type NumKey = 'hourlyLaborCost' | 'monthlyRevenue' | 'avgDealValue' | 'lostLeadsPerMonth' | 'closeRate';

const RESULT_DEBOUNCE_MS = 400;

/**
 * A four-step ROI wizard (Basics, Time audit, Revenue, Results) whose estimate updates live from the shared ROI
 * model, ending in an email capture that posts the lead, its inputs (ids only), honest engagement figures and the
 * visitor's attribution to `POST /api/leads/roi`. Progress survives a reload in the same tab unless `no-persist`.
 *
 * @summary ROI calculator wizard with lead capture.
 *
 * @fires kre8-roi-calculator-step - when the visitor moves to another step (detail: {step, id, label})
 * @fires kre8-roi-calculator-result - when the inputs settle after a change, debounced (detail: {inputs, results})
 * @fires kre8-roi-calculator-submit - before sending; cancelable; the host may add to `detail.payload.attribution` (detail: {payload})
 * @fires kre8-roi-calculator-lead - after the API accepted the lead (detail: {email, name, companyName, results})
 * @fires kre8-roi-calculator-error - when sending failed (detail: {status, code, message}; status 0 = offline)
 *
 * @csspart wizard - the outer container
 * @csspart step-nav - the step indicator (a nav landmark)
 * @csspart step - the current step's panel
 * @csspart results - the live estimate (steps 1–3) and the full results (step 4)
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
 */
export class Kre8RoiCalculator extends Kre8Element {
  static override styles = styles;

  /** API origin + prefix, e.g. `https://widgets.example.com/api`; defaults to the script's origin + /api. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** `en` or `es`; defaults to the page's `lang`. */
  @property() locale?: string;
  /** Initial service tier: `discovery`, `foundation` or `architect` (restored progress wins on reload). */
  @property() tier?: string;
  /** Partner id recorded with the lead's attribution. */
  @property() partner?: string;
  /** ISO 4217 currency for money figures. */
  @property() currency = 'USD';
  /** Turns off saving progress to sessionStorage (and clears what an earlier page saved). */
  @property({ type: Boolean, attribute: 'no-persist' }) noPersist = false;

  /** @internal Clock and visibility sources for the engagement timer; tests inject fakes. Read on connect. */
  engagementEnv?: EngagementEnv;

  @state() private _step = 0;
  @state() private _furthest = 0;
  @state() private _inputs: RoiInputs = DEFAULT_INPUTS;
  @state() private _contact: Contact = { email: '', name: '', companyName: '', phone: '' };
  @state() private _status: SendStatus = 'idle';
  @state() private _error?: SendError;
  @state() private _fieldErrors: Record<string, string> = {};

  private _results = computeRoi(DEFAULT_INPUTS);
  private _submissionId = uuid();
  private _restored = false;
  private _resultTimer?: number;
  private readonly _engagement = new EngagementController(this, {
    env: () => this.engagementEnv,
    onPause: () => this._persist(),
  });

  private get _key() {
    return 'kre8:roi-calculator' + (this.id ? ':' + this.id : '');
  }

  override connectedCallback(): void {
    if (!this._restored) this._restore();
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._resultTimer);
    this._persist();
  }

  private _restore() {
    this._restored = true;
    if (this.noPersist) return clearProgress(this._key);
    const saved = loadProgress(this._key);
    if (saved) {
      this._step = saved.step;
      this._furthest = saved.furthest;
      this._inputs = saved.inputs;
      this._submissionId = saved.submissionId;
      this._engagement.restore(saved.engagement);
    } else {
      this._applyTier();
    }
  }

  private _applyTier() {
    if (TIER_IDS.includes(this.tier as TierId)) this._inputs = { ...this._inputs, tier: this.tier as TierId };
  }

  private _persist() {
    if (this.noPersist || !this._restored) return;
    saveProgress(this._key, {
      step: this._step,
      furthest: this._furthest,
      inputs: this._inputs,
      engagement: this._engagement.snapshot(),
      submissionId: this._submissionId,
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tier') && this.hasUpdated) this._applyTier();
    if (changed.has('_inputs' as keyof Kre8RoiCalculator)) this._results = computeRoi(this._inputs);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('_inputs' as keyof Kre8RoiCalculator) && changed.get('_inputs' as keyof Kre8RoiCalculator)) {
      clearTimeout(this._resultTimer);
      this._resultTimer = window.setTimeout(
        () => this.emit<RoiResultDetail>('kre8-roi-calculator-result', { inputs: this._inputs, results: this._results }),
        RESULT_DEBOUNCE_MS,
      );
    }
    this._persist();
  }

  private get _lang() {
    return resolveLocale(this, this.locale);
  }

  /** Moves to step `index` (0–3) and focuses its heading; forward only up to the furthest step reached + 1. */
  async goToStep(index: number): Promise<void> {
    if (index < 0 || index > Math.min(3, this._furthest + 1) || index === this._step) return;
    this._step = index;
    this._furthest = Math.max(this._furthest, index);
    this.emit<RoiStepDetail>('kre8-roi-calculator-step', {
      step: index + 1,
      id: STEP_IDS[index],
      label: LABELS[this._lang].steps[index],
    });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-h')?.focus();
  }

  private _set<K extends keyof RoiInputs>(key: K, value: RoiInputs[K]) {
    this._inputs = { ...this._inputs, [key]: value };
  }

  private _setHours(id: TaskId, hours: number) {
    this._set('taskHours', { ...this._inputs.taskHours, [id]: hours });
  }

  private _pick<K extends 'industry' | 'employees' | 'tier'>(key: K) {
    return (v: RoiInputs[K]) => {
      this._set(key, v);
      this._engagement.commit();
    };
  }

  private _typed(key: NumKey) {
    return (v: number) => {
      this._set(key, v);
      this._engagement.typing(key);
    };
  }

  private _commit = () => this._engagement.commit();

  private async _submit(e?: Event) {
    e?.preventDefault();
    if (this._status === 'sending') return;
    const s = STRINGS[this._lang];
    const emailInput = this.renderRoot.querySelector<HTMLInputElement>('#email');
    if (emailInput && !emailInput.checkValidity()) {
      this._fieldErrors = { email: s.invalidEmail };
      this._error = undefined;
      await this.updateComplete;
      emailInput.focus();
      return;
    }
    const payload = buildSubmission({
      submissionId: this._submissionId,
      contact: this._contact,
      locale: this._lang,
      inputs: this._inputs,
      timeOnCalculatorSeconds: this._engagement.seconds,
      adjustmentsCount: this._engagement.adjustments,
      fillMs: this._engagement.fillMs(),
      honeypot: this.renderRoot.querySelector<HTMLInputElement>('#website')?.value ?? '',
      attribution: captureAttribution(this.partner),
    });
    if (!this.emit<RoiSubmitDetail>('kre8-roi-calculator-submit', { payload }, { cancelable: true })) return;
    this._status = 'sending';
    this._error = undefined;
    this._fieldErrors = {};
    try {
      await apiFetch<unknown>(this.apiBase, 'leads/roi', { body: payload });
      this._status = 'sent';
      // A later send (say, to a colleague's address) is a new lead, not a retry of this one.
      this._submissionId = uuid();
      this.emit<RoiLeadDetail>('kre8-roi-calculator-lead', {
        email: payload.email,
        name: payload.name,
        companyName: payload.companyName,
        results: this._results,
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sent-h')?.focus();
    } catch (err) {
      const x = err instanceof ApiRequestError ? err : new ApiRequestError(0, 'offline', String(err));
      this._status = 'error';
      this._error = { status: x.status, code: x.code, message: x.message };
      this._fieldErrors = x.status === 400 ? x.fields : {};
      this.emit<RoiErrorDetail>('kre8-roi-calculator-error', { ...this._error });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  override render() {
    const lang = this._lang;
    const s = STRINGS[lang];
    const f = formatters(lang, this.currency);
    const labels = LABELS[lang].steps;
    const i = this._inputs;
    const step = this._step;
    const rate = i.hourlyLaborCost;

    const body = [
      () => html`${radioGroup('industry', s.industry, INDUSTRY_IDS.map((v) => ({ value: v, label: industryName(v, lang) })), i.industry, this._pick('industry'))}
        ${radioGroup('employees', s.size, EMPLOYEE_RANGES.map((v) => ({ value: v, label: employeesName(v, lang) })), i.employees, this._pick('employees'))}
        ${slider({
          id: 'rate',
          label: s.hourlyCost,
          value: rate,
          limit: LIMITS.hourlyLaborCost,
          valueText: s.perHour(f.money(rate)),
          display: f.money(rate),
          input: (v) => this._set('hourlyLaborCost', v),
          commit: this._commit,
        })}
        ${radioGroup(
          'tier',
          s.tier,
          TIER_IDS.map((v) => ({ value: v, label: tierName(v, lang), hint: s.tierPrice(f.money(TIER_DATA[v].setupFee), f.money(TIER_DATA[v].monthlyFee)) })),
          i.tier,
          this._pick('tier'),
        )}`,
      () => html`<p class="note">${s.taskHint}</p>
        ${TASKS.map((t) => {
          const h = i.taskHours[t.id];
          return slider({
            id: t.id,
            label: taskName(t.id, lang),
            value: h,
            limit: LIMITS.taskHours,
            valueText: s.hoursPerWeek(f.num(h)),
            display: `${s.hoursShort(f.num(h))} · ${s.perWeek(f.money(Math.round(h * t.automationRate * rate)))}`,
            input: (v) => this._setHours(t.id, v),
            commit: this._commit,
          });
        })}
        <p class="total"><span>${s.totalHours}</span> <span>${s.hoursShort(f.num(TASKS.reduce((n, t) => n + i.taskHours[t.id], 0)))}</span></p>`,
      () => html`${numberField({ id: 'deal', label: s.dealValue, value: i.avgDealValue, limit: LIMITS.avgDealValue, prefix: f.symbol, input: this._typed('avgDealValue') })}
        ${numberField({ id: 'lost', label: s.lostLeads, value: i.lostLeadsPerMonth, limit: LIMITS.lostLeadsPerMonth, suffix: s.perMonth, input: this._typed('lostLeadsPerMonth') })}
        ${slider({
          id: 'close',
          label: s.closeRate,
          value: i.closeRate,
          limit: LIMITS.closeRate,
          valueText: s.percent(f.num(i.closeRate)),
          display: f.pct(i.closeRate),
          input: (v) => this._set('closeRate', v),
          commit: this._commit,
        })}
        ${numberField({ id: 'revenue', label: s.monthlyRevenue, value: i.monthlyRevenue, limit: LIMITS.monthlyRevenue, prefix: f.symbol, input: this._typed('monthlyRevenue') })}`,
      () => html`${resultsView(this._results, s, f, lang)}
        ${emailForm(
          { contact: this._contact, status: this._status, error: this._error, fieldErrors: this._fieldErrors },
          {
            edit: (k, v) => (this._contact = { ...this._contact, [k]: v }),
            submit: (e) => void this._submit(e),
            retry: () => void this._submit(),
          },
          s,
        )}`,
    ][step];

    return html`<div part="wizard" class="wizard">
      <nav part="step-nav" aria-label=${s.stepsNav}>
        <ol>
          ${labels.map((label, n) =>
            n === step
              ? html`<li aria-current="step"><span class="n">${n + 1}</span> ${label}</li>`
              : n <= this._furthest
                ? html`<li>
                    <button part="button" type="button" aria-label=${s.goTo(n + 1, label)} @click=${() => this.goToStep(n)}>
                      <span class="n" aria-hidden="true">✓</span> ${label}
                    </button>
                  </li>`
                : html`<li class="todo"><span class="n">${n + 1}</span> ${label}</li>`,
          )}
        </ol>
      </nav>
      <div class="layout">
        <section part="step" class="step" aria-labelledby="step-h">
          <h2 id="step-h" tabindex="-1"><small>${s.stepOf(step + 1, 4)}</small> ${labels[step]}</h2>
          ${body()}
          <div class="actions">
            ${step > 0 ? html`<button part="button" type="button" @click=${() => this.goToStep(step - 1)}>${s.back}</button>` : nothing}
            ${step < 3
              ? html`<button part="button primary-button" class="primary" type="button" @click=${() => this.goToStep(step + 1)}>
                  ${step === 2 ? s.seeResults : s.next}
                </button>`
              : nothing}
          </div>
        </section>
        ${step < 3 ? summaryView(this._results, s, f) : nothing}
      </div>
    </div>`;
  }
}
