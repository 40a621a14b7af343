import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error -- a plain browser module (served as is, no build step), so it ships no type declarations
import { partnerSiteUrl } from './partner-url.js';

test('partnerSiteUrl() is the same host one port up', () => {
  assert.equal(partnerSiteUrl({ protocol: 'http:', hostname: 'localhost', port: '8787' }), 'http://localhost:8788/');
  assert.equal(partnerSiteUrl({ protocol: 'http:', hostname: '127.0.0.1', port: '8911' }), 'http://127.0.0.1:8912/');
});

test('partnerSiteUrl() counts from the default port when the URL has none', () => {
  assert.equal(partnerSiteUrl({ protocol: 'http:', hostname: 'demo.test', port: '' }), 'http://demo.test:81/');
  assert.equal(partnerSiteUrl({ protocol: 'https:', hostname: 'demo.test', port: '' }), 'https://demo.test:444/');
});
