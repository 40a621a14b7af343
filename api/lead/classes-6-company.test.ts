// Sixth round of tuning examples for issue #16, company only: one test per class of failure seen on the tuned
// half of dev-6 (never on its check half or a sealed set). The examples are written here, with their own
// names and wording, so that each class is pinned by speech that was not in the data it was found in.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractLead, type LeadTurn } from './extract.js';
import { asksForCompany } from './company-ask.js';
import { a, u } from '../../fixtures/lead/types.js';

function company(lang: 'en' | 'es', turns: LeadTurn[]): string | null {
  return extractLead(turns, { language: lang }).companyName;
}

/** Each row: the agent's question, the visitor's answer, the company expected. */
type Row = [string, string, string | null];

function check(lang: 'en' | 'es', rows: Row[]): void {
  const wrong: string[] = [];
  for (const [q, said, want] of rows) {
    const got = company(lang, [a(q), u(said)]);
    if (got !== want) wrong.push(`${JSON.stringify(said)} → ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  assert.deepEqual(wrong, []);
}

describe('round 6 company: capitals mark the name in a lower-case transcript', () => {
  it('EN and ES: a kind of business or a remark around a capitalised name is cut off', () => {
    check('en', [
      ['what business are you in', 'bakery and cafe Golden Crust Bakery', 'Golden Crust Bakery'],
      ["what's the business called", 'Lakeside Marine yeah the one by the dock', 'Lakeside Marine'],
      ['what kind of business', 'insurance agency Rivera Family Insurance', 'Rivera Family Insurance'],
    ]);
    check('es', [['qué negocio tiene', 'taller mecánico Taller Hermanos Ruiz', 'Taller Hermanos Ruiz']]);
  });

  it('EN and ES: a capitalised name in the speaker’s own sentence, with no cue, when it reads as a business', () => {
    check('en', [
      ['what do you do', 'we repair boats Harbor Point Marine', 'Harbor Point Marine'],
      ['how can i help', 'i need help with the bakery Sweet Rise Cupcakes', 'Sweet Rise Cupcakes'],
      // Someone else's business, compared or referred from; a person after a pause.
      ['how can i help', 'we heard about you from Dana at Blue Ridge Roofing', null],
      ['how can i help', 'i need help with the booking for my salon, I’m Farah Malik', null],
    ]);
    check('es', [['en qué te ayudo', 'hacemos pasteles por encargo Dulce Hogar Repostería', 'Dulce Hogar Repostería']]);
  });
});

describe('round 6 company: a business described, then its name straight after', () => {
  it('EN: "i run a <kind> <name>", the name ending in a trade word', () => {
    check('en', [
      ['what kind of business do you run?', 'i own a coffee place maple street coffee roasters', 'Maple Street Coffee Roasters'],
      ['what kind of business do you run?', "we're a landscaping company green valley landscaping llc, mostly commercial", 'Green Valley Landscaping LLC'],
      ['what kind of business do you run?', 'i run a small towing outfit here in tucson desert star towing', 'Desert Star Towing'],
      // The kind said again is no name; neither is a place or a description.
      ['what kind of business do you run?', 'i run a bakery downtown', null],
      ['what kind of business do you run?', 'i have a barber shop family barber shop', null],
    ]);
  });

  it('ES: "tengo una <kind> (de …) (en <place>) <name>", the name opening or ending with a trade word', () => {
    check('es', [
      ['¿a qué se dedica su negocio?', 'tengo una compañía de mudanzas en león mudanzas rápidas del bajío', 'Mudanzas Rápidas del Bajío'],
      ['¿a qué se dedica su negocio?', 'una clínica dental en Quito Clínica Dental Sonríe', 'Clínica Dental Sonríe'],
      ['¿a qué se dedica su negocio?', 'tengo un taller mecánico en Puebla, me llamo Efrén Ortiz', null],
    ]);
  });
});

describe('round 6 company: a read that runs into a sentence is no name', () => {
  it('ES: a greeting, a pronoun or a first-person verb inside the read', () => {
    check('es', [
      ['¿a qué se dedica su negocio?', 'hola buenas tardes este tengo una carnicería aquí en toluca', null],
      ['¿a qué se dedica su negocio?', 'oye tengo un puesto de jugos en el mercado', null],
      ['¿a qué se dedica su negocio?', 'hola, yo llevo la contabilidad de una escuela', null],
      // "manejo" is also a noun: a driving school keeps it.
      ['¿qué negocio tiene?', 'una escuela de manejo, escuela de manejo la ruta', 'Escuela de Manejo la Ruta'],
    ]);
  });
});

describe('round 6 company: a self-repair inside the answer restates the name', () => {
  it('ES and EN: "X… no, se llama Y", "X bueno ahora se llama Y", "X, no sorry, Y"', () => {
    const q = (lang: 'en' | 'es', said: string) =>
      company(lang, lang === 'es' ? [a('¿qué negocio tienes?'), u('una tienda de abarrotes'), a('¿cómo se llama?'), u(said)] : [a('what kind of business do you run?'), u(said)]);
    assert.equal(q('es', 'abarrotes el sol... no, se llama abarrotes la luna'), 'Abarrotes la Luna');
    assert.equal(q('es', 'abarrotes el sol bueno ahora se llama abarrotes la luna'), 'Abarrotes la Luna');
    assert.equal(q('en', "we're uh northside tire, no sorry, northgate tire and lube, northside is across town"), 'Northgate Tire and Lube');
  });
});

describe('round 6 company: Latin American legal suffixes', () => {
  it('ES: S.A.C., S. de R.L. and a long name with S.A. de C.V.', () => {
    check('es', [
      ['¿cómo se llama la empresa?', 'textiles andinos s.a.c.', 'Textiles Andinos S.A.C.'],
      ['¿cómo se llama la empresa?', 'maderas del sur s. de r.l.', 'Maderas del Sur S. de R.L.'],
      ['¿cómo se llama la empresa?', 'productos lácteos del valle de toluca s a de c v', 'Productos Lácteos del Valle de Toluca S.A. de C.V.'],
    ]);
  });
});

describe('round 6 company: what is not about the visitor’s business name', () => {
  it('EN: "what is slowing the shop down?" asks about the trouble, not the name', () => {
    const got = company('en', [a('what brings you in?'), u('i own harbor view auto repair'), a('nice. what is slowing the shop down?'), u('walk in traffic mostly')]);
    assert.equal(got, 'Harbor View Auto Repair');
  });

  it('ES: a person named by "se llama" after "un cliente" / "alguien"; a question put to the agent after an address', () => {
    check('es', [
      ['¿a qué se dedica su negocio?', 'una duda, si una clienta dice que se llama rosa díaz y da un correo falso, ¿el bot lo nota?', null],
      ['¿a qué se dedica su negocio?', 'digamos que un cliente pone su correo como luis arroba prueba punto com, ¿la página lo registra?', null],
    ]);
  });
});

describe('round 6 company: a bare "se llama" after the speaker’s own business', () => {
  it('ES: "el/la <kind> se llama X", "tengo una <kind> … se llama X"; a person stays out', () => {
    check('es', [
      ['¿a qué te dedicas?', 'soy dueña de una estética en tampico, la estética se llama glamour total', 'Glamour Total'],
      ['¿en qué te ayudo?', 'tengo una imprenta en cali se llama tinta viva', 'Tinta Viva'],
      ['¿en qué te ayudo?', 'tengo una tienda y mi hija se llama lucía', null],
    ]);
  });
});

describe('round 6 company: more kinds of business as trade words', () => {
  it('EN and ES: gallery, tattoo (parlor), colmado, destilería', () => {
    check('en', [
      ['what do you do', 'we sell framed prints Blue Door Gallery', 'Blue Door Gallery'],
      ['what kind of business do you run?', 'i own a tattoo parlor north star tattoo', 'North Star Tattoo'],
    ]);
    check('es', [
      ['¿qué negocio tienes?', 'un colmado aquí en bayamón colmado la bendición', 'Colmado la Bendición'],
      ['¿qué negocio tienes?', 'tengo una destilería en oaxaca Destilería Tres Lunas', 'Destilería Tres Lunas'],
    ]);
  });
});

describe('round 6 company: remarks about the details are no business', () => {
  it('EN and ES: "with a k", "todo junto", and "¿cómo se llama tu tía?" asks a person', () => {
    check('en', [['whats your name', 'karen with a k', null]]);
    const joined = company('es', [a('hola cómo te llamas'), u('lupe'), a('lupe y tu apellido'), u('ortiz con zeta o r t i z'), a('lupe ortiz y tu correo'), u('lupe ortiz arroba gmail punto com todo junto')]);
    assert.equal(joined, null);
    assert.equal(asksForCompany('¿como se llama tu tia?'), false);
    assert.equal(asksForCompany('¿y como se llama el gerente?'), false);
    assert.equal(asksForCompany('¿como se llama la tienda?'), true);
  });
});

describe('round 6 company: whose business, and the agent’s confirmation', () => {
  it('ES: the referrer’s business is not the visitor’s; the visitor’s own "yo tengo una X, NAME" is', () => {
    check('es', [
      ['¿a qué se dedica su negocio?', 'hola, vengo recomendada por la dueña de florería lirio, que es mi comadre, yo tengo una panadería también, panadería el trigal', 'Panadería el Trigal'],
      ['¿a qué se dedica su negocio?', 'me mandó recomendado el dueño de taller garza', null],
    ]);
  });

  it('ES and EN: "¿la agencia se llama X?" / "so the shop is called X?" — "sí" confirms it', () => {
    const es = company('es', [a('¿qué negocio tiene?'), u('una agencia de viajes'), a('¿correo?'), u('ana arroba rutas del sol punto com'), a('¿la agencia se llama Rutas del Sol?'), u('sí así es')]);
    assert.equal(es, 'Rutas del Sol');
    const en = company('en', [a('what do you do?'), u('i fix bikes'), a('so the shop is called Spoke and Chain?'), u('yep')]);
    assert.equal(en, 'Spoke and Chain');
  });
});

describe('round 6 company: letters said in a Spanish answer', () => {
  it('ES: a state after a place is no business; "r y r" initials stay apart', () => {
    check('es', [['¿a qué se dedica su negocio?', 'tengo una empresa de mudanzas en austin, t x, somos r y r moving services', 'R y R Moving Services']]);
  });
});

describe('round 6 company: a kind of business described, not named', () => {
  it('EN: the kind, then a hedge, a count or "the usual"; a name before the hedge stays', () => {
    check('en', [
      ['what do you do', 'plumbing repair commercial mostly', null],
      ['what do you do', 'taco restaurant three locations', null],
      ['what do you do', 'acme plumbing mostly residential', 'Acme Plumbing'],
      // Trade words alone, a service said as "-ing" among them; a word of its own makes a name.
      ['what business are you in', 'pet grooming salon', null],
      ['what business are you in', 'sunny paws grooming', 'Sunny Paws Grooming'],
    ]);
  });

  it('ES: "la parte administrativa" is a part of a business, not its name', () => {
    check('es', [['¿qué negocio tienes?', 'yo trabajo en la parte administrativa', null]]);
  });
});

describe('round 6 company: a place between the kind and the name', () => {
  it('ES: "somos una empresa de fletes en tijuana fletes ramírez e hijos"', () => {
    check('es', [['¿qué negocio tienes?', 'somos una empresa de fletes en tijuana fletes ramírez e hijos', 'Fletes Ramírez e Hijos']]);
  });
});

describe('round 6 company: a capitalised name after the kind and a place', () => {
  it('ES and EN: "un hostal familiar en cusco Casa Inti", "the dog wash Sudsy Paws"', () => {
    check('es', [['¿en qué te ayudo?', 'quiero info para mi hostal, es un hostal familiar en cusco Casa Inti', 'Casa Inti']]);
    check('en', [['how can i help', 'im the owner of two shops but this is about the dog wash Sudsy Paws', 'Sudsy Paws']]);
  });
});

describe('round 6 company: "ours is" sets the visitor’s business against others', () => {
  it('EN and ES', () => {
    check('en', [['what kind of business do you run?', "we're a roofing company, there's like five of those in town, ours is apex roofing and gutters", 'Apex Roofing and Gutters']]);
    check('es', [['¿a qué se dedica su negocio?', 'somos una agencia de seguros, hay muchas en el pueblo, la nuestra es seguros del valle', 'Seguros del Valle']]);
  });
});

describe('round 6 company: the name said again, fuller', () => {
  it('EN: "we go by xyz, like the letters, x y z pest control"; "i\'m with harbor, um, harbor dental group, no sorry, harbor family dental"', () => {
    check('en', [
      ['what kind of business do you run?', "we're called jkl, like the letters, j k l pest control", 'JKL Pest Control'],
      ['what kind of business do you run?', "i'm with harbor, um, harbor dental group, no, sorry, harbor family dental, we renamed it", 'Harbor Family Dental'],
    ]);
  });
});

describe('round 6 company: a plain aside gives way to "it\'s called" in the same turn', () => {
  it('EN and ES', () => {
    check('en', [['what kind of business do you run?', "we're a family law practice, divorce and custody, it's called bright harbor law", 'Bright Harbor Law']]);
    check('es', [['¿a qué se dedica su negocio?', 'tenemos una escuela de idiomas, inglés y francés, se llama puente lingüístico', 'Puente Lingüístico']]);
  });
});

describe('round 6 company: how the name is written', () => {
  it('EN: "one word" after a single word marks it as a name; a web address read on is none', () => {
    check('en', [['what kind of business do you run?', "we print t-shirts, and the company's inkwell, one word", 'Inkwell']]);
    const web = company('en', [a('how can i help'), u("i need booking for my barbershop its called Sharp Line Cuts"), a('email'), u('mike at sharpline dot barber')]);
    assert.equal(web, 'Sharp Line Cuts');
  });
});

describe('round 6 company: said as the visitor’s own', () => {
  it('EN: "we\'re X" after someone else was mentioned; "yep X thats us" after the agent reads back an address', () => {
    check('en', [['what kind of business do you run?', "i run a dental lab and my partner, ravi, he does the billing, but i'm the one calling, we're kapoor and lin dental lab", 'Kapoor and Lin Dental Lab']]);
    const us = company('en', [a('and your email'), u('dana at hill and sons dot com'), a('dana at hillandsons dot com'), u('yep Hill and Sons Roofing thats us')]);
    assert.equal(us, 'Hill and Sons Roofing');
  });
});

describe('round 6 company: a former workplace, then the business the visitor has now', () => {
  it('EN and ES: "before that i was … at X, now i have Y", "antes de eso trabajé en X, ahora tengo Y"', () => {
    check('en', [['what kind of business do you run?', 'i do bookkeeping, before that i was a clerk at grant thornton for years, now i have ledger lane bookkeeping', 'Ledger Lane Bookkeeping']]);
    check('es', [['¿a qué se dedica su negocio?', 'antes de eso fui cocinero en hotel real, ahora tengo taquería los compadres', 'Taquería los Compadres']]);
  });
});

describe('round 6 company: the agent reading an address back is no business question', () => {
  it('EN: the name given after a read-back stays the visitor’s name', () => {
    const got = extractLead(
      [a('whats your email'), u('lena at lena r photo dot studio'), a('lena at lenarphoto dot studio'), u('yes dot studio is the ending'), a('name'), u('lena rossi')],
      { language: 'en' },
    );
    assert.deepEqual([got.firstName, got.lastName, got.companyName], ['Lena', 'Rossi', null]);
  });
});
