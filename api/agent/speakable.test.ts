import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { capAtSentence, toSpeakable } from './speakable.js';

describe('toSpeakable', () => {
  it('drops markdown, links, URLs and action tags', () => {
    const out = toSpeakable('**Great!** See [our pricing](https://x.co/#pricing) or https://kre8tion.com now. [ACTION:SCROLL_TO_PRICING]\n- one\n- two');
    assert.equal(out, 'Great! See our pricing or now. one two');
  });
  it('leaves short plain text alone', () => assert.equal(toSpeakable('Hello there. How are you?'), 'Hello there. How are you?'));
});

describe('capAtSentence', () => {
  it('keeps whole sentences within the limit', () => {
    const text = 'First sentence here. Second one is longer than that. Third.';
    assert.equal(capAtSentence(text, 30), 'First sentence here.');
    assert.equal(capAtSentence(text, 52), 'First sentence here. Second one is longer than that.');
  });
  it('cuts at a word with an ellipsis when the first sentence alone is too long', () => {
    const out = capAtSentence('word '.repeat(50).trim(), 23);
    assert.ok(out.length <= 23, String(out.length));
    assert.match(out, /^(word )+word…$/);
  });
  it('never exceeds 1000 by default', () => {
    const out = capAtSentence('This is a sentence. '.repeat(200));
    assert.ok(out.length <= 1000 && out.length > 900);
    assert.match(out, /\.$/);
  });
});
