import type { Client } from '@libsql/client';
import { Hono } from 'hono';
import { signEmailit } from './signature.js';

/**
 * The local stand-in for EmailIt: accepts `POST /v1/emails` exactly as the real API would (Bearer key,
 * the same JSON), stores what would have been sent for the inspector, and can fire signed Webhooks 2.0
 * events (opened, clicked, bounced) back at the API, so the whole email loop runs without an account.
 */

export type MailboxEventKind = 'opened' | 'clicked' | 'bounced';

export interface StoredEmail {
  id: string;
  token: string;
  message_id: string;
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  tags: string[];
  reply_to: string | null;
  idempotency_key: string | null;
  created_at: string;
  /** Events fired from the inspector and what the webhook answered. */
  events: { kind: MailboxEventKind; event_id: string; status: number; at: string }[];
}

export interface LocalMailboxOptions {
  db: Client;
  apiKey: string;
  /** Where fired events go (the API's EmailIt webhook) and the secret they are signed with. */
  webhook?: { url: string; secret: string };
  fetch?: typeof fetch;
  now?: () => Date;
  /** The link a "clicked" event reports when the email has no link. */
  siteUrl?: string;
}

export interface LocalMailbox {
  /** Mount with `app.route('/emailit', mailbox.app)`. */
  app: Hono;
  ready: Promise<void>;
  list(): Promise<StoredEmail[]>;
  get(id: string): Promise<StoredEmail | null>;
  /** Posts a signed event for the message to the webhook and returns the HTTP status it answered (0: unreachable). */
  fire(id: string, kind: MailboxEventKind): Promise<{ status: number }>;
}

export class MailboxError extends Error {
  constructor(
    readonly code: 'not_found' | 'no_webhook',
    message: string,
  ) {
    super(message);
    this.name = 'MailboxError';
  }
}

const EVENT_TYPES: Record<MailboxEventKind, string> = {
  opened: 'email.loaded',
  clicked: 'email.link.clicked',
  bounced: 'email.delivery.bounce',
};
const WEBHOOK_TIMEOUT_MS = 30_000; // EmailIt waits 30 s for an acknowledgement
const DEFAULT_SITE_URL = 'https://kre8tion.com/';

type Validated = Pick<StoredEmail, 'from' | 'to' | 'subject' | 'html' | 'text' | 'tags' | 'reply_to'>;

/** Checks a send body the way EmailIt does; returns the message or the fields at fault. */
export function validateSend(body: unknown): { ok: true; value: Validated } | { ok: false; details: Record<string, string> } {
  const details: Record<string, string> = {};
  const b = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const str = (k: string) => (typeof b[k] === 'string' ? (b[k] as string).trim() : '');
  for (const k of ['from', 'to', 'subject']) if (!str(k)) details[k] = `${k} is required`;
  const html = typeof b.html === 'string' ? b.html : '';
  const text = typeof b.text === 'string' ? b.text : '';
  if (!html && !text) details.html = 'html or text is required';
  const tags = b.tags ?? [];
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) details.tags = 'tags must be an array of strings';
  if (b.reply_to !== undefined && b.reply_to !== null && typeof b.reply_to !== 'string') details.reply_to = 'reply_to must be a string';
  if (Object.keys(details).length) return { ok: false, details };
  return {
    ok: true,
    value: { from: str('from'), to: str('to'), subject: str('subject'), html, text, tags: tags as string[], reply_to: (b.reply_to as string | undefined) ?? null },
  };
}

/** The first web link in the html: what a recipient would most likely click. */
export function firstLink(html: string): string | null {
  const m = /href\s*=\s*["'](https?:\/\/[^"']+)["']/i.exec(html);
  return m ? m[1].replace(/&amp;/g, '&') : null;
}

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function rowToEmail(r: Record<string, unknown>): StoredEmail {
  return {
    id: String(r.id),
    token: String(r.token),
    message_id: String(r.message_id),
    from: String(r.from_addr),
    to: String(r.to_addr),
    subject: String(r.subject),
    html: String(r.html),
    text: String(r.text),
    tags: JSON.parse(String(r.tags)) as string[],
    reply_to: (r.reply_to as string | null) ?? null,
    idempotency_key: (r.idempotency_key as string | null) ?? null,
    created_at: String(r.created_at),
    events: JSON.parse(String(r.events)) as StoredEmail['events'],
  };
}

/** A Webhooks 2.0 event for the message, shaped like EmailIt's (email.loaded / link.clicked / delivery.bounce). */
export function buildEvent(msg: StoredEmail, kind: MailboxEventKind, at: Date, siteUrl: string) {
  const seconds = (d: Date) => (d.getTime() / 1000).toFixed(6);
  const email = {
    id: Number(msg.id),
    token: msg.token,
    type: 'outgoing',
    message_id: msg.message_id,
    to: msg.to,
    from: msg.from,
    subject: msg.subject,
    timestamp: seconds(new Date(msg.created_at)),
    spam_status: 0,
    tag: msg.tags[0] ?? null,
  };
  const visitor = { ip_address: '127.0.0.1', country: 'US', city: 'Localhost', user_agent: 'Mozilla/5.0 (kre8 local mailbox)' };
  const object =
    kind === 'opened'
      ? { email, ...visitor, timestamp: seconds(at) }
      : kind === 'clicked'
        ? { email, link: { id: Number.parseInt(randomHex(3), 16), url: firstLink(msg.html) ?? siteUrl }, ...visitor, timestamp: seconds(at) }
        : { email, status: 'bounce', details: '550 5.1.1 mailbox unavailable', sent_with_ssl: true, timestamp: seconds(at), time: 0.42 };
  return { event_id: crypto.randomUUID(), webhook_request_id: crypto.randomUUID(), type: EVENT_TYPES[kind], object };
}

export function createLocalMailbox(opts: LocalMailboxOptions): LocalMailbox {
  const { db } = opts;
  const now = opts.now ?? (() => new Date());
  const fetchImpl = opts.fetch ?? ((input: Parameters<typeof fetch>[0], init?: RequestInit) => fetch(input, init));

  const ready = db
    .execute(
      `CREATE TABLE IF NOT EXISTS mailbox_messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT, token TEXT NOT NULL, message_id TEXT NOT NULL,
        from_addr TEXT NOT NULL, to_addr TEXT NOT NULL, subject TEXT NOT NULL, html TEXT NOT NULL, text TEXT NOT NULL,
        tags TEXT NOT NULL, reply_to TEXT, idempotency_key TEXT UNIQUE, created_at TEXT NOT NULL, events TEXT NOT NULL DEFAULT '[]')`,
    )
    .then(() => undefined);
  ready.catch(() => undefined);

  async function get(id: string): Promise<StoredEmail | null> {
    await ready;
    if (!/^\d+$/.test(id)) return null;
    const rs = await db.execute({ sql: 'SELECT * FROM mailbox_messages WHERE id = ?', args: [Number(id)] });
    return rs.rows[0] ? rowToEmail(rs.rows[0] as Record<string, unknown>) : null;
  }

  async function byIdempotencyKey(key: string): Promise<StoredEmail | null> {
    const rs = await db.execute({ sql: 'SELECT * FROM mailbox_messages WHERE idempotency_key = ?', args: [key] });
    return rs.rows[0] ? rowToEmail(rs.rows[0] as Record<string, unknown>) : null;
  }

  async function store(msg: Validated, idempotencyKey: string | null): Promise<StoredEmail> {
    await ready;
    // the same Idempotency-Key answers with the message already queued, as a retried send should
    if (idempotencyKey) {
      const existing = await byIdempotencyKey(idempotencyKey);
      if (existing) return existing;
    }
    const token = randomHex(6);
    const rs = await db.execute({
      sql: `INSERT INTO mailbox_messages (token, message_id, from_addr, to_addr, subject, html, text, tags, reply_to, idempotency_key, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      args: [token, `<${randomHex(12)}@local.emailit>`, msg.from, msg.to, msg.subject, msg.html, msg.text, JSON.stringify(msg.tags), msg.reply_to, idempotencyKey, now().toISOString()],
    });
    return (await get(String(rs.lastInsertRowid)))!;
  }

  async function list(): Promise<StoredEmail[]> {
    await ready;
    const rs = await db.execute('SELECT * FROM mailbox_messages ORDER BY id DESC');
    return rs.rows.map((r) => rowToEmail(r as Record<string, unknown>));
  }

  async function fire(id: string, kind: MailboxEventKind): Promise<{ status: number }> {
    const msg = await get(id);
    if (!msg) throw new MailboxError('not_found', `no message ${id}`);
    if (!opts.webhook) throw new MailboxError('no_webhook', 'no webhook is configured for the local mailbox');
    const at = now();
    const event = buildEvent(msg, kind, at, opts.siteUrl ?? DEFAULT_SITE_URL);
    const body = JSON.stringify([event]);
    const timestamp = String(Math.floor(at.getTime() / 1000));
    let status: number;
    try {
      const res = await fetchImpl(opts.webhook.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Emailit-Webhooks/2.0',
          'X-Emailit-Timestamp': timestamp,
          'X-Emailit-Signature': await signEmailit(opts.webhook.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      status = res.status;
      await res.body?.cancel();
    } catch {
      status = 0; // unreachable or timed out: reported to the inspector, not thrown
    }
    const events = [...msg.events, { kind, event_id: event.event_id, status, at: at.toISOString() }];
    await db.execute({ sql: 'UPDATE mailbox_messages SET events = ? WHERE id = ?', args: [JSON.stringify(events), Number(msg.id)] });
    return { status };
  }

  const app = new Hono();
  const apiError = (code: string, message: string, details?: Record<string, string>) => ({ error: { code, message, ...(details ? { details } : {}) } });

  app.post('/v1/emails', async (c) => {
    if (c.req.header('authorization') !== `Bearer ${opts.apiKey}`) {
      return c.json(apiError('unauthorized', 'Missing or invalid API key'), 401);
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json(apiError('invalid_json', 'The body is not valid JSON'), 400);
    }
    const v = validateSend(body);
    if (!v.ok) return c.json(apiError('validation_error', 'The email is invalid', v.details), 422);
    const msg = await store(v.value, c.req.header('idempotency-key') ?? null);
    return c.json({ id: msg.id, token: msg.token, message_id: msg.message_id, status: 'queued', from: msg.from, to: msg.to, subject: msg.subject, created_at: msg.created_at });
  });

  app.get('/messages', async (c) => c.json({ data: await list() }));

  app.get('/messages/:id', async (c) => {
    const msg = await get(c.req.param('id'));
    return msg ? c.json(msg) : c.json(apiError('not_found', 'No such message'), 404);
  });

  app.post('/messages/:id/events', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { type?: unknown } | null;
    const kind = body?.type;
    if (kind !== 'opened' && kind !== 'clicked' && kind !== 'bounced') {
      return c.json(apiError('validation_error', 'type must be opened, clicked or bounced'), 422);
    }
    try {
      const { status } = await fire(c.req.param('id'), kind);
      return c.json({ status, delivered: status >= 200 && status < 300 });
    } catch (e) {
      if (e instanceof MailboxError) return c.json(apiError(e.code, e.message), e.code === 'not_found' ? 404 : 409);
      throw e;
    }
  });

  return { app, ready, list, get, fire };
}
