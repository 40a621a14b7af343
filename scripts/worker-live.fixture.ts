import worker, { StateObject, type Env, type JobMessage, type Queue } from '../api/worker.js';

/**
 * The live Workers test's entry: the production Worker, with one test-only switch — the next N queue sends
 * fail (POST /__fixture/fail-sends?n=N), because a local queue never refuses a message. Nothing else differs.
 */
export { StateObject };

let failing = 0;
const wrapped = new WeakMap<Env, Env>();

function withFaults(env: Env): Env {
  let w = wrapped.get(env);
  if (!w) {
    const q = env.JOBS;
    const refuse = () => (failing > 0 ? (failing--, true) : false);
    const jobs: Queue<JobMessage> = {
      send: (b) => (refuse() ? Promise.reject(new Error('queue send failed (fixture)')) : q.send(b)),
      sendBatch: (m) => (refuse() ? Promise.reject(new Error('queue send failed (fixture)')) : q.sendBatch(m)),
    };
    w = { ...env, JOBS: jobs };
    wrapped.set(env, w);
  }
  return w;
}

export default {
  fetch(req: Request, env: Env, ctx: Parameters<typeof worker.fetch>[2]) {
    const url = new URL(req.url);
    if (url.pathname === '/__fixture/fail-sends') {
      failing = Number(url.searchParams.get('n') ?? '1');
      return Response.json({ failing });
    }
    return worker.fetch(req, withFaults(env), ctx);
  },
  queue: (batch: Parameters<typeof worker.queue>[0], env: Env) => worker.queue(batch, withFaults(env)),
};
