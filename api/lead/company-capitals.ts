/**
 * In a transcript written in lower case that capitalises only names, the capitals show where a business name
 * begins and ends: "sushi restaurant Tanaka Sushi Bar" is the kind of business, then its name;
 * "MacDonald Farms yeah like the song" is the name, then a remark. A find that mixes plain lower-case words
 * with such a run of capitals is cut to the run.
 */
import type { Span } from './email.js';
import { ACKS, COMPANY_HINTS, FIRST_NAMES, LEGAL_SUFFIX } from './lexicon.js';
import { formatCompany, JOINERS, suffixKey } from './company-format.js';
import { breaksAfter, casingIsInformative, endsSentence, type Token } from './text.js';

/** ("I", "I'm", "I'll" are capitalised whatever the transcript does.) */
// (A character test, not a regular expression: it runs on every word of every turn.)
function capital(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.raw[0];
  return c !== c.toLowerCase() && t.norm !== 'i' && !t.norm.startsWith("i'");
}

/** Runs of capitalised words in [start, end), joiners and legal suffixes allowed inside ("Beauty Salon la Reina"). */
function capitalRuns(tokens: Token[], start: number, end: number): [number, number][] {
  const runs: [number, number][] = [];
  let k = start;
  while (k < end) {
    // A capital that opens the turn or a sentence proves nothing, unless the next word has one too.
    const opening = k === 0 || endsSentence(tokens[k - 1]);
    if (!capital(tokens[k]) || (opening && !(capital(tokens[k + 1]) && k + 1 < end && !ACKS.has(tokens[k].norm)))) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < end && !endsSentence(tokens[e - 1]) && (capital(tokens[e]) || suffixKey(tokens[e].norm) in LEGAL_SUFFIX || (JOINERS.has(tokens[e].norm) && capital(tokens[e + 1]) && e + 1 < end))) e++;
    runs.push([k, e]);
    k = e;
  }
  return runs;
}

/** The find cut to its run of capitals, when it has one of two or more words and plain words around it. */
export function cutToCapitals<T extends Span<string>>(tokens: Token[], found: T): T {
  if (found.end - found.start < 3 || !casingIsInformative(tokens)) return found;
  const runs = capitalRuns(tokens, found.start, found.end).filter(([s, e]) => e - s >= 2);
  if (runs.length !== 1) return found;
  const [s, e] = runs[0];
  if (s === found.start && e === found.end) return found;
  // Only plain lower-case words are cut ("la Panadería Romero" loses its article, by the naming convention).
  const outside = [...tokens.slice(found.start, s), ...tokens.slice(e, found.end)];
  if (outside.some((t) => /\p{Lu}/u.test(t.raw))) return found;
  return { ...found, value: formatCompany(tokens.slice(s, e)), start: s, end: e };
}

/** Words before a capitalised name that make the sentence the speaker's own business. */
const FIRST_PERSON = new Set(['i', "i'm", 'im', 'we', "we're", 'were', 'my', 'our', 'ours', 'me', 'us', 'yo', 'tengo', 'tenemos', 'mi', 'nuestra', 'nuestro', 'somos']);
/** "…like Bark Avenue", "…from Joe at Summit Roofing": another business, compared or referred from. */
const NOT_OURS = new Set(['like', 'from', 'than', 'como', 'versus', 'vs']);

/**
 * "we import rugs Haddad Rug Gallery", "this is about the car wash Sparkle Express": in a transcript that
 * capitalises only names, a run of two or more capitalised words in the speaker's own sentence names the
 * business when it ends in a trade word or legal suffix, or follows a kind of business.
 */
export function capitalisedBusiness(tokens: Token[], isTradeNoun: (n: string) => boolean): Span<string>[] {
  // (Most turns have no capital past the first word: nothing to read.)
  let any = false;
  for (let k = 1; k < tokens.length && !any; k++) any = capital(tokens[k]);
  if (!any || !casingIsInformative(tokens)) return [];
  const out: Span<string>[] = [];
  for (const [s, e] of capitalRuns(tokens, 0, tokens.length)) {
    if (e - s < 2) continue;
    const words = tokens.slice(s, e);
    const norms = words.map((t) => suffixKey(t.norm));
    const last = norms[norms.length - 1];
    const trade = COMPANY_HINTS.has(last) || last in LEGAL_SUFFIX;
    const plain = (t: Token | undefined) => !!t && !/^\p{Lu}/u.test(t.raw) && !breaksAfter(t);
    // "…the car wash Sparkle Express", or with a lower-case place between: "…un hotel boutique en oaxaca Casa Mezcal".
    const placed = ['in', 'en'].includes(tokens[s - 2]?.norm ?? '') && plain(tokens[s - 1]) && tokens.slice(Math.max(0, s - 6), s - 2).some((t) => isTradeNoun(t.norm));
    const afterKind = (isTradeNoun(tokens[s - 1]?.norm ?? '') && plain(tokens[s - 1])) || placed;
    if (!trade && !afterKind) continue;
    if (FIRST_NAMES.has(norms[0]) && !norms.some((n) => COMPANY_HINTS.has(n) || n in LEGAL_SUFFIX)) continue;
    let k = s - 1;
    let mine = false;
    for (; k >= 0 && k >= s - 16 && !endsSentence(tokens[k]); k--) {
      if (NOT_OURS.has(tokens[k].norm) && k >= s - 3) break;
      // ("hacemos pasteles…": a Spanish first-person plural verb says it too.)
      if (FIRST_PERSON.has(tokens[k].norm) || /^\p{L}{3,}(?:amos|emos|imos)$/u.test(tokens[k].norm)) mine = true;
    }
    // ("yep Reilly and Sons Painting thats us": or claimed right after.)
    const claimedAfter = ['us', 'me', 'mine', 'ours'].includes(tokens[e + 1]?.norm ?? '') && ["that's", 'thats', 'is', "it's", 'its'].includes(tokens[e]?.norm ?? '');
    if ((mine || claimedAfter) && !(k >= s - 3 && k >= 0 && NOT_OURS.has(tokens[k].norm))) out.push({ value: formatCompany(words), start: s, end: e });
  }
  return out;
}
