import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error -- a plain browser module (served as is, no build step), so it ships no type declarations
import * as f from './format.js';

test('text() prints values and a dash for nothing', () => {
  assert.equal(f.text(null), f.EMPTY);
  assert.equal(f.text(''), f.EMPTY);
  assert.equal(f.text(0), '0');
  assert.equal(f.text('<b>x</b>'), '<b>x</b>');
  assert.equal(f.text({ a: 1 }), '{"a":1}');
});

test('dateTime() always names the timezone and keeps unparseable values', () => {
  assert.equal(f.dateTime('2026-03-01T10:00:00Z', 'UTC'), 'Mar 1, 2026, 10:00 AM UTC');
  assert.match(f.dateTime('2026-03-01T10:00:00Z', 'America/Los_Angeles'), /02:00 AM PST$/);
  assert.equal(f.dateTime('not a date', 'UTC'), 'not a date');
  assert.equal(f.dateTime(null, 'UTC'), f.EMPTY);
});

test('bookingSlot() shows the business-local day, times and zone', () => {
  assert.equal(
    f.bookingSlot({ booking_date: '2026-03-04T00:00:00.000Z', start_time: '10:00', end_time: '10:30', timezone: 'America/Los_Angeles' }),
    '2026-03-04 10:00–10:30 America/Los_Angeles',
  );
  assert.equal(f.bookingSlot({ booking_date: '2026-03-04', start_time: '09:00', end_time: '12:00' }), '2026-03-04 09:00–12:00');
});

test('duration() and money()', () => {
  assert.equal(f.duration(45), '45s');
  assert.equal(f.duration(125), '2m 05s');
  assert.equal(f.duration(3720), '1h 02m');
  assert.equal(f.duration(-1), f.EMPTY);
  assert.equal(f.duration(null), f.EMPTY);
  assert.equal(f.money(25000), '$250.00');
  assert.equal(f.money(null), f.EMPTY);
});

test('prettyJson() indents JSON text and keeps anything else raw', () => {
  assert.equal(f.prettyJson('{"roi":312}'), '{\n  "roi": 312\n}');
  assert.equal(f.prettyJson('{broken'), '{broken');
  assert.equal(f.prettyJson(null), f.EMPTY);
});

test('stringList() and transcript() tolerate malformed columns', () => {
  assert.deepEqual(f.stringList('["pricing","booking"]'), ['pricing', 'booking']);
  assert.deepEqual(f.stringList('pricing'), ['pricing']);
  assert.deepEqual(f.stringList(null), []);
  const turns = f.transcript(JSON.stringify([{ role: 'user', content: 'hi' }, { content: 'no role' }, { role: 'x' }, 'junk']));
  assert.deepEqual(turns, [
    { role: 'user', content: 'hi', timestamp: null },
    { role: 'unknown', content: 'no role', timestamp: null },
  ]);
  assert.deepEqual(f.transcript('not json'), []);
});

test('score() clamps to the meter range; linkId() accepts only positive integers', () => {
  assert.equal(f.score(72.4), 72);
  assert.equal(f.score(140), 100);
  assert.equal(f.score(-5), 0);
  assert.equal(f.score('x'), 0);
  assert.equal(f.linkId(4), 4);
  assert.equal(f.linkId('7'), 7);
  for (const bad of [null, '', 0, -1, 1.5, 'abc', '<img>']) assert.equal(f.linkId(bad), null, String(bad));
});

test('newestFirst() sorts by id descending without mutating', () => {
  const rows = [{ id: 1 }, { id: 3 }, { id: 2 }];
  assert.deepEqual(f.newestFirst(rows).map((r: { id: number }) => r.id), [3, 2, 1]);
  assert.deepEqual(rows.map((r) => r.id), [1, 3, 2]);
});

test('fullName() joins the parts it has', () => {
  assert.equal(f.fullName({ first_name: 'Ada', last_name: 'Lovelace' }), 'Ada Lovelace');
  assert.equal(f.fullName({ first_name: 'Ada', last_name: null }), 'Ada');
  assert.equal(f.fullName({}), f.EMPTY);
});

test('mailView() normalises the mailbox message shapes', () => {
  const v = f.mailView({
    id: 7,
    from: { name: 'AI KRE8TION', email: 'hello@kre8tion.com' },
    to: ['ada@example.com', { email: 'bob@example.com' }],
    subject: 'Report',
    html: '<p>x</p>',
    tags: ['roi-report'],
    created_at: '2026-03-01T10:00:00Z',
    events: ['opened', { type: 'clicked' }, { kind: 'bounced', event_id: 'e1', status: 200, at: '2026-03-01T11:00:00Z' }],
  });
  assert.deepEqual(v, {
    id: '7',
    from: 'AI KRE8TION <hello@kre8tion.com>',
    to: 'ada@example.com, bob@example.com',
    subject: 'Report',
    date: '2026-03-01T10:00:00Z',
    tags: ['roi-report'],
    html: '<p>x</p>',
    text: null,
    events: ['opened', 'clicked', 'bounced (200)'],
  });
  assert.equal(f.mailView(null).subject, '');
});
