import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../deps.js';

/** What a client's own correlation id may look like to be echoed back: short, and safe in a header and a log. */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Every request gets an id we mint, so a log line or an inspector entry can never be made to collide with
 * another's by a client choosing it (#22). A client's own well-formed id is echoed as X-Client-Request-Id.
 */
export function requestIds(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = crypto.randomUUID();
    c.set('requestId', id);
    c.header('X-Request-Id', id);
    const theirs = c.req.header('X-Request-Id');
    if (theirs && CLIENT_ID.test(theirs)) c.header('X-Client-Request-Id', theirs);
    await next();
  };
}
