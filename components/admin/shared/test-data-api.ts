/**
 * Test-only: an msw model of the CRM's data proxy answering in NCB's exact formats: numeric ids, ISO
 * datetimes (booking_date as ISO midnight), 0/1 booleans, JSON in text columns, `{status, data, metadata}`
 * pages of 10 rows unless `limit` says otherwise, `{status, message, id}` on create, and `{data: []}` for an
 * empty read (the proxy's rewrite of NCB's 404).
 */
import { http, HttpResponse } from 'msw';

export type Tables = Record<string, Record<string, unknown>[]>;
export interface Logged {
  method: string;
  url: URL;
  body?: Record<string, unknown>;
}

export function createDataApi(tables: Tables, base = '/api/data') {
  const log: Logged[] = [];
  let nextId = 1000;
  const rows = (t: string) => (tables[t] ??= []);
  const handlers = [
    http.get(`${base}/read/:table/:id`, ({ params, request }) => {
      log.push({ method: 'GET', url: new URL(request.url) });
      const row = rows(String(params.table)).find((r) => r.id === Number(params.id));
      return row ? HttpResponse.json({ status: 'success', data: row }) : HttpResponse.json({ status: 'failed', message: 'Record not found' }, { status: 404 });
    }),
    http.get(`${base}/read/:table`, ({ params, request }) => {
      const url = new URL(request.url);
      log.push({ method: 'GET', url });
      const page = Number(url.searchParams.get('page') ?? 1);
      const limit = Number(url.searchParams.get('limit') ?? 10);
      const filters = [...url.searchParams].filter(([k]) => !['page', 'limit'].includes(k));
      const all = rows(String(params.table)).filter((r) => filters.every(([k, v]) => String(r[k]) === v));
      const data = all.slice((page - 1) * limit, page * limit);
      if (!data.length) return HttpResponse.json({ data: [] });
      return HttpResponse.json({ status: 'success', data, metadata: { page, limit, hasMore: all.length > page * limit, hasPrev: page > 1 } });
    }),
    http.post(`${base}/create/:table`, async ({ params, request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      log.push({ method: 'POST', url: new URL(request.url), body });
      const id = nextId++;
      rows(String(params.table)).push({ id, created_at: new Date().toISOString(), ...body });
      return HttpResponse.json({ status: 'success', message: 'Record created successfully', id });
    }),
    http.put(`${base}/update/:table`, async ({ params, request }) => {
      const url = new URL(request.url);
      const body = (await request.json()) as Record<string, unknown>;
      log.push({ method: 'PUT', url, body });
      const row = rows(String(params.table)).find((r) => r.id === Number(url.searchParams.get('id')));
      if (!row) return HttpResponse.json({ status: 'failed', message: 'Record not found' }, { status: 404 });
      Object.assign(row, body);
      return HttpResponse.json({ status: 'success', message: 'Record updated successfully' });
    }),
    http.delete(`${base}/delete/:table`, ({ params, request }) => {
      const url = new URL(request.url);
      log.push({ method: 'DELETE', url });
      const list = rows(String(params.table));
      const at = list.findIndex((r) => r.id === Number(url.searchParams.get('id')));
      if (at < 0) return HttpResponse.json({ status: 'failed', message: 'Record not found' }, { status: 404 });
      list.splice(at, 1);
      return HttpResponse.json({ status: 'success', message: 'Record deleted successfully' });
    }),
  ];
  return { handlers, log, tables };
}
