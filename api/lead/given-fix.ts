/**
 * "katherine with a k" — agent: "katherine, and last name?" — "sorry its kathryn k a t h r y n": asked for
 * the surname, the visitor corrects the given name instead. A correction word opens the answer and the word
 * given is a variant of the given name known (not the same, but alike), so it goes to the first name.
 */
import type { NameFind } from './person.js';
import { similarity } from './names.js';
import { fold, type Token } from './text.js';

const OPENS_CORRECTION = new Set(['sorry', 'actually', 'no', 'wait', 'oops', 'perdon', 'perdona', 'disculpa', 'disculpe']);

export function givenNameFixed(names: NameFind[], tokens: Token[], first: string | null, last: string | null): NameFind[] {
  if (!first || last || first.includes(' ') || !OPENS_CORRECTION.has(tokens[0]?.norm ?? '')) return names;
  const surname = names.find((n) => n.mode === 'last');
  if (!surname || surname.words.length !== 1) return names;
  const word = fold(surname.words[0]);
  // Alike: the same start and most letters ("kathryn" / "katherine"), or all but one ("yesenia" / "jesenia").
  const alike = similarity(word, fold(first));
  if (word === fold(first) || alike < 0.6 || (word[0] !== fold(first)[0] && alike < 0.8)) return names;
  return names.map((n) => (n.mode === 'last' ? { ...n, mode: 'first' as const } : n.mode === 'spelling' && n.target === 'last' ? { ...n, target: 'first' as const } : n));
}
