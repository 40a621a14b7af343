import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
// @ts-expect-error -- a plain browser module (served as is, no build step), so it ships no type declarations
import { ES, toLocale } from './page-copy.js';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const keys = new Set([...html.matchAll(/data-i18n="([^"]+)"/g)].map((m) => m[1]));

test('the Spanish copy covers every data-i18n key of the page, and nothing stale', () => {
  assert.ok(keys.size > 50, `found ${keys.size} keys`);
  assert.deepEqual([...keys].filter((k) => !(k in ES)), []);
  assert.deepEqual(Object.keys(ES).filter((k) => !keys.has(k)), []);
});

test('toLocale() maps anything to en or es', () => {
  assert.equal(toLocale('es-MX'), 'es');
  assert.equal(toLocale('ES'), 'es');
  assert.equal(toLocale('en-GB'), 'en');
  assert.equal(toLocale('fr'), 'en');
  assert.equal(toLocale(null), 'en');
});
