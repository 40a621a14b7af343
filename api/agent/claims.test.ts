import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { BookingCreated } from '../../model/contracts.js';
import { CORPUS } from '../../fixtures/lead/index.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { SEALED } from './fixtures/sealed-conversations.js';

/**
 * Never claim what did not happen: over every corpus conversation (the extraction corpus's visitor turns and
 * the sealed conversation set), no reply says booked/confirmed/reservada unless a booking row exists for it.
 * The sealed set's bookings made / asked for are reported (t.diagnostic), not asserted: it is never tuned on.
 */
const CLAIM = /\b(booked|is confirmed|confirmed for|all set|reservad[oa]|confirmad[oa]|agendad[oa])\b/i;

interface Turn {
  reply: string;
  booking?: BookingCreated;
}

describe('no reply claims a booking that does not exist', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  const conversations = [
    ...CORPUS.map((c) => ({ id: `corpus:${c.id}`, lang: c.lang, timezone: undefined as string | undefined, turns: c.turns.filter((t) => t.role === 'user').map((t) => t.content) })),
    ...SEALED.map((c) => ({ ...c, id: `sealed:${c.id}` })),
  ];

  it(`${conversations.length} conversations: every claim has its booking row`, async (t) => {
    const claims: { id: string; reply: string; ref?: string }[] = [];
    const madeIn = new Set<string>();
    for (const c of conversations) {
      const sessionId = randomUUID();
      for (const message of c.turns) {
        const res = await h.json('/api/voice-agent/chat', { sessionId, message, language: c.lang, ...(c.timezone ? { timezone: c.timezone } : {}) });
        assert.equal(res.status, 200, `${c.id}: ${await res.clone().text()}`);
        const body = (await res.json()) as Turn;
        if (body.booking) madeIn.add(c.id);
        if (CLAIM.test(body.reply.normalize('NFD').replace(/\p{M}/gu, ''))) claims.push({ id: c.id, reply: body.reply, ref: body.booking?.booking.id });
      }
    }
    await h.jobs.drain();
    const notes = (await h.rows('bookings')).map((b) => String(b.notes));
    const false_ = claims.filter((c) => !c.ref || !notes.some((n) => n.includes(`Ref ${c.ref}.`)));
    const sealed = SEALED.filter((c) => c.asksToBook);
    const made = sealed.filter((c) => madeIn.has(`sealed:${c.id}`)).length;
    t.diagnostic(`sealed set: bookings made ${made} / asked ${sealed.length}; claims ${claims.length}; false claims ${false_.length}`);
    t.diagnostic(`asked but not booked: ${sealed.filter((c) => !madeIn.has(`sealed:${c.id}`)).map((c) => c.id).join(', ') || 'none'}`);
    assert.deepEqual(false_, []);
    // Only a conversation that asked for it ever books.
    assert.deepEqual([...madeIn].filter((id) => !SEALED.find((c) => `sealed:${c.id}` === id)?.asksToBook), []);
  });
});
