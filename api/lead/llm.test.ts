import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { HttpResponse, http } from 'msw';
import type { LeadTurn } from './extract.js';
import { createLlmLeadExtractor, leadExtractorFor } from './llm.js';

const BASE = 'https://llm.test/v1';
const ENDPOINT = `${BASE}/chat/completions`;

interface Body {
  model: string;
  messages: { role: string; content: string }[];
  response_format: { type: string; json_schema: { name: string; strict: boolean; schema: { required: string[] } } };
}

const server = setupServer();
let requests: { body: Body; auth: string | null }[] = [];
let fallbacks: string[] = [];

const u = (content: string): LeadTurn => ({ role: 'user', content });
const a = (content: string): LeadTurn => ({ role: 'assistant', content });
const NONE = { firstName: null, lastName: null, email: null, phone: null, companyName: null };

/** A scripted model: answers every request with `content` as the message text. */
function model(content: string | Record<string, unknown>, status = 200) {
  server.use(
    http.post(ENDPOINT, async ({ request }) => {
      requests.push({ body: (await request.json()) as Body, auth: request.headers.get('authorization') });
      if (status !== 200) return new HttpResponse('upstream down', { status });
      const text = typeof content === 'string' ? content : JSON.stringify(content);
      return HttpResponse.json({ id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: text } }] });
    }),
  );
}

const extractor = () => createLlmLeadExtractor({ baseUrl: `${BASE}/`, apiKey: 'sk-test', model: 'test-model', timeoutMs: 3000, onFallback: (r) => fallbacks.push(r) });

describe('LLM-assisted lead extraction', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    requests = [];
    fallbacks = [];
  });
  afterEach(() => server.resetHandlers());
  after(() => server.close());

  it('asks for structured output with a strict JSON schema of the five fields, with the conversation and the key', async () => {
    model({ ...NONE });
    await extractor()([a('Who am I speaking with?'), u('hi its dana')], { language: 'en' });
    assert.equal(requests.length, 1);
    const { body, auth } = requests[0];
    assert.equal(auth, 'Bearer sk-test');
    assert.equal(body.model, 'test-model');
    assert.equal(body.response_format.type, 'json_schema');
    assert.equal(body.response_format.json_schema.strict, true);
    assert.deepEqual([...body.response_format.json_schema.schema.required].sort(), ['companyName', 'email', 'firstName', 'lastName', 'phone']);
    assert.deepEqual(
      body.messages.slice(1).map((m) => [m.role, m.content]),
      [
        ['assistant', 'Who am I speaking with?'],
        ['user', 'hi its dana'],
      ],
    );
    assert.equal(body.messages[0].role, 'system');
  });

  it('takes grounded values the rules missed: a company in the visitor\'s words, an address and number as dictated', async () => {
    model({ firstName: 'Marisa', lastName: 'Quon', email: 'marisa@quonlabs.co', phone: '(512) 555-0123', companyName: 'Quon Labs' });
    const got = await extractor()([u('so the outfit i keep the lights on for is quon labs, marisa quon, marisa at quon labs dot co, five one two five five five zero one two three')], {
      language: 'en',
    });
    assert.deepEqual(got, { firstName: 'Marisa', lastName: 'Quon', email: 'marisa@quonlabs.co', phone: '+15125550123', companyName: 'Quon Labs' });
    assert.deepEqual(fallbacks, []);
  });

  it('rejects every value a model invents and keeps the rule result', async () => {
    model({ firstName: 'Jennifer', lastName: 'Smith', email: 'jen@acme.com', phone: '+15125559999', companyName: 'Acme Corp' });
    const got = await extractor()([u('my name is tomas reyes and my number is five one two five five five zero one four four')], { language: 'en' });
    assert.deepEqual(got, { firstName: 'Tomas', lastName: 'Reyes', email: null, phone: '+15125550144', companyName: null });
  });

  it("never grounds a value in the assistant's turns", async () => {
    model({ ...NONE, email: 'hello@kre8tion.com', phone: '+15125550100' });
    const got = await extractor()([a('You can also email hello@kre8tion.com or call 512-555-0100.'), u('ok how much is it')], { language: 'en' });
    assert.deepEqual(got, NONE);
  });

  it('keeps a rule value the model leaves empty', async () => {
    model({ ...NONE });
    const got = await extractor()([u('soy lucía paredes')], { language: 'es' });
    assert.deepEqual(got, { ...NONE, firstName: 'Lucía', lastName: 'Paredes' });
  });

  it('falls back to the rules on an HTTP error, a non-JSON answer or one off the schema, and says why', async () => {
    const turns = [u('my name is tomas reyes')];
    const rules = { ...NONE, firstName: 'Tomas', lastName: 'Reyes' };
    model({}, 503);
    assert.deepEqual(await extractor()(turns), rules);
    server.resetHandlers();
    model('Sure! The name is Tomas.');
    assert.deepEqual(await extractor()(turns), rules);
    server.resetHandlers();
    model({ firstName: 42 });
    assert.deepEqual(await extractor()(turns), rules);
    assert.deepEqual(fallbacks, ['http_503', 'not_json', 'schema_mismatch']);
  });

  it('without LLM configuration runs the rules alone and calls no model', async () => {
    const rulesOnly = leadExtractorFor({});
    assert.deepEqual(await rulesOnly([u('my name is tomas reyes')]), { ...NONE, firstName: 'Tomas', lastName: 'Reyes' });
    assert.equal(requests.length, 0);
  });
});

describe('grounding a dictated address the rules could not assemble', () => {
  it('accepts it when every piece was said in order in a turn that dictates an address, and nothing else', async () => {
    const { groundingOf, isGrounded } = await import('./grounding.js');
    const g = groundingOf([u('its b dash wells at wells hvac dot co dot uk ok')], { language: 'en' });
    assert.equal(isGrounded('email', 'b-wells@wellshvac.co.uk', g), true);
    // A piece never said, pieces out of order, or an address composed from a name and company said without one.
    assert.equal(isGrounded('email', 'b-wells@wellshvac.com', g), false);
    assert.equal(isGrounded('email', 'wells@b.co.uk', g), false);
    const noAddress = groundingOf([u('im jen from acme dot com fans')], { language: 'en' });
    assert.equal(isGrounded('email', 'jen@acme.com', noAddress), false);
  });
});
