/**
 * A third batch, also written before tuning: staff and family details next to the visitor's own, labelled
 * answers, hyphen-spelled addresses, country codes in words, and Spanish openers not used elsewhere.
 */
import { lead, NOTHING, u, a, type LeadCase } from './types.js';

export const HOLDOUT: LeadCase[] = [
  {
    id: 'hold-01',
    lang: 'en',
    turns: [u('J-O-H-N dot S-M-I-T-H at gmail dot com')],
    expect: lead({ email: 'john.smith@gmail.com' }),
  },
  {
    id: 'hold-02',
    lang: 'en',
    turns: [u('My phone is 512-555-0134 x12, that is my desk.')],
    expect: lead({ phone: '+15125550134' }),
  },
  {
    id: 'hold-03',
    lang: 'en',
    turns: [u('plus thirty-four six one two three four five six seven eight')],
    expect: lead({ phone: '+34612345678' }),
  },
  {
    id: 'hold-04',
    lang: 'en',
    turns: [u("Hi, I'm Jennifer López-García and I run López Remodeling.")],
    expect: lead({ firstName: 'Jennifer', lastName: 'López-García', companyName: 'López Remodeling' }),
  },
  {
    id: 'hold-05',
    lang: 'en',
    turns: [u('You can email my office manager Tina at tina@lopezremodeling.com, she handles scheduling.')],
    expect: NOTHING,
  },
  {
    id: 'hold-06',
    lang: 'en',
    turns: [u("My husband's number is 214 555 0102, he's the one who does the estimates.")],
    expect: NOTHING,
  },
  {
    id: 'hold-07',
    lang: 'en',
    turns: [u("Call me tomorrow at 10, we're at 512 Main Street.")],
    expect: NOTHING,
  },
  {
    id: 'hold-08',
    lang: 'en',
    turns: [a('And the company name?'), u('Company name: Apex Mechanical.')],
    expect: lead({ companyName: 'Apex Mechanical' }),
  },
  {
    id: 'hold-09',
    lang: 'en',
    turns: [u("We're Acme Plumbing, LLC, based in Round Rock.")],
    expect: lead({ companyName: 'Acme Plumbing, LLC' }),
  },
  {
    id: 'hold-10',
    lang: 'en',
    turns: [u('The company is Northstar Electric and my name is Gabe.')],
    expect: lead({ companyName: 'Northstar Electric', firstName: 'Gabe' }),
  },
  {
    id: 'hold-11',
    lang: 'en',
    turns: [
      a("What's your email?"),
      u('k e l l y dot m at bright path dot io'),
      a('Thanks! And your name?'),
      u("Kelly Morrison. That's two R's."),
    ],
    expect: lead({ firstName: 'Kelly', lastName: 'Morrison', email: 'kelly.m@brightpath.io' }),
  },
  {
    id: 'hold-12',
    lang: 'en',
    turns: [u('four thousand dollars is too much for us, we only have six guys')],
    expect: NOTHING,
  },
  {
    id: 'hold-13',
    lang: 'en',
    turns: [u('my number is 512 555 0134 and my business partner Dave is 512 555 0177')],
    expect: lead({ phone: '+15125550134' }),
  },
  {
    id: 'hold-14',
    lang: 'en',
    turns: [u("I'm Mike. Our dispatcher's line is 303 555 0150 but my cell is 303 555 0151.")],
    expect: lead({ firstName: 'Mike', phone: '+13035550151' }),
  },
  {
    id: 'hold-15',
    lang: 'en',
    turns: [u("Hello? Yes, I'm here. My name is Brenda Kowalczyk, K-O-W-A-L-C-Z-Y-K.")],
    expect: lead({ firstName: 'Brenda', lastName: 'Kowalczyk' }),
  },
  {
    id: 'hold-16',
    lang: 'en',
    turns: [u('email is info at mountain view landscaping dot com, phone is eight oh one, five five five, oh one two three')],
    expect: lead({ email: 'info@mountainviewlandscaping.com', phone: '+18015550123' }),
  },
  {
    id: 'hold-17',
    lang: 'es',
    turns: [u('Soy nuevo en esto, ¿cómo funciona?')],
    expect: NOTHING,
  },
  {
    id: 'hold-18',
    lang: 'es',
    turns: [u('Yo soy Pedro Aguilar, de Constructora Aguilar, y mi correo es pedro arroba constructora aguilar punto com.')],
    expect: lead({ firstName: 'Pedro', lastName: 'Aguilar', companyName: 'Constructora Aguilar', email: 'pedro@constructoraaguilar.com' }),
  },
  {
    id: 'hold-19',
    lang: 'es',
    turns: [u('Mi negocio se llama Fontanería Rápida y mi teléfono es el 612 345 678.')],
    expect: lead({ companyName: 'Fontanería Rápida', phone: '+34612345678' }),
  },
  {
    id: 'hold-20',
    lang: 'es',
    turns: [a('¿Me das tu número?'), u('Sí, es el tres cero tres, cinco cinco cinco, cero uno cinco cero.')],
    expect: lead({ phone: '+13035550150' }),
  },
  {
    id: 'hold-21',
    lang: 'es',
    turns: [u('Mi correo es andrea guion lopez arroba gmail punto com, con guion en medio.')],
    expect: lead({ email: 'andrea-lopez@gmail.com' }),
  },
  {
    id: 'hold-22',
    lang: 'es',
    turns: [u('Mi secretaria se llama Rocío y su correo es rocio arroba techos punto mx.')],
    expect: NOTHING,
  },
  {
    id: 'hold-23',
    lang: 'es',
    turns: [u('Me llamo Teresa Ibáñez y soy dueña de Limpiezas Ibáñez.')],
    expect: lead({ firstName: 'Teresa', lastName: 'Ibáñez', companyName: 'Limpiezas Ibáñez' }),
  },
  {
    id: 'hold-24',
    lang: 'es',
    turns: [u('Llevamos desde 2015, facturamos unos 80,000 dólares al mes y tenemos 12 técnicos.')],
    expect: NOTHING,
  },
  {
    id: 'hold-25',
    lang: 'es',
    turns: [
      u('Mi nombre es Alejandro Ruiz.'),
      a('Gracias, Alejandro Ruiz.'),
      u('Perdón, es Ruiz con zeta al final, R-U-I-Z, está bien. Pero mi nombre es Alejandra, no Alejandro.'),
    ],
    expect: lead({ firstName: 'Alejandra', lastName: 'Ruiz' }),
  },
];
