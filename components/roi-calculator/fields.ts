import { html, type TemplateResult } from 'lit';
import type { Limit } from '../../model/roi.js';

/**
 * Form-control templates for the wizard steps: native controls (radio, range, number), so keyboard use,
 * labelling and constraint validation come from the browser rather than from bytes we ship.
 * Positional parameters on purpose: object keys survive minification, parameter names do not.
 */

const num = (e: Event) => (e.target as HTMLInputElement).valueAsNumber;

/**
 * A radio group in a fieldset: arrow keys move the choice, the legend names the group.
 * @param label each choice's visible text (may include a hint)
 */
export const radioGroup = <T extends string>(
  name: string,
  legend: string,
  ids: readonly T[],
  label: (id: T) => unknown,
  selected: T,
  pick: (id: T) => void,
): TemplateResult =>
  html`<fieldset part="field"><legend>${legend}</legend>${ids.map(
    (v) =>
      html`<label class="choice"><input type="radio" name=${name} value=${v} .checked=${v === selected} @change=${() => pick(v)} /><span>${label(v)}</span></label>`,
  )}</fieldset>`;

/** A native select: compact on a phone, where ten industry cards would push the estimate off screen. */
export const selectField = <T extends string>(
  id: string,
  label: string,
  ids: readonly T[],
  name: (id: T) => string,
  selected: T,
  pick: (id: T) => void,
): TemplateResult =>
  html`<div part="field" class="field"><label for=${id}>${label}</label><select id=${id} @change=${(e: Event) => pick((e.target as HTMLSelectElement).value as T)}>${ids.map(
    (v) => html`<option value=${v} ?selected=${v === selected}>${name(v)}</option>`,
  )}</select></div>`;

/**
 * A range input with its label and the value shown beside it.
 * @param spoken the value with units for screen readers ("8 hours per week")
 * @param shown the value shown next to the label ("8 h/wk · $196/wk")
 * @param input every movement (live results)
 * @param commit once per committed change (an adjustment)
 */
export const slider = (
  id: string,
  label: string,
  limit: Limit,
  value: number,
  spoken: string,
  shown: string,
  input: (v: number) => void,
  commit: () => void,
): TemplateResult =>
  html`<div part="field" class="field"><label for=${id}>${label}</label><output for=${id} aria-hidden="true">${shown}</output><input id=${id} type="range" min=${limit.min} max=${limit.max} step=${limit.step} .value=${value} aria-valuetext=${spoken} @input=${(e: Event) => input(num(e))} @change=${commit} /></div>`;

/** A number field with an optional unit before it; an empty or half-typed value leaves the model alone. */
export const numberField = (
  id: string,
  label: string,
  limit: Limit,
  value: number,
  input: (v: number) => void,
  prefix = '',
): TemplateResult =>
  html`<div part="field" class="field"><label for=${id}>${label}</label><div class="affix">${prefix && html`<span aria-hidden="true">${prefix}</span>`}<input id=${id} type="number" inputmode="decimal" min=${limit.min} max=${limit.max} step=${limit.step} .value=${value} @input=${(e: Event) => {
    const v = num(e);
    if (!isNaN(v)) input(Math.min(Math.max(v, limit.min), limit.max));
  }} /></div></div>`;
