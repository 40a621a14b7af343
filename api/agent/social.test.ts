import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { social } from './social.js';

describe('social: the conversational part of a turn', () => {
  it('thanks, but not "no thanks"', () => {
    for (const m of ['thanks!', 'Thank you so much', 'muchas gracias', 'ok, thanks']) assert.ok(social(m).thanks, m);
    for (const m of ['no thanks', 'No, thanks', 'no gracias']) {
      assert.equal(social(m).thanks, false, m);
      assert.ok(social(m).deny, m);
    }
  });

  it('goodbyes and "how are you?" in EN and ES', () => {
    for (const m of ['bye', 'ok, have a great day', "that's all", 'adiós', 'hasta luego']) assert.ok(social(m).bye, m);
    for (const m of ['how are you?', "hey, how's it going?", '¿cómo está?', '¿qué tal?']) assert.ok(social(m).howAreYou, m);
    assert.equal(social('¿Qué tal el precio del plan?').howAreYou, false);
  });

  it('a yes is only a yes at the start of the turn', () => {
    for (const m of ['yes please', 'sure', 'Sí, claro', 'ok sure', 'dale']) assert.ok(social(m).affirm, m);
    assert.equal(social('I am not sure').affirm, false);
  });

  it('declining contact details, and what is not declining', () => {
    for (const m of [
      "I'd rather not give my email",
      "no, I said I don't want to give it",
      'no phone, thanks',
      'I prefer not to share my number',
      'No quiero dar mi correo',
      'Prefiero no dar mi nombre',
    ]) {
      assert.ok(social(m).declinesContact, m);
    }
    for (const m of ['my email is dana@example.com', 'I want to give you a call', 'no, Tuesday is better']) assert.equal(social(m).declinesContact, false, m);
  });

  it('rudeness and "are you a bot?"', () => {
    for (const m of ['this is stupid', "you're a useless bot", 'eres inútil']) assert.ok(social(m).rude, m);
    assert.equal(social('we spend too much time on admin').rude, false);
    for (const m of ['are you a bot?', 'are you even a real person?', 'am I talking to a human?', '¿Hablo con una persona?', '¿eres un robot?']) {
      assert.ok(social(m).asksIfBot, m);
    }
    assert.equal(social('Are you available Tuesday?').asksIfBot, false);
  });
});
