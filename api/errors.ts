import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './deps.js';
import { NcbError } from './ncb/client.js';

/** An error the client is meant to see: the one envelope `{error:{code, message, fields?, requestId}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const badRequest = (fields: Record<string, string>, message = 'Some fields need attention.') =>
  new ApiError(400, 'invalid_request', message, fields);

export function errorBody(c: Context<AppEnv>, code: string, message: string, fields?: Record<string, string>) {
  let requestId: string | undefined = c.get('requestId');
  if (!requestId) {
    // A path outside /api never ran the request-id middleware: give this answer one all the same.
    requestId = crypto.randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
  }
  return { error: { code, message, ...(fields ? { fields } : {}), requestId } };
}

/** app.onError: known errors keep their status; anything else is a 500 with no stack and no detail. */
export function handleError(err: Error, c: Context<AppEnv>) {
  if (err instanceof ApiError) {
    for (const [k, v] of Object.entries(err.headers ?? {})) c.header(k, v);
    return c.json(errorBody(c, err.code, err.message, err.fields), err.status);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthorized' : 'http_error';
    return c.json(errorBody(c, code, err.message || 'Request failed'), status as ContentfulStatusCode);
  }
  if (err instanceof NcbError) {
    // The CRM is down or slow: nothing was acknowledged, so the visitor can simply try again shortly.
    c.header('Retry-After', '5');
    return c.json(errorBody(c, 'crm_unavailable', 'We could not reach our calendar just now. Please try again in a moment.'), 503);
  }
  if (err instanceof SyntaxError) return c.json(errorBody(c, 'invalid_json', 'The body is not valid JSON.'), 400);
  c.get('log')?.error('unhandled', { name: err.name, message: err.message }); // unset before the first middleware ran
  return c.json(errorBody(c, 'internal_error', 'Something went wrong on our side. Please try again.'), 500);
}
