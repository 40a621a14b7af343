/**
 * Whose business is it? Someone calling for another person ("im calling for my boss…", "soy la asistente
 * del doctor…") gives that person's business: "she owns raman family dentistry", "él tiene una empresa…,
 * X", "ellos tienen X". The lead is the person spoken for (the labelling convention), so their business is
 * the lead's. This reads the cue more loosely than proxy.ts needs for a name: a company needs no name.
 */
import { isSomeoneElses } from './ownership.js';
import { asPrincipals } from './proxy.js';

const FOR_SOMEONE =
  /\b(?:calling (?:for|on behalf of) (?:my|our)|on behalf of|assistant (?:to|for)|secretary (?:to|for)|coordinator for|(?:set|setting) this up for|calling for (?:my|her|him)|for my (?:boss|dad|father|mom|mother|husband|wife|son|daughter|brother|sister)|de parte de|en nombre de|asistente (?:de|del)|secretaria (?:de|del)|(?:llamo|hablo) por (?:mi|mis)|trabajo para (?:los|las|el|la|mi))\b/;

/** Whether the visitor says they speak for someone else (folded text of a user turn). */
export function speaksForSomeone(folded: string): boolean {
  return FOR_SOMEONE.test(folded);
}

/** "…, he runs", "…, ella tiene una empresa de fumigación,": the person spoken for owns what follows. */
const THEIR_BUSINESS = /\b(?:he|she|they|el|ella|ellos|ellas)\s+(?:\w+\s+)?(?:owns|runs|has|have|own|run|operates|manages|tiene|tienen|maneja|manejan)\b[^.;]*$/;

/** Whether the words before a company, said for someone, still give it to someone other than the lead. */
export function notThePrincipals(prefix: string): boolean {
  if (THEIR_BUSINESS.test(prefix)) return false;
  return isSomeoneElses(asPrincipals(prefix).replace(/\b(?:ellos|ellas|they|them|el)\b/g, 'my'));
}
