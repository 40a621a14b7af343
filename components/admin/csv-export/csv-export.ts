import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokens } from '../../core/theme.js';
import { AdminElement } from '../shared/admin-element.js';
import { adminStyles } from '../shared/admin.styles.js';
import { csvChunks } from './csv.js';

/**
 * @tagname kre8-csv-export
 * Exports every row of a table (all pages, soft-deleted rows left out, the `filter` attribute's equality
 * filters applied) as a UTF-8 CSV with BOM. Rows arrive a page at a time and each page becomes one Blob part,
 * so a 10,000-row export never builds one huge string and the tab stays responsive between pages.
 *
 * @fires kre8-admin-changed - never; export is read-only.
 */
export class Kre8CsvExport extends AdminElement {
  static override styles = [tokens, adminStyles];
  /** `leads`, `bookings`, `roi_calculations`, or any other table (then every column, as named). */
  @property() table = 'leads';
  /** The visible filters as a query string, e.g. `status=new&source=roi-calculator`. */
  @property() filter = '';
  @state() private rows = 0;
  @state() private busy = false;
  /** The last export (tests read it); the download uses an object URL of it. */
  lastBlob: Blob | null = null;

  async export(): Promise<Blob | null> {
    this.busy = true;
    this.rows = 0;
    this.notice = '';
    const filter = Object.fromEntries(new URLSearchParams(this.filter));
    const data = this.data;
    const counted = async function* (this: Kre8CsvExport) {
      for await (const page of data.pages(this.table, filter)) {
        this.rows += page.filter((r) => !r.deleted_at).length;
        yield page;
      }
    }.call(this);
    const blob = await this.guard(async () => {
      const parts: string[] = [];
      for await (const chunk of csvChunks(counted, this.table, this.lang_, (r) => !r.deleted_at)) parts.push(chunk);
      return new Blob(parts, { type: 'text/csv;charset=utf-8' });
    });
    this.busy = false;
    if (!blob) return null;
    this.lastBlob = blob;
    this.notice = this.lang_ === 'es' ? `${this.rows} filas exportadas.` : `${this.rows} rows exported.`;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${this.table}-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    return blob;
  }

  override render() {
    const label = this.lang_ === 'es' ? 'Exportar CSV' : 'Export CSV';
    const progress = this.lang_ === 'es' ? `Exportando… ${this.rows} filas` : `Exporting… ${this.rows} rows`;
    return html`<button type="button" class="btn" @click=${() => this.export()} ?disabled=${this.busy}>${label}</button>
      <span class="notice" role="status">${this.busy ? progress : this.notice}</span>
      ${this.errorView(() => this.export())}`;
  }
}
