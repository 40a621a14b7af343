import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byFirstWord, casingIsInformative, tokenize } from './text.js';

test('byFirstWord groups openers by their first word and keeps their order within a group', () => {
  const index = byFirstWord<[string[], string]>([
    [['my', 'name', 'is'], 'a'],
    [['call', 'me'], 'b'],
    [['my', 'name'], 'c'],
  ]);
  assert.deepEqual([...index.keys()], ['my', 'call']);
  assert.deepEqual(index.get('my')?.map((o) => o[1]), ['a', 'c']);
  assert.equal(index.get('name'), undefined);
});

test('casingIsInformative gives the same answer when asked again for the same tokens', () => {
  const title = tokenize('Hi This Is Dana Whitfield From Whitfield Hvac And I Need Help');
  const plain = tokenize('hi this is Dana Whitfield from Whitfield HVAC and i need help');
  assert.equal(casingIsInformative(title), false);
  assert.equal(casingIsInformative(title), false);
  assert.equal(casingIsInformative(plain), true);
  assert.equal(casingIsInformative(plain), true);
});
