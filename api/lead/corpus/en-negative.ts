/**
 * English turns that must NOT yield details: intent statements after "I'm", generic descriptions of a
 * business, prices, years, dates, times, counts, other people's details, the assistant's own text, and
 * incomplete numbers. Some mix a real detail in, which must survive.
 */
import { lead, NOTHING, u, a, type LeadCase } from './types.js';

export const EN_NEGATIVE: LeadCase[] = [
  { id: 'en-neg-01', lang: 'en', turns: [u("I'm interested in pricing.")], expect: NOTHING },
  { id: 'en-neg-02', lang: 'en', turns: [u("I'm looking for help with my scheduling, we miss a lot of calls.")], expect: NOTHING },
  { id: 'en-neg-03', lang: 'en', turns: [u('I own a bakery and I am curious how this works.')], expect: NOTHING },
  { id: 'en-neg-04', lang: 'en', turns: [u("We're a team of 12, mostly field techs.")], expect: NOTHING },
  { id: 'en-neg-05', lang: 'en', turns: [u('Is the $4,000 a one time fee or monthly?')], expect: NOTHING },
  { id: 'en-neg-06', lang: 'en', turns: [u("We've been in business since 2009 and did about 1,250,000 in revenue last year.")], expect: NOTHING },
  { id: 'en-neg-07', lang: 'en', turns: [u('Can we meet on March 14th at 10:30 am?')], expect: NOTHING },
  { id: 'en-neg-08', lang: 'en', turns: [u('We get maybe 300 calls a month and miss about 45 of them.')], expect: NOTHING },
  {
    id: 'en-neg-09',
    lang: 'en',
    turns: [a("Hi, I'm Kai, kre8's assistant. You can email us at hello@kre8tion.com or call 512-555-0100."), u('ok cool, how much is it?')],
    expect: NOTHING,
  },
  { id: 'en-neg-10', lang: 'en', turns: [u("My partner's email is bob@ridgewoodroofing.com, he handles the money side.")], expect: NOTHING },
  {
    id: 'en-neg-11',
    lang: 'en',
    turns: [u("my business partner's number is 415 555 0133 but mine is 415 555 0134")],
    expect: lead({ phone: '+14155550134' }),
  },
  { id: 'en-neg-12', lang: 'en', turns: [u("I'm the owner, I do most of the estimates myself.")], expect: NOTHING },
  { id: 'en-neg-13', lang: 'en', turns: [u("I'm not sure, this is my first time looking into AI stuff.")], expect: NOTHING },
  { id: 'en-neg-14', lang: 'en', turns: [u('My number is 555-0134.')], expect: NOTHING },
  { id: 'en-neg-15', lang: 'en', turns: [u('my number is five one two five five five')], expect: NOTHING },
  { id: 'en-neg-16', lang: 'en', turns: [u('I run my own business, just me and a helper.')], expect: NOTHING },
  { id: 'en-neg-17', lang: 'en', turns: [u('I work at home most days and do estimates at night.')], expect: NOTHING },
  { id: 'en-neg-18', lang: 'en', turns: [u("I'm from Texas, we do HVAC in the Houston area.")], expect: NOTHING },
  { id: 'en-neg-19', lang: 'en', turns: [u('We have 3 trucks, 14 employees, and we charge $95 an hour.')], expect: NOTHING },
  { id: 'en-neg-20', lang: 'en', turns: [u("This is great, I'm really impressed.")], expect: NOTHING },
  {
    id: 'en-neg-21',
    lang: 'en',
    turns: [u('Please cc my bookkeeper, her email is accounts@lindqvistplumbing.com.')],
    expect: NOTHING,
  },
  { id: 'en-neg-22', lang: 'en', turns: [u('Our ad spend is like 2500 a month on Facebook and Google.')], expect: NOTHING },
  {
    id: 'en-neg-23',
    lang: 'en',
    turns: [a("What's your company called?"), u("I'm self-employed.")],
    expect: NOTHING,
  },
  { id: 'en-neg-24', lang: 'en', turns: [u("I'm calling for my boss, he wanted to know about pricing.")], expect: NOTHING },
  {
    id: 'en-neg-25',
    lang: 'en',
    turns: [u('I got an email from support@servicetitan.com about this, is that you guys?')],
    expect: NOTHING,
  },
  { id: 'en-neg-26', lang: 'en', turns: [u("I'm in construction, about 20 guys, and I'm tired of missing calls.")], expect: NOTHING },
  { id: 'en-neg-27', lang: 'en', turns: [u('We answer 24/7 and our office is open 7 to 5, Monday through Friday.')], expect: NOTHING },
  {
    id: 'en-neg-28',
    lang: 'en',
    turns: [u('Our address is 1400 Congress Avenue, Suite 210, Austin, Texas 78701.')],
    expect: NOTHING,
  },
  {
    id: 'en-neg-29',
    lang: 'en',
    turns: [u("I'm Dana's assistant, she asked me to find out about your pricing.")],
    expect: NOTHING,
  },
  {
    id: 'en-neg-30',
    lang: 'en',
    turns: [u("My old email was dana@gmail.com but don't use that. Use dana@whitfieldhvac.com.")],
    expect: lead({ email: 'dana@whitfieldhvac.com' }),
  },
  { id: 'en-neg-31', lang: 'en', turns: [u('I work for a roofing company out in Phoenix.')], expect: NOTHING },
  { id: 'en-neg-32', lang: 'en', turns: [u('We are looking at spending maybe 5 to 10 grand on this.')], expect: NOTHING },
  { id: 'en-neg-33', lang: 'en', turns: [u('Hey there, just checking this out, what does it do?')], expect: NOTHING },
  {
    id: 'en-neg-34',
    lang: 'en',
    turns: [a('Could I get your email?'), u("I'd rather you call me.")],
    expect: NOTHING,
  },
  {
    id: 'en-neg-35',
    lang: 'en',
    turns: [u('Our website is acmeplumbing.com if you want to look us up.')],
    expect: NOTHING,
  },
  { id: 'en-neg-36', lang: 'en', turns: [u('The invoice number was 4471002938 I think.')], expect: NOTHING },
];
