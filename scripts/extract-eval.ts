/**
 * Prints the lead-extraction corpus size and per-field precision / recall as a table.
 *   node --import tsx scripts/extract-eval.ts [--misses]
 * TP: extracted value equals expected. FP: extracted a value where expected was null or different.
 * FN: expected a value and got null or different. (A wrong value counts as both FP and FN.)
 */
import { CORPUS } from '../api/lead/corpus/index.js';
import { extractLead, type ExtractedLead } from '../api/lead/extract.js';

const FIELDS: (keyof ExtractedLead)[] = ['firstName', 'lastName', 'email', 'phone', 'companyName'];

export interface FieldStats {
  tp: number;
  fp: number;
  fn: number;
}

export function evaluate(): { stats: Record<string, FieldStats>; misses: string[] } {
  const stats = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<string, FieldStats>;
  const misses: string[] = [];
  for (const c of CORPUS) {
    const got = extractLead(c.turns, { language: c.lang, defaultCountry: c.defaultCountry });
    for (const f of FIELDS) {
      const want = c.expect[f];
      const have = got[f];
      const s = stats[f];
      if (have !== null && have === want) s.tp++;
      else {
        if (have !== null) s.fp++;
        if (want !== null) s.fn++;
        if (have !== want) misses.push(`${c.id}${c.known ? ' (known)' : ''} ${f}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
      }
    }
  }
  return { stats, misses };
}

const pct = (n: number, d: number) => (d === 0 ? '   —  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

function main(): void {
  const { stats, misses } = evaluate();
  const en = CORPUS.filter((c) => c.lang === 'en').length;
  console.log(`corpus: ${CORPUS.length} conversations (${en} EN, ${CORPUS.length - en} ES), ${CORPUS.filter((c) => c.known).length} marked known misses\n`);
  console.log('field        |   TP |   FP |   FN | precision | recall');
  console.log('-------------|------|------|------|-----------|-------');
  const total: FieldStats = { tp: 0, fp: 0, fn: 0 };
  for (const [f, s] of Object.entries(stats)) {
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    console.log(`${f.padEnd(12)} | ${String(s.tp).padStart(4)} | ${String(s.fp).padStart(4)} | ${String(s.fn).padStart(4)} |    ${pct(s.tp, s.tp + s.fp)} | ${pct(s.tp, s.tp + s.fn)}`);
  }
  console.log('-------------|------|------|------|-----------|-------');
  console.log(`${'all'.padEnd(12)} | ${String(total.tp).padStart(4)} | ${String(total.fp).padStart(4)} | ${String(total.fn).padStart(4)} |    ${pct(total.tp, total.tp + total.fp)} | ${pct(total.tp, total.tp + total.fn)}`);
  if (process.argv.includes('--misses') && misses.length) console.log(`\nmisses:\n  ${misses.join('\n  ')}`);
}

main();
