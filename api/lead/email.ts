/**
 * E-mail addresses in a user turn, written ("dana@whitfieldhvac.com") or dictated ("john dot smith at
 * gmail dot com", "j o h n underscore s at hotmail", "juan arroba empresa punto mx"). The turn is read as
 * symbols (word, ".", "_", "-", "@"); every "@" with a believable domain after it and address-like words
 * before it (back to a phrase boundary or an ordinary word such as "is") yields a candidate.
 */
import { FIRST_NAMES } from './lexicon.js';
import { isDigitWord, splitHyphenated, TENS, UNITS, wordsToDigits } from './numbers.js';
import { SPANISH_LETTERS } from './spelling.js';
import type { Token } from './text.js';

export interface Span<T> {
  value: T;
  /** Token indices [start, end) the value came from. */
  start: number;
  end: number;
}

type Sym =
  /** spelled: address text whatever the word means (written, spelled or digits); letters: spelled out letter by letter. */
  | { kind: 'word'; text: string; tok: number; spelled: boolean; letters?: boolean; glued?: boolean }
  | { kind: '.' | '_' | '-' | '@' | '+'; tok: number };

const TLDS = new Set(
  `com net org io co us es mx edu gov biz info ai app dev me uk ca tech pro email online site store cloud xyz ar cl pe de fr
  it tv ly cc ws nz au in br eu pl za nl be ch at se no dk fi ie pt gr ru ua jp cn kr tw hk sg my ph th vn id il tr
  ae sa eg ng ke gh ma tn uy py bo ec ve gt cr pa do pr sv hn ni cu cz sk hu ro bg hr si rs lt lv ee is lu
  mobi name law legal agency group services solutions company studio design health care life example
  cat church lat nyc la fm travel coffee shop photo photography media news blog art farm vet dental clinic
  build surf salon eus gal restaurant pizza fitness beauty realty events band music law consulting digital
  marketing academy construction plumbing florist`.split(/\s+/),
);
export const PROVIDERS = new Set(['gmail', 'hotmail', 'yahoo', 'outlook', 'icloud', 'aol', 'protonmail', 'live', 'msn', 'proton', 'yandex']);

/** Words that end the local part when reading backwards from "at" (they are speech, not address). */
const LOCAL_STOP = new Set(
  `is es it's its it email e-mail mail address correo electronico me my mi at reach send sent to sorry actually
  no yes yeah si the that that's thats would be was use try just okay ok so and y or pero but please por favor
  write escribe escribeme con de el la is: correct right sure claro mine own work works personal business new
  current then spelled como puedes number i i'm here contact via on using should go goes instead not rather
  mejor dicho perdon perdona disculpa wait hmm well site website us we we're our find visit online check out
  located based live you them him her home call text es: son seria sería from got an a
  has have had address's email's either also gmail's mail's like
  add aroba tipo pon ponga pongan anota anote anoten apunta apunte apunten escriba escriban mande manden manda put jot write
  better best easiest easier preferably probably maybe personally honestly basically shared prefer rather still usually
  mio mia sea osea bueno pues entonces este ahi aqui tambien siempre igual prefiero compartido compartida in
  type typed enter entered escribo pongo meto puse escribi`.split(/\s+/),
);

/** "my assistant carla at…": a person's role before their address — unless joined into it ("office dash manager"). */
const ROLE_STOP = new Set(
  `assistant partner wife husband boss manager secretary colleague coworker bookkeeper accountant receptionist
  asistente socio socia esposa esposo jefe jefa gerente secretaria contador contadora recepcionista`.split(/\s+/),
);

/** "use our shared one office at…", "the new one is…": after these, "one" is the pronoun, not the digit. */
const ONE_AFTER = new Set(
  `the a new old work personal shared business other main our my that this current good best real right usual
  company office home school same only`.split(/\s+/),
);

/** Words that end a domain ("…at gmail dot com and my phone…"); TLD-like words are allowed after a dot. */
const DOMAIN_STOP = new Set(
  `is es and y or o but pero please thanks thank gracias the that it's its it so then okay ok sorry actually no
  yes si right correct if por favor my mi your tu his her their with for to a an at also too i i'm we
  we're you not`.split(/\s+/),
);

/** Webmail names as Spanish speech-to-text writes them ("jimeil" for "gmail"). */
const PROVIDER_SLIPS: Record<string, string> = { jimeil: 'gmail', yimeil: 'gmail', gimeil: 'gmail', jimail: 'gmail', jotmail: 'hotmail', jotmeil: 'hotmail', hotmeil: 'hotmail' };
/** The same slips over a whole first label, as read from several words ("ge mail", "aut look"). */
const LABEL_SLIPS: Record<string, string> = {
  ...PROVIDER_SLIPS, gemail: 'gmail', jemail: 'gmail', yimail: 'gmail', gemeil: 'gmail', autlook: 'outlook', aoutlook: 'outlook', autluk: 'outlook',
  yaju: 'yahoo', yahu: 'yahoo', yajoo: 'yahoo', yajuu: 'yahoo', aicloud: 'icloud', aiclaud: 'icloud',
};

/** "dot come", "punto con": speech-to-text slips for a final "com". */
const COM_SLIPS = new Set(['come', 'comb', 'calm', 'con', 'cum']);

/**
 * "tara add gmail dot com": speech-to-text writes "at" as "add". Only read so when no real "at" follows and
 * a domain does (a provider, or a "dot" within a few words), so "add me to the list" stays a verb.
 */
function heardAsAt(tokens: Token[], i: number): boolean {
  if (i === 0) return false;
  const next = tokens.slice(i + 1, i + 5).map((t) => t.norm);
  if (next.some((w) => w === 'at' || w === 'arroba' || w === '@' || w.includes('@'))) return false;
  return PROVIDERS.has(next[0] ?? '') || next.slice(1).some((w) => w === 'dot' || w === 'punto');
}

const MAX_LOCAL_WORDS = 4;
const MAX_LABEL_WORDS = 4;

/** "johnsmith all one word at…", "pablo todo junto arroba…": how to write it, not part of it. */
/** "the letter j then hudson at…": how the first letter is said, not part of the address. */
const LETTER_NOTES: string[][] = [['the', 'letter'], ['letter'], ['la', 'letra'], ['letra']];

const WRITING_NOTES: string[][] = [
  ['all', 'one', 'word'], ['one', 'word'], ['no', 'spaces'], ['no', 'space'], ['all', 'together'], ['all', 'lowercase'], ['all', 'lower', 'case'],
  ['todo', 'junto'], ['todo', 'pegado'], ['sin', 'espacios'], ['todo', 'en', 'minusculas'], ['en', 'minusculas'],
];

/** Symbols so far end inside a domain's first label: an "@", then words only. */
function inDomain(out: Sym[]): boolean {
  const at = out.findLastIndex((x) => x.kind === '@');
  return at >= 0 && out.slice(at + 1).every((x) => x.kind === 'word');
}

/** "the number four then the word tech", "el número nueve": how a piece is said, then the piece itself. */
const DIGIT_NOTES: string[][] = [['the', 'number'], ['the', 'digit'], ['number'], ['el', 'numero'], ['numero']];
const WORD_NOTES: string[][] = [['the', 'word'], ['word'], ['la', 'palabra'], ['palabra']];
/** Words between two such pieces ("…four then the word tech", "…garcia y luego el número nueve"). */
const NOTE_JOINERS: string[][] = [['and', 'then'], ['then'], ['followed', 'by'], ['y', 'luego'], ['y', 'despues'], ['luego'], ['despues'], ['seguido', 'de']];

/** First words of the notes and joiners above (checked before matching any of them). */
const NOTE_OPENERS = new Set([...DIGIT_NOTES, ...WORD_NOTES, ...NOTE_JOINERS].map((w) => w[0]));

const saysAt = (tokens: Token[], i: number, words: string[]) => words.every((x, k) => tokens[i + k]?.norm === x);

/** The note starting at token i and the piece it introduces: [note length, piece as address text]. */
function notedPiece(tokens: Token[], i: number): [number, string] | null {
  for (const note of DIGIT_NOTES) {
    const at = i + note.length;
    // (One digit, said alone: "my number five one two…" is a phone, not a note.)
    if (saysAt(tokens, i, note) && isDigitWord(tokens[at]?.norm ?? '') && !isDigitWord(tokens[at + 1]?.norm ?? '')) return [note.length, wordsToDigits([tokens[at].norm])];
  }
  for (const note of WORD_NOTES) {
    const at = i + note.length;
    if (saysAt(tokens, i, note) && /^[a-z0-9]+$/.test(tokens[at]?.norm ?? '') && !LOCAL_STOP.has(tokens[at].norm)) return [note.length, tokens[at].norm];
  }
  return null;
}

/** Letter names no ordinary Spanish or English word shares ("jota de ge": a run holding one is a spelling). */
const DISTINCT_LETTER_NAMES = new Set(['efe', 'hache', 'jota', 'ka', 'ele', 'eme', 'ene', 'erre', 'equis', 'zeta', 'uve', 'ge', 'cu']);

/** "jota de ge vet": consecutive Spanish letter names (two or more, one unmistakable) from token i. */
function letterNameRun(tokens: Token[], i: number): number {
  let j = i;
  let distinct = false;
  while (j < tokens.length && tokens[j].norm in SPANISH_LETTERS) {
    if (DISTINCT_LETTER_NAMES.has(tokens[j].norm)) distinct = true;
    j++;
    if (/[,.;:!?]/.test(tokens[j - 1].after)) break;
  }
  return j - i >= 2 && distinct ? j - i : 0;
}

/** "d as in david", "b de burro", "be de Bogotá": the letter and the words telling it, or null. */
function toldLetter(tokens: Token[], i: number): { letter: string; length: number } | null {
  const n = tokens[i].norm;
  const letter = /^[a-z]$/.test(n) ? n : SPANISH_LETTERS[n];
  if (!letter) return null;
  const cue = saysAt(tokens, i + 1, ['as', 'in']) ? 2 : saysAt(tokens, i + 1, ['like']) || saysAt(tokens, i + 1, ['de']) || saysAt(tokens, i + 1, ['for']) ? 1 : 0;
  const word = tokens[i + 1 + cue]?.norm ?? '';
  if (!cue || word.length < 3 || !word.startsWith(letter) || tokens[i + 1 + cue].spelled) return null;
  return { letter, length: 2 + cue };
}

function symbolsOf(tokens: Token[]): Sym[] {
  const out: Sym[] = [];
  const saysDot = tokens.some((t) => t.norm === 'dot');
  for (let i = 0; i < tokens.length; i++) {
    const joiner = NOTE_OPENERS.has(tokens[i].norm) ? NOTE_JOINERS.find((w) => saysAt(tokens, i, w)) : undefined;
    if (joiner && out.length && notedPiece(tokens, i + joiner.length)) {
      i += joiner.length - 1;
      continue;
    }
    const noted = NOTE_OPENERS.has(tokens[i].norm) ? notedPiece(tokens, i) : null;
    if (noted) {
      const at = i + noted[0];
      out.push({ kind: 'word', text: noted[1], tok: at, spelled: true });
      i = at;
      continue;
    }
    // "d reyes, d as in david, at…", "be de burro": a letter told by a word that starts with it. Said again
    // just after the letter itself it adds nothing; otherwise it is that letter.
    const told = toldLetter(tokens, i) ?? (tokens[i].spelled && /^[a-z]$/.test(tokens[i].norm) && /[,;:]/.test(tokens[i - 1]?.after ?? '') ? { letter: tokens[i].norm, length: 1 } : null);
    if (told) {
      const again = out.slice(-3).some((x) => x.kind === 'word' && x.text === told.letter);
      if (!again) out.push({ kind: 'word', text: told.letter, tok: i, spelled: true, letters: true });
      i += told.length - 1;
      continue;
    }
    const names = letterNameRun(tokens, i);
    if (names) {
      for (let k = i; k < i + names; k++) out.push({ kind: 'word', text: SPANISH_LETTERS[tokens[k].norm], tok: k, spelled: true, letters: true });
      i += names - 1;
      continue;
    }
    // "the letter j then hudson": the letter and the word after it are one local part.
    const letterNote = LETTER_NOTES.find((w) => w.every((x, k) => tokens[i + k]?.norm === x));
    if (letterNote && /^\p{L}$/u.test(tokens[i + letterNote.length]?.norm ?? '')) {
      const at = i + letterNote.length;
      out.push({ kind: 'word', text: tokens[at].norm, tok: at, spelled: true, letters: true });
      i = at + (['then', 'luego', 'y'].includes(tokens[at + 1]?.norm ?? '') ? 1 : 0);
      continue;
    }
    const note = WRITING_NOTES.find((w) => w.every((x, k) => tokens[i + k]?.norm === x));
    const prevSym = out[out.length - 1];
    if (note && prevSym?.kind === 'word') {
      // "isoto, todo junto, arroba…": the pauses around the note do not split the address.
      prevSym.glued = /[,;:]/.test(tokens[i - 1].after) && !/[.!?]/.test(tokens[i - 1].after);
      if (!/[.!?]/.test(tokens[i - 1].after)) {
        i += note.length - 1;
        continue;
      }
    }
    const t = tokens[i];
    const n = t.norm;
    const next = tokens[i + 1]?.norm;
    if (n === '@' || n === 'arroba' || n === 'aroba' || n === 'at-sign') out.push({ kind: '@', tok: i });
    else if (n === 'a' && next === 'roba') {
      // "marta a roba gmail…": "arroba" cut in two by speech-to-text.
      out.push({ kind: '@', tok: i + 1 });
      i++;
    }
    else if (n === 'at' && next === 'the' && tokens[i + 2]?.norm === 'rate') {
      // "sam at the rate gmail dot com": how many speakers say the sign.
      out.push({ kind: '@', tok: i });
      i += 2;
    } else if (n === 'dotcom' || n === 'puntocom') {
      out.push({ kind: '.', tok: i }, { kind: 'word', text: 'com', tok: i, spelled: true });
    } else if (PROVIDER_SLIPS[n] && out[out.length - 1]?.kind === '@') out.push({ kind: 'word', text: PROVIDER_SLIPS[n], tok: i, spelled: true });
    else if (n === 'at' && next === 'sign') {
      out.push({ kind: '@', tok: i });
      i++;
    } else if (n === 'at' || (n === 'add' && heardAsAt(tokens, i))) out.push({ kind: '@', tok: i });
    // "focal point eye care dot com": where "dot" is said, "point" is a word of the name.
    else if (n === 'dot' || n === 'punto' || n === 'period' || (n === 'point' && !saysDot)) out.push({ kind: '.', tok: i });
    else if (n === 'underscore' || n === 'underline') out.push({ kind: '_', tok: i });
    // (Inside a domain being said it is a word of it: "rosas y más punto com".)
    else if ((n === 'plus' || n === 'mas') && i > 0 && i + 1 < tokens.length && !isDigitWord(next ?? '') && !/^\+?\d/.test(next ?? '') && !inDomain(out)) {
      // "dana plus leads at…": a sub-address; "plus forty four…" is a phone's country code instead.
      out.push({ kind: '+', tok: i });
    }
    else if ((n === 'under' && next === 'score') || ((n === 'guion' || n === 'barra') && next === 'bajo')) {
      out.push({ kind: '_', tok: i });
      i++;
    } else if (n === 'guion' && next === 'medio') {
      // "guion medio": the hyphen, said in full.
      out.push({ kind: '-', tok: i });
      i++;
    } else if (n === 'dash' || n === 'hyphen' || n === 'guion' || n === 'guión') out.push({ kind: '-', tok: i });
    else if ((n === 'double' || n === 'triple') && /^\p{L}$/u.test(next ?? '') && (out[out.length - 1] as { letters?: boolean } | undefined)?.letters) {
      // "b i double l": inside a spelling, the letter said twice (or three times).
      out.push({ kind: 'word', text: next!.repeat(n === 'double' ? 2 : 3), tok: i + 1, spelled: true, letters: true });
      i++;
    } else if ((n === 'double' || n === 'triple') && /^\p{L}$/u.test(next ?? '')) {
      // "double r roofing dot com": a name ("Double R Roofing") spelled into the domain as said, not "rr".
      out.push({ kind: 'word', text: n, tok: i, spelled: false }, { kind: 'word', text: next!, tok: i + 1, spelled: true });
      i++;
    } else if (isDigitWord(n) && n !== 'una' && n !== 'oh') {
      // "twenty two", "ochenta y ocho", "double five": one group of digits.
      const words = [n];
      while (i + 1 < tokens.length) {
        const w = tokens[i + 1].norm;
        const prevTens = splitHyphenated(words[words.length - 1]).pop()! in TENS;
        if (isDigitWord(w) && w !== 'una') words.push(w);
        else if ((w === 'y' || w === 'and') && prevTens && (tokens[i + 2]?.norm ?? '') in UNITS) words.push('y');
        else break;
        i++;
      }
      out.push({ kind: 'word', text: wordsToDigits(words), tok: i, spelled: true });
    }
    else if (/[@._-]/.test(n) && /[a-z0-9]/.test(n)) {
      // A written (or half-written) address: split it into the same symbols ("kaplan-law dot net" too).
      for (const piece of n.split(/([@._-])/)) {
        if (!piece) continue;
        if (piece === '@' || piece === '.' || piece === '_' || piece === '-') out.push({ kind: piece, tok: i });
        else out.push({ kind: 'word', text: piece, tok: i, spelled: true });
      }
    } else if (/^[a-z]'[a-z]{2,}$/.test(n)) {
      // "b dot o'neil at…": an address has no apostrophe.
      out.push({ kind: 'word', text: n.replace("'", ''), tok: i, spelled: true });
    } else out.push({ kind: 'word', text: n, tok: i, spelled: !!t.spelled, letters: !!t.spelled });
  }
  return out;
}

const isAddrWord = (s: Sym): s is Extract<Sym, { kind: 'word' }> => s.kind === 'word' && /^[a-z0-9+]+$/.test(s.text);

/** Reads the domain after the "@" at index `at`. */
function readDomain(syms: Sym[], tokens: Token[], at: number, openTld = false): { domain: string; end: number } | null {
  const labels: string[] = [];
  let i = at + 1;
  let label = '';
  let words = 0;
  let lastEnd = -1;
  let lastDomain = '';
  while (i < syms.length) {
    const slip = syms[i];
    // "gmail dot come": the last label misheard; only where a TLD is due and the address ends there.
    const raw: Sym =
      slip.kind === 'word' && COM_SLIPS.has(slip.text) && !label && labels.length > 0 && syms[i + 1]?.kind !== '.' ? { ...slip, text: 'com' } : slip;
    // "carla's cakes dot com": the apostrophe is not in the address; "at the green room dot co": nor is "the" a stop there.
    const s: Sym = raw.kind === 'word' && /^[a-z0-9]+'s$/.test(raw.text) ? { ...raw, text: raw.text.replace("'", '') } : raw;
    const article = s.kind === 'word' && s.text === 'the' && i === at + 1 && syms[i + 1]?.kind === 'word' && syms.slice(i + 2, i + 2 + MAX_LABEL_WORDS).some((x) => x.kind === '.');
    const tldSlot = !label && labels.length > 0 && TLDS.has((s as { text?: string }).text ?? '');
    // "i cloud dot com", "e trade dot com": a single letter said apart from the rest of its label.
    const letter = s.kind === 'word' && s.text.length === 1 && !label && syms[i + 1]?.kind === 'word' && syms[i + 2]?.kind === '.';
    // "reyes and sons dot com": "and" / "y" inside a label that goes on to its dot.
    // ("bell dash and dash co dot com": "and" between two hyphens is a word of the label too.)
    const joiner =
      s.kind === 'word' && (s.text === 'and' || s.text === 'y') && !!label &&
      ((syms[i + 1]?.kind === 'word' && syms.slice(i + 2, i + 4).some((x) => x.kind === '.')) || (label.endsWith('-') && syms[i + 1]?.kind === '-'));
    // Written or spelled pieces ("x@y.com", "y o") are address text whatever the word means.
    // A leading "the" ("the mad hatter tea room") is not counted against the label's length.
    const allowed = MAX_LABEL_WORDS + (joiner ? 1 : 0) + (labels.length === 0 && syms[at + 1]?.kind === 'word' && (syms[at + 1] as { text: string }).text === 'the' ? 1 : 0);
    if (isAddrWord(s) && (tldSlot || s.spelled || article || joiner || letter || !DOMAIN_STOP.has(s.text)) && words < allowed) {
      // Words of one label must follow each other without a phrase break ("whitfield hvac dot com").
      // (Pieces of one written token share its punctuation, so only a break between tokens counts.)
      const prevTok = (syms[i - 1] as { tok: number }).tok;
      if (label && prevTok !== s.tok && /[,;:!?]/.test(tokens[prevTok].after)) break;
      label += s.text;
      words++;
      i++;
      if (labels.length && TLDS.has(label) && words === 1) {
        lastDomain = [...labels, label].join('.');
        lastEnd = s.tok + 1;
      }
      continue;
    }
    if (s.kind === '-' && label) {
      label += '-';
      i++;
      continue;
    }
    if (s.kind === '.' && label) {
      labels.push(label);
      label = '';
      words = 0;
      i++;
      continue;
    }
    break;
  }
  if (lastDomain) return { domain: lastDomain, end: lastEnd };
  // "terrence at studionine dot salon", "…punto eus": a top-level domain no list holds, taken only as one
  // letter word closing the address (nothing but a stop word or the turn's end after it).
  // (Only after a spoken "dot" / "punto", and only for an address with its "@": a bare domain fix stays strict.)
  if (openTld && labels.length && words === 1 && /^[a-z]{2,12}$/.test(label) && (i >= syms.length || syms[i].kind === 'word')) {
    const last = syms[i - 1] as { tok: number };
    const dot = syms[i - 2];
    if (dot?.kind === '.' && ['dot', 'punto'].includes(tokens[dot.tok].norm)) return { domain: [...labels, label].join('.'), end: last.tok + 1 };
  }
  // "at gmail" with no ".com": a webmail provider is unambiguous.
  const first = labels[0] ?? label;
  if (labels.length <= 1 && PROVIDERS.has(first) && (labels.length === 0 || label === '')) {
    const s = syms[at + 1] as { tok: number };
    return { domain: `${first}.com`, end: s.tok + 1 };
  }
  return null;
}

/**
 * "stephen with a p h s t e p h e n at…": a description of the spelling ran into the spelling itself; when
 * the letters end with the word said just before, that word is what was spelled.
 */
function spelledWord(tokens: Token[], tok: number, letters: string): string {
  for (let k = tok - 1; k >= Math.max(0, tok - 4); k--) {
    const w = tokens[k].norm;
    if (!tokens[k].spelled && w.length >= 3 && letters.length > w.length && letters.endsWith(w)) return w;
  }
  return letters;
}

/** Reads the local part backwards from the "@" at index `at`. */
function readLocal(syms: Sym[], tokens: Token[], at: number): { local: string; start: number } | null {
  const parts: string[] = [];
  const starts: number[] = [];
  let words = 0;
  let start = -1;
  for (let i = at - 1; i >= 0; i--) {
    const s = syms[i];
    const tok = tokens[s.tok];
    // A phrase break after this token means it belongs to the previous phrase ("Sure, john at…").
    if (i < at - 1 && /[,.;:!?]/.test(tok.after) && !(s.kind === 'word' && s.glued) && s.tok !== (syms[i + 1] as { tok: number }).tok) break;
    if (s.kind === 'word') {
      const nextSym = syms[i + 1];
      // "a dot nguyen": a single letter joined to the address by a separator is address text.
      // ("ken dot y at…": so is one joined to what comes before it.)
      const joined = s.text.length === 1 && ((i < at - 1 && nextSym.kind !== 'word' && nextSym.kind !== '@') || ['.', '_', '-'].includes(syms[i - 1]?.kind ?? ''));
      // "a eze at riverside peds…" answering the email question: a lone letter opening the turn is its first letter.
      // (Not before a given name: "a luis punto mora arroba…" is Spanish "to".)
      const nextWord = syms[i + 1];
      const opening = s.text.length === 1 && s.tok === 0 && nextWord.kind === 'word' && nextWord.tok === 1 && !FIRST_NAMES.has(nextWord.text);
      if (!isAddrWord(s) || (LOCAL_STOP.has(s.text) && !s.spelled && !joined && !opening)) break;
      if (ROLE_STOP.has(s.text) && !s.spelled && nextSym.kind !== '.' && nextSym.kind !== '_' && nextSym.kind !== '-' && !['.', '_', '-'].includes(syms[i - 1]?.kind ?? '')) break;
      // "our shared one office at…": "one" after a word that takes it as a pronoun ends the address's words.
      if (parts.length && tok.norm === 'one' && nextSym.kind === 'word' && ONE_AFTER.has(tokens[s.tok - 1]?.norm ?? '')) break;
      // "dana whitfield d a n a at…" / "rachel r a c h e l at…": a spelled word restates the address, so
      // the word said just before it (with no separator between) is not part of it.
      // ("dana d a n a dot reyes r e y e s at…": a word spelled right after itself is said once, and the address
      // goes on before it.)
      if (!s.spelled && nextSym.kind === 'word' && nextSym.letters && nextSym.text === s.text && parts[0] === s.text) continue;
      if (!s.spelled && nextSym.kind === 'word' && nextSym.letters) break;
      // Digits said one by one ("hnguyen 2 0 1 9 at…") are one group, not four words.
      if (!s.spelled && !/^\d$/.test(s.text) && ++words > MAX_LOCAL_WORDS) break;
      // "otto reyes otto at…": the name was said, then the address starting with it again.
      const again = s.spelled || s.text.length < 3 ? -1 : parts.indexOf(s.text);
      // "ray ortega r ortega at…": the name said right before an address opening with its initial.
      if (again >= 0 && /^\p{L}$/u.test(parts[0] ?? '')) break;
      if (again >= 0) {
        parts.splice(0, again);
        start = starts[again];
        starts.splice(0, again);
        break;
      }
      // "ve punto ibáñez arroba…": a Spanish letter name before a separator is that letter ("v.ibanez").
      const letterName = !s.spelled && s.text !== 'de' && s.text in SPANISH_LETTERS && ['.', '_', '-'].includes(nextSym.kind);
      parts.unshift(letterName ? SPANISH_LETTERS[s.text] : s.letters ? spelledWord(tokens, s.tok, s.text) : s.text);
    } else if (s.kind === '.' || s.kind === '_' || s.kind === '-' || s.kind === '+') {
      parts.unshift(s.kind);
    } else break;
    starts.unshift(s.tok);
    start = s.tok;
  }
  while (parts.length && /^[._-]$/.test(parts[0])) {
    parts.shift();
    start++;
  }
  while (parts.length && /^[._-]$/.test(parts[parts.length - 1])) parts.pop();
  const local = parts.join('');
  return local ? { local, start } : null;
}

const VALID = /^[a-z0-9](?:[a-z0-9._%+-]*[a-z0-9])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

/**
 * "paws and claws grooming at yahoo dot com" as the whole answer: the words from the turn's start through an
 * "and" / "y" run on into the part before the "@" (a business named with "and").
 */
function joinedOpening(tokens: Token[], local: { local: string; start: number }): { local: string; start: number } {
  const head = tokens.slice(0, local.start);
  if (head.length < 2 || head.length > 3 || !['and', 'y'].includes(head[head.length - 1].norm)) return local;
  if (head.some((t) => /[,.;:!?]/.test(t.after) || !/^[a-z0-9]+$/.test(t.norm) || (LOCAL_STOP.has(t.norm) && !['and', 'y'].includes(t.norm)))) return local;
  return { local: head.map((t) => t.norm).join('') + local.local, start: 0 };
}

/** Every e-mail address in the turn, in order, lower-cased. */
/** Words symbolsOf may read as the "@" (the only place an address is read from). */
const AT_WORDS = new Set(['at', 'arroba', 'aroba', 'add', 'at-sign', 'roba']);

export function findEmails(tokens: Token[]): Span<string>[] {
  // Most turns hold no "@" at all: skip reading symbols then.
  if (!tokens.some((t) => AT_WORDS.has(t.norm) || t.norm.includes('@'))) return [];
  const syms = symbolsOf(tokens);
  const out: Span<string>[] = [];
  for (let i = 0; i < syms.length; i++) {
    if (syms[i].kind !== '@') continue;
    const domain = readDomain(syms, tokens, i, true);
    if (!domain) continue;
    const read = readLocal(syms, tokens, i);
    if (!read) continue;
    const local = joinedOpening(tokens, read);
    const [first, ...rest] = domain.domain.toLowerCase().split('.');
    const value = `${local.local}@${[LABEL_SLIPS[first] ?? first, ...rest].join('.')}`.toLowerCase();
    if (!VALID.test(value) || value.includes('..')) continue;
    out.push({ value, start: local.start, end: domain.end });
  }
  return out;
}

/** Words that open a correction of what was just said ("…gmail dot com, no sorry, yahoo dot com"). */
const FIX_CUES: string[][] = [
  ['sorry'], ['no'], ['actually'], ['i', 'mean'], ['perdon'], ['perdona'], ['mejor', 'dicho'], ['quiero', 'decir'], ['wait'], ['oops'],
  ['make', 'that'], ['make', 'it'], ['change', 'that', 'to'], ['change', 'it', 'to'], ['cambialo', 'a'], ['cambia', 'a'],
];
const FIX_FILLER = new Set(['sorry', 'no', 'its', "it's", 'es', 'at', 'arroba', 'perdon', 'actually', 'wait', 'make', 'that', 'it', 'to', 'con', 'en']);

/**
 * "dana at gmail dot com, no sorry, yahoo dot com": a domain alone after a correction word replaces the
 * domain of the address just given. Returns the new domains, in order, with where they were said.
 */
export function findDomainFixes(tokens: Token[]): Span<string>[] {
  const out: Span<string>[] = [];
  // Most turns correct nothing: skip reading symbols then.
  if (!tokens.some((_, i) => FIX_CUES.some((w) => w.every((x, k) => tokens[i + k]?.norm === x)))) return out;
  const syms = symbolsOf(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const cue = FIX_CUES.find((w) => w.every((x, k) => tokens[i + k]?.norm === x));
    if (!cue) continue;
    // "no, es hotmail, no gmail": once the new domain is said, "no …" names the one it replaces.
    if (out.length && cue.length === 1 && cue[0] === 'no') continue;
    let k = i + cue.length;
    while (k < tokens.length && FIX_FILLER.has(tokens[k].norm)) k++;
    const m = syms.findIndex((x) => x.tok === k);
    if (m < 0 || syms[m].kind !== 'word') continue;
    const domain = readDomain([...syms.slice(0, m), { kind: '@', tok: k }, ...syms.slice(m)], tokens, m);
    // A whole address said again is read as one; only a bare domain fixes the last one.
    if (!domain || syms.some((x) => x.kind === '@' && x.tok >= k && x.tok < domain.end)) continue;
    out.push({ value: domain.domain.toLowerCase(), start: k, end: domain.end });
    i = domain.end - 1;
  }
  return out;
}

/**
 * "no, perdón, me equivoqué, es luis guion bajo morales": after a correction word, the part before the "@"
 * said again alone, with a separator in it and ending the turn, replaces the part of the address just given.
 */
export function findLocalFix(tokens: Token[]): Span<string> | null {
  const cue = tokens.findIndex((_, i) => FIX_CUES.some((w) => w.every((x, k) => tokens[i + k]?.norm === x)));
  if (cue < 0) return null;
  const syms = symbolsOf(tokens);
  if (!syms.length || syms.some((x) => x.kind === '@')) return null;
  const last = syms[syms.length - 1] as { tok: number };
  const local = readLocal([...syms, { kind: '@', tok: last.tok }], tokens, syms.length);
  if (!local || local.start <= cue || !/[._-]/.test(local.local) || !/^[a-z0-9][a-z0-9._-]*$/.test(local.local)) return null;
  return { value: local.local, start: local.start, end: tokens.length };
}

/** "ok its t h e o at" — the turn ends on the "@": the part before it, said so far. */
export function danglingLocal(tokens: Token[]): Span<string> | null {
  // (Most turns do not end on the sign: skip reading symbols then.)
  if (!['at', 'arroba', 'aroba', '@'].includes(tokens[tokens.length - 1]?.norm ?? '')) return null;
  const syms = symbolsOf(tokens);
  const last = syms.length - 1;
  if (last < 1 || syms[last].kind !== '@') return null;
  const local = readLocal(syms, tokens, last);
  return local && /^[a-z0-9][a-z0-9._+-]*$/.test(local.local) ? { value: local.local, start: local.start, end: tokens.length } : null;
}

/** Words that may open the turn that goes on with the domain ("at osei hyphen builders dot com"). */
const DOMAIN_OPENERS = new Set(['at', 'arroba', '@', 'its', "it's", 'es', 'and', 'y', 'then', 'luego', 'and then', 'the', 'domain', 'dominio']);

/** "at osei hyphen builders dot com" after a turn that ended on "… at": the domain, read from the turn's start. */
export function leadingDomain(tokens: Token[]): Span<string> | null {
  const syms = symbolsOf(tokens);
  let k = 0;
  while (k < syms.length && (syms[k].kind === '@' || (syms[k].kind === 'word' && DOMAIN_OPENERS.has((syms[k] as { text: string }).text) && syms[k + 1]?.kind !== '.'))) k++;
  if (k >= syms.length || syms[k].kind !== 'word') return null;
  const start = (syms[k] as { tok: number }).tok;
  const domain = readDomain([...syms.slice(0, k), { kind: '@', tok: start }, ...syms.slice(k)], tokens, k, true);
  return domain && domain.domain.includes('.') ? { value: domain.domain, start, end: domain.end } : null;
}
