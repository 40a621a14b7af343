import { html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { tokens } from '../../core/theme.js';
import { AdminElement } from '../shared/admin-element.js';
import { adminStyles } from '../shared/admin.styles.js';

export const SOFT_DELETE_TABLES = ['leads', 'companies', 'contacts', 'opportunities'] as const;
export const UNDO_MS = 10_000;

/** Starts a timer and returns its cancel; replaceable so tests drive the undo window with a fake clock. */
export type Schedule = (fn: () => void, ms: number) => () => void;
const realSchedule: Schedule = (fn, ms) => {
  const h = setTimeout(fn, ms);
  return () => clearTimeout(h);
};

/**
 * @tagname kre8-delete-button
 * Soft-deletes one record (leads, companies, contacts, opportunities) after a confirmation dialog that names
 * it: sets `deleted_at` through the data proxy, then offers Undo for 10 seconds (which clears it again).
 * The admin elements hide rows with `deleted_at`.
 *
 * @fires kre8-admin-changed - `{table, id, action: 'delete' | 'restore'}` after each write.
 * @cssprop --kre8-danger - colour of the button.
 */
export class Kre8DeleteButton extends AdminElement {
  static override styles = [tokens, adminStyles];
  /** `leads`, `companies`, `contacts` or `opportunities`. */
  @property() table = 'leads';
  /** The record's NCB id (the `id` attribute, as in `<kre8-delete-button table="leads" id="42">`). */
  @property({ attribute: 'id', type: Number }) recordId = 0;
  /** What the dialog calls the record, e.g. "Ada Lovelace"; defaults to the table's noun and the id. */
  @property() label = '';
  @state() private phase: 'idle' | 'confirm' | 'busy' | 'undo' = 'idle';
  @query('dialog') private dialog?: HTMLDialogElement;
  schedule: Schedule = realSchedule;
  private cancelUndo?: () => void;

  private get what(): string {
    return this.label || `${this.t(`table.${this.table}`)} #${this.recordId}`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelUndo?.();
  }

  private async open() {
    this.phase = 'confirm';
    await this.updateComplete;
    this.dialog?.showModal();
  }
  private close() {
    this.dialog?.close();
    if (this.phase === 'confirm') this.phase = 'idle';
  }

  private async confirm() {
    if (!(SOFT_DELETE_TABLES as readonly string[]).includes(this.table)) return;
    this.phase = 'busy';
    const ok = await this.guard(() => this.data.update(this.table, this.recordId, { deleted_at: new Date().toISOString() }).then(() => true));
    this.dialog?.close();
    if (!ok) {
      this.phase = 'idle';
      return;
    }
    this.phase = 'undo';
    this.notice = this.t('delete.done', { what: this.what });
    this.changed(this.table, this.recordId, 'delete');
    this.cancelUndo = this.schedule(() => {
      this.phase = 'idle';
      this.notice = '';
    }, UNDO_MS);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.undo')?.focus();
  }

  private async undo() {
    this.cancelUndo?.();
    const ok = await this.guard(() => this.data.update(this.table, this.recordId, { deleted_at: null }).then(() => true));
    this.phase = 'idle';
    this.notice = ok ? this.t('delete.undone', { what: this.what }) : '';
    if (ok) this.changed(this.table, this.recordId, 'restore');
  }

  override render() {
    return html`
      ${this.phase === 'undo'
        ? html`<button type="button" class="btn undo" @click=${this.undo}>${this.t('undo')}</button>`
        : html`<button type="button" class="btn danger" aria-haspopup="dialog" @click=${this.open} ?disabled=${this.phase === 'busy'}>${this.t('delete')}</button>`}
      <span class="notice" role="status">${this.notice}</span>
      ${this.errorView()}
      ${this.phase === 'confirm' || this.phase === 'busy'
        ? html`<dialog aria-labelledby="dt" aria-describedby="dd" @close=${this.close} @cancel=${this.close}>
            <h2 id="dt">${this.t('delete.title', { what: this.what })}</h2>
            <p id="dd">${this.t('delete.body', { what: this.what })}</p>
            <div class="row">
              <button type="button" class="btn" autofocus @click=${this.close}>${this.t('cancel')}</button>
              <button type="button" class="btn danger confirm" @click=${this.confirm} ?disabled=${this.phase === 'busy'}>${this.t('delete')}</button>
            </div>
          </dialog>`
        : nothing}
    `;
  }
}
