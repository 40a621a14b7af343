import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { HttpResponse, http } from 'msw';
import { extractLead } from '../lead/extract.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { chat, leadsOfSession } from '../testing/voice.js';

/**
 * The voice flow with an LLM configured (issue #16): extraction asks the model (an OpenAI-compatible endpoint,
 * answered here by msw) and keeps only what the visitor's own words ground; the CRM gets that, never an
 * invented value. Without LLM_* the rules alone run and no model is asked.
 */
const ENDPOINT = 'https://llm.test/v1/chat/completions';
const LLM_ENV = { LLM_BASE_URL: 'https://llm.test/v1', LLM_API_KEY: 'sk-test', LLM_MODEL: 'test-model' };
const NONE = { firstName: null, lastName: null, email: null, phone: null, companyName: null };

interface Sent {
  messages: { role: string; content: string }[];
  response_format?: { json_schema?: { name?: string } };
}
const server = setupServer();
let sent: Sent[] = [];
/** Each extraction request is answered by `answer` (given what was sent), or with `status`; the responder's with a line. */
function model(answer: (body: Sent) => Record<string, string | null>, status = 200) {
  server.use(
    http.post(ENDPOINT, async ({ request }) => {
      const body = (await request.json()) as Sent;
      // With LLM_* set the responder asks the same endpoint for the reply; only extraction asks for this schema.
      if (body.response_format?.json_schema?.name !== 'visitor_contact') {
        return HttpResponse.json({ choices: [{ index: 0, message: { role: 'assistant', content: 'Thanks, noted.' } }] });
      }
      sent.push(body);
      if (status !== 200) return new HttpResponse('down', { status });
      return HttpResponse.json({ choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(answer(body)) } }] });
    }),
  );
}


describe('voice flow with an LLM configured', () => {
  let h: Harness;
  before(async () => {
    server.listen({ onUnhandledRequest: 'bypass' }); // the local NCB and mailbox are real HTTP servers
    h = await startHarness({ env: LLM_ENV });
  });
  beforeEach(() => {
    sent = [];
  });
  afterEach(() => server.resetHandlers());
  after(async () => {
    await h.close();
    server.close();
  });

  it('asks the model for the contact fields as structured output, and a value grounded in what was said reaches the CRM', async () => {
    const said = 'yeah folks know us as the sawdust brothers, my number is five one two five five five zero one six one';
    // Why the model matters here: the rules alone do not read this company (if they learn to, pick another example).
    assert.equal(extractLead([{ role: 'user', content: said }]).companyName, null);
    model(() => ({ ...NONE, companyName: 'Sawdust Brothers', phone: '+15125550161' }));
    const sid = randomUUID();
    const r = await chat(h, sid, said);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]!.response_format?.json_schema?.name, 'visitor_contact');
    assert.equal(r.lead.companyName, 'Sawdust Brothers');
    assert.equal(r.lead.phone, '+15125550161');
    await h.jobs.drain();
    const [lead, ...more] = await leadsOfSession(h, sid);
    assert.equal(more.length, 0);
    assert.equal(lead!.company_name, 'Sawdust Brothers');
    assert.equal(lead!.phone, '+15125550161');
  });

  it('a model that invents values: none of them reaches the reply or the CRM; what the visitor said does', async () => {
    model(() => ({ firstName: 'Jennifer', lastName: 'Delgado', email: 'rosa@delgado-consulting.com', phone: '+15125559999', companyName: 'Delgado Consulting' }));
    const sid = randomUUID();
    await chat(h, sid, "hi i'm rosa delgado");
    const r = await chat(h, sid, 'my email is rosa at delgado studio dot co and my cell is five one two five five five zero one four four');
    assert.deepEqual(r.lead, { firstName: 'Rosa', lastName: 'Delgado', email: 'rosa@delgadostudio.co', phone: '+15125550144', companyName: null });
    await h.jobs.drain();
    const [lead, ...more] = await leadsOfSession(h, sid);
    assert.equal(more.length, 0);
    assert.equal(lead!.first_name, 'Rosa');
    assert.equal(lead!.email, 'rosa@delgadostudio.co');
    assert.equal(lead!.phone, '+15125550144');
    assert.equal(lead!.company_name, null);
    const all = await h.rows('leads');
    for (const invented of ['Jennifer', 'rosa@delgado-consulting.com', '+15125559999', 'Delgado Consulting']) {
      assert.ok(!all.some((l) => Object.values(l).includes(invented)), `${invented} is in no lead`);
    }
  });

  it('each turn sends the model only the recent window, never the whole transcript', async () => {
    model(() => NONE);
    const sid = randomUUID();
    const first = 'my name is theodora quill';
    await chat(h, sid, first);
    for (let k = 1; k <= 9; k++) await chat(h, sid, `question number ${k} about pricing`);
    assert.equal(sent.length, 10, 'one extraction request per turn');
    const last = sent.at(-1)!;
    const turns = last.messages.filter((m) => m.role !== 'system');
    assert.ok(turns.length <= 8, `${turns.length} turns sent`);
    assert.equal(turns.at(-1)!.content, 'question number 9 about pricing');
    assert.ok(!last.messages.some((m) => m.content.includes(first)), 'the first turn is not re-sent on the tenth');
    // The first turn's name, found then, is still the lead's.
    const r = await chat(h, sid, 'thanks');
    assert.equal(r.lead.firstName, 'Theodora');
    assert.equal(r.lead.lastName, 'Quill');
  });

  it('when the model fails, the rules result stands and the turn still answers', async () => {
    model(() => NONE, 503);
    const sid = randomUUID();
    const r = await chat(h, sid, 'this is marta ruiz, marta at ruiz tile dot com');
    assert.equal(sent.length, 1);
    assert.equal(r.lead.firstName, 'Marta');
    assert.equal(r.lead.email, 'marta@ruiztile.com');
  });
});

describe('voice flow without an LLM configured', () => {
  let h: Harness;
  before(async () => {
    server.listen({ onUnhandledRequest: 'bypass' });
    h = await startHarness();
  });
  after(async () => {
    await h.close();
    server.close();
  });

  it('runs the rules alone and asks no model', async () => {
    sent = [];
    model(() => ({ ...NONE, firstName: 'Invented' }));
    const r = await chat(h, randomUUID(), 'hi this is omar haddad, omar at haddad homes dot com');
    assert.equal(sent.length, 0);
    assert.equal(r.lead.firstName, 'Omar');
    assert.equal(r.lead.email, 'omar@haddadhomes.com');
  });
});
