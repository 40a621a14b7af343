import { html, nothing, type TemplateResult } from 'lit';
import type { BookingRequest } from '../../model/contracts.js';
import type { BookingStrings, EmployeeCount, Industry } from './booking.strings.js';

/** The visitor's fields of a booking, in form order. */
export const FIELD_NAMES = [
  'name', 'email', 'phone', 'companyName', 'industry', 'employeeCount', 'challenge', 'referralSource', 'websiteUrl',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type FormValues = Record<FieldName, string>;

/** The visitor's part of a BookingRequest (what the confirmed event reports back). */
export type BookingVisitor = Pick<BookingRequest, FieldName>;

// The CRM's enums (api/ncb/schema.ts), checked against it at compile time.
const INDUSTRIES = ['HVAC', 'Plumbing', 'Construction', 'Property Management', 'Electrical', 'Landscaping', 'Other'] as const satisfies readonly Industry[];
const EMPLOYEE_COUNTS = ['1-5', '5-10', '10-25', '25-50', '50-100', '100+'] as const satisfies readonly EmployeeCount[];

export const emptyValues = (): FormValues =>
  Object.fromEntries(FIELD_NAMES.map((f) => [f, ''])) as FormValues;

/** Trimmed values with empties left out; a website without a scheme gets https://. */
export function toVisitor(values: FormValues): BookingVisitor {
  const out: Partial<Record<FieldName, string>> = {};
  for (const f of FIELD_NAMES) {
    const v = values[f].trim();
    if (v) out[f] = v;
  }
  if (out.websiteUrl && !/^https?:\/\//i.test(out.websiteUrl)) out.websiteUrl = `https://${out.websiteUrl}`;
  return out as BookingVisitor;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The localized message for a control that fails native constraint validation ('' when valid). */
export function validationMessage(el: Control, s: BookingStrings): string {
  const v = el.validity;
  if (v.valid) return '';
  const name = el.name as FieldName;
  if (v.valueMissing) return s.errRequired(s.fields[name]);
  if (v.tooLong) return s.errTooLong;
  if (name === 'email') return s.errEmail;
  if (name === 'phone') return s.errPhone;
  if (name === 'websiteUrl') return s.errUrl;
  return el.validationMessage;
}

export interface FormView {
  s: BookingStrings;
  values: FormValues;
  errors: Partial<Record<FieldName, string>>;
  busy: boolean;
  submitLabel: string;
  onInput: (name: FieldName, value: string) => void;
  onSubmit: (e: SubmitEvent) => void;
}

/** The booking form: native constraint attributes, our own localized messages tied to each field. */
export function renderForm(v: FormView): TemplateResult {
  const { s } = v;
  const input = (e: Event) => {
    const t = e.target as Control;
    v.onInput(t.name as FieldName, t.value);
  };
  const field = (name: FieldName, control: TemplateResult, required = false, wide = false) => html`
    <div part="field" class="field ${wide ? 'wide' : ''}">
      <label for="f-${name}">${s.fields[name]}${required ? html` <span aria-hidden="true">*</span>` : html` <span class="opt">(${s.optional})</span>`}</label>
      ${control}
      ${v.errors[name] ? html`<p class="field-error" id="e-${name}">${v.errors[name]}</p>` : nothing}
    </div>`;
  const attrs = (name: FieldName) => ({
    id: `f-${name}`,
    invalid: v.errors[name] ? 'true' : 'false',
    describedby: v.errors[name] ? `e-${name}` : undefined,
  });
  const text = (name: FieldName, type: string, autocomplete: string, required = false, extra: { pattern?: string; inputmode?: string } = {}) => {
    const a = attrs(name);
    return field(name, html`<input id=${a.id} name=${name} type=${type} autocomplete=${autocomplete} maxlength="200"
      ?required=${required} pattern=${extra.pattern ?? nothing} inputmode=${extra.inputmode ?? nothing}
      aria-invalid=${a.invalid} aria-describedby=${a.describedby ?? nothing}
      .value=${v.values[name]} @input=${input} />`, required);
  };
  const select = (name: FieldName, options: readonly string[], label: (o: string) => string) => {
    const a = attrs(name);
    return field(name, html`<select id=${a.id} name=${name} aria-invalid=${a.invalid} aria-describedby=${a.describedby ?? nothing}
      .value=${v.values[name]} @change=${input}>
      <option value="">${s.choose}</option>
      ${options.map((o) => html`<option value=${o} ?selected=${o === v.values[name]}>${label(o)}</option>`)}
    </select>`);
  };
  const a = attrs('challenge');
  return html`
    <form part="form" novalidate @submit=${v.onSubmit} aria-busy=${v.busy ? 'true' : 'false'}>
      <div class="fields">
        ${text('name', 'text', 'name', true)}
        ${text('email', 'email', 'email', true)}
        ${text('phone', 'tel', 'tel', false, { pattern: '[0-9+()\\-. ]{7,25}' })}
        ${text('companyName', 'text', 'organization')}
        ${select('industry', INDUSTRIES, (o) => s.industries[o as Industry])}
        ${select('employeeCount', EMPLOYEE_COUNTS, (o) => o)}
        ${field('challenge', html`<textarea id=${a.id} name="challenge" rows="3" maxlength="2000"
          aria-invalid=${a.invalid} aria-describedby=${a.describedby ?? nothing}
          .value=${v.values.challenge} @input=${input}></textarea>`, false, true)}
        ${text('referralSource', 'text', 'off')}
        ${text('websiteUrl', 'text', 'url', false, { pattern: '(https?://)?[^\\s/]+\\.[^\\s]+', inputmode: 'url' })}
      </div>
      <div class="hp" aria-hidden="true">
        <label for="f-hp">${s.hp}</label>
        <input id="f-hp" name="website_hp" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <button part="button primary-button" class="primary" type="submit" ?disabled=${v.busy}>${v.submitLabel}</button>
    </form>`;
}
