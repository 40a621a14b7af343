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

describe('round 6: "that\'s the old one" retracts the address just given', () => {
  it('EN: the address after the remark is the one that counts', () => {
    check('en', [ASK_EMAIL, u('its pat at quillworks dot com, no wait, thats the old one, its pat at quillstudio dot com')], { email: 'pat@quillstudio.com' });
    check('en', [ASK_EMAIL, u('sure its dev dot shah at gmail dot com sorry that was my old one its devshah builds at gmail dot com')], { email: 'devshahbuilds@gmail.com' });
  });
  it('ES: "ese es el viejo, es…"', () => {
    check('es', [PIDE_CORREO, u('es rosa arroba floreria sol punto com, no, ese es el viejo, es rosa arroba flores rosa punto mx')], { email: 'rosa@floresrosa.mx' });
  });
  it('an old address said as old stays someone else\'s', () => {
    check('en', [ASK_EMAIL, u('my old one was pat at aol dot com, now i use pat at proton dot me')], { email: 'pat@proton.me' });
  });
});

describe('round 6: words said before the address are no part of it', () => {
  it('EN: "email is better …", "use our shared one …"', () => {
    check('en', [a('email or phone, whichever you like'), u('email is better omar fixes cars at gmail dot com')], { email: 'omarfixescars@gmail.com' });
    check('en', [ASK_EMAIL, u('use the shared one frontdesk at clinicaverde dot com, i dont have my own')], { email: 'frontdesk@clinicaverde.com' });
  });
  it('ES: "o sea …", "el mío …"', () => {
    check('es', [PIDE_CORREO, u('es mi nombre con punto o sea lupe punto rangel arroba gmail punto com')], { email: 'lupe.rangel@gmail.com' });
    check('es', [PIDE_CORREO, u('el de mi socio no, mejor el mío tere vidal arroba gmail punto com')], { email: 'terevidal@gmail.com' });
  });
});

describe('round 6: an address supposed, to ask how the product behaves, is nobody\'s', () => {
  it('EN: "if i put in test at example dot com…"', () => {
    check('en', [a('hi, how can i help?'), u('if i put in test at example dot com would the form still send'), a('it would try to'), u('ok just curious')], {});
  });
  it('ES: "si escribo maria arroba example punto org…"', () => {
    check('es', [a('hola, ¿en qué te ayudo?'), u('si escribo maria arroba example punto org llega algo?')], {});
  });
});

describe('round 6: a top-level domain no list holds, closing the address', () => {
  it('EN: "… dot florist"', () => {
    check('en', [ASK_EMAIL, u('its ivy at ivy blooms dot florist')], { email: 'ivy@ivyblooms.florist' });
  });
  it('ES: "… punto bio"', () => {
    check('es', [PIDE_CORREO, u('es nerea arroba huerta viva punto bio')], { email: 'nerea@huertaviva.bio' });
  });
  it('a word after a written dot or "point" is no domain', () => {
    check('en', [a('hello, how can we help?'), u('i manage the front desk at lake point marina, we miss calls')], {});
  });
});

describe('round 6: "and" between two hyphens in a domain', () => {
  it('EN: "bell dash and dash co dot com"', () => {
    check('en', [ASK_EMAIL, u('sam at smith hyphen and hyphen sons dot com thanks')], { email: 'sam@smith-and-sons.com' });
  });
  it('ES: "luz guion y guion sombra punto mx"', () => {
    check('es', [PIDE_CORREO, u('ana arroba luz guion y guion sombra punto mx')], { email: 'ana@luz-y-sombra.mx' });
  });
});

describe('round 6: one group of a number corrected as it is said', () => {
  it('ES (CL): "uno uno... no, uno cero" — the reading in the visitor\'s own country', () => {
    check('es', [PIDE_TEL, u('nueve, ocho siete seis cinco, dos dos... no, dos tres, cuatro cuatro')], { phone: '+56987652344' }, 'CL');
  });
  it('ES (MX): a short start corrected, then the rest', () => {
    check('es', [PIDE_TEL, u('cincuenta y cinco, doce, treinta y cuatro... no, cuarenta y tres, cincuenta y seis, setenta y ocho')], { phone: '+525512435678' }, 'MX');
  });
  it('EN: "five five... no, five five five…"', () => {
    check('en', [ASK_PHONE, u('five one two, five five... no, five five five, one two three four')], { phone: '+15125551234' });
  });
});

describe('round 6: a number the visitor says not to use', () => {
  it('ES: "…y el mío es… pero a mí no me llamen"', () => {
    check('es', [a('¿un teléfono para contactar a la licenciada?'), u('el celular de la licenciada es tres uno cero, cuatro cinco seis, siete ocho nueve cero, y el mío es tres uno cinco, dos dos dos, uno uno uno uno pero a mí no me llamen')], {
      phone: '+573104567890',
    }, 'CO');
  });
  it('EN: "…and mine is… but dont call me there"', () => {
    check('en', [ASK_PHONE, u('the shop line is four one five two two two nine eight seven six and mine is four one five three three three one two three four but dont call me there')], {
      phone: '+14152229876',
    });
  });
});

describe('round 6: the area code said apart from the rest of the number', () => {
  it('EN: "area code three one two and then the number is…"', () => {
    check('en', [ASK_PHONE, u("it's area code three one two and then the number is eight eight eight, four four four four")], { phone: '+13128884444' });
  });
  it('ES (MX): "la lada es treinta y tres y el número es…"', () => {
    check('es', [PIDE_TEL, u('la lada es treinta y tres y el número es uno dos tres cuatro, cinco seis siete ocho')], { phone: '+523312345678' }, 'MX');
  });
});

describe('round 6: the last two digits said again after a correction word', () => {
  it('ES (MX): "…sesenta y siete… ah no, sesenta y ocho"', () => {
    check('es', [PIDE_TEL, u('es el tres tres, diecinueve, veintiocho, treinta y siete, cuarenta y seis... ah no, cuarenta y nueve')], { phone: '+523319283749' }, 'MX');
  });
  it('EN: "…zero one three four... sorry, forty three"', () => {
    check('en', [ASK_PHONE, u('six zero two, four four one, eight eight one two... sorry, twenty one')], { phone: '+16024418821' });
  });
  it('a count corrected in the same breath is no phone', () => {
    check('en', [a('how many techs do you have?'), u('six zero two area, we have twelve, no, fifteen guys')], {});
  });
});

describe('round 6: "the number four then the word tech" — how a piece is said, then the piece', () => {
  it('EN', () => {
    check('en', [ASK_EMAIL, u('its the number seven then the word acres at outlook dot com')], { email: '7acres@outlook.com' });
  });
  it('ES: "… y luego el número nueve arroba …"', () => {
    check('es', [PIDE_CORREO, u('es l punto vega y luego el número tres arroba gmail punto com')], { email: 'l.vega3@gmail.com' });
  });
});

describe('round 6: spelled letters inside an address', () => {
  it('EN: "b i double l" inside a spelling is "bill"', () => {
    check('en', [ASK_EMAIL, u('its a n n a double l at annall studio dot com')], { email: 'annall@annallstudio.com' });
  });
  it('ES: Spanish letter names in a row ("jota de ge vet")', () => {
    check('es', [PIDE_CORREO, u('son mis iniciales, eme jota erre, eme jota erre arquitectos arroba gmail punto com')], { email: 'mjrarquitectos@gmail.com' });
  });
  it('EN: a spelling described first ("stephen with a p h s t e p h e n")', () => {
    check('en', [ASK_EMAIL, u('geoff with a g e o g e o f f at harborfinch dot com')], { email: 'geoff@harborfinch.com' });
  });
});

describe('round 6: Spanish "son" ("they are") is no English "son"', () => {
  it('ES: "son mis datos: …"', () => {
    check('es', [PIDE_TEL, u('claro, son tres tres, uno dos tres cuatro, cinco seis siete ocho')], { phone: '+523312345678' }, 'MX');
  });
  it('EN: "my son\'s email" stays his', () => {
    check('en', [ASK_EMAIL, u('my son set it up, his is leo at gmail dot com, mine is ada at gmail dot com')], { email: 'ada@gmail.com' });
  });
});

describe('round 6: one address said over two turns, the first ending on "at"', () => {
  it('EN: "ok so its maria dot k at" — "brightpath tutoring dot org"', () => {
    check('en', [ASK_EMAIL, u('ok so its maria dot k at'), a('mhm'), u('brightpath tutoring dot org')], { email: 'maria.k@brightpathtutoring.org' });
  });
  it('ES: "es pablo punto ruiz arroba" — "arroba constructora ruiz punto mx"', () => {
    check('es', [PIDE_CORREO, u('es pablo punto ruiz arroba'), a('sí, dime'), u('arroba constructora ruiz punto mx')], { email: 'pablo.ruiz@constructoraruiz.mx' });
  });
  it('a turn ending on "at" that is no address stays nothing', () => {
    check('en', [a('when can we call?'), u("i'm not sure, i'm at"), a('go on'), u('the office all day, so whenever')], {});
  });
});

describe('round 6: spellings that restate what was just said', () => {
  it('EN: "d reyes, d as in david, at…" — the letter told again adds nothing', () => {
    check('en', [ASK_EMAIL, u("sure, it's k lam, k as in kilo, at g mail dot com")], { email: 'klam@gmail.com' });
  });
  it('EN: each word spelled right after it ("dana d a n a dot reyes r e y e s")', () => {
    check('en', [ASK_EMAIL, u('omar o m a r dot haddad h a d d a d at outlook dot com')], { email: 'omar.haddad@outlook.com' });
  });
  it('ES: "nuria n u r i a punto sol s o l arroba…"', () => {
    check('es', [PIDE_CORREO, u('nuria n u r i a punto sol s o l arroba gmail punto com')], { email: 'nuria.sol@gmail.com' });
  });
});

describe('round 6: one part of the address corrected without saying it again', () => {
  it('EN: "actually make that yahoo" — the new domain', () => {
    check('en', [ASK_EMAIL, u('bea at gmail dot com, actually make that yahoo')], { email: 'bea@yahoo.com' });
  });
  it('ES: "no, es hotmail, no gmail" — the domain named, then the one it replaces', () => {
    check('es', [PIDE_CORREO, u('nora arroba gmail punto com'), a('¿nora arroba gmail punto com?'), u('no, es hotmail, no gmail')], { email: 'nora@hotmail.com' });
  });
  it('EN: "no, without the dot" / "it\'s an underscore, not a dot"', () => {
    check('en', [ASK_EMAIL, u('ken dot y at gmail dot com'), a('ken.y at gmail dot com?'), u('no, without the dot')], { email: 'keny@gmail.com' });
    check('en', [ASK_EMAIL, u('ken dot y at gmail dot com'), a('ken.y at gmail dot com?'), u("no it's an underscore not a dot")], { email: 'ken_y@gmail.com' });
  });
  it('ES: "sin el punto" / "con guion bajo, no con punto"', () => {
    check('es', [PIDE_CORREO, u('ines punto paz arroba gmail punto com'), a('¿ines.paz arroba gmail punto com?'), u('no, sin el punto')], { email: 'inespaz@gmail.com' });
    check('es', [PIDE_CORREO, u('ines punto paz arroba gmail punto com'), a('¿ines.paz arroba gmail punto com?'), u('es con guion bajo, no con punto')], { email: 'ines_paz@gmail.com' });
  });
  it('ES: "…, mejor pedro arroba…": the better address said after the first', () => {
    check('es', [PIDE_CORREO, u('es pedro arroba gmail punto com, bueno ese casi no lo reviso, mejor pedro arroba constructora pg punto mx')], { email: 'pedro@constructorapg.mx' });
  });
});

describe('round 6: an address given for a member of staff is theirs', () => {
  it('EN: "send it to my assistant carla at…"', () => {
    check('en', [ASK_EMAIL, u('send it to my assistant carla at smithlaw dot com, she handles my calendar')], {});
  });
  it('ES: "mándalo a mi secretaria, rosa arroba…"', () => {
    check('es', [PIDE_CORREO, u('mándalo a mi asistente rosa arroba despacho lara punto mx, ella lleva mi agenda')], {});
  });
});

describe('round 6: a last initial that is also a word ("dot y")', () => {
  it('EN: "ken dot y at gmail dot com"', () => {
    check('en', [ASK_EMAIL, u('ken dot y at gmail dot com')], { email: 'ken.y@gmail.com' });
  });
  it('ES: "juan punto y arroba…"', () => {
    check('es', [PIDE_CORREO, u('juan punto y arroba gmail punto com')], { email: 'juan.y@gmail.com' });
  });
});

describe('round 6: a number labelled after it as the business line, then the visitor\'s own', () => {
  it('EN: "… is the shop, you\'ll get me faster on …"', () => {
    check('en', [ASK_PHONE, u("seven one three five five five four four four four is the shop, you'll get me faster on seven one three five five five six six six six")], {
      phone: '+17135556666',
    });
  });
  it('ES: "… es el de la oficina, a mí me encuentras en el …"', () => {
    check('es', [PIDE_TEL, u('treinta y tres, uno uno uno uno, dos dos dos dos es el de la oficina, a mí me encuentras en el treinta y tres, cuatro cuatro cuatro cuatro, cinco cinco cinco cinco')], {
      phone: '+523344445555',
    }, 'MX');
  });
});

describe('round 6: a unit word after a pause does not undo a whole number', () => {
  it('EN: "…two two two two, calls go to voicemail"', () => {
    check('en', [ASK_PHONE, u('text is best, nine one seven, five five five, two two two two, calls go to voicemail')], { phone: '+19175552222' });
  });
  it('ES: "…, llamadas no contesto"', () => {
    check('es', [PIDE_TEL, u('mándame whatsapp al cinco cinco, uno dos tres cuatro, cinco seis siete ocho, llamadas casi no contesto')], { phone: '+525512345678' }, 'MX');
  });
});

describe('round 6: an address the visitor says they never check', () => {
  it('EN: "…but i don\'t check it, so better my personal, …"', () => {
    check('en', [ASK_EMAIL, u("my work email is lou at northgate dot com but i don't check it, so better my personal, lou p at gmail dot com")], { email: 'loup@gmail.com' });
  });
  it('ES: "…pero casi no lo reviso, el personal es…"', () => {
    check('es', [PIDE_CORREO, u('el del trabajo es dani arroba acme punto mx pero casi no lo reviso, el personal es dani arroba gmail punto com')], { email: 'dani@gmail.com' });
  });
});

describe('round 6: an apostrophe in a surname said into the address', () => {
  it('EN: "b dot o\'neil at…"', () => {
    check('en', [ASK_EMAIL, u("its b dot o'neil at gmail dot com")], { email: 'b.oneil@gmail.com' });
  });
  it('ES: "d\'angelo arroba…"', () => {
    check('es', [PIDE_CORREO, u("es luca d'angelo arroba gmail punto com")], { email: "lucadangelo@gmail.com" });
  });
});

describe('round 6: Mexican numbers with the old dialling prefixes', () => {
  it('ES (MX): "cero cuarenta y cuatro, …" (the old mobile prefix)', () => {
    check('es', [PIDE_TEL, u('cero cuarenta y cuatro, treinta y tres, diez, veinte, treinta, cuarenta')], { phone: '+523310203040' }, 'MX');
  });
  it('ES (MX): "cincuenta y dos, uno, …" without "más"', () => {
    check('es', [PIDE_TEL, u('cincuenta y dos, uno, ochenta y uno, diez, veinte, treinta, cuarenta')], { phone: '+528110203040' }, 'MX');
  });
});

describe('round 6: an address shared with someone is the visitor\'s too', () => {
  it('ES: "es el de mi esposo pero lo usamos los dos, …"', () => {
    check('es', [PIDE_CORREO, u('es el de mi esposo pero lo usamos los dos, raul arroba gmail punto com')], { email: 'raul@gmail.com' });
  });
  it('EN: "it\'s my wife\'s but we both use it, …"', () => {
    check('en', [ASK_EMAIL, u("it's my wife's but we both use it, parkfamily at gmail dot com")], { email: 'parkfamily@gmail.com' });
  });
  it('EN: a spouse\'s address alone stays theirs', () => {
    check('en', [ASK_EMAIL, u("my wife's is kim at gmail dot com, i don't have one")], {});
  });
});

describe('round 6: webmail names and "arroba" as speech-to-text mangles them', () => {
  it('ES: "a roba", "ge mail", "autlook", "yajú"', () => {
    check('es', [PIDE_CORREO, u('es tere a roba gmail punto com')], { email: 'tere@gmail.com' });
    check('es', [PIDE_CORREO, u('es tere arroba ge mail punto com')], { email: 'tere@gmail.com' });
    check('es', [PIDE_CORREO, u('es tere arroba autlook punto es')], { email: 'tere@outlook.es' });
    check('es', [PIDE_CORREO, u('es tere arroba yajú punto com punto mx')], { email: 'tere@yahoo.com.mx' });
  });
});
