// npm run size:why [entry…]: where each bundle's gzip bytes go, module by module.
//
// Builds the entries again with source maps (into a temporary folder; dist/ is left alone), attributes every
// byte of the minified output to the source module it came from, and prints each module's marginal gzip cost:
// how much smaller the gzipped bundle gets without that module's bytes. Marginal costs overlap (gzip shares
// context between modules), so they add up to more than the total; they rank what is worth trimming.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const gzip = (s) => gzipSync(s, { level: 9 }).length;

/**
 * Marginal gzip cost of each owner's bytes in `code`. `spans` are [start, end, owner] ranges (byte offsets into
 * `code`); bytes in no span belong to '(unmapped)'. Returns rows sorted by cost, largest first.
 */
export function marginalGzip(code, spans) {
  const total = gzip(code);
  const byOwner = new Map();
  const add = (owner, start, end) => (byOwner.get(owner) ?? byOwner.set(owner, []).get(owner)).push([start, end]);
  let covered = 0;
  for (const [start, end, owner] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start > covered) add('(unmapped)', covered, start);
    add(owner, start, end);
    covered = Math.max(covered, end);
  }
  if (covered < code.length) add('(unmapped)', covered, code.length);
  const rows = [...byOwner].map(([owner, ranges]) => {
    let rest = '';
    let at = 0;
    for (const [s, e] of ranges) {
      rest += code.slice(at, s);
      at = e;
    }
    rest += code.slice(at);
    return { module: owner, raw: ranges.reduce((n, [s, e]) => n + e - s, 0), gzip: total - gzip(rest) };
  });
  return { total, rows: rows.sort((a, b) => b.gzip - a.gzip) };
}

/** A source path shortened to its package (node_modules) or its project path. */
export function moduleName(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return pkg ? pkg[1] : source;
}

/** [start, end, owner] spans of a minified file from its source map; `dir` is the map's folder. */
async function spansOf(code, map, dir) {
  const { SourceMapConsumer } = await import('source-map');
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const points = [];
  await SourceMapConsumer.with(map, null, (c) =>
    c.eachMapping((m) => points.push([lineStarts[m.generatedLine - 1] + m.generatedColumn, m.source ? moduleName(relative(process.cwd(), resolve(dir, m.source))) : '(unmapped)'])),
  );
  points.sort((a, b) => a[0] - b[0]);
  return points.map(([at, owner], i) => [at, points[i + 1]?.[0] ?? code.length, owner]);
}

async function main(entries) {
  const { build } = await import('vite');
  const names = entries.length ? entries : ['kre8-booking', 'kre8-roi-calculator', 'kre8-voice-agent', 'kre8-widgets'];
  const out = mkdtempSync(join(tmpdir(), 'kre8-size-'));
  try {
    for (const entry of names) {
      process.env.KRE8_ENTRY = entry;
      await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production', build: { outDir: out, sourcemap: true, emptyOutDir: true } });
      for (const file of readdirSync(out).filter((f) => f.endsWith('.js')).sort()) {
        // Without the source-map comment the build adds, so the total matches `npm run size`.
        const code = readFileSync(join(out, file), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');
        const { total, rows } = marginalGzip(code, await spansOf(code, JSON.parse(readFileSync(join(out, `${file}.map`), 'utf8')), out));
        console.log(`\n${file}: ${(total / 1024).toFixed(2)} KB gzip`);
        for (const r of rows) console.log(`${String(r.gzip).padStart(7)} B gz ${String(r.raw).padStart(7)} B raw  ${r.module}`);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
