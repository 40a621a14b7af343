import { Hono, type Context } from 'hono';
import type { AppEnv } from '../deps.js';
import { chatTurn, endConversation, sessionHistory, updateContact } from '../flows/voice.js';
import { ApiError } from '../errors.js';
import type { RateLimiter } from '../middleware/rate-limit.js';
import { depsOf, metaOf } from './meta.js';
import { ChatRequestSchema, ContactUpdateSchema, EndRequestSchema } from './schemas.js';
import { jsonBody } from './validate.js';
import { formRateLimits } from './visitor-form.js';
import { checkTurnstile } from '../middleware/spam.js';

export function voiceAgentRoutes(limiter: RateLimiter) {
  return new Hono<AppEnv>()
    .post('/chat', async (c) => {
      const deps = depsOf(c);
      const meta = metaOf(c);
      limiter.hit(`chat:ip:${meta.ip}`, deps.config.CHAT_RATE_LIMIT_PER_MINUTE);
      const body = await jsonBody(c, ChatRequestSchema);
      limiter.hit(`chat:session:${body.sessionId}`, Math.max(1, Math.floor(deps.config.CHAT_RATE_LIMIT_PER_MINUTE / 2)));
      // A booking the conversation makes passes the form's gate at its confirming message: the same rate limits
      // (one shared budget) and, when configured, Turnstile on the token the widget sent with that message.
      const gate = async () => {
        formRateLimits(c, limiter, 'booking');
        await checkTurnstile(c, deps, body.turnstileToken);
      };
      return c.json(await chatTurn(deps, body, meta, gate));
    })
    .post('/contact', async (c) => {
      const deps = depsOf(c);
      limiter.hit(`chat:ip:${metaOf(c).ip}`, deps.config.CHAT_RATE_LIMIT_PER_MINUTE);
      return c.json(await updateContact(deps, await jsonBody(c, ContactUpdateSchema)));
    })
    .post('/history', async (c) => {
      const deps = depsOf(c);
      limiter.hit(`chat:ip:${metaOf(c).ip}`, deps.config.CHAT_RATE_LIMIT_PER_MINUTE);
      const body = await jsonBody(c, EndRequestSchema);
      c.header('Cache-Control', 'no-store');
      return c.json(await sessionHistory(deps, body.sessionId));
    })
    .post('/end', async (c) => {
      // sendBeacon posts text/plain; jsonBody reads any content type.
      const deps = depsOf(c);
      limiter.hit(`chat:end:${metaOf(c).ip}`, deps.config.CHAT_RATE_LIMIT_PER_MINUTE);
      const body = await jsonBody(c, EndRequestSchema);
      await endConversation(deps, body.sessionId);
      return c.body(null, 202);
    })
    .post('/transcribe', async (c) => audio(c, 'transcriptions'))
    .post('/speak', async (c) => audio(c, 'speech'));
}

/**
 * Server speech exists only with an OpenAI-compatible audio provider; otherwise the widget uses the
 * browser's speech and these answer 501 plainly.
 */
async function audio(c: Context<AppEnv>, kind: 'transcriptions' | 'speech') {
  const { config } = depsOf(c);
  if (!config.AUDIO_BASE_URL || !config.AUDIO_API_KEY) {
    throw new ApiError(501, 'not_configured', 'Server-side speech is not configured; the widget uses the browser’s speech.');
  }
  const limit = kind === 'transcriptions' ? 5 * 1024 * 1024 : 8 * 1024;
  const body = await c.req.arrayBuffer();
  if (body.byteLength > limit) throw new ApiError(413, 'payload_too_large', 'Too large.');
  const upstream = await fetch(`${config.AUDIO_BASE_URL.replace(/\/+$/, '')}/audio/${kind}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${config.AUDIO_API_KEY}`, 'content-type': c.req.header('content-type') ?? 'application/octet-stream' },
    body,
    signal: AbortSignal.timeout(30_000),
  }).catch(() => null);
  if (!upstream?.ok) throw new ApiError(502, 'upstream_error', 'The speech service did not answer. Please type instead.');
  return new Response(upstream.body, { status: 200, headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json' } });
}
