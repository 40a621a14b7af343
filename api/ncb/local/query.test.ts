import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseListQuery, whereClause } from './query.js';
import { LocalNcbError } from './validate.js';

const parse = (qs: string) => parseListQuery('leads', new URLSearchParams(qs));

describe('parseListQuery', () => {
  it('defaults to page 1, limit 10, id ascending', () => {
    assert.deepEqual(parse(''), { conditions: [], page: 1, limit: 10, sort: [{ column: 'id', dir: 'ASC' }], includeTotal: false });
  });

  it('reads operators and converts operands to the column type', () => {
    const q = parse('lead_score[gte]=50&status[in]=new,contacted&email[like]=acme&created_at[lt]=2026-03-01');
    assert.deepEqual(q.conditions, [
      { column: 'lead_score', op: 'gte', value: 50 },
      { column: 'status', op: 'in', value: ['new', 'contacted'] },
      { column: 'email', op: 'like', value: '%acme%' },
      { column: 'created_at', op: 'lt', value: '2026-03-01T00:00:00.000Z' },
    ]);
  });

  it('caps limit at 100, pairs sort with order, and only=latest means the newest row', () => {
    const q = parse('limit=1000&page=2&sort=status,lead_score&order=asc,desc&includeTotal=true');
    assert.equal(q.limit, 100);
    assert.equal(q.page, 2);
    assert.equal(q.includeTotal, true);
    assert.deepEqual(q.sort, [
      { column: 'status', dir: 'ASC' },
      { column: 'lead_score', dir: 'DESC' },
      { column: 'id', dir: 'DESC' },
    ]);
    const latest = parse('only=latest');
    assert.equal(latest.limit, 1);
    assert.deepEqual(latest.sort, [{ column: 'id', dir: 'DESC' }]);
  });

  it('refuses unknown columns, unknown operators and malformed values with a 400', () => {
    for (const qs of ['nope=1', 'email[regex]=x', 'lead_score[gt]=abc', 'created_at[gte]=soon', 'page=0', 'limit=x', 'sort=nope', 'order=up&sort=id', 'user_id=x&id[in]=']) {
      assert.throws(() => parse(qs), (e: unknown) => e instanceof LocalNcbError && e.status === 400, qs);
    }
    // user_id exists on RLS tables only
    assert.doesNotThrow(() => parse('user_id=abc'));
    assert.throws(() => parseListQuery('bookings', new URLSearchParams('user_id=abc')), LocalNcbError);
  });
});

describe('whereClause', () => {
  it('builds parameterised SQL; values never enter the SQL text', () => {
    const q = parseListQuery('leads', [
      ['email', "x' OR 1=1 --"],
      ['id[in]', [1, 2]],
      ['phone', null],
      ['company_name[ne]', null],
    ]);
    const w = whereClause(q.conditions);
    assert.equal(w.sql, 'WHERE "email" = ? AND "id" IN (?, ?) AND "phone" IS NULL AND "company_name" IS NOT NULL');
    assert.deepEqual(w.args, ["x' OR 1=1 --", 1, 2]);
    assert.deepEqual(whereClause([]), { sql: '', args: [] });
  });
});
