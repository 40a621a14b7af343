import assert from 'node:assert/strict';
import type { Harness } from './harness.js';

/** One chat turn through the API; asserts a 200 and returns the captured lead. */
export async function chat(h: Harness, sessionId: string, message: string, language: 'en' | 'es' = 'en') {
  const res = await h.json('/api/voice-agent/chat', { sessionId, message, language });
  assert.equal(res.status, 200, await res.clone().text());
  return (await res.json()) as { lead: Record<string, string | null> };
}

/** The CRM's leads linked to one conversation (by its voice_sessions row). */
export async function leadsOfSession(h: Harness, sessionId: string) {
  const [row] = (await h.rows('voice_sessions')).filter((r) => r.external_session_id === sessionId);
  assert.ok(row, 'the conversation is recorded');
  return (await h.rows('leads')).filter((l) => l.voice_session_id === row.id);
}
