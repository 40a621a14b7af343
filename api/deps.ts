import type { Config } from './config.js';
import type { NcbClient } from './ncb/client.js';
import type { Mailer } from './email/emailit.js';
import type { KV } from './store/kv.js';
import type { JobQueue } from './store/jobs.js';
import type { Locks } from './store/locks.js';
import type { Payments } from './payments/types.js';
import type { Responder } from './agent/types.js';
import type { Logger } from './log.js';

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
