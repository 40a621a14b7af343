import { expect } from '@open-wc/testing';
import { BOM, csvCell, csvChunks, csvLine } from './csv.js';

async function* pagesOf(...pages: Record<string, unknown>[][]) {
  for (const p of pages) yield p;
}

describe('csv', () => {
  it('quotes per RFC 4180 and doubles quotes', () => {
    expect(csvLine(['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded', null, 42])).to.equal('plain,"a,b","say ""hi""","two\nlines"," padded",,42\r\n');
  });

  it('neutralises formula injection in text cells, not in numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).to.equal(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(['+1 555', '-2+3', '@SUM(A1)', '\tcmd'].map(csvCell)).to.deep.equal(["'+1 555", "'-2+3", "'@SUM(A1)", "'\tcmd"]);
    expect(csvCell(-250)).to.equal('-250');
  });

  it('streams a BOM, readable headers in order and one chunk per page, skipping soft-deleted rows', async () => {
    const chunks: string[] = [];
    for await (const c of csvChunks(pagesOf([{ id: 1, email: 'a@x.example', first_name: 'Ana', status: 'new', user_id: 'u' }], [{ id: 2, email: 'b@x.example', deleted_at: '2026-12-01T00:00:00.000Z' }, { id: 3, email: 'c@x.example', last_name: 'Núñez' }]), 'leads', 'es', (r) => !r.deleted_at)) chunks.push(c);
    expect(chunks.length).to.equal(3);
    expect(chunks[0].startsWith(BOM + 'ID,Creado,Nombre,Apellido,Correo,')).to.equal(true);
    expect(chunks[1]).to.equal('1,,Ana,,a@x.example,,,,,,,new,,,,\r\n');
    expect(chunks[2]).to.equal('3,,,Núñez,c@x.example,,,,,,,,,,,\r\n');
  });

  it('10,000 rows in 100 pages: a chunk per page, and the work per page stays small', async () => {
    const page = (n: number) => Array.from({ length: 100 }, (_, i) => ({ id: n * 100 + i, email: `lead${n * 100 + i}@example.com`, first_name: 'Ana, "la" Núñez', source: 'roi-calculator', status: 'new', lead_score: 50, created_at: '2026-12-01T10:00:00.000Z' }));
    async function* pages() {
      for (let n = 0; n < 100; n++) yield page(n);
    }
    const t0 = performance.now();
    let chunks = 0;
    let bytes = 0;
    for await (const c of csvChunks(pages(), 'leads', 'en')) {
      chunks++;
      bytes += c.length;
    }
    // the figure for the README (not asserted: timings on a shared 2-core machine are not a test)
    console.log(`csv 10k rows: ${(performance.now() - t0).toFixed(0)} ms total, ${(bytes / 1024).toFixed(0)} K chars`);
    // header + one chunk per page: the caller yields to the event loop between pages
    expect(chunks).to.equal(101);
    expect(bytes).to.be.above(10_000 * 60);
  });
});
