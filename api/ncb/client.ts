/**
 * The typed NCB OpenAPI client every flow uses. Web APIs only (fetch, AbortSignal, URL), so it runs on
 * Cloudflare Workers as well as Node; the same code talks to the real NCB and to the local one.
 */
import { SCHEMA, type ColumnSpec, type Insert, type Patch, type Row, type TableName } from './schema.js';

export type FilterValue =
  | string
  | number
  | {
      ne?: string | number;
      gt?: string | number;
      gte?: string | number;
      lt?: string | number;
      lte?: string | number;
      in?: (string | number)[];
      like?: string;
    };
export type Filter = Record<string, FilterValue>;

export interface ReadQuery {
  filter?: Filter;
  page?: number;
  limit?: number;
  sort?: string;
  order?: 'asc' | 'desc';
  includeTotal?: boolean;
}

export interface Page<T> {
  data: T[];
  metadata: { page: number; limit: number; hasMore: boolean; hasPrev: boolean; total?: number };
}

export interface NcbClient {
  /** Creates a row and returns its id. Never retried: a retry after a lost answer could duplicate the row. */
  create<T extends TableName>(table: T, data: Insert<T>): Promise<number>;
  /** One page; NCB's 404 for "nothing matched" becomes an empty page. */
  read<T extends TableName>(table: T, query?: ReadQuery): Promise<Page<Row<T>>>;
  /** Every matching row, paging 100 at a time until hasMore is false. */
  readAll<T extends TableName>(table: T, filter?: Filter, opts?: { sort?: string; order?: 'asc' | 'desc' }): Promise<Row<T>[]>;
  findOne<T extends TableName>(table: T, filter: Filter): Promise<Row<T> | null>;
  get<T extends TableName>(table: T, id: number): Promise<Row<T> | null>;
  update<T extends TableName>(table: T, id: number, patch: Patch<T>): Promise<void>;
  remove(table: TableName, id: number): Promise<void>;
}

export interface NcbClientOptions {
  /** e.g. https://openapi.nocodebackend.com, or http://localhost:3000/ncb for the local NCB. */
  baseUrl: string;
  instance: string;
  secretKey: string;
  /** Written as user_id on creates of RLS tables (schema `userId: true`), so the CRM's user-scoped reads see them. */
  ownerUserId?: string;
  timeoutMs?: number;
  /** Total attempts for idempotent calls (reads, update, remove). */
  retries?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** A failed NCB call. `status` is the HTTP status, or 0 for a network error or timeout. */
export class NcbError extends Error {
  readonly status: number;
  readonly table: string;
  readonly op: string;
  /** The failure is transient (429, 5xx, network): trying again later may succeed. */
  readonly retryable: boolean;
  /** NCB's own message (or the network error's). */
  readonly detail: string;

  constructor(opts: { status: number; table: string; op: string; detail: string }) {
    super(`NCB ${opts.op} ${opts.table} failed (${opts.status || 'network'}): ${opts.detail}`);
    this.name = 'NcbError';
    this.status = opts.status;
    this.table = opts.table;
    this.op = opts.op;
    this.detail = opts.detail;
    this.retryable = opts.status === 0 || opts.status === 429 || opts.status >= 500;
  }
}

const DEFAULT_TIMEOUT_MS = 8000;
const DEFAULT_ATTEMPTS = 3;
const BACKOFF_BASE_MS = 100;
const BACKOFF_CAP_MS = 2000;
const READ_ALL_LIMIT = 100;
/** readAll stops here even if NCB keeps saying hasMore (100k rows): a broken server must not loop forever. */
const READ_ALL_MAX_PAGES = 1000;

type Op = 'create' | 'read' | 'get' | 'update' | 'remove';

/** The body NCB should get: no undefined, "" as null (NCB wants null for empty), never id or created_at. */
function encodeRow(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || key === 'id' || key === 'created_at' || key === 'user_id') continue;
    out[key] = value === '' ? null : value;
  }
  return out;
}

/** Filters go in the query string, always (a GET body is refused by fetch and ignored by NCB: defect D1). */
function encodeFilter(table: string, filter: Filter | undefined, params: URLSearchParams): void {
  for (const [column, value] of Object.entries(filter ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number') {
      // an empty equality would be dropped or match nothing depending on the server; both hide a caller bug
      if (value === '') throw new NcbError({ status: 400, table, op: 'read', detail: `empty filter value for '${column}'` });
      params.append(column, String(value));
      continue;
    }
    for (const [op, operand] of Object.entries(value)) {
      if (operand === undefined) continue;
      params.append(`${column}[${op}]`, Array.isArray(operand) ? operand.join(',') : String(operand));
    }
  }
}

/** An `in: []` filter can match nothing; answering locally avoids sending a malformed `col[in]=`. */
function matchesNothing(filter: Filter | undefined): boolean {
  return Object.values(filter ?? {}).some((v) => typeof v === 'object' && Array.isArray(v.in) && v.in.length === 0);
}

/** NCB returns decimals (and sometimes integers) as strings; give rows the numbers their types promise. */
function decodeRow<T extends TableName>(table: T, raw: Record<string, unknown>): Row<T> {
  const cols = SCHEMA[table].columns as Record<string, ColumnSpec>;
  const row: Record<string, unknown> = { ...raw };
  for (const [key, value] of Object.entries(row)) {
    const kind = key === 'id' ? 'integer' : cols[key]?.kind;
    if ((kind === 'integer' || kind === 'number') && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
      row[key] = Number(value);
    }
  }
  return row as Row<T>;
}

function errorDetail(body: unknown, fallback: string): string {
  if (body && typeof body === 'object') {
    const b = body as { message?: unknown; error?: unknown };
    if (typeof b.message === 'string') return b.message;
    if (typeof b.error === 'string') return b.error;
    if (b.error && typeof b.error === 'object' && typeof (b.error as { message?: unknown }).message === 'string') {
      return (b.error as { message: string }).message;
    }
  }
  return fallback;
}

export function createNcbClient(opts: NcbClientOptions): NcbClient {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const fetchImpl = opts.fetch ?? ((input: Parameters<typeof fetch>[0], init?: RequestInit) => fetch(input, init));
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = opts.random ?? Math.random;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const attempts = Math.max(1, opts.retries ?? DEFAULT_ATTEMPTS);

  function backoff(attempt: number, retryAfter: string | null): number {
    // full jitter: a uniformly random wait up to the exponential ceiling, so retries from many
    // requests spread out instead of arriving together
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
    const hinted = retryAfter && /^\d+$/.test(retryAfter) ? Math.min(BACKOFF_CAP_MS, Number(retryAfter) * 1000) : 0;
    return Math.max(hinted, Math.floor(random() * ceiling));
  }

  async function once(op: Op, table: string, method: string, url: string, body: unknown): Promise<{ status: number; body: unknown; retryAfter: string | null }> {
    try {
      const res = await fetchImpl(url, {
        method,
        headers: {
          Authorization: `Bearer ${opts.secretKey}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON (a proxy's HTML error page, say): keep the text for the error message
      }
      return { status: res.status, body: parsed, retryAfter: res.headers.get('retry-after') };
    } catch (e) {
      const err = e as Error;
      const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError';
      throw new NcbError({ status: 0, table, op, detail: timedOut ? `timed out after ${timeoutMs} ms` : err.message || 'network error' });
    }
  }

  /** One logical call: returns the parsed body, or null for a 404 the caller treats as "none". */
  async function call(
    op: Op,
    table: string,
    method: string,
    path: string,
    { params = new URLSearchParams(), body, retry = true, nullOn404 = false }: { params?: URLSearchParams; body?: unknown; retry?: boolean; nullOn404?: boolean } = {},
  ): Promise<Record<string, unknown> | null> {
    const query = new URLSearchParams({ Instance: opts.instance });
    for (const [k, v] of params) query.append(k, v);
    const url = `${base}${path}?${query}`;
    const maxAttempts = retry ? attempts : 1;
    for (let attempt = 1; ; attempt++) {
      let error: NcbError;
      let retryAfter: string | null = null;
      try {
        const res = await once(op, table, method, url, body);
        if (res.status >= 200 && res.status < 300) {
          const b = res.body as Record<string, unknown> | null;
          if (b && typeof b === 'object' && b.status !== 'failed') return b;
          error = new NcbError({ status: res.status, table, op, detail: errorDetail(res.body, 'unexpected response') });
        } else if (res.status === 404 && nullOn404) {
          return null;
        } else {
          error = new NcbError({ status: res.status, table, op, detail: errorDetail(res.body, String(res.body || `HTTP ${res.status}`)) });
          retryAfter = res.retryAfter;
        }
      } catch (e) {
        if (!(e instanceof NcbError)) throw e;
        error = e;
      }
      if (!error.retryable || attempt >= maxAttempts) throw error;
      await sleep(backoff(attempt, retryAfter));
    }
  }

  async function read<T extends TableName>(table: T, query: ReadQuery = {}): Promise<Page<Row<T>>> {
    const page = query.page ?? 1;
    const limit = query.limit ?? 10;
    const empty: Page<Row<T>> = { data: [], metadata: { page, limit, hasMore: false, hasPrev: page > 1, ...(query.includeTotal ? { total: 0 } : {}) } };
    if (matchesNothing(query.filter)) return empty;
    const params = new URLSearchParams();
    encodeFilter(table, query.filter, params);
    if (query.page !== undefined) params.set('page', String(query.page));
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    if (query.sort) params.set('sort', query.sort);
    if (query.order) params.set('order', query.order);
    if (query.includeTotal) params.set('includeTotal', 'true');
    const body = await call('read', table, 'GET', `/read/${table}`, { params, nullOn404: true });
    if (body === null) return empty;
    if (!Array.isArray(body.data)) throw new NcbError({ status: 200, table, op: 'read', detail: 'response has no data array' });
    const meta = (body.metadata ?? {}) as Partial<Page<unknown>['metadata']>;
    return {
      data: body.data.map((r: Record<string, unknown>) => decodeRow(table, r)),
      metadata: {
        page: Number(meta.page ?? page),
        limit: Number(meta.limit ?? limit),
        hasMore: Boolean(meta.hasMore),
        hasPrev: Boolean(meta.hasPrev ?? page > 1),
        ...(meta.total !== undefined ? { total: Number(meta.total) } : {}),
      },
    };
  }

  return {
    async create(table, data) {
      const row = encodeRow(data as Record<string, unknown>);
      if (SCHEMA[table].userId && opts.ownerUserId) row.user_id = opts.ownerUserId;
      let body: Record<string, unknown> | null;
      try {
        body = await call('create', table, 'POST', `/create/${table}`, { body: row, retry: false });
      } catch (e) {
        // No answer (timeout, dropped connection): the row may have been written, or may still be being
        // written. Waiting one more timeout before failing lets it land before the caller's retry looks it up,
        // so the lookup-then-create of a retried job finds it instead of creating a second row.
        if (e instanceof NcbError && e.status === 0) await sleep(timeoutMs);
        throw e;
      }
      const id = Number(body?.id ?? (body?.data as { id?: unknown } | undefined)?.id);
      if (!Number.isInteger(id) || id < 1) throw new NcbError({ status: 200, table, op: 'create', detail: 'response has no id' });
      return id;
    },

    read,

    async readAll(table, filter, o = {}) {
      const rows: Row<typeof table>[] = [];
      for (let page = 1; page <= READ_ALL_MAX_PAGES; page++) {
        const res = await read(table, { filter, page, limit: READ_ALL_LIMIT, sort: o.sort, order: o.order });
        rows.push(...res.data);
        if (!res.metadata.hasMore) break;
      }
      return rows;
    },

    async findOne(table, filter) {
      return (await read(table, { filter, limit: 1 })).data[0] ?? null;
    },

    async get(table, id) {
      const body = await call('get', table, 'GET', `/read/${table}/${id}`, { nullOn404: true });
      const data = body?.data;
      return data && typeof data === 'object' ? decodeRow(table, data as Record<string, unknown>) : null;
    },

    async update(table, id, patch) {
      await call('update', table, 'PUT', `/update/${table}/${id}`, { body: encodeRow(patch as Record<string, unknown>) });
    },

    async remove(table, id) {
      await call('remove', table, 'DELETE', `/delete/${table}/${id}`);
    },
  };
}
