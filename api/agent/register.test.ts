/**
 * One Spanish register across the kit: the widgets and emails say "tú", so the agent must too. These scan
 * every Spanish sentence the agent can speak for the usual "usted" giveaways.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spanishSentences } from './spanish-sentences.js';
import { systemPrompt } from './prompt.js';
import { input } from './test-fakes.js';

// Pronouns and verb forms that only "usted" uses, plus "su/sus" before a word that belongs to the visitor.
// Bare "tiene"/"puede" are left out: "cada proyecto tiene…" is third person and fine, as is "sus condiciones".
// \b is ASCII-only in JS regexes ("abrí" would not end on one), so word edges are spelled out with \p{L}.
const word = (alternatives: string) => `(?<!\\p{L})(?:${alternatives})(?!\\p{L})`;
const USTED = new RegExp(
  [
    word('usted|suy[oa]s?|d[ií]game|cu[ée]nteme|preg[úu]nteme|disculpe|perdone|ayudarle|contarle|agendarle|buscarle|enviarle|contactarle|quitarle|entregarle|elija|confirme|ponga|empiece'),
    word('quiere que|quiera saber|si prefiere|no necesita|cuando necesita|que tenga'),
    word('le (?:pueden|puedo|agendo|abr[ií]|llev[ée]|ayudo|coment[ée]|dije|vuelvo|respondo|entiendo|gustar[ií]a|queda|convenga|conviene|transferimos)'),
    word('se l[oa]s? (?:puedo|responde|responda|explica|confirma|digo)'),
    word('sus? (?:equipo|negocio|tiempo|datos|correo|tel[ée]fono|nombre|caso|ahorros|costos|sistemas|calendario|llamadas?|retorno|propias)'),
  ].join('|'),
  'iu',
);

describe('Spanish register', () => {
  it('the giveaway pattern catches usted and passes tú (so the scan below can fail)', () => {
    for (const s of ['¿En qué le puedo ayudar?', 'Dígame cuántas personas tiene.', 'Ya anoté su correo.', 'Los sistemas son suyos.', 'Le abrí el calendario.', 'El equipo se lo confirma.'])
      assert.match(s, USTED, s);
    for (const s of ['¿En qué te puedo ayudar?', 'Dime cuántas personas tienes.', 'Ya anoté tu correo.', 'Revisamos sus condiciones exactas.', 'Cada proyecto tiene una garantía.'])
      assert.doesNotMatch(s, USTED, s);
  });

  it('every Spanish sentence the agent speaks says tú, never usted', () => {
    const sentences = spanishSentences();
    assert.ok(sentences.length > 60, `scanned only ${sentences.length}`);
    for (const s of sentences) {
      assert.ok(s.length > 0, 'an empty Spanish sentence');
      assert.doesNotMatch(s, USTED, s);
    }
  });

  it('the LLM is told to use tú in Spanish', () => {
    const prompt = systemPrompt(input('hola', { language: 'es' }));
    assert.match(prompt, /trato de tú/);
  });
});
