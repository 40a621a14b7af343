/**
 * CSV for spreadsheet apps: RFC 4180 (CRLF rows, quoted fields when they hold a quote, comma or line break,
 * quotes doubled), a UTF-8 BOM so Excel reads accents, and formula injection neutralised: a cell starting with
 * `=`, `+`, `-`, `@` (or tab / carriage return, which some apps also evaluate) gets a leading apostrophe (OWASP's
 * advice), so `=HYPERLINK(…)` from a visitor's form shows as text. Pure, so it is tested on its own.
 */
export const BOM = '\uFEFF';
const RISKY = /^[=+\-@\t\r]/;

export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  // numbers stay numbers (a negative amount is not a formula); only text is neutralised
  if (typeof v === 'string' && RISKY.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (cells: unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`;

export interface CsvColumn {
  key: string;
  header: { en: string; es: string };
}

const col = (key: string, en: string, es: string): CsvColumn => ({ key, header: { en, es } });
/** Columns per table, in reading order, with readable headers (anything else in the rows is left out). */
export const COLUMNS: Record<string, CsvColumn[]> = {
  leads: [col('id', 'ID', 'ID'), col('created_at', 'Created', 'Creado'), col('first_name', 'First name', 'Nombre'), col('last_name', 'Last name', 'Apellido'), col('email', 'Email', 'Correo'), col('phone', 'Phone', 'Teléfono'), col('company_name', 'Company', 'Empresa'), col('industry', 'Industry', 'Sector'), col('employee_count', 'Employees', 'Empleados'), col('source', 'Source', 'Origen'), col('source_detail', 'Source detail', 'Detalle del origen'), col('status', 'Status', 'Estado'), col('lead_score', 'Score', 'Puntuación'), col('email_status', 'Email delivery', 'Entrega de correo'), col('last_email_opened_at', 'Last email opened', 'Último correo abierto'), col('email_click_count', 'Email clicks', 'Clics en correos')],
  bookings: [col('id', 'ID', 'ID'), col('booking_date', 'Date', 'Fecha'), col('start_time', 'Start', 'Inicio'), col('end_time', 'End', 'Fin'), col('timezone', 'Time zone', 'Zona horaria'), col('status', 'Status', 'Estado'), col('booking_type', 'Type', 'Tipo'), col('guest_name', 'Guest', 'Invitado'), col('guest_email', 'Email', 'Correo'), col('guest_phone', 'Phone', 'Teléfono'), col('company_name', 'Company', 'Empresa'), col('payment_status', 'Payment', 'Pago'), col('notes', 'Notes', 'Notas'), col('created_at', 'Created', 'Creado')],
  roi_calculations: [col('id', 'ID', 'ID'), col('created_at', 'Created', 'Creado'), col('email', 'Email', 'Correo'), col('industry', 'Industry', 'Sector'), col('employee_count', 'Employees', 'Empleados'), col('hourly_rate', 'Hourly rate', 'Tarifa por hora'), col('weekly_admin_hours', 'Admin hours / week', 'Horas admin / semana'), col('selected_tier', 'Tier', 'Plan'), col('email_captured', 'Email captured (0/1)', 'Correo capturado (0/1)'), col('report_requested', 'Report requested (0/1)', 'Informe solicitado (0/1)'), col('time_on_calculator', 'Seconds on calculator', 'Segundos en la calculadora'), col('adjustments_count', 'Adjustments', 'Ajustes'), col('calculations', 'Results (JSON)', 'Resultados (JSON)')],
};

/** The columns of a table: the known order, or every key of the first row. */
export function columnsFor(table: string, first: Record<string, unknown> | undefined): CsvColumn[] {
  return COLUMNS[table] ?? Object.keys(first ?? { id: 0 }).map((k) => col(k, k, k));
}

/**
 * The CSV as chunks: the BOM and header line, then one chunk per page of rows, so a caller can hand each to a
 * Blob or a stream as it arrives and never holds the whole text in one string.
 */
export async function* csvChunks(pages: AsyncIterable<Record<string, unknown>[]>, table: string, locale: 'en' | 'es', keep: (row: Record<string, unknown>) => boolean = () => true): AsyncGenerator<string> {
  let columns: CsvColumn[] | null = null;
  for await (const page of pages) {
    const rows = page.filter(keep);
    if (!columns) {
      columns = columnsFor(table, rows[0] ?? page[0]);
      yield BOM + csvLine(columns.map((c) => c.header[locale]));
    }
    let out = '';
    for (const r of rows) out += csvLine(columns.map((c) => r[c.key]));
    if (out) yield out;
  }
  if (!columns) yield BOM + csvLine(columnsFor(table, undefined).map((c) => c.header[locale]));
}
