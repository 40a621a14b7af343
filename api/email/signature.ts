/**
 * EmailIt webhook signatures (Webhooks 2.0): X-Emailit-Signature is the lowercase hex HMAC-SHA256 of
 * "<X-Emailit-Timestamp>.<raw body>", keyed with the whole secret including its `whsec_` prefix.
 * Web Crypto only, so it runs on Workers.
 */

const DEFAULT_TOLERANCE_SECONDS = 300;
const encoder = new TextEncoder();

function toHex(buf: ArrayBuffer): string {
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function signEmailit(secret: string, timestamp: string, rawBody: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return toHex(await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${rawBody}`)));
}

/** Compares in time independent of where the strings differ, so the signature can't be guessed byte by byte. */
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

export interface VerifyEmailitOptions {
  secret: string;
  timestamp: string | null;
  signature: string | null;
  rawBody: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}

/** true only for a present, fresh (within tolerance either way) and matching signature. */
export async function verifyEmailit(opts: VerifyEmailitOptions): Promise<boolean> {
  const { secret, timestamp, signature, rawBody, nowSeconds } = opts;
  if (!secret || !timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > (opts.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = await signEmailit(secret, timestamp, rawBody);
  return constantTimeEqual(expected, signature.trim().toLowerCase());
}
