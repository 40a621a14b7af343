/** Unit tests for the general rules added after the blind-corpus measurements (each named for its rule). */
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { isBusinessLike, readCompany } from './company.js';
import { findEmails } from './email.js';
import { extractLead } from './extract.js';
import { splitFullName, properWord } from './names.js';
import { claimsInContrast, isSomeoneElses } from './ownership.js';
import { findNames } from './person.js';
import { toE164 } from './phone.js';
import { joinSpelled } from './spelling.js';
import { casingIsInformative, fold, tokenize } from './text.js';

const toks = (s: string) => joinSpelled(tokenize(s));
const emails = (s: string) => findEmails(toks(s)).map((e) => e.value);
const names = (s: string) => findNames(toks(s), new Set(), 'en').map((n) => `${n.mode}:${n.words.join(' ')}`);

describe('casingIsInformative', () => {
  it('trusts lower-case function words over a high share of capitals', () => {
    assert.equal(casingIsInformative(tokenize('Soy Mª José Navarro, de Reformas Navarro')), true);
    assert.equal(casingIsInformative(tokenize('Hi My Name Is Dana And I Run Acme Plumbing')), false);
  });
  it('ignores a capitalised function word inside a name', () => {
    assert.equal(casingIsInformative(tokenize("we're just called Fix It Felix Handyman")), true);
  });
});

describe('names', () => {
  it('keeps a hyphenated name as written when already cased, and multi-word given names with particles', () => {
    assert.equal(properWord('Eun-ji'), 'Eun-ji');
    assert.equal(properWord('anne-marie'), 'Anne-Marie');
    assert.deepEqual(splitFullName(['Juan', 'de', 'Dios', 'Carrillo']), { first: 'Juan de Dios', last: 'Carrillo' });
    assert.deepEqual(splitFullName(['Mª', 'José', 'Navarro']), { first: 'Mª José', last: 'Navarro' });
  });
  it('reads restated names: "Lauren, Lauren Cho", "Lopez. Daniela Lopez."', () => {
    assert.deepEqual(names("Hi, I'm Lauren, Lauren Cho, I'm a broker"), ['full:Lauren Cho']);
    assert.deepEqual(names('my name is Lopez. Daniela Lopez.'), ['full:Daniela Lopez']);
  });
  it('reads a correction inside the name and a role before it', () => {
    assert.deepEqual(names("I'm Jenny, sorry, Jennifer Walsh"), ['full:Jenny', 'full:Jennifer Walsh']);
    assert.deepEqual(names("We're called Blue Ox Moving. I'm the dispatcher, Keisha."), ['full:Keisha']);
  });
  it("does not take someone else's name or a nickname others use", () => {
    assert.deepEqual(names('my daughter set it up, her name is Emily'), []);
    assert.deepEqual(names('the kids call me Coach'), []);
    assert.deepEqual(names('Call me Ray.'), ['full:Ray']);
  });
  it('reads typed labels and standalone names, not companies or places', () => {
    assert.deepEqual(names('Name: Marcus Oyelowo. Company: Oyelowo Security Services.'), ['full:Marcus Oyelowo']);
    assert.deepEqual(names('Email me at r@o.com. Rafael Ortiz, Ortiz Auto Body.'), ['full:Rafael Ortiz']);
    assert.deepEqual(names('Austin Texas. We do roofing.'), []);
  });
});

describe('companies', () => {
  it('treats trade words, legal suffixes and possessive leads as business-like', () => {
    assert.equal(isBusinessLike(['banks', 'bros', 'towing']), true);
    assert.equal(isBusinessLike(["gus's", 'auto', 'glass']), true);
    assert.equal(isBusinessLike(['the', 'kids']), false);
  });
  it('keeps a suffix after a comma and rejects titles and job titles', () => {
    const read = (s: string, at: number, strength: 'weak' | 'medium' | 'strong') => readCompany(tokenize(s), at, strength)?.value ?? null;
    assert.equal(read('Eventos Luna y Sol, S.A. de C.V., y estamos en Puebla', 0, 'medium'), 'Eventos Luna y Sol, S.A. de C.V.');
    assert.equal(read('Dr. Reyes, we are', 0, 'medium'), null);
    assert.equal(read('Project Manager at a bank', 0, 'weak'), null);
    assert.equal(read('Little Sprouts Daycare here', 0, 'weak'), 'Little Sprouts Daycare');
  });
});

describe('emails', () => {
  it('reads a spoken plus, a separated single letter, and ccTLDs; a spelling restates, it is not appended', () => {
    assert.deepEqual(emails('dana plus leads at whitfield hvac dot com'), ['dana+leads@whitfieldhvac.com']);
    assert.deepEqual(emails('email is a dot nguyen 87 at hotmail dot com'), ['a.nguyen87@hotmail.com']);
    assert.deepEqual(emails('tomasz@wisniewski-builders.pl, phone'), ['tomasz@wisniewski-builders.pl']);
    assert.deepEqual(emails('rachel r a c h e l at summit cpa dot com'), ['rachel@summitcpa.com']);
  });
});

describe('ownership', () => {
  it('lets a contrasted first-person value win over one just mentioned', () => {
    assert.equal(claimsInContrast(fold('but call my cell')), true);
    assert.equal(claimsInContrast(fold('pero el mío es')), true);
    assert.equal(claimsInContrast(fold('the office email is')), false);
    assert.equal(isSomeoneElses(fold('my wife and i own')), false);
  });
});

describe('toE164', () => {
  it('drops the old Mexican mobile 1 and reads a country code said without "plus"', () => {
    assert.equal(toE164('+5215512345678', 'US'), '+525512345678');
    assert.equal(toE164('447911123456', 'US'), '+447911123456');
    assert.equal(toE164('5125550134', 'US'), '+15125550134');
  });
});

test('a question after the name is not read as a company', () => {
  for (const [content, first] of [
    ['Hi, my name is Dana Whitfield. What does the Foundation tier include?', 'Dana'],
    ['Soy Lucía García. ¿Qué incluye el plan Foundation?', 'Lucía'],
    ["I'm Priya Nair. How does the 30-day guarantee work?", 'Priya'],
  ] as const) {
    const lead = extractLead([{ role: 'user', content }]);
    assert.equal(lead.firstName, first);
    assert.equal(lead.companyName, null, content);
  }
});
