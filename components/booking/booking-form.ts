import { html, nothing, type TemplateResult } from 'lit';
import type { BookingRequest } from '../../model/contracts.js';
import { EMPLOYEE_COUNTS, INDUSTRIES } from '../../model/vocabulary.js';
import type { BookingStrings } from './booking.strings.js';

/** The visitor's fields of a booking, in form order. */
export const FIELD_NAMES = [
  'name', 'email', 'address', 'phone', 'companyName', 'industry', 'employeeCount', 'challenge', 'referralSource', 'websiteUrl',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];
export type FormValues = Record<FieldName, string>;

/** The visitor's part of a BookingRequest (what the confirmed event reports back). */
export type BookingVisitor = Pick<BookingRequest, FieldName>;


// How the fields render: inputs [type, autocomplete, pattern?, inputmode?], selects (their options), and the
// one field in neither, the textarea. The first three (name, email, and the assessment's address) are required.
// Patterns are compiled with the `v` flag, where `/` and `-` in a class must be escaped.
const INPUTS: Partial<Record<FieldName, readonly string[]>> = {
  name: ['text', 'name'],
  email: ['email', 'email'],
  address: ['text', 'street-address'],
  phone: ['tel', 'tel', '[0-9+\\(\\)\\-. ]{7,25}'],
  companyName: ['text', 'organization'],
  referralSource: ['text', 'off'],
  websiteUrl: ['text', 'url', '(https?://)?[^\\s\\/]+\\.[^\\s]+', 'url'],
};
const SELECTS: Partial<Record<FieldName, readonly string[]>> = { industry: INDUSTRIES, employeeCount: EMPLOYEE_COUNTS };

export const emptyValues = (): FormValues =>
  Object.fromEntries(FIELD_NAMES.map((f) => [f, ''])) as FormValues;

/** Trimmed values with empties left out (the address too, unless on-site); a website without a scheme gets https://. */
export function toVisitor(values: FormValues, onSite = false): BookingVisitor {
  const out: Partial<Record<FieldName, string>> = {};
  for (const f of FIELD_NAMES) {
    const v = values[f]?.trim();
    if (v && (onSite || f !== 'address')) out[f] = v;
  }
  if (out.websiteUrl && !/^https?:\/\//i.test(out.websiteUrl)) out.websiteUrl = `https://${out.websiteUrl}`;
  return out as BookingVisitor;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The localized message for a control that fails native constraint validation ('' when valid). */
export function validationMessage(el: Control, s: BookingStrings): string {
  const v = el.validity;
  const name = el.name as FieldName;
  return v.valid ? ''
    : v.valueMissing ? s.errRequired(s.fields[name])
    : name === 'email' ? s.errEmail
    : name === 'phone' ? s.errPhone
    : name === 'websiteUrl' ? s.errUrl
    : el.validationMessage;
}

export interface FormView {
  s: BookingStrings;
  values: FormValues;
  errors: Partial<Record<FieldName, string>>;
  busy: boolean;
  /** Shows the (required) address field: the on-site assessment. */
  address: boolean;
  submitLabel: string;
  /** Called on `input` and `change` of any control (one delegated listener on the form). */
  onInput: (name: FieldName, value: string) => void;
  onSubmit: (e: SubmitEvent) => void;
}

/**
 * The booking form: the required fields first (name, email, and the on-site address), the optional ones behind
 * a native disclosure ("add details"), which opens when one of them has an error (see the element's focus).
 * Native constraint attributes, our own localized messages tied to each field.
 */
export function renderForm(v: FormView): TemplateResult {
  const { s, values, errors } = v;
  const input = (e: Event) => {
    const t = e.target as Control;
    if (t.name in values) v.onInput(t.name as FieldName, t.value);
  };
  const field = (req: boolean) => (n: FieldName) => {
    const c = INPUTS[n];
    const options = SELECTS[n];
    const err = errors[n];
    if (n === 'address' && !v.address) return nothing;
    const desc = err ? `e-${n}` : nothing;
    return html`<div part="field" class="field${c && n !== 'referralSource' || options ? '' : ' wide'}"><label for="f-${n}">${s.fields[n]}${req ? html` <span aria-hidden="true">*</span>` : nothing}</label>${
      c ? html`<input id="f-${n}" name=${n} type=${c[0]} autocomplete=${c[1]} maxlength="200" ?required=${req} pattern=${c[2] ?? nothing} inputmode=${c[3] ?? nothing} aria-invalid=${!!err} aria-describedby=${desc} .value=${values[n]}>`
      : options ? html`<select id="f-${n}" name=${n} aria-invalid=${!!err} aria-describedby=${desc}><option value="">${s.choose}</option>${options.map((o) => html`<option value=${o} .selected=${o === values[n]}>${s.choices[o] ?? o}</option>`)}</select>`
      : html`<textarea id="f-${n}" name=${n} rows="3" maxlength="2000" aria-invalid=${!!err} aria-describedby=${desc} .value=${values[n]}></textarea>`
    }${err ? html`<p class="field-error" id="e-${n}">${err}</p>` : nothing}</div>`;
  };
  return html`<form part="form" novalidate aria-busy=${v.busy} @submit=${v.onSubmit} @input=${input} @change=${input}><div class="fields">${FIELD_NAMES.slice(0, 3).map(field(true))}</div><details part="more"><summary>${s.addDetails}</summary><div class="fields">${FIELD_NAMES.slice(3).map(field(false))}</div></details><div class="visually-hidden" aria-hidden="true"><label for="f-hp">Leave this field empty</label><input id="f-hp" name="website_hp" tabindex="-1" autocomplete="off"></div><button part="button primary-button" class="primary" type="submit" ?disabled=${v.busy}>${v.submitLabel}</button></form>`;
}
