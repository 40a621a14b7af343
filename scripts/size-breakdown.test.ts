import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
// @ts-expect-error plain ESM script without types
import { marginalGzip, moduleName } from './size-breakdown.mjs';

type Row = { module: string; raw: number; gzip: number };

test('marginal gzip: a module of incompressible bytes costs about its size; a repeat of another costs little', () => {
  let seed = 42; // a deterministic LCG over the 94 printable characters: close to incompressible
  const noise = Array.from({ length: 2000 }, () => String.fromCharCode(33 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) % 94)).join('');
  const text = 'the same sentence, again and again. '.repeat(20);
  const code = noise + text + text;
  const a = noise.length;
  const b = a + text.length;
  const { total, rows } = marginalGzip(code, [[0, a, 'noise'], [a, b, 'text-1'], [b, code.length, 'text-2']]) as { total: number; rows: Row[] };
  assert.equal(total, gzipSync(code, { level: 9 }).length);
  const by = Object.fromEntries(rows.map((r) => [r.module, r]));
  assert.deepEqual(rows.map((r) => r.module)[0], 'noise'); // sorted by cost
  assert.equal(by.noise.raw, a);
  assert.ok(by.noise.gzip > a * 0.6, `noise costs ${by.noise.gzip}`);
  assert.ok(by['text-2'].gzip < 40, `a repeated block is nearly free (${by['text-2'].gzip})`);
});

test('bytes no span covers are reported as (unmapped)', () => {
  const { rows } = marginalGzip('abcdefghij', [[2, 5, 'm']]) as { rows: Row[] };
  assert.deepEqual(rows.map((r) => [r.module, r.raw]).sort(), [['(unmapped)', 7], ['m', 3]]);
});

test('module names: the package for node_modules, the project path otherwise', () => {
  assert.equal(moduleName('../../node_modules/@lit/reactive-element/reactive-element.js'), '@lit/reactive-element');
  assert.equal(moduleName('../node_modules/lit-html/lit-html.js'), 'lit-html');
  assert.equal(moduleName('components/booking/booking.ts'), 'components/booking/booking.ts');
});
