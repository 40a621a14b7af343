import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, jobHandlers } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { buildDeps, type AppEnv } from './deps.js';
import { errorBody } from './errors.js';
import { createInspector } from './dev/inspector.js';
import { mountAdminDev } from './dev/mount-admin.js';
import { createLocalMailbox } from './email/local-mailbox.js';
import { createLogger, type Logger } from './log.js';
import { createLocalNcb } from './ncb/local/server.js';
import { localPayments } from './payments/local.js';
import { stripePayments } from './payments/stripe.js';
import type { Payments } from './payments/types.js';
import { sqliteJobs, type JobHandlers } from './store/jobs.js';
import { sqliteKv } from './store/kv.js';
import { localLocks } from './store/locks.js';
import { openSqlite } from './store/sqlite.js';

/**
 * `npm start`: one Node process on one origin — the demo, the built widgets, the API, the local NCB and the
 * local mailbox — with everything persisted under DATA_DIR. A second listener plays a partner's site on
 * another origin (PORT + 1) to prove cross-origin embedding.
 */
const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export interface StartOptions {
  env?: Record<string, string | undefined>;
  log?: Logger;
  partner?: boolean;
}

export async function startServer(opts: StartOptions = {}) {
  const env = { ...process.env, ...opts.env };
  // Validated once without the derived origins, which need the ports; then with them.
  const ports = loadConfig(env);
  const port = ports.PORT;
  const partnerPort = ports.PARTNER_PORT ?? port + 1;
  const partnerOrigin = `http://localhost:${partnerPort}`;
  const config: Config = loadConfig({
    ...env,
    PARTNER_ORIGINS: [env.PARTNER_ORIGINS, opts.partner === false ? '' : `${partnerOrigin},http://127.0.0.1:${partnerPort}`].filter(Boolean).join(','),
    ALLOWED_ORIGINS: env.ALLOWED_ORIGINS ?? `http://localhost:${port},http://127.0.0.1:${port}`,
  });
  const log = opts.log ?? createLogger(config.LOG_LEVEL);
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const apiDb = openSqlite(join(dataDir, 'api.db'));
  const kv = await sqliteKv(apiDb);

  const root = new Hono();
  // The dev-only services get a body cap like the API's: 2 MB is far above any row or email the API writes (#22).
  const devCap = bodyLimit({ maxSize: 2 * 1024 * 1024, onError: (c) => c.json({ error: 'The body is larger than 2 MB.' }, 413) });
  for (const path of ['/ncb/*', '/emailit/*', '/inspector/api/*', '/api/data/*', '/api/dev/*']) root.use(path, devCap);
  let localNcb: Awaited<ReturnType<typeof createLocalNcb>> | null = null;
  let mailbox: Awaited<ReturnType<typeof createLocalMailbox>> | null = null;
  if (!config.NCB_OPENAPI_URL) {
    localNcb = await createLocalNcb({
      db: openSqlite(join(dataDir, 'ncb.db')),
      instance: config.NCB_INSTANCE,
      secretKey: config.NCB_SECRET_KEY,
      latencyMs: config.NCB_LOCAL_LATENCY_MS,
      failureRate: config.NCB_LOCAL_FAILURE_RATE,
    });
    root.route('/ncb', localNcb.app);
  }
  if (!config.EMAILIT_API_URL) {
    mailbox = await createLocalMailbox({
      db: openSqlite(join(dataDir, 'mailbox.db')),
      apiKey: config.EMAILIT_API_KEY,
      webhook: { url: `${config.publicUrl}/api/webhooks/emailit`, secret: config.EMAILIT_WEBHOOK_SECRET },
    });
    root.route('/emailit', mailbox.app);
  }

  const deliverToSelf = async (raw: string, signature: string) =>
    (await fetch(`${config.publicUrl}/api/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: raw })).status;
  const payments: Payments =
    config.STRIPE_SECRET_KEY && config.STRIPE_ASSESSMENT_PRICE_ID
      ? stripePayments({ secretKey: config.STRIPE_SECRET_KEY, webhookSecret: config.STRIPE_WEBHOOK_SECRET, priceId: config.STRIPE_ASSESSMENT_PRICE_ID })
      : localPayments({ kv, publicUrl: config.publicUrl, webhookSecret: config.STRIPE_WEBHOOK_SECRET, deliver: deliverToSelf });

  // The runner is built before the deps its handlers need; they are bound just below, before it starts.
  const handlers: JobHandlers = {};
  const jobs = await sqliteJobs({
    db: apiDb,
    kv,
    handlers,
    backoffBaseMs: config.JOB_BACKOFF_BASE_MS,
    backoffCapMs: config.JOB_BACKOFF_CAP_MS,
    maxAttempts: config.JOB_MAX_ATTEMPTS,
    concurrency: config.JOB_CONCURRENCY,
    onEvent: (e) => e.type !== 'done' && log.warn(`job ${e.type}`, { job: e.job, type: e.jobType, error: e.error }),
  });
  const deps = buildDeps(config, { kv, locks: localLocks(), jobs: jobs.queue, payments, log });
  Object.assign(handlers, jobHandlers(deps));

  // the CRM's data proxy, a local admin sign-in and /admin: development only, never with APP_ENV=production
  if (localNcb && config.APP_ENV !== 'production') mountAdminDev(root, { ncbApp: localNcb.app, instance: config.NCB_INSTANCE, secretKey: config.NCB_SECRET_KEY, kv, adminEmail: config.ADMIN_EMAIL, adminPage: serveStatic({ path: join(ROOT, 'demo/admin.html') }) });
  root.route('/', createApp(deps));
  if (localNcb && mailbox) root.route('/inspector/api', createInspector({ ncb: localNcb.store, mailbox, jobs }));
  // Production serves the API and the widget bundles only: no demo, inspector or partner pages (#22).
  const production = config.APP_ENV === 'production';
  mountStatic(root, production ? 'bundles' : 'main', config.publicUrl, partnerOrigin);
  // Unknown /api paths answer in the API's one envelope, not the router's plain-text 404.
  root.route('/', new Hono<AppEnv>().basePath('/api').all('*', (c) => c.json(errorBody(c, 'not_found', 'No such endpoint.'), 404)));

  const servers: ServerType[] = [];
  const listen = (app: Hono, p: number) =>
    new Promise<ServerType>((ok, fail) => {
      const server = serve({ fetch: app.fetch, port: p, hostname: config.HOST }, () => ok(server));
      server.once('error', (e: NodeJS.ErrnoException) => fail(e.code === 'EADDRINUSE' ? new Error(`Port ${p} is already in use. Stop the other process or set PORT (and PARTNER_PORT) to a free port, e.g. PORT=${port + 2} npm start.`) : e));
    });
  servers.push(await listen(root, port));
  if (opts.partner !== false && !production) {
    const partner = new Hono();
    mountStatic(partner, 'partner', config.publicUrl, partnerOrigin);
    servers.push(await listen(partner, partnerPort));
  }
  jobs.start();

  return {
    config,
    deps,
    jobs,
    localNcb,
    mailbox,
    url: config.publicUrl,
    partnerUrl: partnerOrigin,
    async close() {
      await jobs.stop();
      await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    },
  };
}

/** The demo pages under a strict CSP: no inline script or style anywhere, widgets from the main origin. */
function mountStatic(app: Hono, site: 'main' | 'partner' | 'bundles', mainOrigin: string, partnerOrigin: string) {
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${mainOrigin}`,
    `style-src 'self'`,
    `connect-src 'self' ${mainOrigin}`,
    "img-src 'self' data:",
    "frame-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    // Only our own pages may frame the demo (the designer's preview); nobody else can clickjack it.
    "frame-ancestors 'self'",
  ].join('; ');
  app.use('*', async (c, next) => {
    await next();
    if (c.res.headers.get('content-type')?.includes('text/html') && !c.res.headers.has('content-security-policy')) c.res.headers.set('Content-Security-Policy', csp);
  });
  app.use('/dist/*', async (c, next) => {
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Cache-Control', 'no-cache');
  });
  // KRE8_DIST_DIR: the bundles npm test built into a temporary folder (dist/ itself is left to npm start).
  const distDir = resolve(ROOT, process.env.KRE8_DIST_DIR ?? 'dist');
  app.use('/dist/*', serveStatic({ root: distDir, rewriteRequestPath: (p) => p.replace(/^\/dist/, '') }));
  if (site === 'bundles') return;
  app.use('/demo/*', serveStatic({ root: ROOT }));
  app.use('/public/*', serveStatic({ root: ROOT }));
  if (site === 'main') {
    app.get('/', serveStatic({ path: join(ROOT, 'demo/index.html') }));
    app.get('/inspector', serveStatic({ path: join(ROOT, 'demo/inspector.html') }));
  } else {
    // The partner page names both origins literally, as a partner's HTML would; follow PORT/PARTNER_PORT/PUBLIC_URL.
    const page = readFileSync(join(ROOT, 'demo/partner.html'), 'utf8')
      .replaceAll('http://localhost:8787', mainOrigin)
      .replaceAll('localhost:8787', new URL(mainOrigin).host)
      .replaceAll('localhost:8788', new URL(partnerOrigin).host);
    app.get('/', (c) => c.html(page));
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  startServer()
    .then((s) => {
      console.log(`kre8 widgets running:
  demo        ${s.url}/
  inspector   ${s.url}/inspector
  partner     ${s.partnerUrl}/   (another origin, embeds the widgets)
  API         ${s.url}/api/health
  local NCB   ${s.url}/ncb   (Instance=${s.config.NCB_INSTANCE}, Bearer ${s.config.localStack ? s.config.NCB_SECRET_KEY : '***'})
  mailbox     ${s.url}/emailit/messages
  payments    ${s.deps.payments.mode === 'local' ? 'local test checkout (no Stripe keys set)' : 'Stripe'}
  data        ${resolve(s.config.DATA_DIR)}`);
      const stop = async () => {
        await s.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((e: Error) => {
      console.error(e instanceof ConfigError ? e.message : `Could not start: ${e.message}`);
      process.exit(1);
    });
}
