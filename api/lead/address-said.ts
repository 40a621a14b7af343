/**
 * Whether a visitor's turn says an email address the rules could not read (issue #16). Checked before a lead
 * is stored under the phone-only placeholder address (crm/leads.ts): a spoken address the extractor dropped
 * must never become "…@phone.invalid" in the CRM. Deliberately loose about what sounds like an address
 * ("…@…", "… at … dot …", "… arroba … punto …"): a false alarm only makes the lead wait for a readable
 * address (the conversation itself is still recorded); a miss would store the placeholder.
 */
import type { LeadTurn } from './extract.js';
import { findEmails } from './email.js';
import { joinSpelled } from './spelling.js';
import { fold, tokenize } from './text.js';

/** "at"/"arroba"/"@" followed within a few words by "dot"/"punto"/"." and a word: an address being said. */
const SOUNDS_LIKE_ADDRESS = /(@|\b(at|at sign|arroba)\b)(\s*\S+){1,12}?\s*(\.|\b(dot|punto)\b)\s*[a-z]{2,}/;

export function saysUnreadAddress(turns: readonly LeadTurn[]): boolean {
  return turns.some((t) => {
    if (t.role !== 'user') return false;
    const text = fold(t.content ?? '');
    if (!SOUNDS_LIKE_ADDRESS.test(text)) return false;
    // The rules read an address here (the visitor's, or one they judged someone else's): nothing was dropped.
    return findEmails(joinSpelled(tokenize(t.content ?? ''))).length === 0;
  });
}
