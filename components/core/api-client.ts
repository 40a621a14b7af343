import type { ApiError } from '../../model/contracts.js';

/** Where the API lives when `api-base` is not set: the origin the kit's script was served from. */
export const DEFAULT_API_BASE = new URL(/* @vite-ignore */ "/api", import.meta.url).href;

/** An API failure the widgets can show: the HTTP status (0 when offline), a code and the fields at fault. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

function join(base: string, path: string) {
  return base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}

/** JSON request to the kit's API; throws ApiRequestError with the server's envelope on failure. */
export async function apiFetch<T>(
  base: string | undefined,
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(join(base || DEFAULT_API_BASE, path), {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiRequestError(0, 'offline', 'Network unavailable');
  }
  const data = (await res.json().catch(() => null)) as (T & Partial<ApiError>) | null;
  if (!res.ok) {
    const err = data?.error;
    throw new ApiRequestError(res.status, err?.code ?? 'http_error', err?.message ?? `HTTP ${res.status}`, err?.fields ?? {});
  }
  return data as T;
}

/** Fire-and-forget at page hide: sendBeacon (text/plain, no preflight), falling back to a keepalive fetch. */
export function beacon(base: string | undefined, path: string, body: unknown): void {
  const url = join(base || DEFAULT_API_BASE, path);
  const payload = JSON.stringify(body);
  if (navigator.sendBeacon?.(url, payload)) return;
  void fetch(url, { method: 'POST', body: payload, keepalive: true }).catch(() => undefined);
}

/** A random UUID v4 (crypto.randomUUID where available). */
export function uuid(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
