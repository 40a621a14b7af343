/**
 * The local NCB reached over its own HTTP protocol, in process: the dev data proxy and sign-in talk to it
 * exactly as the CRM's proxy talks to NCB (Instance with a capital I, Bearer secret, NCB's envelopes).
 */
export type NcbFetch = (path: string, init?: RequestInit) => Promise<Response>;

export function localNcbFetch(app: { request: (url: string, init?: RequestInit) => Response | Promise<Response> }, instance: string, secretKey: string): NcbFetch {
  return async (path, init = {}) => {
    const url = new URL(path, 'http://ncb.local');
    url.searchParams.set('Instance', instance);
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${secretKey}`);
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    return app.request(`${url.pathname}${url.search}`, { ...init, headers });
  };
}

/** Every row of a table matching `filter` (all pages, 100 at a time); [] when NCB answers 404 "No records found". */
export async function readAllRows(ncb: NcbFetch, table: string, filter: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const r = await ncb(`/read/${table}?${new URLSearchParams({ ...filter, page: String(page), limit: '100' })}`);
    if (r.status === 404) return rows;
    if (!r.ok) throw new Error(`local NCB read ${table}: ${r.status}`);
    const body = (await r.json()) as { data: Record<string, unknown>[]; metadata?: { hasMore?: boolean } };
    rows.push(...body.data);
    if (!body.metadata?.hasMore) return rows;
  }
}
