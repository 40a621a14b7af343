/**
 * A separator of the address just given taken out or swapped, said without the address again: "no, without
 * the dot", "sin el punto", "it's an underscore, not a dot", "con guion bajo, no con punto". Returns the
 * edited address, or null when the turn edits nothing (or names a separator the address does not have).
 */
import type { Token } from './text.js';

const SEPARATORS: [string[], string][] = [
  [['dot'], '.'], [['period'], '.'], [['punto'], '.'],
  [['underscore'], '_'], [['guion', 'bajo'], '_'], [['under', 'score'], '_'],
  [['dash'], '-'], [['hyphen'], '-'], [['guion'], '-'],
];

const SEPARATOR_WORDS = new Set(SEPARATORS.map(([w]) => w[0]));

const WITHOUT = [['without', 'the'], ['without', 'a'], ['without'], ['no'], ['sin', 'el'], ['sin']];
const WITH = [['with', 'an'], ['with', 'a'], ['its', 'an'], ['its', 'a'], ["it's", 'an'], ["it's", 'a'], ['an'], ['a'], ['con', 'un'], ['con'], ['es', 'un'], ['es', 'con']];
const NOT = [['not', 'a'], ['not', 'an'], ['not'], ['no', 'con', 'un'], ['no', 'con'], ['no', 'un'], ['no'], ['instead', 'of', 'a'], ['instead', 'of'], ['en', 'vez', 'de'], ['en', 'lugar', 'de']];

const at = (tokens: Token[], i: number, words: string[]) => words.every((w, k) => tokens[i + k]?.norm === w);

/** The separator said at token i: [its character, how many tokens]. */
function separatorAt(tokens: Token[], i: number): [string, number] | null {
  const hit = SEPARATORS.find(([w]) => at(tokens, i, w));
  return hit ? [hit[1], hit[0].length] : null;
}

/** Cue then separator at i: the separator's character and where it ends. */
function cued(tokens: Token[], i: number, cues: string[][]): [string, number] | null {
  for (const cue of cues) {
    if (!at(tokens, i, cue)) continue;
    const sep = separatorAt(tokens, i + cue.length);
    if (sep) return [sep[0], i + cue.length + sep[1]];
  }
  return null;
}

export function editedAddress(tokens: Token[], current: string | null): string | null {
  // (Most turns name no separator: skip the cue scan then.)
  if (!current || !tokens.some((t) => SEPARATOR_WORDS.has(t.norm))) return null;
  const [local, domain] = current.split('@');
  for (let i = 0; i < tokens.length; i++) {
    // "it's an underscore, not a dot": the new separator, then the one it replaces.
    const put = cued(tokens, i, WITH);
    const was = put ? cued(tokens, put[1], NOT) : null;
    if (put && was && local.includes(was[0]) && put[0] !== was[0]) return `${local.split(was[0]).join(put[0])}@${domain}`;
    // "no, without the dot" / "sin el punto" said as the whole point of the turn (nothing after it).
    const drop = cued(tokens, i, WITHOUT);
    if (drop && drop[1] >= tokens.length - 1 && local.includes(drop[0]) && i <= 2) return `${local.split(drop[0]).join('')}@${domain}`;
  }
  return null;
}
