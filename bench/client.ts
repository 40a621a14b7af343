/**
 * The visitor side of the benches: posts like a widget does and, like a widget, retries a transient failure
 * (network error, 408, 429, 5xx) with backoff and the same body (same submissionId) until a deadline. A 4xx
 * other than those is an answer, not a failure, and is returned at once.
 */
export interface RetryPolicy {
  baseMs: number;
  capMs: number;
  /** Give up after this long (the widget would show its "try again" state). */
  deadlineMs: number;
}

export interface Outcome<T = unknown> {
  status: number;
  body: T | null;
  attempts: number;
}

export const WIDGET_RETRY: RetryPolicy = { baseMs: 100, capMs: 1000, deadlineMs: 60_000 };

export const isTransient = (status: number) => status === 0 || status === 408 || status === 429 || status >= 500;

export async function withRetry<T>(send: () => Promise<Response>, policy: RetryPolicy = WIDGET_RETRY): Promise<Outcome<T>> {
  const deadline = Date.now() + policy.deadlineMs;
  for (let attempt = 1; ; attempt++) {
    let status: number;
    let body: T | null = null;
    try {
      const res = await send();
      status = res.status;
      body = parseJson<T>(await res.text());
    } catch {
      status = 0; // connection refused or reset: the server is down or restarting
    }
    if (!isTransient(status) || Date.now() >= deadline) return { status, body, attempts: attempt };
    const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (attempt - 1));
    await new Promise((r) => setTimeout(r, ceiling / 2 + Math.random() * (ceiling / 2)));
  }
}

export function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

function parseJson<T>(text: string): T | null {
  try {
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}
