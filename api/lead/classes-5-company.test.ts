// Fifth round of tuning examples for issue #16, company only, aimed at generality: business names of every
// shape (one invented word, a person's name with 's, numbers, places, initials, long names with of/and/de/y,
// names with no trade word, names opening with a common word) said in the common ways (a bare answer to many
// different questions, mid-sentence while describing a problem, after a cue phrase, said twice). Written
// before looking at dev-5 (and never at a sealed set). Speech-to-text style: lower case, fillers, few commas.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractLead, type LeadTurn } from './extract.js';
import { a, u } from '../../fixtures/lead/types.js';


function company(lang: 'en' | 'es', turns: LeadTurn[]): string | null {
  return extractLead(turns, { language: lang }).companyName;
}

/** Each row: the agent's question (or null for an opening turn), the visitor's answer, the company expected. */
type Row = [string | null, string, string | null];

function check(lang: 'en' | 'es', rows: Row[]): void {
  const hello = lang === 'en' ? 'hi there, how can i help today?' : 'hola, ¿en qué le puedo ayudar?';
  const wrong: string[] = [];
  for (const [q, said, want] of rows) {
    const got = company(lang, [a(q ?? hello), u(said)]);
    if (got !== want) wrong.push(`${JSON.stringify(said)} → ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  }
  assert.deepEqual(wrong, []);
}

describe('round 5 company: a bare answer to the many ways an agent asks for the business', () => {
  it('EN: names of every shape, each after a different question', () => {
    check('en', [
      ["what's your business called?", 'blue heron', 'Blue Heron'],
      ['And who are you with?', 'uh harbor light', 'Harbor Light'],
      ['What company are you calling from?', 'zentrix', 'Zentrix'],
      ['And the name of your company?', 'twenty twenty roofing', 'Twenty Twenty Roofing'],
      ["What's the name of the business?", 'its 4 seasons landscaping', '4 Seasons Landscaping'],
      ['Which company is this for?', "gus's", "Gus's"],
      ['Who do you work for?', 'tulsa tire and lube', 'Tulsa Tire and Lube'],
      ['And what organization are you with?', 'the church of the living waters', 'Church of the Living Waters'],
      ['Can I get the business name?', 'sure, j and r electric', 'J and R Electric'],
      ['Company?', 'all pro movers', 'All Pro Movers'],
      ["What's your company's name?", 'best choice windows and doors', 'Best Choice Windows and Doors'],
      ['And the business?', 'the good earth', 'Good Earth'],
      ['Who are you calling on behalf of?', 'northstar logistics', 'Northstar Logistics'],
      ["what's the company?", 'oh its silver lining', 'Silver Lining'],
      ['And your business name?', 'law offices of daniel reyes', 'Law Offices of Daniel Reyes'],
    ]);
  });
  it('ES: names of every shape, each after a different question', () => {
    check('es', [
      ['¿cómo se llama su negocio?', 'la esperanza', 'La Esperanza'],
      ['¿De qué empresa nos llama?', 'de tecnoplus', 'Tecnoplus'],
      ['¿Para qué empresa trabaja?', 'materiales y construcciones del norte', 'Materiales y Construcciones del Norte'],
      ['¿Y el nombre de la empresa?', 'mi ranchito', 'Mi Ranchito'],
      ['¿Cuál es el nombre de su negocio?', 'eh, se llama el buen sabor', 'El Buen Sabor'],
      ['¿De parte de qué empresa?', 'centro de estudios del bajío', 'Centro de Estudios del Bajío'],
      ['¿Y su negocio cómo se llama?', 'abarrotes doña mary', 'Abarrotes Doña Mary'],
    ]);
  });
});

describe('round 5 company: the name said mid-sentence while describing a problem', () => {
  it('EN: "at X we…", "over at X we…", "here at X…"', () => {
    check('en', [
      [null, 'so at harbor light we keep missing calls after five', 'Harbor Light'],
      [null, 'yeah over at blue heron we get like fifty calls a day', 'Blue Heron'],
      [null, 'here at zentrix our front desk is swamped', 'Zentrix'],
      [null, "hi, so at gus's we can't answer the phone while we're cooking", "Gus's"],
    ]);
  });
  it('ES: "aquí en X se nos…", "en X no…"', () => {
    check('es', [
      [null, 'aquí en la esperanza se nos pierden llamadas', 'La Esperanza'],
      [null, 'pues en el buen sabor no alcanzamos a contestar', 'El Buen Sabor'],
    ]);
  });
  it('a place or a time after "at" / "en" is no business', () => {
    check('en', [
      [null, 'so at night we keep missing calls', null],
      [null, 'here at home i do all the booking myself', null],
      [null, 'over at the shop we get like fifty calls a day', null],
      [null, 'at the moment we lose about ten calls a week', null],
    ]);
    check('es', [
      [null, 'aquí en la casa se nos pierden llamadas', null],
      [null, 'en la noche no contestamos', null],
      // ("en" also says where in town: a name with no trade word needs its article.)
      [null, 'aquí en saltillo se nos pierden llamadas', null],
    ]);
  });
});

describe('round 5 company: after a cue phrase', () => {
  it('EN: "i\'m with / from / over at", "on behalf of", "we\'re X", "X is the name", "the name\'s X", "my shop, X,"', () => {
    check('en', [
      [null, "hi i'm with harbor light, we do boat repairs", 'Harbor Light'],
      [null, "i'm from zentrix and we need a new phone system", 'Zentrix'],
      [null, "i'm over at blue heron on main street", 'Blue Heron'],
      [null, "i'm calling on behalf of silver lining home care", 'Silver Lining Home Care'],
      [null, "hey we're northstar, a small freight outfit", 'Northstar'],
      ["What's your business called?", 'the good earth is the name', 'Good Earth'],
      ["What's your business called?", "the name's all pro movers", 'All Pro Movers'],
      [null, 'my shop, twenty twenty auto, is getting a lot of calls', 'Twenty Twenty Auto'],
    ]);
  });
  it('ES: "soy de X", "le hablo de X", "somos X", "mi negocio se llama X", "la empresa es X"', () => {
    check('es', [
      [null, 'hola soy de tecnoplus, queremos automatizar citas', 'Tecnoplus'],
      [null, 'buenas tardes le hablo de tecnoplus, queremos informes', 'Tecnoplus'],
      [null, 'somos la esperanza, una panadería de barrio', 'La Esperanza'],
      [null, 'mi negocio se llama el buen sabor y vendemos comida', 'El Buen Sabor'],
      [null, 'la empresa es transportes garza hermanos', 'Transportes Garza Hermanos'],
    ]);
  });
  it('the same cues with no business after them are nothing', () => {
    check('en', [
      [null, "hi i'm from tulsa and i need a website", null],
      [null, "i'm with my wife on this call", null],
      [null, "we're open late on fridays", null],
      [null, "i'm calling on behalf of my mom", null],
    ]);
    check('es', [
      [null, 'soy de monterrey y quiero información', null],
      [null, 'le hablo de parte de mi mamá', null],
      [null, 'somos una familia pequeña', null],
      [null, 'la empresa es familiar, somos cuatro', null],
    ]);
  });
});

describe('round 5 company: said twice, the fuller final form wins', () => {
  it('EN and ES', () => {
    check('en', [
      ["What's your business called?", 'harbor light, harbor light marine services', 'Harbor Light Marine Services'],
    ]);
    check('es', [
      ['¿cómo se llama su negocio?', 'la esperanza, eh, panadería la esperanza', 'Panadería la Esperanza'],
    ]);
  });
});

describe('round 5 company: a person\'s name answering a person\'s question is no company', () => {
  it('EN and ES', () => {
    check('en', [
      ["what's your name?", "the name's dana", null],
      ["who am i speaking with?", "it's harper", null],
    ]);
    check('es', [
      ['¿con quién tengo el gusto?', 'soy de la rosa, martha de la rosa', null],
    ]);
  });
});

describe('round 5 company: more shapes, bare and with a detail after them', () => {
  it('EN', () => {
    check('en', [
      ['Company name?', 'mckenzie and daughters', 'McKenzie and Daughters'],
      ['What company are you with?', "kim's nails and spa", "Kim's Nails and Spa"],
      ["What's the business called?", "uh o'malley's pub", "O'Malley's Pub"],
      ["What's the business called?", "blue heron, we're on fifth street", 'Blue Heron'],
      ["What's the business called?", "it's blue heron, blue heron inn and suites", 'Blue Heron Inn and Suites'],
      [null, "hey, it's dana from harbor light, we keep missing calls", 'Harbor Light'],
    ]);
  });
  it('ES', () => {
    check('es', [
      [null, 'le hablo de la esperanza, somos una panadería', 'La Esperanza'],
      [null, 'buenas, mi negocio, la esperanza, pierde muchas llamadas', 'La Esperanza'],
      ['¿Cómo se llama su negocio?', 'ferretería el clavo, bueno, ferretería y tlapalería el clavo', 'Ferretería y Tlapalería el Clavo'],
    ]);
  });
  it('no business in the same shapes', () => {
    check('en', [
      ['And who do you work for?', 'i work for the city', null],
      [null, "i'm with a client right now, can you text me", null],
      [null, "we're a family business, just me and my son", null],
      [null, 'at first we thought it was the phones', null],
      [null, "over at my cousin's place we had the same problem", null],
    ]);
    check('es', [
      [null, 'le hablo de mi celular', null],
      [null, 'soy de aquí de la colonia centro', null],
      [null, 'en general se nos pierden pocas llamadas', null],
    ]);
  });
});

describe('round 5 company: cue phrases around a person introducing themselves', () => {
  it('EN', () => {
    check('en', [
      [null, "my company's zentrix, we make apps", 'Zentrix'],
      [null, 'the business is northstar', 'Northstar'],
      [null, "we're called lumora and we do skincare", 'Lumora'],
      [null, "yeah so i'm the owner of harbor light", 'Harbor Light'],
      [null, "i own sunny side up, it's a breakfast diner", 'Sunny Side Up'],
      ['Who am I speaking with?', 'this is jake with all pro movers', 'All Pro Movers'],
      ['Who am I speaking with?', 'jake, from best choice windows', 'Best Choice Windows'],
      ['Who am I speaking with?', 'jake miller, with zentrix', 'Zentrix'],
      ["What's your name and company?", 'jake miller, zentrix', 'Zentrix'],
      ["What's your name and company?", 'jake miller from the good earth', 'Good Earth'],
      ["What's your name and the business name?", "it's jake miller and the business is blue heron", 'Blue Heron'],
      ['What company are you with?', "we're a small outfit called ridge and river", 'Ridge and River'],
      [null, "hi, i'm calling from the good earth about your voice thing", 'Good Earth'],
      [null, 'hello this is maria at twenty twenty roofing', 'Twenty Twenty Roofing'],
      [null, "yeah we're four seasons landscaping out of tulsa", 'Four Seasons Landscaping'],
      [null, "i'm a manager over at northstar", 'Northstar'],
      ['Which business is this for?', 'for my salon, the mane event', 'Mane Event'],
      ["What's your business called?", "well we're kind of new, we're called bright path", 'Bright Path'],
      ["What's your business called?", "it's, uh, lakeview", 'Lakeview'],
      ["What's your business called?", 'lakeview. lakeview dental group', 'Lakeview Dental Group'],
      ["What's your business called?", 'its the lakeview one, lakeview family dental', 'Lakeview Family Dental'],
      ['And the business name?', "i don't really have one yet", null],
      ['And the business name?', "no business, it's for my house", null],
    ]);
  });
  it('ES', () => {
    check('es', [
      ['¿Cómo se llama su negocio?', 'se llama la esperanza', 'La Esperanza'],
      ['¿Cómo se llama su negocio?', 'pues es la esperanza', 'La Esperanza'],
      ['¿Cómo se llama su negocio?', 'panadería la esperanza, en el centro', 'Panadería la Esperanza'],
      [null, 'trabajo en la esperanza, es una panadería', 'La Esperanza'],
      [null, 'soy dueño de el buen sabor', 'El Buen Sabor'],
      [null, 'le escribo de tecnoplus', 'Tecnoplus'],
      [null, 'somos de tecnoplus y necesitamos ayuda', 'Tecnoplus'],
      [null, 'nuestra empresa es tecnoplus', 'Tecnoplus'],
      [null, 'la empresa se llama tecnoplus', 'Tecnoplus'],
      ['¿Y el nombre de su empresa?', 'no tengo empresa, es para mi casa', null],
      ['¿Y el nombre de su empresa?', 'todavía no tiene nombre', null],
      [null, 'hablo de parte de don roberto garza', null],
      // "de" after a name also says where someone is from: no business without more.
      [null, 'hola buenas soy nerea de san sebastián', null],
      [null, 'me equivoqué de número, perdón, yo buscaba la clínica', null],
    ]);
  });
});

/** A whole conversation (alternating agent / visitor lines, agent first) and the company expected. */
function talk(lang: 'en' | 'es', lines: string[], want: string | null): void {
  const turns = lines.map((l, k) => (k % 2 === 0 ? a(l) : u(l)));
  assert.equal(company(lang, turns), want, lines.join(' / '));
}

describe('round 5 company: follow-up questions about the business', () => {
  it('a bare "and the name?" / "¿nombre?" after a description asks the business name', () => {
    talk('en', ['what kind of shop do you have?', 'a flower shop', 'and the name?', 'petal and stem'], 'Petal and Stem');
    talk('en', ['what business are you in?', 'auto glass', 'name of the auto glass shop?', 'clearview auto glass'], 'Clearview Auto Glass');
    talk('es', ['¿qué negocio tiene?', 'una papelería', '¿nombre?', 'papelería el lápiz'], 'Papelería el Lápiz');
    talk('es', ['¿a qué se dedica?', 'tengo un bar de tapas', '¿nombre del bar?', 'bodega sanlúcar'], 'Bodega Sanlúcar');
  });
  it('the agent echoes a word the visitor said, and the answer says it in full', () => {
    talk('en', ['who am i talking to?', 'hey its rita from copperline', 'copperline what?', 'copperline electric, we do commercial wiring'], 'Copperline Electric');
    talk('en', ['which company are you with?', 'redfern', 'redfern...?', 'redfern tree and lawn'], 'Redfern Tree and Lawn');
  });
  it('"what do you do?" once the business is named describes it, it does not rename it', () => {
    talk('en', ["what's your company called?", 'harlow and finch', 'and what do you do?', 'bookkeeping'], 'Harlow and Finch');
    talk('es', ['¿cómo se llama su empresa?', 'la empresa es grupo sierra', '¿y a qué se dedican?', 'venta de maquinaria agrícola'], 'Grupo Sierra');
  });
  it('agents transcribed without question marks still ask', () => {
    talk('en', ['thanks and your last name', 'okafor', 'and the company', 'lakeshore dental lab'], 'Lakeshore Dental Lab');
    talk('en', ['do you have a business', 'yeah birchwood pet grooming'], 'Birchwood Pet Grooming');
    talk('en', ['sounds great whats the bakery called', 'flour child'], 'Flour Child');
    talk('es', ['mucho gusto y tiene un despacho', 'sí arriaga contadores'], 'Arriaga Contadores');
  });
  it('a name the agent offers and the visitor confirms', () => {
    talk('en', ['email?', 'sam at tealhouse design dot com', 'is tealhouse design your business', 'yep'], 'Tealhouse Design');
    talk('es', ['¿correo?', 'rosa arroba grupo olmo punto mx', 'gracias rosa, ¿y su empresa es grupo olmo?', 'sí'], 'Grupo Olmo');
    talk('en', ['email?', 'sam at gmail dot com', 'is that your personal email', 'yes'], null);
  });
  it('a business mentioned but not named: "¿cómo se llama?" asks its name', () => {
    talk('es', ['hola', 'tengo una panadería en toluca', 'qué bien, ¿cómo se llama?', 'el trigal'], 'El Trigal');
    talk('en', ['hi', 'we run a small daycare in fresno', "nice, what's it called?", 'little oaks'], 'Little Oaks');
  });
});

describe('round 5 company: the shape of a bare answer', () => {
  it('short whole answers, and the kind then the name', () => {
    check('en', [
      ["what's the shop called?", 'wag and wash', 'Wag and Wash'],
      ["what's the shop called?", 'rise and grind', 'Rise and Grind'],
      ["what's it called?", 'smitten by kittens', 'Smitten by Kittens'],
      ['do you have a business?', 'yes a landscaping company greenway acres', 'Greenway Acres'],
      ["what's it called?", 'my pottery studio mud and fire', 'Mud and Fire'],
      ['and the business name?', 'not sure yet', null],
      ['and the business name?', 'just me for now', null],
      ["what's the salon called?", "doesn't matter, how much is it?", null],
    ]);
    check('es', [
      ['¿cómo se llama su negocio?', 'sí, una ferretería, ferretería san josé', 'Ferretería San José'],
      ['¿cómo se llama su negocio?', 'luego se lo digo', null],
      ['¿de qué empresa?', 'de una pequeña empresa de pintura', null],
    ]);
  });
  it('a word said twice opens the name; clitics, "by the way" and a description end it', () => {
    check('en', [
      ["what's your name?", 'carl voss voss roofing', 'Voss Roofing'],
      ["what's the shop called?", 'bolt and bean by the way im rae', 'Bolt and Bean'],
    ]);
    check('es', [
      [null, 'soy lorena de nube azul una agencia de viajes', 'Nube Azul'],
      [null, 'pues mire, en mueblería robles se nos juntan los pedidos', 'Mueblería Robles'],
      ['¿tiene un negocio?', 'sí, una tintorería, tintorería lucero', 'Tintorería Lucero'],
    ]);
  });
  it('cues that answer a business question', () => {
    check('es', [
      ['¿de dónde nos llama?', 'de óptica visión clara, en querétaro', 'Óptica Visión Clara'],
      ['¿y de qué empresa?', 'soy de transportes ruelas', 'Transportes Ruelas'],
      [null, 'soy diseñadora y trabajo bajo el nombre de estudio coral', 'Estudio Coral'],
    ]);
    check('en', [
      ['independent or with a company?', 'with a company, keystone realty partners', 'Keystone Realty Partners'],
      [null, 'i own a couple of food trucks, smoke and salt, and the calls are nonstop', 'Smoke and Salt'],
      [null, 'we have a cafe, the blue kettle, near the park', 'Blue Kettle'],
    ]);
  });
});

describe('round 5 company: a few more boundaries and forms', () => {
  it('a verb opens the clause after "aquí en X"; a verb is no name; one plain word answering "what kind?" is a kind', () => {
    check('es', [[null, 'aquí en panadería la espiga horneamos desde las cuatro', 'Panadería la Espiga']]);
    check('en', [
      ["what's your business?", 'i do pool cleaning. one of my clients, a hotel by the beach, needs quotes', null],
      ['what kind of business?', 'wholesale. mostly to grocery stores', null],
    ]);
  });
  it('small words inside a lower-case name stay lower case', () => {
    check('en', [
      ["what's it called?", 'pies on the go', 'Pies on the Go'],
      ["what's the business called?", 'three dogs and a truck', 'Three Dogs and a Truck'],
    ]);
  });
  it('the domain said again does not replace a name already given', () => {
    talk('en', ["what's your company?", 'hollis and grant design', 'email?', 'mia at hollis grant dot com hollis grant'], 'Hollis and Grant Design');
  });
  it('trade words: a leading article before them is dropped ("la floristería…", "la taberna…")', () => {
    check('es', [
      [null, 'le hablo de la floristería los girasoles', 'Floristería los Girasoles'],
      ['¿cómo se llama su bar?', 'la taberna del puerto', 'Taberna del Puerto'],
    ]);
  });
});

describe('round 5 company: names that look like a person or a place at first', () => {
  it('a bare answer opening with a surname and "de" is read whole', () => {
    check('es', [['¿cuál es el nombre de su despacho?', 'ortiz de montes arquitectos', 'Ortiz de Montes Arquitectos']]);
  });
  it('"the X is the Y Z": the article before a plain name is dropped', () => {
    check('en', [[null, 'the inn is the juniper ridge lodge', 'Juniper Ridge Lodge']]);
  });
  it('"con NAME, de X Y" answering who is speaking', () => {
    check('es', [['¿con quién hablo?', 'con pau, de autocares montseny', 'Autocares Montseny']]);
  });
  it('describing the trade once the business is named adds no business', () => {
    talk('es', ['¿cómo se llama su empresa?', 'servicios omega', '¿y a qué se dedican?', 'reparación de equipo de cómputo'], 'Servicios Omega');
  });
});

describe('round 5 company: one word after the kind', () => {
  it('"a nail salon, polished" answering the business question; a withheld name is none', () => {
    check('en', [
      ["what's your business?", 'a barber shop, sharpline', 'Sharpline'],
      ["what's your business?", 'a bakery, confidential for now', null],
    ]);
    check('es', [['¿cuál es su negocio?', 'una estética, privada', null]]);
  });
  it('an echo after the kind: "my pottery shop kilnworks"', () => {
    talk('en', ['email?', 'jo at kilnworks dot com', 'whats kilnworks', 'my pottery shop kilnworks studio'], 'Kilnworks Studio');
  });
});

describe('round 5 company: precision of the structural reads', () => {
  it('departments, places, times, refusals and people are no business', () => {
    check('en', [
      [null, 'this is linda from accounting, i have a billing question', null],
      [null, "hi it's mark from the front desk", null],
      [null, 'so at the end of the day we just need fewer missed calls', null],
      [null, "i'm with verizon for my phone and it drops calls", null],
      [null, "we're closed on sundays, we open at nine", null],
      [null, "we're twelve people, mostly drivers", null],
      ["what's your business called?", "it's complicated", null],
      ["what's your business called?", "we don't have one yet", null],
      ["what's it called?", "i'd rather not say", null],
      ['who am i speaking with?', 'tom, from denver', null],
      ['who am i speaking with?', 'tom from upstairs', null],
      [null, 'at lunch we get slammed with calls', null],
      [null, 'over at my place we use a paper calendar', null],
      ['what kind of business do you have?', 'cleaning. mostly offices', null],
      ['and the company', "none, i'm a homeowner", null],
      ['and your name', 'ben carter', null],
    ]);
    check('es', [
      [null, 'soy marta de recursos humanos', null],
      [null, 'aquí en la oficina se nos pierden las llamadas', null],
      [null, 'le hablo de mi casa', null],
      ['¿cómo se llama su negocio?', 'todavía no tiene nombre', null],
      ['¿con quién hablo?', 'con ana, de guadalajara', null],
      [null, 'somos una empresa pequeña, cinco personas', null],
      ['¿y a qué se dedica?', 'vendemos ropa por internet', null],
    ]);
  });
});

describe('round 5 company: fresh shapes', () => {
  it('what one runs "called X", initials with no vowel, "which shop"', () => {
    check('en', [
      ['what do you do?', 'i run a food pantry called second helping', 'Second Helping'],
      ['and your company name', "it's jb welding and fab", 'JB Welding and Fab'],
      ['which shop is this for', "the one on elm, harper's hardware", "Harper's Hardware"],
      [null, 'i have a dog named biscuit and a small business', null],
      ['what company are you with', 'bright horizons tutoring', 'Bright Horizons Tutoring'],
      [null, 'my salon, curl up and dye, needs online booking', 'Curl Up and Dye'],
    ]);
    check('es', [
      ['¿de qué empresa nos llama?', 'de constructora aguilar hermanos', 'Constructora Aguilar Hermanos'],
      [null, 'somos lavandería express y queremos un bot', 'Lavandería Express'],
      ['¿me dice el nombre de su empresa?', 'claro, es soluciones integrales del norte', 'Soluciones Integrales del Norte'],
      ['¿nombre de la empresa?', 'no tengo, soy independiente', null],
    ]);
  });
});
