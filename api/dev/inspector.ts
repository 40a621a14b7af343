import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { MailboxEventKind } from '../email/local-mailbox.js';
import { TABLES } from '../ncb/schema.js';
import type { JobRecord } from '../store/jobs.js';

export type MailEventKind = MailboxEventKind;
export type JobStatus = JobRecord['status'];

/** What the inspector reads and pokes; api/node.ts wires these to the local NCB store, mailbox and job queue. */
export interface InspectorDeps {
  ncb: {
    listRows(table: string): Promise<Record<string, unknown>[]>;
    counts(): Promise<Record<string, number>>;
  };
  mailbox: {
    list(): Promise<unknown[]>;
    get(id: string): Promise<unknown | null>;
    /** Sends the signed webhook event for a stored message back to our own API; resolves with its HTTP status. */
    fire(id: string, kind: MailEventKind): Promise<{ status: number }>;
  };
  jobs: {
    list(status?: JobStatus, limit?: number): Promise<unknown[]>;
    counts(): Promise<Record<string, number>>;
    retry(id: string): Promise<void>;
  };
}

/** How many jobs the Jobs tab lists: every dead one worth reading, and a short tail of recent activity. */
export const DEAD_LIMIT = 100;
export const RECENT_LIMIT = 25;

const FireBody = z.object({ type: z.enum(['opened', 'clicked', 'bounced']) });
/** Ids come from our own stores (job ids are their idempotency keys); an overlong one is a probe, not a lookup. */
const Id = z.string().min(1).max(500);
const TABLE_NAMES: ReadonlySet<string> = new Set(TABLES);

/**
 * The policy an email's HTML part is served under. Its own document (not srcdoc, which would inherit the
 * inspector page's strict policy and drop every inline style an email relies on): inline styles and images
 * yes; scripts, forms, plugins and navigation no, even when the URL is opened directly in a tab (`sandbox`).
 */
export const EMAIL_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; font-src data:; frame-ancestors 'self'; sandbox";

const fail = (c: Context, status: ContentfulStatusCode, code: string, message: string) =>
  c.json({ error: { code, message } }, status);

/**
 * The dev-only inspector API (mounted at /inspector/api on the local stack only): read what each visitor
 * action wrote to the CRM tables, the mailbox and the job queue, fire email events, and retry dead jobs.
 * GET /mailbox/:id/html serves an email's HTML part for the inspector's sandboxed iframe.
 */
export function createInspector(deps: InspectorDeps): Hono {
  const app = new Hono();

  // Always fresh: the page polls every few seconds and must never see a cached answer.
  app.use('*', async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
  });

  app.get('/tables', async (c) => c.json({ counts: await deps.ncb.counts() }));

  app.get('/tables/:table', async (c) => {
    const table = c.req.param('table');
    if (!TABLE_NAMES.has(table)) return fail(c, 404, 'unknown_table', `No table named "${table.slice(0, 60)}".`);
    return c.json({ rows: await deps.ncb.listRows(table) });
  });

  app.get('/mailbox', async (c) => c.json({ messages: await deps.mailbox.list() }));

  app.get('/mailbox/:id', async (c) => {
    const id = Id.safeParse(c.req.param('id'));
    const message = id.success ? await deps.mailbox.get(id.data) : null;
    if (!message) return fail(c, 404, 'not_found', 'No such message in the mailbox.');
    return c.json({ message });
  });

  app.get('/mailbox/:id/html', async (c) => {
    const id = Id.safeParse(c.req.param('id'));
    const message = id.success ? await deps.mailbox.get(id.data) : null;
    if (!message) return fail(c, 404, 'not_found', 'No such message in the mailbox.');
    const html = (message as { html?: unknown }).html;
    return c.body(typeof html === 'string' && html ? html : '<p>(no HTML part)</p>', 200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': EMAIL_HTML_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });

  app.post('/mailbox/:id/events', async (c) => {
    const body = FireBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return fail(c, 400, 'invalid_request', 'Body must be {"type": "opened" | "clicked" | "bounced"}.');
    const id = Id.safeParse(c.req.param('id'));
    if (!id.success || !(await deps.mailbox.get(id.data))) return fail(c, 404, 'not_found', 'No such message in the mailbox.');
    const { status } = await deps.mailbox.fire(id.data, body.data.type);
    return c.json({ status });
  });

  app.get('/jobs', async (c) => {
    const [counts, dead, recent] = await Promise.all([
      deps.jobs.counts(),
      deps.jobs.list('dead', DEAD_LIMIT),
      deps.jobs.list(undefined, RECENT_LIMIT),
    ]);
    return c.json({ counts, dead, recent });
  });

  app.post('/jobs/:id/retry', async (c) => {
    const id = Id.safeParse(c.req.param('id'));
    if (!id.success) return fail(c, 404, 'not_found', 'No such job.');
    await deps.jobs.retry(id.data);
    return c.json({ retried: id.data });
  });

  app.notFound((c) => fail(c, 404, 'not_found', 'No such inspector endpoint.'));
  // Dev-only, so the message is shown: it is what the developer needs to see in the page's status line.
  app.onError((err, c) => fail(c, 500, 'internal_error', err.message || 'Inspector request failed.'));

  return app;
}
