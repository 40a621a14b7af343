/**
 * In a transcript written in lower case that capitalises only names, the capitals show where a business name
 * begins and ends: "sushi restaurant Tanaka Sushi Bar" is the kind of business, then its name;
 * "MacDonald Farms yeah like the song" is the name, then a remark. A find that mixes plain lower-case words
 * with such a run of capitals is cut to the run.
 */
import type { Span } from './email.js';
import { LEGAL_SUFFIX } from './lexicon.js';
import { formatCompany, JOINERS, suffixKey } from './company-format.js';
import { casingIsInformative, endsSentence, type Token } from './text.js';

const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.raw) && t.norm !== 'i';

/** Runs of capitalised words in [start, end), joiners and legal suffixes allowed inside ("Beauty Salon la Reina"). */
function capitalRuns(tokens: Token[], start: number, end: number): [number, number][] {
  const runs: [number, number][] = [];
  let k = start;
  while (k < end) {
    // A capital that opens the turn or a sentence proves nothing.
    if (!capital(tokens[k]) || k === 0 || endsSentence(tokens[k - 1])) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < end && (capital(tokens[e]) || suffixKey(tokens[e].norm) in LEGAL_SUFFIX || (JOINERS.has(tokens[e].norm) && capital(tokens[e + 1]) && e + 1 < end))) e++;
    runs.push([k, e]);
    k = e;
  }
  return runs;
}

/** The find cut to its run of capitals, when it has one of two or more words and plain words around it. */
export function cutToCapitals<T extends Span<string>>(tokens: Token[], found: T): T {
  if (!casingIsInformative(tokens)) return found;
  const runs = capitalRuns(tokens, found.start, found.end).filter(([s, e]) => e - s >= 2);
  if (runs.length !== 1) return found;
  const [s, e] = runs[0];
  if (s === found.start && e === found.end) return found;
  // Only plain lower-case words are cut ("la Panadería Romero" loses its article, by the naming convention).
  const outside = [...tokens.slice(found.start, s), ...tokens.slice(e, found.end)];
  if (outside.some((t) => /\p{Lu}/u.test(t.raw))) return found;
  return { ...found, value: formatCompany(tokens.slice(s, e)), start: s, end: e };
}
