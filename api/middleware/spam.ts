import type { Context } from 'hono';
import type { FormSignals } from '../../model/contracts.js';
import type { Deps } from '../deps.js';
import { ApiError } from '../errors.js';
import { clientIp } from './client-ip.js';

export type Verdict = 'human' | 'bot';

/**
 * Server-side spam checks for visitor forms. A filled honeypot is a bot: the caller answers as if all went
 * well and writes nothing (bots learn nothing). Too fast a fill is a 400 the visitor can act on. Turnstile
 * is verified only when TURNSTILE_SECRET is set.
 */
export async function checkSignals(c: Context, deps: Deps, s: FormSignals): Promise<Verdict> {
  if (s.website_hp && s.website_hp.trim() !== '') return 'bot';
  if ((s.fillMs ?? 0) < deps.config.MIN_FILL_MS) {
    throw new ApiError(400, 'too_fast', 'That was quicker than a person can fill the form. Please try again.', {
      fillMs: `at least ${deps.config.MIN_FILL_MS} ms expected`,
    });
  }
  await checkTurnstile(c, deps, s.turnstileToken);
  return 'human';
}

/**
 * Turnstile, when TURNSTILE_SECRET is set: the token (sent by the form, or with the chat's confirming message)
 * verified for the visitor's IP; none, or one siteverify rejects, is a 400 naming turnstileToken.
 */
export async function checkTurnstile(c: Context, deps: Pick<Deps, 'config' | 'verifyTurnstile'>, token: string | undefined): Promise<void> {
  if (!deps.config.TURNSTILE_SECRET) return;
  const ok = token ? await (deps.verifyTurnstile ?? verifyTurnstile(deps.config.TURNSTILE_SECRET))(token, clientIp(c)) : false;
  if (!ok) throw new ApiError(400, 'turnstile_failed', 'Please complete the verification.', { turnstileToken: 'verification failed' });
}

export function verifyTurnstile(secret: string) {
  return async (token: string, ip: string) => {
    const body = new FormData();
    body.set('secret', secret);
    body.set('response', token);
    if (ip !== 'unknown') body.set('remoteip', ip);
    try {
      const r = await fetch('https://challenges.cloudflare.com/turnstile/v0/siteverify', { method: 'POST', body, signal: AbortSignal.timeout(5000) });
      return r.ok && ((await r.json()) as { success?: boolean }).success === true;
    } catch {
      return false;
    }
  };
}
