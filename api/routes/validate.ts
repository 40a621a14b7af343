import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, badRequest } from '../errors.js';

/** zod issues → `{ "inputs.taskHours.scheduling": "Too big: expected number to be <=20" }` (first issue per field). */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_body';
    fields[key] ??= issue.message;
  }
  return fields;
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw badRequest(fieldErrors(r.error));
  return r.data;
}

/**
 * Reads the body as JSON whatever its content type (sendBeacon posts text/plain) and validates it. Malformed
 * JSON and schema failures are 400s naming the field; nothing downstream runs.
 */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.', { _body: 'Expected a JSON object' });
  }
  return parseWith(schema, value);
}

export function queryOf<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return parseWith(schema, c.req.query());
}
