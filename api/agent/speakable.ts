/**
 * Makes any reply fit for text-to-speech: no markdown, no URLs, no [ACTION:…] tags, and at most 1000
 * characters (the /speak limit, D31), cut at a sentence boundary so the voice never stops mid-word.
 */
export const MAX_REPLY_CHARS = 1000;

export function toSpeakable(text: string, max = MAX_REPLY_CHARS): string {
  const plain = text
    .replace(/\[ACTION:[^\]]*\]/gi, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [label](url) → label
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/[`*_#>|~]+/g, '')
    .replace(/^\s*(?:[-•]|\d+[.)])\s+/gm, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,!?;:])/g, '$1')
    .trim();
  return capAtSentence(plain, max);
}

/** The longest prefix of whole sentences within `max`; a word boundary plus "…" if one sentence is too long. */
export function capAtSentence(text: string, max = MAX_REPLY_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  let cut = -1;
  for (const m of head.matchAll(/[.!?…](?=\s|$)/g)) if ((m.index ?? 0) + 1 <= max) cut = (m.index ?? 0) + 1;
  if (cut > 0) return text.slice(0, cut).trim();
  const space = text.lastIndexOf(' ', max - 1);
  return text.slice(0, space > 0 ? space : max - 1).trimEnd() + '…';
}
