import { css, html, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { AdminElement } from './admin-element.js';

/**
 * Base of the lists of `activities` rows that are edited in place (tasks, notes): one write at a time,
 * a notice and `kre8-admin-changed` after it, a reload, and delete behind a second click.
 */
export abstract class ActivityListElement extends AdminElement {
  static listStyles = css`
    ol { list-style: none; padding: 0; margin: 0.5rem 0; display: grid; gap: 0.5rem; }
  `;
  @state() protected editing = 0;
  @state() protected confirming = 0;
  @state() protected busy = false;

  abstract load(): Promise<void>;

  /** Runs one write; `run` may answer the new row's id (a create). False when it failed (the error is shown). */
  protected async write(run: () => Promise<number | void>, id: number, action: 'create' | 'update' | 'delete', notice: string) {
    this.busy = true;
    const done = await this.guard(async () => ((await run()) ?? id) as number);
    this.busy = false;
    if (done === undefined) return false;
    this.notice = this.t(notice);
    this.changed('activities', done, action);
    await this.load();
    return true;
  }

  /** Delete, then "confirm delete" / cancel in its place. */
  protected deleteButtons(id: number, confirmKey: string, remove: () => unknown): TemplateResult {
    return this.confirming === id
      ? html`<button type="button" class="btn danger confirm" ?disabled=${this.busy} @click=${() => ((this.confirming = 0), remove())}>${this.t(confirmKey)}</button><button type="button" class="btn" @click=${() => (this.confirming = 0)}>${this.t('cancel')}</button>`
      : html`<button type="button" class="btn danger del" @click=${() => (this.confirming = id)}>${this.t('delete')}</button>`;
  }
}
