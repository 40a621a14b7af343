import { html, nothing, type TemplateResult } from 'lit';
import type { RoiStrings } from './roi-calculator.strings.js';
import type { ErrorCode } from '../../model/contracts.js';
import type { Locale } from '../../model/contracts.js';
import { outageMessage, RETRY, TOO_MANY } from '../core/outage.js';
import type { Contact } from './submission.js';

export type SendStatus = 'idle' | 'sending' | 'sent' | 'error';

/** The last failure as the form shows it (HTTP status 0 = offline). */
export interface SendError {
  status: number;
  code: string;
  message: string;
}

/** The contact fields in form order: payload key, input type, autocomplete token. */
const CONTACT = [
  ['email', 'email', 'email'],
  ['name', 'text', 'name'],
  ['companyName', 'text', 'organization'],
  ['phone', 'tel', 'tel'],
] as const;

const errorText = ({ status }: SendError, s: RoiStrings, lang: Locale) =>
  status === 400 ? s.fixFields : status === 429 ? TOO_MANY[lang] : outageMessage(lang);

/**
 * Email capture: contact fields (email required), a consent line, a honeypot bots fill and people never see,
 * a polite status region (sending) and an alert region for failures, with a retry that keeps the input.
 * Once sent, a confirmation replaces the form: what was sent and where, and (when `book` is given) the next step.
 * @param sent the confirmation's text
 * @param fieldErrors messages by payload key (a 400's `error.fields`, or local validation); keys that are not
 *   contact fields are listed in the alert
 */
export function emailForm(
  s: RoiStrings,
  contact: Contact,
  status: SendStatus,
  error: SendError | undefined,
  fieldErrors: Record<string, string>,
  edit: (field: keyof Contact, value: string) => void,
  submit: (e?: Event) => void,
  sent: string,
  book?: (e: Event) => void,
  lang: Locale = 'en',
): TemplateResult {
  // A spam check's 400 (too fast) has its own message and is fixed by sending again, not by editing a
  // field: no field list, and the retry button.
  const coded = error && s.errCodes[error.code as ErrorCode]; // an unknown code has no entry: the generic text
  const other = coded ? [] : Object.entries(fieldErrors).filter(([k]) => !(k in contact));
  return html`${status === 'sent'
      ? html`<div part="email-form" class="sent"><h3 id="sent-h" tabindex="-1">${s.sentTitle}</h3><p>${sent}</p>${book ? html`<button part="button primary-button" class="primary" type="button" @click=${book}>${s.book}</button>` : ''}</div>`
      : html`<form part="email-form" novalidate aria-labelledby="email-h" @submit=${submit}><h3 id="email-h">${s.emailHeading}</h3>${CONTACT.map(([key, type, auto]) => {
          const err = fieldErrors[key];
          return html`<div part="field" class="field"><label for=${key}>${s[key]}${key === 'email' ? '' : html` <small>${s.optional}</small>`}</label><input id=${key} name=${key} type=${type} autocomplete=${auto} ?required=${key === 'email'} maxlength="200" .value=${contact[key]} aria-invalid=${!!err} aria-describedby=${err ? key + '-err' : nothing} @input=${(e: Event) => edit(key, (e.target as HTMLInputElement).value)} />${err ? html`<p id="${key}-err" class="err">${err}</p>` : ''}</div>`;
        })}<div class="visually-hidden" aria-hidden="true"><label for="website">${s.honeypot}</label><input id="website" name="website" tabindex="-1" autocomplete="off" /></div><p class="note">${s.consent}</p><button part="button primary-button" class="primary" type="submit" ?disabled=${status === 'sending'}>${s.send}</button></form>`}<p part="status" class="status" role="status">${status === 'sending' ? s.sending : ''}</p><div part="status" class="alert" role="alert">${error
      ? html`<p>${coded || errorText(error, s, lang)}</p>${other.length ? html`<ul>${other.map(([k, m]) => html`<li>${k}: ${m}</li>`)}</ul>` : ''}${error.status === 400 && !coded ? '' : html`<button part="button" type="button" @click=${() => submit()}>${RETRY[lang]}</button>`}`
      : ''}</div>`;
}
