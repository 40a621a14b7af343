/**
 * Spoken numbers, English and Spanish. Two readings are needed: a phone number is a string of digits said
 * in groups ("five one two", "twelve thirty-four", "treinta y cuatro"), a head-count is a value
 * ("twenty-five", "a dozen", "cien"). Words are matched in folded form (lower case, no accents).
 */

export const UNITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  cero: 0, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
};

export const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19,
  veinte: 20, veintiuno: 21, veintiuna: 21, veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25,
  veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};

const HUNDREDS_ES: Record<string, number> = {
  cien: 100, ciento: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500,
  seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900,
};

const REPEAT: Record<string, number> = { double: 2, triple: 3, doble: 2 };

/** Splits "thirty-four" / "forty four" style hyphenation into words. */
export function splitHyphenated(word: string): string[] {
  return word.includes('-') && word.split('-').every((p) => p in UNITS || p in TENS || p in TEENS)
    ? word.split('-')
    : [word];
}

/** True when a folded word is a number word that can appear inside a spoken phone number. */
export function isDigitWord(w: string): boolean {
  return splitHyphenated(w).every((p) => p in UNITS || p in TEENS || p in TENS || p in REPEAT || p === 'hundred' || p in HUNDREDS_ES);
}

/**
 * Reads a sequence of folded words (already known to be number words, "y"/"and" joiners allowed) as the
 * digit string a person dictating a phone number means: groups are concatenated, "thirty four" is "34",
 * "double five" is "55", "eight hundred" is "800", "treinta y cuatro" is "34".
 */
export function wordsToDigits(words: string[]): string {
  let out = '';
  let pendingTens = false; // the last group was a bare tens word that a unit may complete
  // The last group was a Spanish hundred ("ochocientos") whose "00" a tens, teen or unit may fill:
  // "ochocientos treinta y dos" is 832, "ciento uno" 101 — as a Spanish speaker groups a number.
  let pendingHundred = false;
  let repeat = 1;
  const flat = words.flatMap(splitHyphenated);
  for (let i = 0; i < flat.length; i++) {
    const w = flat[i];
    if (w in REPEAT) {
      repeat = REPEAT[w];
      continue;
    }
    if ((w === 'y' || w === 'and') && pendingTens) continue;
    if (pendingHundred && repeat === 1 && ((w in UNITS && UNITS[w] !== 0) || w in TEENS || w in TENS)) {
      const v = String(UNITS[w] ?? TEENS[w] ?? TENS[w]).padStart(2, '0');
      out = out.slice(0, -2) + v;
      pendingHundred = false;
      pendingTens = w in TENS;
      continue;
    }
    pendingHundred = false;
    if (w in UNITS) {
      const d = String(UNITS[w]);
      if (pendingTens && repeat === 1 && d !== '0') {
        out = out.slice(0, -1) + d;
      } else {
        out += d.repeat(repeat);
      }
      pendingTens = false;
    } else if (w in TEENS) {
      out += String(TEENS[w]).repeat(repeat);
      pendingTens = false;
    } else if (w in TENS) {
      out += String(TENS[w]).repeat(repeat);
      pendingTens = repeat === 1;
    } else if (w === 'hundred') {
      // "eight hundred" → 800; a bare "hundred" (no digit before it) reads as 100.
      if (out && !pendingTens && /\d$/.test(out)) out += '00';
      else out += '100';
      pendingTens = false;
    } else if (w in HUNDREDS_ES) {
      out += String(HUNDREDS_ES[w]);
      pendingTens = false;
      pendingHundred = true;
    }
    repeat = 1;
  }
  return out;
}

const COUNT_WORDS: Record<string, number> = {
  a: 1, an: 1, single: 1, couple: 2, pair: 2, few: 3, handful: 4, several: 5, dozen: 12, dozens: 24,
  un: 1, par: 2, pocos: 3, docena: 12, hundred: 100, hundreds: 200, thousand: 1000, mil: 1000,
  ...HUNDREDS_ES,
};

/**
 * Reads a head-count value from folded words starting at `start` (digits, number words, "a dozen",
 * "treinta y cinco", "a hundred"). Returns the value and how many words it used, or null.
 */
export function readCount(words: string[], start: number): { value: number; used: number } | null {
  let i = start;
  let total = 0;
  let current = 0;
  let seen = false;
  while (i < words.length) {
    const w = words[i];
    const digits = w.replace(/[,+]/g, '');
    if (/^\d+$/.test(digits) && !seen) {
      current = Number(digits);
      seen = true;
      i++;
      continue;
    }
    const parts = splitHyphenated(w);
    if (parts.length > 1) {
      const v = parts.reduce((acc, p) => acc + (UNITS[p] ?? TENS[p] ?? TEENS[p] ?? 0), 0);
      current += v;
      seen = true;
      i++;
      continue;
    }
    if (!seen && ['a', 'an', 'un', 'una'].includes(w) && i + 1 < words.length && words[i + 1] in COUNT_WORDS) {
      i++;
      continue;
    }
    if (w in UNITS && w !== 'oh') {
      current += UNITS[w];
    } else if (w in TEENS) {
      current += TEENS[w];
    } else if (w in TENS) {
      current += TENS[w];
    } else if ((w === 'y' || w === 'and') && seen && i + 1 < words.length && (words[i + 1] in UNITS || words[i + 1] in TENS)) {
      i++;
      continue;
    } else if (w === 'hundred' || w === 'hundreds') {
      current = (current || 1) * 100;
    } else if (w === 'thousand' || w === 'mil') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (w in HUNDREDS_ES) {
      current += HUNDREDS_ES[w];
    } else if (!seen && w in COUNT_WORDS && !['a', 'an', 'un', 'una'].includes(w)) {
      current = COUNT_WORDS[w];
      seen = true;
      i++;
      if (w === 'couple' || w === 'few' || w === 'handful' || w === 'dozen' || w === 'dozens' || w === 'docena') {
        // "a couple of", "a dozen or so": the qualifier is consumed by the caller's noun search.
        return { value: current, used: i - start };
      }
      continue;
    } else {
      break;
    }
    seen = true;
    i++;
  }
  return seen ? { value: total + current, used: i - start } : null;
}
