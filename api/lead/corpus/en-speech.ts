/**
 * English speech-to-text as it really arrives: dictated e-mails ("dot", "at sign", "underscore"), spelled
 * letters, number words, "oh" for zero, "double"/"triple", grouped digits, lower-case transcripts, fillers.
 */
import { lead, u, a, type LeadCase } from './types.js';

export const EN_SPEECH: LeadCase[] = [
  {
    id: 'en-speech-01',
    lang: 'en',
    turns: [u('yeah my email is john dot smith at gmail dot com')],
    expect: lead({ email: 'john.smith@gmail.com' }),
  },
  {
    id: 'en-speech-02',
    lang: 'en',
    turns: [u("it's j o h n at smith plumbing dot com")],
    expect: lead({ email: 'john@smithplumbing.com' }),
  },
  {
    id: 'en-speech-03',
    lang: 'en',
    turns: [u('my name is dana d-a-n-a whitfield w-h-i-t-f-i-e-l-d')],
    expect: lead({ firstName: 'Dana', lastName: 'Whitfield' }),
  },
  {
    id: 'en-speech-04',
    lang: 'en',
    turns: [u('my number is five one two five five five zero one three four')],
    expect: lead({ phone: '+15125550134' }),
  },
  {
    id: 'en-speech-05',
    lang: 'en',
    turns: [u('um my cell is four one five, five five five, oh one nine nine')],
    expect: lead({ phone: '+14155550199' }),
  },
  {
    id: 'en-speech-06',
    lang: 'en',
    turns: [u('Phone is three oh three, double five five, oh one eight seven.')],
    expect: lead({ phone: '+13035550187' }),
  },
  {
    id: 'en-speech-07',
    lang: 'en',
    turns: [u('you can reach me at two one two triple five oh one four nine')],
    expect: lead({ phone: '+12125550149' }),
  },
  {
    id: 'en-speech-08',
    lang: 'en',
    turns: [u('my email is mike underscore reyes at hotmail dot com')],
    expect: lead({ email: 'mike_reyes@hotmail.com' }),
  },
  {
    id: 'en-speech-09',
    lang: 'en',
    turns: [u('email is sarah dash jones at jones dash electric dot net')],
    expect: lead({ email: 'sarah-jones@jones-electric.net' }),
  },
  {
    id: 'en-speech-10',
    lang: 'en',
    turns: [u('Sure, it is info at sign bright path realty dot com.')],
    expect: lead({ email: 'info@brightpathrealty.com' }),
  },
  {
    id: 'en-speech-11',
    lang: 'en',
    turns: [u('The number is area code 512, 555-0134.')],
    expect: lead({ phone: '+15125550134' }),
  },
  {
    id: 'en-speech-12',
    lang: 'en',
    turns: [u('area code five one two, and then five five five, zero one three four')],
    expect: lead({ phone: '+15125550134' }),
  },
  {
    id: 'en-speech-13',
    lang: 'en',
    turns: [u('my phone number is seven one three, five five five, zero one, forty eight')],
    expect: lead({ phone: '+17135550148' }),
  },
  {
    id: 'en-speech-14',
    lang: 'en',
    turns: [u("call me at 512 555 01 34")],
    expect: lead({ phone: '+15125550134' }),
  },
  {
    id: 'en-speech-15',
    lang: 'en',
    turns: [u("my email's t greene at horizon builders dot net")],
    expect: lead({ email: 'tgreene@horizonbuilders.net' }),
  },
  {
    id: 'en-speech-16',
    lang: 'en',
    turns: [u('uh my name is uh kevin uh kowalski')],
    expect: lead({ firstName: 'Kevin', lastName: 'Kowalski' }),
  },
  {
    id: 'en-speech-17',
    lang: 'en',
    turns: [u('my email is k as in kilo, o, w, a, l at gmail dot com')],
    expect: lead({ email: 'kowal@gmail.com' }),
  },
  {
    id: 'en-speech-18',
    lang: 'en',
    turns: [u('its d whitfield at whitfield hvac dot com')],
    expect: lead({ email: 'dwhitfield@whitfieldhvac.com' }),
  },
  {
    id: 'en-speech-19',
    lang: 'en',
    turns: [u('email me at jenna at gmail')],
    expect: lead({ email: 'jenna@gmail.com' }),
  },
  {
    id: 'en-speech-20',
    lang: 'en',
    turns: [u('my personal email is bobby twenty two at yahoo dot com')],
    expect: lead({ email: 'bobby22@yahoo.com' }),
  },
  {
    id: 'en-speech-21',
    lang: 'en',
    turns: [u("i'm angela and my number is two oh six five five five oh one one one")],
    expect: lead({ firstName: 'Angela', phone: '+12065550111' }),
  },
  {
    id: 'en-speech-22',
    lang: 'en',
    turns: [u('my company is called whitfield hvac llc')],
    expect: lead({ companyName: 'Whitfield HVAC LLC' }),
  },
  {
    id: 'en-speech-23',
    lang: 'en',
    turns: [u('we are acme plumbing l l c out of round rock')],
    expect: lead({ companyName: 'Acme Plumbing LLC' }),
  },
  {
    id: 'en-speech-24',
    lang: 'en',
    turns: [u('my email is r dot patel at patel properties dot co dot uk')],
    expect: lead({ email: 'r.patel@patelproperties.co.uk' }),
  },
  {
    id: 'en-speech-25',
    lang: 'en',
    turns: [u('you can call me on plus forty four, twenty, seven nine four six, oh nine five eight')],
    expect: lead({ phone: '+442079460958' }),
  },
  {
    id: 'en-speech-26',
    lang: 'en',
    turns: [u('Yeah the cell is +44 20 7946 0958, I am based in London.')],
    expect: lead({ phone: '+442079460958' }),
  },
  {
    id: 'en-speech-27',
    lang: 'en',
    turns: [u('my name is liam o brien')],
    expect: lead({ firstName: 'Liam', lastName: "O'Brien" }),
  },
  {
    id: 'en-speech-28',
    lang: 'en',
    turns: [u("it's one, eight hundred, five five five, zero one seven five")],
    expect: lead({ phone: '+18005550175' }),
  },
  {
    id: 'en-speech-29',
    lang: 'en',
    turns: [u('MY NAME IS DANA WHITFIELD AND MY EMAIL IS DANA AT WHITFIELD HVAC DOT COM')],
    expect: lead({ firstName: 'Dana', lastName: 'Whitfield', email: 'dana@whitfieldhvac.com' }),
  },
  {
    id: 'en-speech-30',
    lang: 'en',
    turns: [u('my email is maria period lopez at outlook period com')],
    expect: lead({ email: 'maria.lopez@outlook.com' }),
  },
  {
    id: 'en-speech-31',
    lang: 'en',
    turns: [u("this is greg and uh my number's 303 555 0187")],
    expect: lead({ firstName: 'Greg', phone: '+13035550187' }),
  },
  {
    id: 'en-speech-32',
    lang: 'en',
    turns: [u('email is ops at summit roofing co dot com')],
    expect: lead({ email: 'ops@summitroofingco.com' }),
  },
  {
    id: 'en-speech-33',
    lang: 'en',
    turns: [u('my email is jay dot em dot carter at gmail dot com')],
    expect: lead({ email: 'jay.em.carter@gmail.com' }),
  },
  {
    id: 'en-speech-34',
    lang: 'en',
    turns: [u('number is 512-555-0134 and email is dana at whitfield dot com')],
    expect: lead({ phone: '+15125550134', email: 'dana@whitfield.com' }),
  },
  {
    id: 'en-speech-35',
    lang: 'en',
    turns: [
      a("What's the best email for you?"),
      u('d a n a dot w at whitfield hvac dot com'),
    ],
    expect: lead({ email: 'dana.w@whitfieldhvac.com' }),
  },
  {
    id: 'en-speech-36',
    lang: 'en',
    turns: [u('My name is Jon, J-O-N, Stewart.')],
    expect: lead({ firstName: 'Jon', lastName: 'Stewart' }),
  },
  {
    id: 'en-speech-37',
    lang: 'en',
    turns: [u('my number is 512 5 5 5 0 1 3 4')],
    expect: lead({ phone: '+15125550134' }),
  },
];
