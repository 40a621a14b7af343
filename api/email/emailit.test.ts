import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { delay, http, HttpResponse } from 'msw';
import { createEmailItClient, MailError, type OutgoingEmail } from './emailit.js';

const BASE = 'https://api.emailit.test';
const seen: Request[] = [];
const server = setupServer();
server.events.on('request:start', ({ request }) => void seen.push(request.clone()));

const msg: OutgoingEmail = {
  from: 'AI KRE8TION Partners <bookings@kre8tion.com>',
  to: 'ada@example.com',
  subject: 'Your ROI Report',
  html: '<p>Hi</p>',
  text: 'Hi',
  tags: ['kre8tion', 'roi-report'],
  reply_to: 'hello@kre8tion.com',
};

describe('createEmailItClient', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    seen.length = 0;
  });
  after(() => server.close());

  it('POSTs the message to /v1/emails with Bearer auth, tracking on and the idempotency key', async () => {
    server.use(http.post(`${BASE}/v1/emails`, () => HttpResponse.json({ id: 'em_123', status: 'queued' })));
    const mailer = createEmailItClient({ baseUrl: `${BASE}/`, apiKey: 'key_1' });
    assert.deepEqual(await mailer.send(msg, { idempotencyKey: 'roi-report:42' }), { id: 'em_123' });
    const req = seen[0];
    assert.equal(req.method, 'POST');
    assert.equal(req.url, `${BASE}/v1/emails`);
    assert.equal(req.headers.get('authorization'), 'Bearer key_1');
    assert.equal(req.headers.get('content-type'), 'application/json');
    assert.equal(req.headers.get('idempotency-key'), 'roi-report:42');
    assert.deepEqual(await req.json(), { ...msg, track_opens: true, track_clicks: true });
  });

  it('sends no Idempotency-Key when none is given and reads an id under data', async () => {
    server.use(http.post(`${BASE}/v1/emails`, () => HttpResponse.json({ data: { id: 981 } })));
    const { id } = await createEmailItClient({ baseUrl: BASE, apiKey: 'k' }).send({ ...msg, tags: undefined, reply_to: undefined });
    assert.equal(id, '981');
    assert.equal(seen[0].headers.get('idempotency-key'), null);
    const body = await seen[0].json();
    assert.equal('tags' in body, false);
    assert.equal('reply_to' in body, false);
  });

  it('throws MailError with EmailIt status, code and message on non-2xx', async () => {
    server.use(
      http.post(`${BASE}/v1/emails`, () =>
        HttpResponse.json({ error: { code: 'validation_error', message: 'The to field is invalid' } }, { status: 422 }),
      ),
    );
    await assert.rejects(createEmailItClient({ baseUrl: BASE, apiKey: 'k' }).send(msg), (e: unknown) => {
      assert.ok(e instanceof MailError);
      assert.equal(e.status, 422);
      assert.equal(e.code, 'validation_error');
      assert.equal(e.retryable, false);
      assert.match(e.message, /The to field is invalid/);
      return true;
    });
    server.use(http.post(`${BASE}/v1/emails`, () => new HttpResponse('upstream down', { status: 503 })));
    await assert.rejects(createEmailItClient({ baseUrl: BASE, apiKey: 'k' }).send(msg), (e: MailError) => e.status === 503 && e.retryable && /upstream down/.test(e.message));
  });

  it('reports a network failure or timeout as status 0', async () => {
    server.use(http.post(`${BASE}/v1/emails`, () => HttpResponse.error()));
    await assert.rejects(createEmailItClient({ baseUrl: BASE, apiKey: 'k' }).send(msg), (e: MailError) => e.status === 0 && e.retryable);
    server.use(
      http.post(`${BASE}/v1/emails`, async () => {
        await delay(300);
        return HttpResponse.json({ id: 'late' });
      }),
    );
    await assert.rejects(createEmailItClient({ baseUrl: BASE, apiKey: 'k', timeoutMs: 30 }).send(msg), (e: MailError) => e.status === 0 && /timed out/.test(e.message));
  });

  it('refuses a 2xx without an id', async () => {
    server.use(http.post(`${BASE}/v1/emails`, () => HttpResponse.json({ status: 'queued' })));
    await assert.rejects(createEmailItClient({ baseUrl: BASE, apiKey: 'k' }).send(msg), /without a message id/);
  });
});
