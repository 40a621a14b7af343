/**
 * English multi-turn conversations: bare answers that only mean something next to the assistant's
 * question, details spread over turns, and corrections ("sorry, it's…", "actually…", "no, it's spelled…").
 */
import { lead, u, a, type LeadCase } from './types.js';

export const EN_CONTEXT: LeadCase[] = [
  {
    id: 'en-ctx-01',
    lang: 'en',
    turns: [a("Great question! Before I send that over, what's your name?"), u('Dana Whitfield')],
    expect: lead({ firstName: 'Dana', lastName: 'Whitfield' }),
  },
  {
    id: 'en-ctx-02',
    lang: 'en',
    turns: [a("Thanks Dana. What's the best number to reach you?"), u('five one two, five five five, zero one three four')],
    expect: lead({ phone: '+15125550134' }),
  },
  {
    id: 'en-ctx-03',
    lang: 'en',
    turns: [a("And what's your company called?"), u('Whitfield HVAC.')],
    expect: lead({ companyName: 'Whitfield HVAC' }),
  },
  {
    id: 'en-ctx-04',
    lang: 'en',
    turns: [
      a('Who am I speaking with?'),
      u('marcus'),
      a('Nice to meet you, Marcus. And your last name?'),
      u('Bell. B-E-L-L.'),
    ],
    expect: lead({ firstName: 'Marcus', lastName: 'Bell' }),
  },
  {
    id: 'en-ctx-05',
    lang: 'en',
    turns: [
      u('My email is dana@whitfieldhvac.com'),
      a('Got it, dana@whitfieldhvac.com. Anything else?'),
      u('Sorry, actually it is dana.w@whitfieldhvac.com, the other one bounces.'),
    ],
    expect: lead({ email: 'dana.w@whitfieldhvac.com' }),
  },
  {
    id: 'en-ctx-06',
    lang: 'en',
    turns: [u('my number is 512 555 0134, sorry, 512 555 0143')],
    expect: lead({ phone: '+15125550143' }),
  },
  {
    id: 'en-ctx-07',
    lang: 'en',
    turns: [
      u('My name is John Smith.'),
      a('Thanks, John Smith. How can I help?'),
      u("No, it's spelled S-M-Y-T-H."),
    ],
    expect: lead({ firstName: 'John', lastName: 'Smyth' }),
  },
  {
    id: 'en-ctx-08',
    lang: 'en',
    turns: [
      a("What's your email?"),
      u("It's carla at brightside dot com."),
      a("And a phone number in case the email doesn't come through?"),
      u("Sure it's 415 555 0122"),
      a("Perfect. And the name of your business?"),
      u("It's called Brightside Cleaning Co."),
    ],
    expect: lead({ email: 'carla@brightside.com', phone: '+14155550122', companyName: 'Brightside Cleaning Co' }),
  },
  {
    id: 'en-ctx-09',
    lang: 'en',
    turns: [a('Can I get your first name?'), u('Sure, Priya.'), a('And last name?'), u('Raman')],
    expect: lead({ firstName: 'Priya', lastName: 'Raman' }),
  },
  {
    id: 'en-ctx-10',
    lang: 'en',
    turns: [
      a("What's the best number to reach you?"),
      u('three oh three five five five oh one eight seven'),
      a('Thanks! I have 303-555-0187.'),
      u('actually the last four are oh one seven eight'),
    ],
    expect: lead({ phone: '+13035550178' }),
  },
  {
    id: 'en-ctx-11',
    lang: 'en',
    turns: [a("May I have your name?"), u("I'd rather not say, I just want pricing.")],
    expect: lead(),
  },
  {
    id: 'en-ctx-12',
    lang: 'en',
    turns: [a("What's your company called?"), u("I don't really have one, it's just me and a truck.")],
    expect: lead(),
  },
  {
    id: 'en-ctx-13',
    lang: 'en',
    turns: [a("What's the name of your business?"), u("We're a small plumbing company.")],
    expect: lead(),
  },
  {
    id: 'en-ctx-14',
    lang: 'en',
    turns: [
      u("Hi, I'm Tom."),
      a("Hi Tom! What's your last name, in case we get disconnected?"),
      u("It's Nguyen, N-G-U-Y-E-N."),
    ],
    expect: lead({ firstName: 'Tom', lastName: 'Nguyen' }),
  },
  {
    id: 'en-ctx-15',
    lang: 'en',
    turns: [
      a("I can email the report. What's your email address?"),
      u('Yeah, send it to my partner, her email is lisa@ridgewoodroofing.com'),
    ],
    expect: lead(),
  },
  {
    id: 'en-ctx-16',
    lang: 'en',
    turns: [
      a("What's a good phone number?"),
      u('Call the office, two one four, five five five, zero one six three, and ask for me.'),
    ],
    expect: lead({ phone: '+12145550163' }),
  },
  {
    id: 'en-ctx-17',
    lang: 'en',
    turns: [
      u("I'm Kate, I run a landscaping outfit."),
      a('Nice! What is the company called, Kate?'),
      u('Evergreen Yard Works'),
    ],
    expect: lead({ firstName: 'Kate', companyName: 'Evergreen Yard Works' }),
  },
  {
    id: 'en-ctx-18',
    lang: 'en',
    turns: [
      a("What's your name, and what's the best email for you?"),
      u('Aaron Feld, aaron at feld construction dot com'),
    ],
    expect: lead({ firstName: 'Aaron', lastName: 'Feld', email: 'aaron@feldconstruction.com' }),
  },
  {
    id: 'en-ctx-19',
    lang: 'en',
    turns: [
      u('My name is Diana Ross.'),
      a('Thanks Diana!'),
      u('Oh sorry, my name is Dina, not Diana. Dina Ross.'),
    ],
    expect: lead({ firstName: 'Dina', lastName: 'Ross' }),
  },
  {
    id: 'en-ctx-20',
    lang: 'en',
    turns: [
      a("What's your email?"),
      u('its mark at markhaydenhomes dot com'),
      a("Got it. Is that M-A-R-K at markhaydenhomes.com?"),
      u('yes'),
    ],
    expect: lead({ email: 'mark@markhaydenhomes.com' }),
  },
  {
    id: 'en-ctx-21',
    lang: 'en',
    turns: [
      a('Who do I have the pleasure of speaking with?'),
      u('This is Rosa Delgado, I manage the Oakridge apartments.'),
    ],
    expect: lead({ firstName: 'Rosa', lastName: 'Delgado' }),
  },
  {
    id: 'en-ctx-22',
    lang: 'en',
    turns: [
      a("Can I grab a phone number?"),
      u("Yeah, it's 713"),
      a('Go ahead, I am listening.'),
      u('555 0148'),
    ],
    expect: lead({ phone: '+17135550148' }),
  },
  {
    id: 'en-ctx-23',
    lang: 'en',
    turns: [
      u('my email is greg at oldcompany dot com but I left there'),
      a('Oh, what is your current email?'),
      u('greg at nova electric dot com'),
    ],
    expect: lead({ email: 'greg@novaelectric.com' }),
  },
  {
    id: 'en-ctx-24',
    lang: 'en',
    turns: [
      a("What's the name of your company?"),
      u("Sure — it's Lone Star Property Management, we're in Austin."),
    ],
    expect: lead({ companyName: 'Lone Star Property Management' }),
  },
  {
    id: 'en-ctx-25',
    lang: 'en',
    turns: [
      a("Could you spell your last name for me?"),
      u('W H I T F I E L D'),
    ],
    expect: lead({ lastName: 'Whitfield' }),
  },
  {
    id: 'en-ctx-26',
    lang: 'en',
    turns: [
      a("What's your name?"),
      u('Why do you need that?'),
      a("Just so our team knows who to follow up with. What's your name?"),
      u('Fine. Pat Morgan.'),
    ],
    expect: lead({ firstName: 'Pat', lastName: 'Morgan' }),
  },
  {
    id: 'en-ctx-27',
    lang: 'en',
    turns: [
      a('Would you like me to book a consultation? What email should I use?'),
      u('use the office one, office at morgan mechanical dot com'),
    ],
    expect: lead({ email: 'office@morganmechanical.com' }),
  },
  {
    id: 'en-ctx-28',
    lang: 'en',
    turns: [
      u("I'm interested in the AI receptionist. I'm Hannah, from Hollow Creek Homes."),
      a('Great to meet you Hannah! What is the best email to send details to?'),
      u('hannah at hollow creek homes dot com, and my cell if you need it is 512 555 0177'),
    ],
    expect: lead({ firstName: 'Hannah', companyName: 'Hollow Creek Homes', email: 'hannah@hollowcreekhomes.com', phone: '+15125550177' }),
  },
  {
    id: 'en-ctx-29',
    lang: 'en',
    turns: [
      a('What is your phone number?'),
      u("I'd prefer email. It's ben at apexroof dot com."),
    ],
    expect: lead({ email: 'ben@apexroof.com' }),
  },
  {
    id: 'en-ctx-30',
    lang: 'en',
    turns: [
      a("Sorry, I didn't catch that. Could you repeat your email?"),
      u('sure, l o r i at gmail dot com'),
      a('Thanks Lori. And your full name?'),
      u('lori pemberton'),
    ],
    expect: lead({ firstName: 'Lori', lastName: 'Pemberton', email: 'lori@gmail.com' }),
  },
];
