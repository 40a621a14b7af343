/**
 * Chat turn latency against the length of the conversation (#14, #22): one session, 150 turns of ~2,000
 * characters through the real app and local NCB; prints the time of turns 1, 50 and 150 (median of that turn
 * and its two neighbours, so one GC pause does not decide it). Goal: turn 150 within 1.5 × turn 1.
 */
import { randomUUID } from 'node:crypto';
import { startHarness } from '../api/testing/harness.js';

const TURNS = Number(process.env.TURNS ?? 150);
const FILLER = 'We run a small plumbing shop and spend hours every week on scheduling, invoices and follow-ups with customers. ';

export async function turnLatencies(turns = TURNS, chars = 2000): Promise<Map<number, number>> {
  const h = await startHarness();
  const sessionId = randomUUID();
  const times: number[] = [];
  try {
    // Warm-up in another session: turn 1 must measure a turn, not module loading and JIT.
    const warm = randomUUID();
    for (let i = 0; i < 3; i++) await (await h.json('/api/voice-agent/chat', { sessionId: warm, message: FILLER, language: 'en' })).arrayBuffer();
    for (let i = 1; i <= turns; i++) {
      const message = `Question ${i}: how much does it cost? ${FILLER.repeat(Math.ceil(chars / FILLER.length))}`.slice(0, chars);
      const t0 = performance.now();
      const res = await h.json('/api/voice-agent/chat', { sessionId, message, language: 'en', timezone: 'America/Chicago' });
      if (res.status !== 200) throw new Error(`turn ${i}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      times.push(performance.now() - t0);
    }
  } finally {
    await h.close();
  }
  const at = (n: number) => {
    const around = times.slice(Math.max(0, n - 2), Math.min(times.length, n + 1)).sort((a, b) => a - b);
    return around[Math.floor(around.length / 2)]!;
  };
  return new Map([1, 50, turns].filter((n) => n <= turns).map((n) => [n, at(n)]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const l = await turnLatencies();
  for (const [n, ms] of l) console.log(`chat turn ${String(n).padStart(3)}: ${ms.toFixed(1)} ms`);
  const first = l.get(1)!;
  const last = l.get(TURNS)!;
  console.log(`turn ${TURNS} / turn 1 = ${(last / first).toFixed(2)} (goal ≤ 1.5)`);
}
