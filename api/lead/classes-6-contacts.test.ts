// Sixth round of examples for issue #16 (email and phone), one test per class of failure, EN and ES, written
// for this round (none copied from a data set). Each failed before the rule it names was added.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractLead, type ExtractedLead, type LeadTurn } from './extract.js';
import { a, u } from '../../fixtures/lead/types.js';

type Contacts = Pick<ExtractedLead, 'email' | 'phone'>;

/** Only the contact fields (names and companies are other engineers'). */
function check(lang: 'en' | 'es', turns: LeadTurn[], expected: Partial<Contacts>, defaultCountry?: string) {
  const { email, phone } = extractLead(turns, { language: lang, defaultCountry });
  assert.deepEqual({ email, phone }, { email: null, phone: null, ...expected });
}

const ASK_EMAIL = a('and what is the best email for you?');
const PIDE_CORREO = a('¿y cuál es tu correo electrónico?');
const ASK_PHONE = a('and a good phone number?');
const PIDE_TEL = a('¿y un teléfono de contacto?');

describe('round 6: the address read back by the agent and accepted', () => {
  it('EN: a hard dictation settled by the read-back ("yep")', () => {
    check('en', [ASK_EMAIL, u('its the letter k then the number nine then the word studio at outlook dot com'), a('k9studio at outlook dot com?'), u('yep thats it')], {
      email: 'k9studio@outlook.com',
    });
    check('en', [ASK_EMAIL, u('m i l a at'), a('go ahead'), u('at rios hyphen design dot net'), a('mila at rios-design dot net'), u('correct')], {
      email: 'mila@rios-design.net',
    });
  });
  it('ES: "eso es" after the agent reads back the address', () => {
    check('es', [PIDE_CORREO, u('es lucia con guion bajo y luego vera, arroba hotmail punto com'), a('lucia_vera arroba hotmail punto com'), u('eso es')], {
      email: 'lucia_vera@hotmail.com',
    });
  });
  it('an address the visitor never said is not taken from the agent', () => {
    check('en', [ASK_EMAIL, u('i would rather not give it out'), a('no problem, you can also write to hello at kre8 dot com'), u('ok thanks')], {});
  });
  it('a read-back the visitor corrects is not taken', () => {
    check('en', [ASK_EMAIL, u('nora at pine dot io'), a('nora at pines dot io?'), u('yes but no s, just pine')], { email: 'nora@pine.io' });
  });
});
