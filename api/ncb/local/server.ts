import type { Client } from '@libsql/client';
import { Hono, type Context } from 'hono';
import { createLocalNcbStore, type LocalNcbStore } from './store.js';
import { LocalNcbError } from './validate.js';

export interface LocalNcbOptions {
  db: Client;
  /** The value `?Instance=` must carry. */
  instance: string;
  /** The Bearer token every request must carry. */
  secretKey: string;
  /** Delay before every answer, to test timeouts and measure under a slow backend. */
  latencyMs?: number;
  /** Probability (0..1) that a request fails with 503 before touching data. */
  failureRate?: number;
  /** Probability (0..1) that a create commits and then its answer is lost (the connection is dropped). */
  lostResponseRate?: number;
  random?: () => number;
  now?: () => Date;
}

export interface LocalNcbControls {
  setLatency(ms: number): void;
  setFailureRate(rate: number): void;
  setOutage(on: boolean): void;
  setLostResponseRate(rate: number): void;
}

export interface LocalNcb {
  /** Mount with `app.route('/ncb', local.app)`; routes mirror NCB OpenAPI below that prefix. */
  app: Hono;
  store: LocalNcbStore;
  controls: LocalNcbControls;
}

type Op = 'create' | 'read' | 'update' | 'delete';
const ERROR_PREFIX: Record<Op, string> = {
  create: 'Error creating record',
  read: 'Error reading records',
  update: 'Error updating record',
  delete: 'Error deleting record',
};

const failed = (c: Context, status: 400 | 401 | 404 | 500 | 503, message: string) => c.json({ status: 'failed', message }, status);

function parseId(raw: string): number | null {
  return /^[1-9]\d*$/.test(raw) ? Number(raw) : null;
}

/** Query-string pairs other than the Instance credential: the filters and list parameters. */
function queryEntries(c: Context): [string, string][] {
  return [...new URL(c.req.url).searchParams].filter(([k]) => k !== 'Instance');
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new LocalNcbError(400, 'the body is not valid JSON');
  }
}

/** Maps store errors onto NCB's envelope: validation → 400 "Error creating record: …", unknown table → 404. */
async function guarded(c: Context, op: Op, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof LocalNcbError) {
      if (e.status === 404) return failed(c, 404, e.message);
      return failed(c, 400, `${ERROR_PREFIX[op]}: ${e.message}`);
    }
    console.error('local NCB:', e);
    return failed(c, 500, `${ERROR_PREFIX[op]}: internal error`);
  }
}

/**
 * A local NCB OpenAPI server on SQLite. The API reaches it over HTTP exactly as it reaches the real one,
 * including its quirks: `Instance` with a capital I, Bearer secret, create answering `{status, message, id}`
 * with no data wrapper, and a 404 "No records found" for a list read that matches nothing.
 */
export function createLocalNcb(opts: LocalNcbOptions): LocalNcb {
  const store = createLocalNcbStore(opts.db, { now: opts.now });
  const random = opts.random ?? Math.random;
  const knobs = { latencyMs: opts.latencyMs ?? 0, failureRate: opts.failureRate ?? 0, outage: false, lostResponseRate: opts.lostResponseRate ?? 0 };
  const app = new Hono();

  app.use('*', async (c, next) => {
    if (knobs.latencyMs > 0) await new Promise((r) => setTimeout(r, knobs.latencyMs));
    if (knobs.outage || (knobs.failureRate > 0 && random() < knobs.failureRate)) {
      return failed(c, 503, 'Service unavailable');
    }
    const instance = new URL(c.req.url).searchParams.get('Instance');
    if (!instance) return failed(c, 400, 'Missing instance parameter');
    if (instance !== opts.instance) return failed(c, 400, `Invalid instance parameter`);
    if (c.req.header('authorization') !== `Bearer ${opts.secretKey}`) return failed(c, 401, 'Invalid secret_key');
    await next();
  });

  const listPage = async (c: Context, table: string, params: [string, unknown][]) => {
    const page = await store.list(table, params);
    if (page.data.length === 0) return failed(c, 404, 'No records found');
    return c.json({ status: 'success', data: page.data, metadata: page.metadata });
  };

  app.post('/create/:table', (c) =>
    guarded(c, 'create', async () => {
      const id = await store.create(c.req.param('table'), await jsonBody(c));
      if (knobs.lostResponseRate > 0 && random() < knobs.lostResponseRate) {
        // Committed, but the client never hears so: drop the connection (node-server); without one, a 503.
        (c.env as { outgoing?: { destroy(): void } } | undefined)?.outgoing?.destroy();
        return failed(c, 503, 'response lost after commit');
      }
      return c.json({ status: 'success', message: 'Record created successfully', id });
    }),
  );

  app.get('/read/:table', (c) => guarded(c, 'read', () => listPage(c, c.req.param('table'), queryEntries(c))));

  app.get('/read/:table/:id', (c) =>
    guarded(c, 'read', async () => {
      const id = parseId(c.req.param('id'));
      const row = id === null ? null : await store.get(c.req.param('table'), id);
      if (!row) return failed(c, 404, 'Record not found');
      return c.json({ status: 'success', data: row });
    }),
  );

  app.post('/search/:table', (c) =>
    guarded(c, 'read', async () => {
      const body = await jsonBody(c);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new LocalNcbError(400, 'the body must be a JSON object of filters');
      return listPage(c, c.req.param('table'), [...queryEntries(c), ...Object.entries(body)]);
    }),
  );

  app.put('/update/:table/:id', (c) =>
    guarded(c, 'update', async () => {
      const id = parseId(c.req.param('id'));
      const body = await jsonBody(c);
      if (id === null || !(await store.update(c.req.param('table'), id, body))) return failed(c, 404, 'Record not found');
      return c.json({ status: 'success', message: 'Record updated successfully' });
    }),
  );

  app.delete('/delete/:table/:id', (c) =>
    guarded(c, 'delete', async () => {
      const id = parseId(c.req.param('id'));
      if (id === null || !(await store.remove(c.req.param('table'), id))) return failed(c, 404, 'Record not found');
      return c.json({ status: 'success', message: 'Record deleted successfully' });
    }),
  );

  app.notFound((c) => failed(c, 404, 'Not found'));

  return {
    app,
    store,
    controls: {
      setLatency: (ms) => void (knobs.latencyMs = Math.max(0, ms)),
      setFailureRate: (rate) => void (knobs.failureRate = Math.min(1, Math.max(0, rate))),
      setOutage: (on) => void (knobs.outage = on),
      setLostResponseRate: (rate) => void (knobs.lostResponseRate = Math.min(1, Math.max(0, rate))),
    },
  };
}
