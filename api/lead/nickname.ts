/**
 * A nickname said with the full given name ("bob, robert actually, robert fitzgerald", "ignacio, bueno, nacho
 * valenzuela", "michael delgado, mike is fine"): the lead's first name is the full one. The nickname is
 * recognised by its form (a clipped start: "javi" / "javier", "theo" / "theophilus", a clipped end: "lupe" /
 * "guadalupe") or, for the irregular ones, by a short list of classic hypocorisms (a word class, like the
 * given-name list).
 */
import { breaksAfter, fold, type Token } from './text.js';
import { FIRST_NAMES, NON_NAME } from './lexicon.js';
import { isNameWord } from './names.js';

/** Irregular hypocorisms, nickname → full given names. (Nicknames that are common words — "will", "bill", "pat" — are left out.) */
const IRREGULAR = new Map<string, string[]>(
  `bob,bobby,robbie:robert tommy:thomas mike,mikey,mick:michael jim,jimmy,jamie:james jack,johnny:john ted,teddy,eddie,ned:edward
  chuck,charlie:charles hank,harry:henry peggy,maggie,meg:margaret liz,lizzy,beth,betsy,betty:elizabeth
  kate,katie,kathy,kat:katherine,kathryn,catherine,kathleen sally:sarah patty,trish,tricia:patricia suzy:susan
  jenny,jen:jennifer becky:rebecca abby:abigail dave:david steve:stephen,steven tony:anthony andy:andrew
  dick,rick,ricky:richard larry:lawrence jerry:gerald cindy:cynthia debbie:deborah vicky:victoria jackie:jacqueline
  peggy:margaret nacho:ignacio pepe:jose chema:jose paco,pancho,curro,kiko:francisco lupita:guadalupe
  chucho,chuy:jesus lalo:eduardo memo:guillermo beto:alberto,roberto,humberto quique:enrique tono,toni:antonio
  concha,conchi,conchita:concepcion pili:pilar charo,chayo:rosario lola,loli:dolores nando:fernando rafa:rafael
  manolo,manu:manuel tere:teresa fito:adolfo moncho:ramon gabo:gabriel`
    .split(/\s+/)
    .flatMap((entry) => {
      const [nicks, fulls] = entry.split(':');
      return nicks.split(',').map((n) => [n, fulls.split(',')] as [string, string[]]);
    }),
);

function commonStart(x: string, y: string): number {
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  return k;
}

/** `nick` is a short form of the given name `full` (both any case, accents ignored). */
export function isShortFor(nick: string, full: string): boolean {
  // ("Thomas" is said "tomas": "tom", "tommy"; "theo" is "teo".)
  const n = fold(nick).replace(/^th/, 't');
  const f = fold(full).replace(/^th/, 't');
  if (IRREGULAR.get(fold(nick))?.includes(fold(full))) return true;
  // (At least two letters clipped: "mary" / "maria", "dan" / "dana" are names of their own.)
  if (n.length < 3 || f.length < n.length + 2) return false;
  // A clipped start with at most a pet ending ("javi", "encarni", "tommy"); a clipped end ("lupe").
  const start = commonStart(n, f);
  return (start >= 3 && start >= n.length - 2) || (n.length >= 4 && f.endsWith(n));
}

const FULL_NAMES = new Set([...IRREGULAR.values()].flat());

/** Words that mark the nickname itself: "theo for short", "mike is fine", "everybody calls me lupe", "me dicen chema". */
const MARKED_AFTER = /^(for short|is fine|is ok|is okay|works|nomas|nada mas|de cariño|de apodo)\b/;
const MARKED_BEFORE = /\b(calls? me|go by|goes by|me dicen|le dicen|me llaman|dime)$/;

function marked(tokens: Token[], i: number): boolean {
  const after = tokens.slice(i + 1, i + 3).map((t) => t.norm).join(' ');
  const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.norm).join(' ');
  return MARKED_AFTER.test(after) || MARKED_BEFORE.test(before);
}

/** A full given name: a known one, or — when the nickname is marked as one — any name word. */
function isGiven(norm: string, nickMarked: boolean): boolean {
  return nickMarked || FIRST_NAMES.has(norm) || FULL_NAMES.has(norm);
}

/** Words that put the name after them on someone else (a relative, a colleague) or in the third person. */
const OTHERS = new Set([
  'partner', 'husband', 'wife', 'brother', 'sister', 'son', 'daughter', 'dad', 'mom', 'boss', 'colleague', 'coworker', 'his', 'her', 'named', 'called',
  'socio', 'socia', 'hermano', 'hermana', 'esposo', 'esposa', 'hijo', 'hija', 'papa', 'mama', 'jefe', 'jefa', 'llama', 'companero', 'companera',
]);

/** How far apart (in words) a nickname and its full name may be said and still be one introduction. */
const WINDOW = 8;

/**
 * The turn's words with each nickname said near its full given name replaced by the full name (same length,
 * so positions still match the original tokens). A nickname after the surname ("delgado mike is fine") is
 * set off by a pause, so it reads as an aside and not as a second surname.
 */
export function withFullGivenNames(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  // (Asked once per word, not once per pair: this runs on every turn.)
  const nameLike = tokens.map((t) => t.norm.length >= 3 && isNameWord(t.raw));
  for (let i = 0; i < tokens.length; i++) {
    const nick = tokens[i];
    if (!nameLike[i]) continue;
    // A nickname shares its full name's first letter ("th" said "t") or its end ("lupe"), or is an irregular one.
    const start = nick.norm.replace(/^th/, 't')[0];
    const irregular = IRREGULAR.has(nick.norm);
    let nickMarked: boolean | undefined;
    for (let j = Math.max(0, i - WINDOW); j < Math.min(tokens.length, i + WINDOW + 1); j++) {
      const full = tokens[j];
      // (Only cheap tests here; isShortFor below decides. "chema" / "josé": an irregular one may be longer.)
      const shapeFits = irregular || (full.norm.length > nick.norm.length && (full.norm.replace(/^th/, 't')[0] === start || full.norm.endsWith(nick.norm)));
      if (j === i || !nameLike[j] || !shapeFits) continue;
      nickMarked ??= marked(tokens, i);
      if (!isGiven(full.norm, nickMarked) || !isShortFor(nick.norm, full.norm)) continue;
      // "i'm chris, my partner christopher…", "le dicen carlos pero se llama juan carlos": someone else's name.
      if (tokens.slice(Math.max(0, j - 3), j).some((t) => OTHERS.has(t.norm))) continue;
      const adjacent = Math.abs(i - j) === 1 && !breaksAfter(tokens[Math.min(i, j)]);
      const surnameAfter = j > i && !breaksAfter(full) && !!tokens[j + 1] && isNameWord(tokens[j + 1].raw) && !NON_NAME.has(tokens[j + 1].norm);
      // "dan danielson": a given name, then a surname that starts like it, in one breath ("tom thomas reilly" is
      // the nickname then the whole name). "its big mike ha no its michael torres": a whole name said later is a
      // restatement, read as one already.
      if (adjacent ? !surnameAfter : surnameAfter) continue;
      out ??= [...tokens];
      out[i] = { ...nick, raw: full.raw, norm: full.norm };
      const prev = out[i - 1];
      if (j < i - 1 && prev && prev.norm !== full.norm && !breaksAfter(prev)) out[i - 1] = { ...prev, after: `${prev.after},` };
      break;
    }
  }
  return out ?? tokens;
}

/**
 * "pues soy javi" … the agent: "javier" — "sí javier": a first name known only as a nickname becomes the full
 * name the visitor says later, when the agent said it too or the visitor said both in one turn.
 */
export function fullGivenName(first: string | null, userTexts: string[], agentTexts: string[]): string | null {
  if (!first || first.includes(' ')) return null;
  let agentWords: Set<string> | undefined;
  const nick = fold(first);
  const start = nick.replace(/^th/, 't')[0];
  const irregular = IRREGULAR.has(nick);
  // (The same cheap shape test as above before the full one, on every word the visitor said.)
  const mayFit = (w: string) => irregular || (w.length > nick.length && (fold(w).replace(/^th/, 't')[0] === start || fold(w).endsWith(nick)));
  for (const text of userTexts) {
    const words = text.split(/[^\p{L}'-]+/u).filter(Boolean);
    const others = (k: number) => words.slice(Math.max(0, k - 3), k).some((w) => OTHERS.has(fold(w)));
    const candidates = words.filter((w, k) => mayFit(w) && isGiven(fold(w), false) && isShortFor(first, w) && isNameWord(w) && !others(k));
    if (!candidates.length) continue;
    const saidBoth = words.some((w) => fold(w) === fold(first));
    agentWords ??= new Set(agentTexts.flatMap((t) => fold(t).split(/[^\p{L}'-]+/u)));
    const full = candidates.find((w) => saidBoth || agentWords!.has(fold(w)));
    if (full) return full;
  }
  return null;
}
