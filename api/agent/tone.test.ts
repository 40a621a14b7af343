import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startHarness, type Harness } from '../testing/harness.js';
import { BOOKING_PHRASES } from './booking-phrases.js';
import { CONTACT_ASKS } from './contact.js';
import { UNKNOWN } from './phrases.js';
import { emptyDialogue } from './dialogue.js';
import { systemPrompt } from './prompt.js';
import { formalOf, toUsted } from './register.js';
import { spanishSentences } from './spanish-sentences.js';
import { input } from './test-fakes.js';

/**
 * Tone (#14): what the visitor just gave is said back; a closing question ("Anything else?", "Would you like…?")
 * ends at most one reply in five and never the same one twice in a row; Spanish mirrors tú/usted.
 */
const word = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');
// Words only "tú" uses (the register test's counterpart for usted).
const TU = word('te|tu|tus|ti|contigo|tienes|puedes|quieres|quieras|necesitas|prefieres|confirmes|elijas|tengas|podrías|dime|cuéntame|elige|agrega|ayudarte|buscarte|contarte|agendarte|enviarte|estás');
const asks = Object.values(CONTACT_ASKS).flatMap((a) => [a.en, a.es]);
/** The closing question a reply ends with, or null (a contact ask or a read-back is the substance, not a closing). */
function closingOf(reply: string): string | null {
  if (!reply.trimEnd().endsWith('?') || asks.some((a) => reply.endsWith(a))) return null;
  return reply.split(/(?<=[.!])\s+/).at(-1)!;
}

describe('tone through the API', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  const visitor = (language: 'en' | 'es') => {
    const sessionId = randomUUID();
    return async (message: string) => {
      const res = await h.json('/api/voice-agent/chat', { sessionId, message, language, timezone: 'America/Chicago' });
      assert.equal(res.status, 200);
      return ((await res.json()) as { reply: string }).reply;
    };
  };

  it('ten turns: at most two closing questions, never the same twice in a row; the number given is said back', async () => {
    const say = visitor('en');
    const replies: string[] = [];
    for (const m of ['what do you do?', 'ok', 'can you give me an example?', 'ok thanks', 'how much does it cost?', 'ok', 'my number is 503 555 0187', 'cool', 'is there a guarantee?', 'alright'])
      replies.push(await say(m));
    const closings = replies.map(closingOf);
    assert.ok(closings.filter(Boolean).length <= 2, closings.join(' | '));
    for (let i = 1; i < closings.length; i++) if (closings[i]) assert.notEqual(closings[i], closings[i - 1]);
    // No five replies in a row carry two closings.
    for (let i = 0; i + 5 <= closings.length; i++) assert.ok(closings.slice(i, i + 5).filter(Boolean).length <= 1, `replies ${i + 1}-${i + 5}: ${closings.slice(i, i + 5).join(' | ')}`);
    assert.match(replies[6]!, /^Thanks\. I have 503-555-0187\./);
    assert.doesNotMatch(replies[6]!, /\?$/, 'the number is thanked for, not followed by "What else…?"');
  });

  it('ES: a visitor who writes usted is answered in usted; one who writes tú, in tú', async () => {
    const formal = visitor('es');
    const r1 = await formal('Buenas tardes. ¿Podría decirme cuánto cuesta el servicio?');
    assert.doesNotMatch(r1, TU, r1);
    const r2 = await formal('Quisiera agendar una llamada, por favor');
    assert.doesNotMatch(r2, TU, r2);
    assert.match(r2, /(?<!\p{L})(le|usted|su)(?!\p{L})/iu, r2);
    const informal = visitor('es');
    const t1 = await informal('oye, ¿puedes agendarme una llamada?');
    assert.match(t1, TU, t1);
  });
});

describe('Spanish register, mirrored', () => {
  it('reads usted and tú from what the visitor wrote', () => {
    assert.equal(formalOf('¿Podría agendarme una llamada?'), true);
    assert.equal(formalOf('Sí, confírmelo por favor'), true);
    assert.equal(formalOf('¿Usted trabaja con clínicas?'), true);
    assert.equal(formalOf('¿puedes darme un precio?'), false);
    assert.equal(formalOf('dale, confírmamelo'), false);
    assert.equal(formalOf('el segundo'), null);
  });

  it('the LLM is told to say back a detail just given and to ration closing questions', () => {
    const prompt = systemPrompt(input('my number is 503 555 0187'));
    assert.match(prompt, /say it back briefly/);
    assert.match(prompt, /at most one reply in five, and never the same one twice in a row/);
  });

  it('the LLM is told to mirror usted when the visitor uses it, tú otherwise', () => {
    assert.match(systemPrompt(input('¿Podría ayudarme?', { language: 'es', state: { ...emptyDialogue(), formal: true } })), /trato de usted, nunca de tú/);
    assert.match(systemPrompt(input('hola', { language: 'es', state: emptyDialogue() })), /trato de tú, nunca de usted/);
  });

  it('every Spanish sentence the agent speaks, in usted, keeps no tú word', () => {
    const sentences = [...spanishSentences(), ...Object.values(BOOKING_PHRASES).map((l) => l.es)];
    assert.ok(sentences.some((s) => TU.test(s)), 'the scan can fail: the tú sentences do have tú words');
    for (const s of sentences) assert.doesNotMatch(toUsted(s), TU, `${s}\n→ ${toUsted(s)}`);
    assert.equal(toUsted('¿Te lo reservo?'), '¿Se lo reservo?');
    assert.equal(toUsted('Te abrí el calendario para que confirmes el horario ahí.'), 'Le abrí el calendario para que confirme el horario ahí.');
  });
});

describe('in-scope questions without the facts, one after another', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('each is deferred to the call in fresh words, never "not something I can help with" (EN, ES)', async () => {
    for (const [language, questions] of [
      ['en', ['does it work with ServiceTitan?', 'can it pick up calls at 2am?', 'can you serve a business in Canada?']],
      ['es', ['¿se conecta con mi software de facturación?', '¿contesta de noche?', '¿funciona si estamos en Canadá?']],
    ] as const) {
      const sessionId = randomUUID();
      const replies: string[] = [];
      for (const message of questions) {
        const res = await h.json('/api/voice-agent/chat', { sessionId, message, language });
        replies.push(((await res.json()) as { reply: string }).reply);
      }
      for (const r of replies) for (const u of UNKNOWN) assert.ok(!r.includes(u[language]), `${language}: ${r}`);
      assert.equal(new Set(replies).size, replies.length, replies.join(' | '));
      for (const r of replies) assert.match(r, language === 'en' ? /strategy call/ : /llamada de estrategia/);
    }
  });
});
