import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startHarness, type Harness } from '../testing/harness.js';
import { QUESTION_BANK_EN, QUESTION_BANK_ES, type BankQuestion } from './fixtures/question-bank.js';
import { PHRASES, UNKNOWN } from './phrases.js';

/**
 * The question bank, each question as a visitor's first message through the API. Report-only: the share
 * answered in scope (not the "can't help with that" fallback nor the bare menu) is printed per language and
 * topic; the bank is never tuned on, so nothing here asserts the share.
 */
describe('question bank: answered in scope', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  for (const [lang, bank] of [
    ['en', QUESTION_BANK_EN],
    ['es', QUESTION_BANK_ES],
  ] as const) {
    it(`${lang}: ${bank.length} questions`, async (t) => {
      assert.ok(bank.length >= (lang === 'en' ? 150 : 100), 'the bank is at least 150 EN / 100 ES');
      // The menu, with or without its closing question, is the fallback too.
      const fallback = [...UNKNOWN.map((u) => u[lang]), PHRASES.help[lang], PHRASES.helpStatement[lang]];
      const missed: BankQuestion[] = [];
      for (const item of bank) {
        const res = await h.json('/api/voice-agent/chat', { sessionId: randomUUID(), message: item.q, language: lang });
        assert.equal(res.status, 200);
        const { reply } = (await res.json()) as { reply: string };
        if (fallback.some((f) => reply.includes(f))) missed.push(item);
      }
      const share = (100 * (bank.length - missed.length)) / bank.length;
      t.diagnostic(`${lang}: answered in scope ${bank.length - missed.length}/${bank.length} (${share.toFixed(1)} %)`);
      const byTopic = new Map<string, number>();
      for (const m of missed) byTopic.set(m.topic, (byTopic.get(m.topic) ?? 0) + 1);
      t.diagnostic(`${lang}: missed by topic ${[...byTopic].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    });
  }
});
