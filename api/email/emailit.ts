/** The EmailIt send API (POST /v1/emails). Web APIs only, so it runs on Workers and on Node alike. */

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  tags?: string[];
  reply_to?: string;
}

export interface Mailer {
  send(msg: OutgoingEmail, opts?: { idempotencyKey?: string }): Promise<{ id: string }>;
}

/** A send EmailIt refused or never answered. `status` is 0 for a network error or timeout. */
export class MailError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  /** 429, 5xx and network errors may succeed later; other 4xx will not. */
  readonly retryable: boolean;

  constructor(status: number, message: string, code?: string) {
    super(message);
    this.name = 'MailError';
    this.status = status;
    this.code = code;
    this.retryable = status === 0 || status === 429 || status >= 500;
  }
}

export interface EmailItClientOptions {
  /** e.g. https://api.emailit.com, or http://localhost:3000/emailit for the local mailbox */
  baseUrl: string;
  apiKey: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const DEFAULT_TIMEOUT_MS = 10_000;

function errorOf(status: number, body: unknown, text: string): MailError {
  const err = (body as { error?: unknown } | null)?.error;
  if (err && typeof err === 'object') {
    const e = err as { code?: unknown; message?: unknown };
    return new MailError(status, `EmailIt ${status}: ${String(e.message ?? text)}`, typeof e.code === 'string' ? e.code : undefined);
  }
  const message = (body as { message?: unknown } | null)?.message ?? (typeof err === 'string' ? err : text);
  return new MailError(status, `EmailIt ${status}: ${String(message || 'request failed')}`);
}

/**
 * Sends through EmailIt with open and click tracking on. Not retried here: a send is not idempotent unless
 * the caller passes an idempotency key, so retrying belongs to the caller's outbox.
 */
export function createEmailItClient(opts: EmailItClientOptions): Mailer {
  const url = `${opts.baseUrl.replace(/\/+$/, '')}/v1/emails`;
  const fetchImpl = opts.fetch ?? ((input: Parameters<typeof fetch>[0], init?: RequestInit) => fetch(input, init));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  return {
    async send(msg, sendOpts = {}) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${opts.apiKey}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      };
      if (sendOpts.idempotencyKey) headers['Idempotency-Key'] = sendOpts.idempotencyKey;
      const body = {
        from: msg.from,
        to: msg.to,
        subject: msg.subject,
        html: msg.html,
        text: msg.text,
        tags: msg.tags,
        reply_to: msg.reply_to,
        track_opens: true,
        track_clicks: true,
      };
      let res: Response;
      let text: string;
      try {
        res = await fetchImpl(url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
        text = await res.text();
      } catch (e) {
        const err = e as Error;
        const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError';
        throw new MailError(0, timedOut ? `EmailIt timed out after ${timeoutMs} ms` : `EmailIt unreachable: ${err.message}`);
      }
      let parsed: unknown = null;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // keep the raw text for the error message
      }
      if (!res.ok) throw errorOf(res.status, parsed, text);
      const p = parsed as { id?: unknown; data?: { id?: unknown } } | null;
      const id = p?.id ?? p?.data?.id;
      if (id === undefined || id === null || id === '') throw new MailError(res.status, 'EmailIt answered without a message id');
      return { id: String(id) };
    },
  };
}
