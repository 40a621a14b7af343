/**
 * The admin elements' only way to the data: the CRM's data-proxy protocol (`{data-url}/read|create|update|
 * delete/{table}`, docs/reference/crm-domain.md §3.1) with the admin's session cookie. It holds no secret, reads every page
 * (NCB answers 10 rows unless asked), decodes NCB's formats and turns 401/403/429 into a typed error the
 * elements show.
 */
export type Row = Record<string, unknown> & { id: number };

export type DataErrorKind = 'signed-out' | 'forbidden' | 'rate-limited' | 'invalid' | 'not-found' | 'server' | 'network';

export class DataError extends Error {
  constructor(
    readonly kind: DataErrorKind,
    readonly status: number,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

const KIND: Record<number, DataErrorKind> = { 400: 'invalid', 401: 'signed-out', 403: 'forbidden', 404: 'not-found', 429: 'rate-limited' };
/** Decimal columns NCB returns as strings (docs/reference/crm-domain.md §3.4). */
const DECIMALS = new Set(['setup_fee', 'monthly_fee', 'total_contract_value', 'amount', 'monthly_revenue', 'hourly_rate', 'weekly_admin_hours']);
const PAGE = 100;

/** A row in usable form: numeric ids (`id`, `*_id` digit strings) and decimals as numbers; everything else as sent. */
export function decodeRow(raw: Record<string, unknown>): Row {
  const out: Record<string, unknown> = { ...raw };
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' && (k === 'id' || k.endsWith('_id') || DECIMALS.has(k)) && /^-?\d+(\.\d+)?$/.test(v)) out[k] = Number(v);
  }
  return out as Row;
}

/** NCB's 0/1 booleans (and the true/false some writers send). */
export const flag = (v: unknown): boolean => v === 1 || v === true || v === '1';

/** JSON in a text column; a malformed or empty value gives `fallback` instead of breaking the element. */
export function jsonOf<T>(v: unknown, fallback: T): T {
  if (typeof v !== 'string' || !v.trim()) return fallback;
  try {
    return JSON.parse(v) as T;
  } catch {
    return fallback;
  }
}

/** A datetime column as an instant: ISO, or NCB's 'YYYY-MM-DD HH:MM:SS' (UTC); null when absent or unparseable. */
export function instantOf(v: unknown): Date | null {
  if (typeof v !== 'string' || !v) return null;
  const d = new Date(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(v) ? `${v.replace(' ', 'T')}Z` : v);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** A DATE/DATETIME column holding a calendar day (booking_date, blocked_dates.date) as 'YYYY-MM-DD'. */
export const dayOf = (v: unknown): string | null => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

/** Rows that are not soft-deleted. */
export const live = <R extends Row>(rows: R[]): R[] => rows.filter((r) => !r.deleted_at);

export interface DataClient {
  /** One page of rows at a time (100 per request), for streaming large tables. */
  pages(table: string, filter?: Record<string, string | number>): AsyncGenerator<Row[]>;
  readAll(table: string, filter?: Record<string, string | number>): Promise<Row[]>;
  readOne(table: string, id: number): Promise<Row | null>;
  create(table: string, body: Record<string, unknown>): Promise<number>;
  update(table: string, id: number, patch: Record<string, unknown>): Promise<void>;
  remove(table: string, id: number): Promise<void>;
}

export function createDataClient(baseUrl = '/api/data', fetchImpl: typeof fetch = (...a) => fetch(...a)): DataClient {
  const base = baseUrl.replace(/\/+$/, '');
  async function call(method: string, path: string, body?: unknown): Promise<unknown> {
    let r: Response;
    try {
      r = await fetchImpl(`${base}/${path}`, {
        method,
        credentials: 'include',
        headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new DataError('network', 0, (e as Error).message);
    }
    const text = await r.text();
    const parsed = jsonOf<Record<string, unknown> | null>(text, null);
    if (!r.ok) {
      const retry = Number(r.headers.get('retry-after'));
      const msg = String(parsed?.message ?? parsed?.details ?? parsed?.error ?? r.statusText);
      throw new DataError(KIND[r.status] ?? 'server', r.status, msg, Number.isFinite(retry) && retry > 0 ? retry : null);
    }
    return parsed;
  }
  async function* pages(table: string, filter: Record<string, string | number> = {}): AsyncGenerator<Row[]> {
    for (let page = 1; page < 10_000; page++) {
      const q = new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, String(v)])), page: String(page), limit: String(PAGE) });
      const body = (await call('GET', `read/${table}?${q}`)) as { data?: Record<string, unknown>[]; metadata?: { hasMore?: boolean } } | null;
      const data = body?.data ?? [];
      if (data.length) yield data.map(decodeRow);
      // a proxy that drops the metadata still pages: a full page means there may be more
      const more = body?.metadata?.hasMore ?? data.length >= PAGE;
      if (!more || data.length === 0) return;
    }
  }
  return {
    pages,
    async readAll(table, filter = {}) {
      const rows: Row[] = [];
      for await (const page of pages(table, filter)) rows.push(...page);
      return rows;
    },
    async readOne(table, id) {
      try {
        const body = (await call('GET', `read/${table}/${id}`)) as { data?: Record<string, unknown> | Record<string, unknown>[] } | null;
        const d = Array.isArray(body?.data) ? body.data[0] : body?.data;
        return d ? decodeRow(d) : null;
      } catch (e) {
        if (e instanceof DataError && e.kind === 'not-found') return null;
        throw e;
      }
    },
    async create(table, row) {
      const body = (await call('POST', `create/${table}`, row)) as { id?: unknown } | null;
      return Number(body?.id);
    },
    async update(table, id, patch) {
      await call('PUT', `update/${table}?id=${id}`, patch);
    },
    async remove(table, id) {
      await call('DELETE', `delete/${table}?id=${id}`);
    },
  };
}
