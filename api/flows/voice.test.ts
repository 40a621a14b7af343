import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createBuiltInResponder } from '../agent/builtin.js';
import type { AgentInput, Responder } from '../agent/types.js';
import { OUTCOMES, SENTIMENTS } from '../ncb/schema.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { runVoiceSyncJob } from './voice.js';

/**
 * The voice agent's conversation → CRM path: chat turns through the real app, the coalesced voice-sync job,
 * and what the local NCB and the local mailbox hold afterwards.
 */

/** A clock the test moves; whole seconds because NCB stores datetimes to the second. */
function movableClock(start = new Date(Math.floor(Date.now() / 1000) * 1000)) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms: number) => (t += ms), at: () => new Date(t) };
}

async function chat(h: Harness, sessionId: string, message: string, language: 'en' | 'es' = 'en', headers: Record<string, string> = {}) {
  const res = await h.json('/api/voice-agent/chat', { sessionId, message, language }, headers);
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as { reply: string; actions: unknown[]; lead: Record<string, string | null> };
}

const rowOf = async (h: Harness, sessionId: string) => (await h.rows('voice_sessions')).filter((r) => r.external_session_id === sessionId);
const leadsOf = async (h: Harness, voiceRowId: unknown) => (await h.rows('leads')).filter((l) => l.voice_session_id === voiceRowId);
const MIN = 60_000;

describe('voice agent conversations → NCB', () => {
  let h: Harness;
  const clock = movableClock();
  before(async () => {
    h = await startHarness({ now: clock.now });
  });
  after(() => h.close());

  it('a multi-turn conversation captures a spoken email and syncs one complete, linked record', async () => {
    const sid = randomUUID();
    const started = clock.at();
    const said = ["Hi, I'm Dana Whitfield from Whitfield Plumbing", 'my email is dana dot whitfield at gmail dot com', 'and my phone is five one two five five five zero one three four'];
    let last = await chat(h, sid, said[0]!);
    assert.equal(last.lead.firstName, 'Dana');
    assert.equal(last.lead.email, null);
    clock.advance(30_000);
    last = await chat(h, sid, said[1]!);
    assert.equal(last.lead.email, 'dana.whitfield@gmail.com');
    clock.advance(60_000);
    last = await chat(h, sid, said[2]!);
    assert.deepEqual(last.lead, { firstName: 'Dana', lastName: 'Whitfield', email: 'dana.whitfield@gmail.com', phone: '+15125550134', companyName: 'Whitfield Plumbing' });
    await h.jobs.drain();

    const rows = await rowOf(h, sid);
    assert.equal(rows.length, 1);
    const row = rows[0]!;
    const messages = JSON.parse(String(row.messages)) as { role: string; content: string }[];
    assert.equal(messages.length, 6);
    assert.deepEqual(
      messages.filter((m) => m.role === 'user').map((m) => m.content),
      said,
    );
    for (const m of messages) assert.ok(['user', 'assistant'].includes(m.role) && typeof m.content === 'string' && m.content.length > 0);
    assert.equal(row.language, 'en');
    assert.equal(row.total_questions, 3);
    assert.ok(SENTIMENTS.includes(row.sentiment as never), `sentiment ${row.sentiment}`);
    assert.ok(OUTCOMES.includes(row.outcome as never), `outcome ${row.outcome}`);
    assert.equal(new Date(String(row.start_time)).getTime(), started.getTime());
    assert.equal(row.duration, 90);
    for (const col of ['topics', 'intents', 'actions_taken', 'pain_points', 'objections']) assert.ok(Array.isArray(JSON.parse(String(row[col]))), `${col} is a JSON array`);

    const leads = (await h.rows('leads')).filter((l) => l.email === 'dana.whitfield@gmail.com');
    assert.equal(leads.length, 1);
    const lead = leads[0]!;
    assert.equal(lead.first_name, 'Dana');
    assert.equal(lead.last_name, 'Whitfield');
    assert.equal(lead.phone, '+15125550134');
    assert.equal(lead.company_name, 'Whitfield Plumbing');
    assert.equal(lead.source, 'voice-agent');
    assert.match(String(lead.source_detail), /English/);
    assert.ok(Number.isInteger(lead.lead_score) && (lead.lead_score as number) > 0 && (lead.lead_score as number) <= 100, `score ${lead.lead_score}`);
    assert.equal(lead.voice_session_id, row.id);

    const acts = (await h.rows('activities')).filter((a) => a.lead_id === lead.id);
    assert.ok(acts.some((a) => /^Voice agent conversation \(English\)/.test(String(a.subject))), 'the conversation is on the timeline');

    const dossiersNow = async () => (await h.mailbox.list()).filter((m) => m.to === 'team@kre8tion.test' && m.subject.startsWith('Voice lead: Dana Whitfield'));
    assert.equal((await dossiersNow()).length, 0, 'no dossier at the first email: it waits for the end');
    assert.equal((await h.app.request('/api/voice-agent/end', { method: 'POST', body: JSON.stringify({ sessionId: sid }) })).status, 202);
    await h.jobs.drain();
    const dossiers = await dossiersNow();
    assert.equal(dossiers.length, 1);
    assert.match(dossiers[0]!.html, /dana\.whitfield@gmail\.com/);
    assert.match(dossiers[0]!.html, /\+15125550134|512/);
  });

  it('turns of one session racing each other make exactly one row and lose no message', async () => {
    for (let i = 0; i < 4; i++) {
      const sid = randomUUID();
      const email = `racer${i}@example.com`;
      const [a, b] = await Promise.all([chat(h, sid, `Hi, my email is ${email}`), chat(h, sid, 'What does the Foundation tier include?')]);
      assert.ok(a.reply && b.reply);
      await h.jobs.drain();
      const rows = await rowOf(h, sid);
      assert.equal(rows.length, 1, `session ${i}: one row`);
      const messages = JSON.parse(String(rows[0]!.messages)) as { role: string }[];
      assert.equal(messages.length, 4, `session ${i}: both turns kept`);
      assert.deepEqual(
        messages.map((m) => m.role),
        ['user', 'assistant', 'user', 'assistant'],
      );
      assert.equal(rows[0]!.total_questions, 2);
      const leads = (await h.rows('leads')).filter((l) => l.email === email);
      assert.equal(leads.length, 1, `session ${i}: one lead`);
      assert.equal(leads[0]!.voice_session_id, rows[0]!.id);
    }
  });

  it('a Spanish conversation is recorded as Spanish', async () => {
    const sid = randomUUID();
    const r = await chat(h, sid, 'Hola, me llamo Lucía Gómez y mi correo es lucia punto gomez arroba gmail punto com', 'es');
    assert.equal(r.lead.email, 'lucia.gomez@gmail.com');
    await h.jobs.drain();
    const [row] = await rowOf(h, sid);
    assert.equal(row!.language, 'es');
    const [lead] = await leadsOf(h, row!.id);
    assert.equal(lead!.email, 'lucia.gomez@gmail.com');
    assert.equal(lead!.first_name, 'Lucía');
    assert.match(String(lead!.source_detail), /Spanish/);
  });

  it('a phone-only visitor still gets a lead, which their email later completes', async () => {
    const sid = randomUUID();
    const r = await chat(h, sid, 'you can reach me at 512 555 0199');
    assert.equal(r.lead.phone, '+15125550199');
    await h.jobs.drain();
    const [row] = await rowOf(h, sid);
    let leads = await leadsOf(h, row!.id);
    assert.equal(leads.length, 1);
    assert.equal(leads[0]!.phone, '+15125550199');
    assert.equal(leads[0]!.source, 'voice-agent');
    assert.ok(String(leads[0]!.email).length > 0, 'the CRM needs a non-null email');
    const id = leads[0]!.id;

    await chat(h, sid, 'my email is pat dot lee at example dot com');
    await h.jobs.drain();
    leads = await leadsOf(h, row!.id);
    assert.equal(leads.length, 1);
    assert.equal(leads[0]!.id, id, 'the same lead, not a second one');
    assert.equal(leads[0]!.email, 'pat.lee@example.com');
    assert.equal(leads[0]!.phone, '+15125550199');
  });

  it('contact corrections win over extraction, in the reply and in the CRM', async () => {
    const sid = randomUUID();
    await chat(h, sid, "I'm Dana Whitfield, my email is dana at gmail dot com");
    await h.jobs.drain(); // the misheard address has already reached the CRM, as it would in production

    const res = await h.json('/api/voice-agent/contact', { sessionId: sid, firstName: 'Danielle', email: 'Dana.W@Whitfield.example', phone: '(512) 555-0177' });
    assert.equal(res.status, 200);
    assert.deepEqual((await res.json()).lead, { firstName: 'Danielle', lastName: 'Whitfield', email: 'dana.w@whitfield.example', phone: '+15125550177', companyName: null });

    // Saying the old address again does not undo the visitor's own correction.
    const again = await chat(h, sid, 'my email is dana at gmail dot com');
    assert.equal(again.lead.email, 'dana.w@whitfield.example');
    assert.equal(again.lead.firstName, 'Danielle');
    await h.jobs.drain();

    const [row] = await rowOf(h, sid);
    const leads = await leadsOf(h, row!.id);
    assert.equal(leads.length, 1, 'one lead for the conversation');
    assert.equal(leads[0]!.email, 'dana.w@whitfield.example');
    assert.equal(leads[0]!.first_name, 'Danielle');
    assert.equal(leads[0]!.phone, '+15125550177');
    assert.ok(!(await h.rows('leads')).some((l) => l.email === 'dana@gmail.com'), 'no lead is left under the misheard address');

    const bad = await h.json('/api/voice-agent/contact', { sessionId: sid, email: 'not-an-email' });
    assert.equal(bad.status, 400);
    assert.ok((await bad.json()).error.fields.email);
  });

  it('/end accepts JSON and the text/plain body sendBeacon sends, and the row gets its end time', async () => {
    for (const contentType of ['application/json', 'text/plain;charset=UTF-8']) {
      const sid = randomUUID();
      const started = clock.at();
      await chat(h, sid, 'What does the Foundation tier include?');
      clock.advance(5 * MIN);
      const ended = clock.at();
      const res = await h.app.request('/api/voice-agent/end', { method: 'POST', headers: { 'content-type': contentType }, body: JSON.stringify({ sessionId: sid }) });
      assert.equal(res.status, 202, contentType);
      await h.jobs.drain();
      const [row] = await rowOf(h, sid);
      assert.equal(new Date(String(row!.end_time)).getTime(), ended.getTime(), contentType);
      assert.equal(new Date(String(row!.start_time)).getTime(), started.getTime());
      assert.equal(row!.duration, 300);
    }
    const bad = await h.app.request('/api/voice-agent/end', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"sessionId":"nope"}' });
    assert.equal(bad.status, 400);
    assert.ok((await bad.json()).error.fields.sessionId);
  });
});

describe('voice agent sessions', () => {
  const seen: AgentInput[] = [];
  const builtin = createBuiltInResponder();
  const recording: Responder = {
    name: 'recording',
    respond(input, tools) {
      seen.push(structuredClone(input));
      return builtin.respond(input, tools);
    },
  };
  const clock = movableClock();
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: clock.now, responder: recording });
  });
  after(() => h.close());

  it('the history reaches the responder, the TTL slides with each turn, and an idle hour starts afresh', async () => {
    const sid = randomUUID();
    await chat(h, sid, "Hi, I'm Dana Whitfield");
    assert.equal(seen.at(-1)!.history.length, 0);
    assert.equal(seen.at(-1)!.lead.firstName, 'Dana', 'details in this very message reach the responder');

    clock.advance(50 * MIN);
    await chat(h, sid, 'What does the Foundation tier include?');
    const second = seen.at(-1)!;
    assert.deepEqual(
      second.history.map((t) => [t.role, t.role === 'user' ? t.content : '…']),
      [
        ['user', "Hi, I'm Dana Whitfield"],
        ['assistant', '…'],
      ],
    );
    assert.equal(second.lead.firstName, 'Dana');

    // 100 minutes after the start, but only 50 after the last turn: still the same session.
    clock.advance(50 * MIN);
    await chat(h, sid, 'And the Architect tier?');
    assert.equal(seen.at(-1)!.history.length, 4);

    clock.advance(61 * MIN);
    await chat(h, sid, 'Hello again');
    assert.equal(seen.at(-1)!.history.length, 0, 'a new session after an idle hour');
    assert.equal(seen.at(-1)!.lead.firstName, null);

    // The tab kept its id; the earlier conversation's CRM record is not overwritten by the new one.
    await h.jobs.drain();
    const rows = (await h.rows('voice_sessions')).filter((r) => String(r.external_session_id).startsWith(sid));
    assert.equal(rows.length, 2);
    const first = rows.find((r) => r.external_session_id === sid)!;
    const later = rows.find((r) => r.external_session_id !== sid)!;
    assert.equal(first.total_questions, 3);
    assert.equal(JSON.parse(String(first.messages))[0].content, "Hi, I'm Dana Whitfield");
    assert.equal(later.total_questions, 1);
    assert.equal(JSON.parse(String(later.messages))[0].content, 'Hello again');
  });

  it('a reordered or repeated voice-sync message (queues keep no order) never rolls the row back', async () => {
    const sid = randomUUID();
    await chat(h, sid, 'Hi, what do you do?');
    await chat(h, sid, 'How much does it cost?');
    await chat(h, sid, 'Do you work with plumbers?');
    await h.jobs.drain();
    const [row] = await rowOf(h, sid);
    assert.equal(row!.total_questions, 3);
    // A marker only a rewrite would erase.
    await h.deps.ncb.update('voice_sessions', Number(row!.id), { total_questions: 99 });
    const ctx = { jobId: `voice-sync:${sid}`, attempt: 1, step: <T>(_n: string, fn: () => Promise<T>) => fn() };
    // The message of the first turn, delivered last; then the newest one again.
    await runVoiceSyncJob(h.deps, { conversation: sid, version: 1 }, ctx);
    await runVoiceSyncJob(h.deps, { conversation: sid, version: 3 }, ctx);
    const after = await rowOf(h, sid);
    assert.equal(after.length, 1);
    assert.equal(after[0]!.total_questions, 99, 'nothing was rewritten');
  });
});
