/**
 * The agent reads the visitor's address back ("theo at osei-builders dot com?") and the visitor lets it stand
 * ("yep", "eso es"). After a hard dictation (spelled pieces, "the word tech", a correction of one part) the
 * read-back is the address the visitor settled on. It only counts when every word of it is the visitor's own
 * (said, spelled or written in an earlier turn), so an address the agent guessed is never taken.
 */
import { findEmails } from './email.js';
import { joinSpelled } from './spelling.js';
import { fold, tokenize } from './text.js';

/** A reply that opens by agreeing. */
const AGREES = /^(?:yes|yeah|yep|yup|ya|correct|right|exactly|perfect|that's it|thats it|that's right|thats right|that is right|si|eso|correcto|exacto|asi es|perfecto|claro|uh huh|mhm|ok|okay)\b/;
/** …and takes nothing back ("yes but with two t's", "sí pero sin punto"). */
const TAKES_BACK = /\b(?:no|not|but|wrong|actually|except|instead|missing|change|pero|sino|mal|falta|sin|without|with|con|spell|spelled|letra|letter)\b/;

/** True when `answer` accepts what was just read to the visitor and adds no new detail. */
function accepts(answer: string): boolean {
  const said = fold(answer).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
  return AGREES.test(said) && !TAKES_BACK.test(said) && !/\d/.test(said) && said.split(' ').length <= 6;
}

/** Every letter word of the address (its TLD aside) is in the visitor's own words, spaces ignored. */
function grounded(address: string, userTexts: string[]): boolean {
  const heard = userTexts.map((t) => fold(t).replace(/[^\p{L}\p{N}]+/gu, '')).join(' ');
  const [local, domain] = address.split('@');
  const labels = domain.split('.').slice(0, -1);
  const words = [local, ...labels].flatMap((p) => p.split(/[^a-z]+/)).filter((w) => w.length >= 2);
  return words.length > 0 && words.every((w) => heard.includes(w));
}

/** The address the agent read back and the visitor accepted, or null. */
export function acceptedReadBack(question: string | undefined, answer: string, userTexts: string[]): string | null {
  if (!question || !accepts(answer)) return null;
  // ("M-A-R-K at…": letters spelled in the read-back are one word, as in the visitor's turns.)
  const read = findEmails(joinSpelled(tokenize(question)));
  const address = read[read.length - 1]?.value;
  return address && grounded(address, userTexts) ? address : null;
}
