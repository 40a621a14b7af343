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

/** A random UUID v4: crypto.randomUUID, which only secure contexts have, else the same from getRandomValues. */
export const uuid = (): string =>
  crypto.randomUUID?.() ??
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) => (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+c / 4)))).toString(16));
