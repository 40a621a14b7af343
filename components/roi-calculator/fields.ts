import { html, type TemplateResult } from 'lit';
import type { Limit } from '../../model/roi.js';

/**
 * Form-control templates shared by the wizard steps: native controls (radio, range, number), so keyboard use,
 * labelling and constraint validation come from the browser rather than from bytes we ship.
 */

const num = (e: Event) => (e.target as HTMLInputElement).valueAsNumber;

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** A radio group in a fieldset: arrow keys move the choice, the legend names the group. */
export function radioGroup<T extends string>(
  name: string,
  legend: string,
  choices: readonly Choice<T>[],
  selected: T,
  pick: (v: T) => void,
): TemplateResult {
  return html`<fieldset part="field" class="choices ${name}">
    <legend>${legend}</legend>
    ${choices.map(
      (c) => html`<label class="choice">
        <input type="radio" name=${name} .value=${c.value} .checked=${c.value === selected} @change=${() => pick(c.value)} />
        <span>${c.label}${c.hint ? html`<small>${c.hint}</small>` : ''}</span>
      </label>`,
    )}
  </fieldset>`;
}

export interface SliderSpec {
  id: string;
  label: string;
  value: number;
  limit: Limit;
  /** Spoken value with units, e.g. "8 hours per week". */
  valueText: string;
  /** Shown next to the label, e.g. "8 h/wk · $196/wk". */
  display: string;
  /** Every movement (live results). */
  input: (v: number) => void;
  /** Once per committed change (an adjustment). */
  commit: () => void;
}

export function slider(s: SliderSpec): TemplateResult {
  return html`<div part="field" class="field slider">
    <label for=${s.id}>${s.label}</label>
    <output for=${s.id} aria-hidden="true">${s.display}</output>
    <input
      id=${s.id}
      type="range"
      min=${s.limit.min}
      max=${s.limit.max}
      step=${s.limit.step}
      .value=${String(s.value)}
      aria-valuetext=${s.valueText}
      @input=${(e: Event) => s.input(num(e))}
      @change=${s.commit}
    />
  </div>`;
}

export interface NumberSpec {
  id: string;
  label: string;
  value: number;
  limit: Limit;
  prefix?: string;
  suffix?: string;
  input: (v: number) => void;
}

/** A number field; an empty or half-typed value leaves the model alone until it parses. */
export function numberField(s: NumberSpec): TemplateResult {
  return html`<div part="field" class="field">
    <label for=${s.id}>${s.label}</label>
    <div class="affix">
      ${s.prefix ? html`<span aria-hidden="true">${s.prefix}</span>` : ''}
      <input
        id=${s.id}
        type="number"
        inputmode="decimal"
        min=${s.limit.min}
        max=${s.limit.max}
        step=${s.limit.step}
        .value=${String(s.value)}
        @input=${(e: Event) => {
          const v = num(e);
          if (!Number.isNaN(v)) s.input(Math.min(Math.max(v, s.limit.min), s.limit.max));
        }}
      />
      ${s.suffix ? html`<span aria-hidden="true">${s.suffix}</span>` : ''}
    </div>
  </div>`;
}
