import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RoiStrings } from './roi-calculator.strings.js';
import type { Contact } from './submission.js';

export type SendStatus = 'idle' | 'sending' | 'sent' | 'error';

/** The last failure as the form shows it (HTTP status 0 = offline). */
export interface SendError {
  status: number;
  code: string;
  message: string;
}

export interface EmailFormState {
  contact: Contact;
  status: SendStatus;
  error?: SendError;
  /** Field errors by payload key (from a 400's `error.fields`, or local validation). */
  fieldErrors: Record<string, string>;
}

export interface EmailFormActions {
  edit(field: keyof Contact, value: string): void;
  submit(e: Event): void;
  retry(): void;
}

const CONTACT: readonly { key: keyof Contact; type: string; auto: string }[] = [
  { key: 'email', type: 'email', auto: 'email' },
  { key: 'name', type: 'text', auto: 'name' },
  { key: 'companyName', type: 'text', auto: 'organization' },
  { key: 'phone', type: 'tel', auto: 'tel' },
];

function errorText(e: SendError, s: RoiStrings): string {
  if (e.status === 400) return s.fixFields;
  if (e.status === 429) return s.tooMany;
  return e.status === 0 ? s.offline : s.serverError;
}

/**
 * Email capture: contact fields (email required), a consent line, a honeypot bots fill and people never see,
 * a polite status region (sending / sent) and an alert region for failures, with a retry that keeps the input.
 */
export function emailForm(st: EmailFormState, act: EmailFormActions, s: RoiStrings): TemplateResult {
  const label = { email: s.email, name: s.name, companyName: s.company, phone: s.phone };
  const known = new Set<string>(CONTACT.map((c) => c.key));
  const other = Object.entries(st.fieldErrors).filter(([k]) => !known.has(k));
  const e = st.error;
  return html`${st.status === 'sent'
      ? html`<div part="email-form" class="sent">
          <h3 id="sent-h" tabindex="-1">${s.sentTitle}</h3>
          <p>${s.sentBody(st.contact.email)}</p>
        </div>`
      : html`<form part="email-form" novalidate aria-labelledby="email-h" @submit=${act.submit}>
          <h3 id="email-h">${s.emailHeading}</h3>
          ${CONTACT.map(({ key, type, auto }) => {
            const err = st.fieldErrors[key];
            return html`<div part="field" class="field">
              <label for=${key}>${label[key]}${key === 'email' ? '' : html` <small>${s.optional}</small>`}</label>
              <input
                id=${key}
                name=${key}
                type=${type}
                autocomplete=${auto}
                ?required=${key === 'email'}
                maxlength="200"
                .value=${st.contact[key]}
                aria-invalid=${err ? 'true' : 'false'}
                aria-describedby=${ifDefined(err ? `${key}-err` : undefined)}
                @input=${(ev: Event) => act.edit(key, (ev.target as HTMLInputElement).value)}
              />
              ${err ? html`<p id="${key}-err" class="err">${err}</p>` : nothing}
            </div>`;
          })}
          <div class="hp" aria-hidden="true">
            <label for="website">${s.honeypot}</label>
            <input id="website" name="website" tabindex="-1" autocomplete="off" />
          </div>
          <p class="note">${s.consent}</p>
          <button part="button primary-button" class="primary" type="submit" ?disabled=${st.status === 'sending'}>
            ${s.send}
          </button>
        </form>`}
    <p part="status" class="status" role="status">${st.status === 'sending' ? s.sending : nothing}</p>
    <div part="status" class="alert" role="alert">
      ${e
        ? html`<p>${errorText(e, s)}</p>
            ${other.length ? html`<ul>${other.map(([k, m]) => html`<li>${k}: ${m}</li>`)}</ul>` : nothing}
            ${e.status !== 400 ? html`<button part="button" type="button" @click=${act.retry}>${s.retry}</button>` : nothing}`
        : nothing}
    </div>`;
}
