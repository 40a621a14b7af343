import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../config.js';

test('sender and reply-to are one configured identity by default', () => {
  const c = loadConfig({});
  assert.equal(c.EMAIL_FROM, 'AI KRE8TION Partners <bookings@kre8tion.com>');
  assert.equal(c.EMAIL_REPLY_TO, 'AI KRE8TION Partners <bookings@kre8tion.com>');
  const one = loadConfig({ EMAIL_IDENTITY: 'Acme <hi@acme.test>' });
  assert.deepEqual([one.EMAIL_FROM, one.EMAIL_REPLY_TO], ['Acme <hi@acme.test>', 'Acme <hi@acme.test>']);
});

test('EMAIL_FROM and EMAIL_REPLY_TO still override the identity one by one', () => {
  const c = loadConfig({ EMAIL_IDENTITY: 'Acme <hi@acme.test>', EMAIL_REPLY_TO: 'help@acme.test' });
  assert.deepEqual([c.EMAIL_FROM, c.EMAIL_REPLY_TO], ['Acme <hi@acme.test>', 'help@acme.test']);
});
