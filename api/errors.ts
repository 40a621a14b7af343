import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode, ErrorStatus } from '../model/contracts.js';
import type { AppEnv } from './deps.js';
import { NcbError } from './ncb/client.js';

/** The status of every code, checked against model/contracts.ts (a code with a second status fails type-check). */
export const ERROR_STATUS: { readonly [C in ErrorCode]: ErrorStatus[C] } = {
  invalid_request: 400,
  invalid_json: 400,
  too_fast: 400,
  turnstile_failed: 400,
  invalid_signature: 401,
  unauthorized: 401,
  not_found: 404,
  slot_taken: 409,
  submission_reused: 409,
  not_open: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal_error: 500,
  not_configured: 501,
  upstream_error: 502,
  crm_unavailable: 503,
};

/** An error the client is meant to see: the one envelope `{error:{code, message, fields?, requestId}}`. */
export class ApiError<C extends ErrorCode = ErrorCode> extends Error {
  constructor(
    readonly status: ErrorStatus[C],
    readonly code: C,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (fields: Record<string, string>, message = 'Some fields need attention.') =>
  new ApiError(400, 'invalid_request', message, fields);

export function errorBody(c: Context<AppEnv>, code: ErrorCode, message: string, fields?: Record<string, string>) {
  let requestId: string | undefined = c.get('requestId');
  if (!requestId) {
    // A path outside /api never ran the request-id middleware: give this answer one all the same.
    requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
  }
  return { error: { code, message, ...(fields ? { fields } : {}), requestId } };
}

/** Hono's own HTTPExceptions by status; any other status is treated as unhandled. */
const HTTP_CODES: Partial<Record<number, ErrorCode>> = { 400: 'invalid_request', 401: 'unauthorized', 404: 'not_found', 413: 'payload_too_large', 429: 'rate_limited' };

/** app.onError: known errors keep their status; anything else is a 500 with no stack and no detail. */
export function handleError(err: Error, c: Context<AppEnv>) {
  if (err instanceof ApiError) {
    for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
    return c.json(errorBody(c, err.code, err.message, err.fields), err.status as ContentfulStatusCode);
  }
  if (err instanceof HTTPException) {
    const code = HTTP_CODES[err.status];
    if (code) return c.json(errorBody(c, code, err.message || 'Request failed'), ERROR_STATUS[code]);
  }
  if (err instanceof NcbError) {
    // The CRM is down or slow: nothing was acknowledged, so the visitor can simply try again shortly.
    c.header('Retry-After', '5');
    return c.json(errorBody(c, 'crm_unavailable', 'We could not reach our calendar just now. Please try again in a moment.'), 503);
  }
  // No SyntaxError branch: bodies are parsed where they are read (routes/validate.ts); any other SyntaxError (a
  // corrupt stored record) is our fault, a logged 500, not the visitor's 400.
  c.get('log')?.error('unhandled', { name: err.name, message: err.message, requestId: c.get('requestId'), method: c.req.method, path: c.req.path }); // unset before the first middleware ran
  return c.json(errorBody(c, 'internal_error', 'Something went wrong on our side. Please try again.'), 500);
}
