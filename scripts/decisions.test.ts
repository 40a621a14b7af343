import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * What the code cites is in the repository (issue #19.7): every D/B/R/G number a source file names is listed in
 * docs/decisions.md, and every reference document it names is under docs/reference/, cited by that path.
 */
const sources = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts', '*.mjs', '*.js', '*.html', '*.css'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && !f.startsWith('node_modules/') && !f.startsWith('fixtures/') && existsSync(f));

const listed = new Set([...readFileSync('docs/decisions.md', 'utf8').matchAll(/^- \*\*([DBRG]\d+)\*\*/gm)].map((m) => m[1]));

// A citation stands in a comment or a test's name next to its family's letter, e.g. "(D28)", "B7)", "G8,".
const CITED = /(?:^|[\s(,])([DG][1-9]\d?|B[1-8]|R[1-3])(?=[),:;.]|\s[—–-]|,\s)/g;
const REFERENCE_DOC = /(?<![\w/])(?:\.\.\/shared\/[\w/]*)?(landing-domain|crm-domain|INTEGRATION_PLAN|INTEGRATION_MAP)(?:\.md)?/g;

describe('citations resolve inside the repository', () => {
  it('docs/decisions.md lists the 44 defects, the bindings and the gaps', () => {
    for (const id of ['D1', 'D28', 'D44', 'B1', 'B8', 'R1', 'R3', 'G1', 'G11']) assert.ok(listed.has(id), id);
    assert.equal([...listed].filter((id) => id.startsWith('D')).length, 44);
  });

  it('every cited number is listed', () => {
    const missing: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(CITED)) if (!listed.has(m[1]!)) missing.push(`${file}: ${m[1]}`);
    }
    assert.deepEqual(missing, []);
  });

  it('reference documents are cited by their path in docs/reference/', () => {
    const stray: string[] = [];
    for (const file of sources) {
      if (file === 'scripts/decisions.test.ts') continue;
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(REFERENCE_DOC)) {
        const before = text.slice(Math.max(0, m.index! - 15), m.index!);
        if (!before.endsWith('docs/reference/') || !existsSync(`docs/reference/${m[1]}.md`)) stray.push(`${file}: ${m[0]}`);
      }
    }
    assert.deepEqual(stray, []);
  });
});
