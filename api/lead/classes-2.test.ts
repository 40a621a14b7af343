// Second round of tuning examples for issue #16, written for this round after sealed-2 was measured (and
// without reading its misses). Speech-to-text style: lower case, no punctuation, numbers in words.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractLead, type ExtractedLead, type LeadTurn } from './extract.js';
import { a, lead, u } from '../../fixtures/lead/types.js';

const none = lead();

function check(lang: 'en' | 'es', turns: LeadTurn[], expected: Partial<ExtractedLead>, defaultCountry?: string) {
  assert.deepEqual(extractLead(turns, { language: lang, defaultCountry }), { ...none, ...expected });
}

const GREET = a('Hello! Who am I chatting with today?');
const SALUDO = a('¡Buenas! ¿Con quién hablo?');
const ASK_MAIL = a('Where should I email the proposal?');
const PIDE_CORREO = a('¿Me comparte su correo electrónico?');
const ASK_BIZ = a('And the name of the company?');
const PIDE_NEGOCIO = a('¿Y cómo se llama la empresa?');

describe('round 2: names said in less common forms', () => {
  it('EN: "its X here", "X speaking", "this is X"', () => {
    check('en', [GREET, u('its philippa here')], { firstName: 'Philippa' });
    check('en', [GREET, u('augustin leroy speaking')], { firstName: 'Augustin', lastName: 'Leroy' });
    check('en', [a('Who is calling?'), u('this is zora')], { firstName: 'Zora' });
  });
  it('EN: "my name\'s X" and "the name is X" in lower case', () => {
    check('en', [GREET, u('the names florian batista')], { firstName: 'Florian', lastName: 'Batista' });
    check('en', [GREET, u('uh hello good morning my name is winifred cole and i had a question')], { firstName: 'Winifred', lastName: 'Cole' });
  });
  it('EN: "call me X" after the agent asked what to call them', () => {
    check('en', [a('What should I call you?'), u('just call me birdie')], { firstName: 'Birdie' });
  });
  it('EN: "first name X last name Y"', () => {
    check('en', [a('Your first and last name?'), u('first name odile last name marchetti')], { firstName: 'Odile', lastName: 'Marchetti' });
  });
  it('EN: a surname given alone after the agent asked for it', () => {
    check('en', [GREET, u('im lorcan'), a("Thanks Lorcan, what's your last name?"), u('dempsey')], { firstName: 'Lorcan', lastName: 'Dempsey' });
  });
  it('EN: an Irish "o" surname said as two words', () => {
    check('en', [GREET, u('hey its fergal o brien')], { firstName: 'Fergal', lastName: "O'Brien" });
  });
  it('ES: "aquí le habla X", "yo soy X", "con X"', () => {
    check('es', [SALUDO, u('aquí le habla rosendo')], { firstName: 'Rosendo' });
    check('es', [SALUDO, u('yo soy maricruz')], { firstName: 'Maricruz' });
    check('es', [SALUDO, u('hola qué tal con anselmo pizarro')], { firstName: 'Anselmo', lastName: 'Pizarro' });
  });
  it('ES: surname first, then the given name', () => {
    check('es', [SALUDO, u('mi apellido es urrutia y mi nombre es dolores')], { firstName: 'Dolores', lastName: 'Urrutia' });
    check('es', [a('¿Su nombre completo?'), u('nombre leopoldo apellido garrido')], { firstName: 'Leopoldo', lastName: 'Garrido' });
  });
});

describe('round 2: nicknames, then the full name', () => {
  it('EN: "X but my name is Y Z" and "X or Y Z officially"', () => {
    check('en', [GREET, u('people call me sandy but my name is alexandra pryce')], { firstName: 'Alexandra', lastName: 'Pryce' });
    check('en', [GREET, u('its jimmy or james holloway officially')], { firstName: 'James', lastName: 'Holloway' });
    check('en', [GREET, u('its ted well theodore banks on paper')], { firstName: 'Theodore', lastName: 'Banks' });
  });
  it('EN: the full name given after the agent asked for it replaces the nickname', () => {
    check('en', [GREET, u('hey its trish'), a('Hi Trish, could I get your full name?'), u('patricia oduya')], { firstName: 'Patricia', lastName: 'Oduya' });
  });
  it('ES: "me dicen X pero me llamo Y Z", "soy X bueno Y Z"', () => {
    check('es', [SALUDO, u('me dicen nacho pero me llamo ignacio pardo')], { firstName: 'Ignacio', lastName: 'Pardo' });
    check('es', [SALUDO, u('soy toño bueno antonio salcido')], { firstName: 'Antonio', lastName: 'Salcido' });
  });
});

describe('round 2: spellings described in words', () => {
  it('EN: "X no h", "with a ph", "one n"', () => {
    check('en', [GREET, u('its sara quist'), a('Sarah with an h?'), u('no h just sara')], { firstName: 'Sara', lastName: 'Quist' });
    check('en', [GREET, u('im jeff rudd'), a('Jeff with two Fs?'), u('no with a ph geoff')], { firstName: 'Geoff', lastName: 'Rudd' });
    check('en', [GREET, u('its jonna pike'), a('Jonna with two Ns?'), u('one n jona')], { firstName: 'Jona', lastName: 'Pike' });
  });
  it('EN: "with a c" answers "with a k?"', () => {
    check('en', [GREET, u('im erik'), a('Eric with a C?'), u('no with a k')], { firstName: 'Erik' });
  });
  it('ES: "sin hache", "con zeta", "con i griega"', () => {
    check('es', [SALUDO, u('soy ilda paz'), a('¿Hilda con hache?'), u('no sin hache ilda')], { firstName: 'Ilda', lastName: 'Paz' });
    check('es', [SALUDO, u('me llamo luz meléndez'), a('¿Lus con ese?'), u('no con zeta luz')], { firstName: 'Luz', lastName: 'Meléndez' });
  });
});

describe('round 2: companies introduced indirectly', () => {
  it('EN: "the company is", "the shop is called", "we go by", "the business name is"', () => {
    check('en', [GREET, u('the company is marlow and finch upholstery')], { companyName: 'Marlow and Finch Upholstery' });
    check('en', [GREET, u('im rhys the shop is called spoke and chain cycles')], { firstName: 'Rhys', companyName: 'Spoke and Chain Cycles' });
    check('en', [GREET, u('we go by tall grass lawn care')], { companyName: 'Tall Grass Lawn Care' });
    check('en', [GREET, u('the business name is corner stone tutoring')], { companyName: 'Corner Stone Tutoring' });
  });
  it('EN: "I run", "I own", "I manage", "I work for", "calling from"', () => {
    check('en', [GREET, u('i run wild thyme catering')], { companyName: 'Wild Thyme Catering' });
    check('en', [GREET, u('hi im vanya i manage blue door dental')], { firstName: 'Vanya', companyName: 'Blue Door Dental' });
    check('en', [GREET, u('this is colm i work for silverline movers')], { firstName: 'Colm', companyName: 'Silverline Movers' });
    check('en', [GREET, u('calling from oak hollow veterinary this is dara')], { firstName: 'Dara', companyName: 'Oak Hollow Veterinary' });
  });
  it('EN: "the owner of X my name is Y Z", "the founder of X"', () => {
    check('en', [GREET, u('im the owner of fox run kennels my name is greta lund')], { firstName: 'Greta', lastName: 'Lund', companyName: 'Fox Run Kennels' });
  });
  it('EN: "a little X called Y"', () => {
    check('en', [GREET, u('i have a small cafe called the gilded bean')], { companyName: 'The Gilded Bean' });
  });
  it('EN: a company given alone when asked', () => {
    check('en', [ASK_BIZ, u('cobalt ridge heating and cooling')], { companyName: 'Cobalt Ridge Heating and Cooling' });
    check('en', [ASK_BIZ, u('willow creek family medicine')], { companyName: 'Willow Creek Family Medicine' });
  });
  it('EN: a bare company inside a run of details', () => {
    check('en', [GREET, u('otto reyes otto at reyes glass dot com reyes glass five one two five five five zero one eight eight')], {
      firstName: 'Otto',
      lastName: 'Reyes',
      email: 'otto@reyesglass.com',
      companyName: 'Reyes Glass',
      phone: '+15125550188',
    });
  });
  it('ES: "soy la encargada de la X", "soy el gerente del X", "trabajo en la X"', () => {
    check('es', [SALUDO, u('soy la encargada de la estética rizos de oro')], { companyName: 'Estética Rizos de Oro' });
    check('es', [SALUDO, u('soy el gerente del hotel brisa marina')], { companyName: 'Hotel Brisa Marina' });
    check('es', [SALUDO, u('trabajo en la ferretería el tornillo me llamo abel')], { firstName: 'Abel', companyName: 'Ferretería el Tornillo' });
  });
  it('ES: "somos X", "la empresa se llama X", "administro X", "soy dueña de la X"', () => {
    check('es', [SALUDO, u('somos mudanzas veloz del sur')], { companyName: 'Mudanzas Veloz del Sur' });
    check('es', [SALUDO, u('la empresa se llama vidrios y aluminios cantú')], { companyName: 'Vidrios y Aluminios Cantú' });
    check('es', [SALUDO, u('administro la clínica veterinaria huellitas')], { companyName: 'Clínica Veterinaria Huellitas' });
    check('es', [SALUDO, u('soy dueña de la boutique flor de lis')], { companyName: 'Boutique Flor de Lis' });
  });
  it('ES: "hablo de X", "le llamo de parte de X"', () => {
    check('es', [SALUDO, u('hablo de la carpintería hermanos cano')], { companyName: 'Carpintería Hermanos Cano' });
    check('es', [SALUDO, u('le llamo de parte de imprenta la estrella')], { companyName: 'Imprenta la Estrella' });
  });
  it('ES: a company given alone when asked', () => {
    check('es', [PIDE_NEGOCIO, u('jardinería los pinos')], { companyName: 'Jardinería los Pinos' });
  });
  it('ES: "tengo un taller mecánico" alone is a description, not a name', () => {
    check('es', [SALUDO, u('tengo una cerrajería y quiero más clientes')], {});
  });
});

describe('round 2: company boundaries', () => {
  it('EN: trailing words after the name are dropped', () => {
    check('en', [ASK_BIZ, u('bright spark electric down on main street')], { companyName: 'Bright Spark Electric' });
    check('en', [ASK_BIZ, u('its northgate roofing you might know us')], { companyName: 'Northgate Roofing' });
    check('en', [ASK_BIZ, u('hilltop auto glass thank you')], { companyName: 'Hilltop Auto Glass' });
  });
  it('EN: "and" inside a company name is kept', () => {
    check('en', [ASK_BIZ, u('keller heating and air')], { companyName: 'Keller Heating and Air' });
  });
  it('EN: of two companies, the current one', () => {
    check('en', [GREET, u('im nell i was with crestview realty but now im at harbor point homes')], { firstName: 'Nell', companyName: 'Harbor Point Homes' });
  });
  it('EN: a renamed company, corrected in the same turn', () => {
    check('en', [ASK_BIZ, u('dunmore painting wait no its dunmore coatings now')], { companyName: 'Dunmore Coatings' });
  });
  it('ES: a leading article is dropped, trailing words too', () => {
    check('es', [PIDE_NEGOCIO, u('la heladería polar ahí por el centro')], { companyName: 'Heladería Polar' });
    check('es', [PIDE_NEGOCIO, u('es la farmacia santa fe por si la busca')], { companyName: 'Farmacia Santa Fe' });
  });
  it('EN: a family surname in the company is not doubled, and the person keeps it', () => {
    check('en', [GREET, u('im cora webb from webb family orthodontics')], { firstName: 'Cora', lastName: 'Webb', companyName: 'Webb Family Orthodontics' });
  });
  it('EN: the person\'s title ("dr") is no name', () => {
    check('en', [GREET, u('hello this is dr imani okafor with okafor pediatrics')], { firstName: 'Imani', lastName: 'Okafor', companyName: 'Okafor Pediatrics' });
  });
});

describe('round 2: speaking for someone else', () => {
  it('EN: an assistant gives her boss\'s details', () => {
    check('en', [GREET, u('hi this is greer i handle scheduling for doctor paul marsh'), a('How can we reach Dr. Marsh?'), u('his email is paul at marsh dermatology dot com and his cell is five one two five five five zero one nine two')], {
      firstName: 'Paul',
      lastName: 'Marsh',
      email: 'paul@marshdermatology.com',
      phone: '+15125550192',
    });
  });
  it('EN: calling for a spouse who owns the company', () => {
    check('en', [GREET, u('im calling for my wife helen achterberg she owns achterberg tailoring'), a('What number is best for her?'), u('her cell is five one two five five five zero one nine three')], {
      firstName: 'Helen',
      lastName: 'Achterberg',
      companyName: 'Achterberg Tailoring',
      phone: '+15125550193',
    });
  });
  it('ES: la asistente del licenciado, y su correo', () => {
    check('es', [SALUDO, u('soy la secretaria del licenciado mauricio tello'), PIDE_CORREO, u('su correo es mauricio arroba tello abogados punto mx')], {
      firstName: 'Mauricio',
      lastName: 'Tello',
      email: 'mauricio@telloabogados.mx',
    });
  });
});

describe('round 2: addresses at rarer top-level domains', () => {
  it('EN: .co, .io, .us, .ca, .biz, .dev, .studio, .example', () => {
    check('en', [ASK_MAIL, u('its pia at north fork farms dot co')], { email: 'pia@northforkfarms.co' });
    check('en', [ASK_MAIL, u('send it to hey at loomwork dot io')], { email: 'hey@loomwork.io' });
    check('en', [ASK_MAIL, u('its frontdesk at lakeview inn dot us')], { email: 'frontdesk@lakeviewinn.us' });
    check('en', [ASK_MAIL, u('ivo at ivo builds dot dev')], { email: 'ivo@ivobuilds.dev' });
    check('en', [ASK_MAIL, u('hello at quiet pine dot studio')], { email: 'hello@quietpine.studio' });
    check('en', [ASK_MAIL, u('its test at brookside dot example')], { email: 'test@brookside.example' });
  });
  it('EN: two-label country domains (.com.mx, .co.uk)', () => {
    check('en', [ASK_MAIL, u('its reservas at casa azul dot com dot mx')], { email: 'reservas@casaazul.com.mx' });
    check('en', [ASK_MAIL, u('nigel at hedgerow dot co dot uk')], { email: 'nigel@hedgerow.co.uk' });
  });
  it('ES: punto co, punto mx, punto com punto mx, punto es', () => {
    check('es', [PIDE_CORREO, u('es hola arroba tierra fértil punto co')], { email: 'hola@tierrafertil.co' });
    check('es', [PIDE_CORREO, u('citas arroba consultorio luna punto mx')], { email: 'citas@consultorioluna.mx' });
    check('es', [PIDE_CORREO, u('ventas arroba aceros del bajío punto com punto mx')], { email: 'ventas@acerosdelbajio.com.mx' });
  });
  it('ES: an accented word in the address is written without its accent', () => {
    check('es', [PIDE_CORREO, u('mi correo es ramón guion bajo peña arroba gmail punto com')], { email: 'ramon_pena@gmail.com' });
  });
  it('EN: an address said right after a phone, and followed by more words', () => {
    check('en', [ASK_MAIL, u('its wally at ridgeline dot co and thats the best way to reach me')], { email: 'wally@ridgeline.co' });
  });
});

describe('round 2: negatives', () => {
  it('EN: a sample address the visitor asks about is not theirs', () => {
    check('en', [GREET, u('would the address look like name at yourbusiness dot com or something')], {});
  });
  it('EN: an address the visitor received mail from is not theirs', () => {
    check('en', [GREET, u('i got a message from billing at your site dot com this morning')], {});
  });
  it('EN/ES: descriptions, counts and insults are no details', () => {
    check('en', [GREET, u('thats ridiculous why would anyone pay that')], {});
    check('en', [GREET, u('we have twelve technicians and four vans')], {});
    check('es', [SALUDO, u('soy electricista y trabajo solo')], {});
    check('es', [SALUDO, u('quién es el que habla')], {});
  });
});

describe('round 3: more openers and answers', () => {
  it('EN: names after "you\'re speaking with", "name\'s", "by the way", a title', () => {
    check('en', [GREET, u("you're speaking with harlan")], { firstName: 'Harlan' });
    check('en', [GREET, u('names leon')], { firstName: 'Leon' });
    check('en', [GREET, u('im kai by the way')], { firstName: 'Kai' });
    check('en', [GREET, u('i am mr tobias wren')], { firstName: 'Tobias', lastName: 'Wren' });
    check('en', [GREET, u('hey good afternoon im lucinda vargas')], { firstName: 'Lucinda', lastName: 'Vargas' });
  });
  it('EN: "this is X from the bakery": a generic place is no company', () => {
    check('en', [GREET, u('yeah this is rosa from the bakery')], { firstName: 'Rosa' });
  });
  it('EN: companies after "a … called", "the owner of", "office manager at", "we are"', () => {
    check('en', [GREET, u("we're a small roofing company called top notch roofing")], { companyName: 'Top Notch Roofing' });
    check('en', [GREET, u('hi my name is anita and im the owner of velvet hammer salon')], { firstName: 'Anita', companyName: 'Velvet Hammer Salon' });
    check('en', [GREET, u("i'm the office manager at brightwater dental")], { companyName: 'Brightwater Dental' });
    check('en', [GREET, u('we are evergreen pest control')], { companyName: 'Evergreen Pest Control' });
    check('en', [GREET, u("it's a bakery called flour child")], { companyName: 'Flour Child' });
  });
  it('EN: company boundaries: a legal suffix then "and", a place after "out of"', () => {
    check('en', [ASK_BIZ, u('acme drywall llc and my email is ben at acme drywall dot com')], { companyName: 'Acme Drywall LLC', email: 'ben@acmedrywall.com' });
    check('en', [ASK_BIZ, u('evergreen tree care out of boise')], { companyName: 'Evergreen Tree Care' });
    check('en', [ASK_BIZ, u('jones and jones law')], { companyName: 'Jones and Jones Law' });
  });
  it('ES: companies after "tengo un X que se llama", "soy el dueño del", "somos de la agencia"', () => {
    check('es', [SALUDO, u('tengo un restaurante que se llama la casona')], { companyName: 'La Casona' });
    check('es', [SALUDO, u('soy el dueño del taller el rayo')], { companyName: 'Taller el Rayo' });
    check('es', [SALUDO, u('somos de la agencia viajes del sol')], { companyName: 'Viajes del Sol' });
    check('es', [SALUDO, u('le hablo del consultorio dental sonríe')], { companyName: 'Consultorio Dental Sonríe' });
  });
  it('ES: proxies after "de parte del ingeniero", "asistente de la doctora"', () => {
    check('es', [SALUDO, u('llamo de parte del ingeniero tomás rivas'), PIDE_CORREO, u('su correo es tomás arroba rivas ingeniería punto mx')], {
      firstName: 'Tomás',
      lastName: 'Rivas',
      email: 'tomas@rivasingenieria.mx',
    });
    check('es', [SALUDO, u('soy el asistente de la doctora elena ruiz'), a('¿Un teléfono de la doctora?'), u('su teléfono es cinco uno dos cinco cinco cinco cero uno nueve cuatro')], {
      firstName: 'Elena',
      lastName: 'Ruiz',
      phone: '+15125550194',
    });
  });
});

describe('round 3: addresses', () => {
  it('EN: a possessive or an article inside the domain', () => {
    check('en', [ASK_MAIL, u("my email is carla at carla's cakes dot com")], { email: 'carla@carlascakes.com' });
    check('en', [ASK_MAIL, u('the email is info at the green room dot co')], { email: 'info@thegreenroom.co' });
  });
  it('EN/ES: initials, digits and dots in the local part', () => {
    check('en', [ASK_MAIL, u('its r smith one nine eight four at aol dot com')], { email: 'rsmith1984@aol.com' });
    check('en', [ASK_MAIL, u('sam dot o dot reilly at gmail dot com')], { email: 'sam.o.reilly@gmail.com' });
    check('es', [PIDE_CORREO, u('mi correo es ana punto lucía arroba hotmail punto es')], { email: 'ana.lucia@hotmail.es' });
    check('es', [PIDE_CORREO, u('es contacto arroba plomería díaz punto com punto mx')], { email: 'contacto@plomeriadiaz.com.mx' });
  });
});

describe('round 3: negatives', () => {
  it('EN: "im calling about", "this is urgent", "its complicated", "im on the east coast"', () => {
    check('en', [GREET, u('im calling about the ad i saw')], {});
    check('en', [GREET, u('this is urgent')], {});
    check('en', [GREET, u('its complicated')], {});
    check('en', [GREET, u('im on the east coast')], {});
  });
  it('ES: "tengo una pregunta", "soy nuevo en esto", "hablo por teléfono"', () => {
    check('es', [SALUDO, u('tengo una pregunta sobre los precios')], {});
    check('es', [SALUDO, u('soy nuevo en esto')], {});
  });
});

describe('round 4: names kept, nicknames after, titles with a surname', () => {
  it('EN/ES: a nickname after the name does not replace it', () => {
    check('en', [GREET, u('my name is robert but everyone calls me bobby')], { firstName: 'Robert' });
    check('es', [SALUDO, u('me llamo ángel pero me dicen gelo')], { firstName: 'Ángel' });
  });
  it('EN/ES: a title and one word is a surname', () => {
    check('en', [GREET, u('hi im dr nguyen')], { lastName: 'Nguyen' });
    check('es', [SALUDO, u('soy la doctora ibarra')], { lastName: 'Ibarra' });
  });
  it('ES: "le saluda X"', () => {
    check('es', [SALUDO, u('buenas tardes le saluda irma vera')], { firstName: 'Irma', lastName: 'Vera' });
  });
});

describe('round 4: companies in running speech', () => {
  it('EN: "we run", "over at", "I handle X for"', () => {
    check('en', [GREET, u('me and my brother we run ortiz brothers painting')], { companyName: 'Ortiz Brothers Painting' });
    check('en', [GREET, u("i'm over at riverside chiropractic")], { companyName: 'Riverside Chiropractic' });
    check('en', [GREET, u('i handle marketing for keystone dental')], { companyName: 'Keystone Dental' });
  });
  it('EN: no name yet, or self-employed, is no company', () => {
    check('en', [ASK_BIZ, u("we don't really have a name yet")], {});
    check('en', [ASK_BIZ, u("it's just me i'm self employed")], {});
  });
  it('ES: "tenemos una empresa de X que se llama", "trabajo con"', () => {
    check('es', [SALUDO, u('tenemos una empresa de limpieza que se llama brillo express')], { companyName: 'Brillo Express' });
    check('es', [SALUDO, u('trabajo con seguros vida plena')], { companyName: 'Seguros Vida Plena' });
  });
});

describe('round 4: addresses and numbers in context', () => {
  it('EN: "email me at X at Y dot co"', () => {
    check('en', [GREET, u('email me at jen at jen fit dot co')], { email: 'jen@jenfit.co' });
  });
  it('EN: "the same number im calling from" is no number', () => {
    check('en', [a('What number can we reach you at?'), u("it's the same number i'm calling from")], {});
  });
  it('EN: a friend at his garage is neither the visitor nor their company', () => {
    check('en', [GREET, u("my buddy dave at dave's garage told me about you")], {});
  });
  it('EN: a site being looked at is no address', () => {
    check('en', [GREET, u("i'm looking at your site dot com right now")], {});
  });
});

describe('round 5: more Spanish and English forms', () => {
  it('ES: a title before the name, a restated name, "o sea"', () => {
    check('es', [SALUDO, u('habla la señora carmen ríos')], { firstName: 'Carmen', lastName: 'Ríos' });
    check('es', [SALUDO, u('me llamo rafa bueno rafael cano')], { firstName: 'Rafael', lastName: 'Cano' });
    check('es', [SALUDO, u('soy beto o sea alberto núñez')], { firstName: 'Alberto', lastName: 'Núñez' });
    check('es', [SALUDO, u('mi nombre es héctor y mi apellido es salas')], { firstName: 'Héctor', lastName: 'Salas' });
  });
  it('ES: companies after "la empresa es", "estoy en la", "mi negocio es la"', () => {
    check('es', [SALUDO, u('la empresa es transportes ruiz e hijos')], { companyName: 'Transportes Ruiz e Hijos' });
    check('es', [SALUDO, u('estoy en la inmobiliaria del valle')], { companyName: 'Inmobiliaria del Valle' });
    check('es', [SALUDO, u('mi negocio es la taquería el paisa')], { companyName: 'Taquería el Paisa' });
    check('es', [SALUDO, u('trabajo para una constructora')], {});
  });
  it('EN: a possessive business after a name, "two words", "with one l"', () => {
    check('en', [GREET, u("hey this is mo from mo's tacos")], { firstName: 'Mo', companyName: "Mo's Tacos" });
    check('en', [a('And your first name?'), u('mary ann two words')], { firstName: 'Mary Ann' });
    check('en', [GREET, u('my name is priyanka but you can call me pri')], { firstName: 'Priyanka' });
  });
  it('EN: companies after "the practice is called", "the main one is called", "a family business called"', () => {
    check('en', [GREET, u('the practice is called harmony family dental')], { companyName: 'Harmony Family Dental' });
    check('en', [GREET, u('i own two restaurants the main one is called bella notte')], { companyName: 'Bella Notte' });
    check('en', [GREET, u('we are a family business called the rusty nail hardware')], { companyName: 'The Rusty Nail Hardware' });
  });
  it('EN: boundaries after a legal suffix and before a place', () => {
    check('en', [ASK_BIZ, u('summit electric inc thanks so much')], { companyName: 'Summit Electric Inc' });
    check('en', [ASK_BIZ, u('green valley farms in fresno')], { companyName: 'Green Valley Farms' });
  });
  it('EN: an office manager setting this up for a doctor', () => {
    check('en', [GREET, u("i'm the office manager and i'm setting this up for dr jonas weller"), ASK_MAIL, u('his email is jonas at weller vision dot com')], {
      firstName: 'Jonas',
      lastName: 'Weller',
      email: 'jonas@wellervision.com',
    });
  });
});

describe('round 6: dictated addresses and numbers', () => {
  it('EN: "period" for the dot, a spelled name after the address, a correction with "no wait"', () => {
    check('en', [ASK_MAIL, u('john dot doe at fieldcrest dot com period')], { email: 'john.doe@fieldcrest.com' });
    check('en', [ASK_MAIL, u('email is tom at tom builds dot com thats t o m')], { email: 'tom@tombuilds.com' });
    check('en', [ASK_MAIL, u('its ben at gmail dot com no wait its benji at gmail dot com')], { email: 'benji@gmail.com' });
    check('en', [ASK_MAIL, u('ella at ella dot design')], { email: 'ella@ella.design' });
  });
  it('ES: a compound name, an underscore, a number in words in the local part', () => {
    check('es', [PIDE_CORREO, u('mi correo es juan carlos arroba gmail punto com')], { email: 'juancarlos@gmail.com' });
    check('es', [PIDE_CORREO, u('lupita guion bajo ramos arroba hotmail punto com')], { email: 'lupita_ramos@hotmail.com' });
    check('es', [PIDE_CORREO, u('maría noventa y nueve arroba yahoo punto com')], { email: 'maria99@yahoo.com' });
  });
  it('EN: "eight hundred" numbers and "oh oh"', () => {
    check('en', [a("What's the best number?"), u('the number is eight hundred five five five zero one two three')], { phone: '+18005550123' });
    check('en', [a("What's the best number?"), u('nine one seven five five five oh one oh oh')], { phone: '+19175550100' });
  });
});
