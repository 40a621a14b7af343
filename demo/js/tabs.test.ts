import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error -- a plain browser module (served as is, no build step), so it ships no type declarations
import { nextTabIndex } from './tabs.js';

test('nextTabIndex() wraps arrows and jumps Home/End', () => {
  assert.equal(nextTabIndex('ArrowRight', 6, 7), 0);
  assert.equal(nextTabIndex('ArrowLeft', 0, 7), 6);
  assert.equal(nextTabIndex('ArrowRight', 2, 7), 3);
  assert.equal(nextTabIndex('Home', 4, 7), 0);
  assert.equal(nextTabIndex('End', 1, 7), 6);
  assert.equal(nextTabIndex('Enter', 1, 7), null);
});
