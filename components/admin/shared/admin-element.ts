import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Locale } from '../../../model/contracts.js';
import { Kre8Element } from '../../core/kre8-element.js';
import { resolveLocale } from '../../core/locale.js';
import { createDataClient, DataError, type DataClient } from './data-client.js';
import { sourceLabel, t } from './strings.js';

export interface NavigateDetail {
  table: string;
  id: number;
}
export interface ChangedDetail {
  table: string;
  id: number;
  action: 'create' | 'update' | 'delete' | 'restore';
}

/**
 * Base of the admin elements: the `data-url` they talk to (the CRM's proxy, `/api/data` by default), the
 * language, the visible error of the last call, and the host events `kre8-admin-navigate` / `-changed`.
 */
export class AdminElement extends Kre8Element {
  /** Base URL of the CRM's data proxy. */
  @property({ attribute: 'data-url' }) dataUrl = '/api/data';
  /** `en` or `es`; defaults to the nearest `lang`. */
  @property() locale?: string;
  @state() protected error: DataError | null = null;
  @state() protected notice = '';

  private clientFor?: [string, DataClient];
  protected get data(): DataClient {
    if (this.clientFor?.[0] !== this.dataUrl) this.clientFor = [this.dataUrl, createDataClient(this.dataUrl)];
    return this.clientFor[1];
  }
  protected get lang_(): Locale {
    return resolveLocale(this, this.locale);
  }
  protected t(key: string, vars?: Record<string, string | number>) {
    return t(this.lang_, key, vars);
  }
  protected source(source: unknown) {
    return sourceLabel(this.lang_, String(source));
  }
  /** Runs a call; a DataError is kept for display (and returned as undefined), anything else is rethrown. */
  protected async guard<T>(run: () => Promise<T>): Promise<T | undefined> {
    this.error = null;
    try {
      return await run();
    } catch (e) {
      if (e instanceof DataError) {
        this.error = e;
        return undefined;
      }
      throw e;
    }
  }
  protected errorView(retry?: () => void): TemplateResult | typeof nothing {
    const e = this.error;
    if (!e) return nothing;
    return html`<div class="error" role="alert">
      ${this.t(`err.${e.kind}`, { s: e.retryAfterSeconds ?? 30, m: e.message })}
      ${retry && e.kind !== 'forbidden' && e.kind !== 'signed-out' ? html`<button type="button" class="btn" @click=${retry}>${this.t('retry')}</button>` : nothing}
    </div>`;
  }
  protected navigate(table: string, id: number) {
    this.emit<NavigateDetail>('kre8-admin-navigate', { table, id });
  }
  protected changed(table: string, id: number, action: ChangedDetail['action']) {
    this.emit<ChangedDetail>('kre8-admin-changed', { table, id, action });
  }
}
