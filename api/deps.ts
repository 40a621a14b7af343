import type { Config } from './config.js';
import type { NcbClient } from './ncb/client.js';
import type { Mailer } from './email/emailit.js';
import type { KV } from './store/kv.js';
import type { JobQueue } from './store/jobs.js';
import type { Locks } from './store/locks.js';
import type { Payments } from './payments/types.js';
import type { Responder } from './agent/types.js';
import { createLogger, type Logger } from './log.js';
import { createNcbClient } from './ncb/client.js';
import { createEmailItClient } from './email/emailit.js';
import { createBuiltInResponder } from './agent/builtin.js';
import { createOpenAiResponder } from './agent/openai.js';

/**
 * Everything the API talks to, chosen at the edges (api/node.ts, api/worker.ts, tests). Routes and flows only
 * see these interfaces: production is an environment change, not a code path.
 */
export interface Deps {
  config: Config;
  ncb: NcbClient;
  mail: Mailer;
  kv: KV;
  jobs: JobQueue;
  locks: Locks;
  payments: Payments;
  responder: Responder;
  clock: { now(): Date };
  log: Logger;
  /** Verifies a Turnstile token (only consulted when TURNSTILE_SECRET is set). */
  verifyTurnstile?: (token: string, ip: string) => Promise<boolean>;
}

export type AppEnv = { Variables: { requestId: string; log: Logger; deps: Deps } };

/** What differs between the runtimes; everything else is built the same way from the config. */
export interface Adapters {
  kv: KV;
  locks: Locks;
  jobs: JobQueue;
  payments: Payments;
  log?: Logger;
}

/** The one place Deps are put together (api/node.ts and api/worker.ts). */
export function buildDeps(config: Config, a: Adapters): Deps {
  return {
    config,
    kv: a.kv,
    locks: a.locks,
    jobs: a.jobs,
    payments: a.payments,
    log: a.log ?? createLogger(config.LOG_LEVEL),
    clock: { now: () => new Date() },
    ncb: createNcbClient({ baseUrl: config.ncbUrl, instance: config.NCB_INSTANCE, secretKey: config.NCB_SECRET_KEY, ownerUserId: config.NCB_OWNER_USER_ID, timeoutMs: config.NCB_TIMEOUT_MS }),
    mail: createEmailItClient({ baseUrl: config.emailitUrl, apiKey: config.EMAILIT_API_KEY }),
    responder:
      config.LLM_BASE_URL && config.LLM_API_KEY && config.LLM_MODEL
        ? createOpenAiResponder({ baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL })
        : createBuiltInResponder(),
  };
}
