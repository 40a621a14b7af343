import type { InValue } from '@libsql/client';
import type { ColumnSpec, TableName } from '../schema.js';
import { normaliseDate, normaliseDatetime } from './datetime.js';
import { LocalNcbError, filterableColumns, type StoredValue } from './validate.js';

export const OPERATORS = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'in', 'like'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Condition {
  column: string;
  op: Operator;
  value: StoredValue | StoredValue[];
}

export interface ListQuery {
  conditions: Condition[];
  page: number;
  limit: number;
  sort: { column: string; dir: 'ASC' | 'DESC' }[];
  includeTotal: boolean;
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

const SQL_OP: Record<Exclude<Operator, 'in'>, string> = { eq: '=', ne: '!=', gt: '>', gte: '>=', lt: '<', lte: '<=', like: 'LIKE' };
const KEY = /^([a-z_][a-z0-9_]*)(?:\[([a-z]+)\])?$/;

function bad(message: string): never {
  throw new LocalNcbError(400, message);
}

function positiveInt(name: string, raw: unknown, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) bad(`'${name}' must be a positive integer`);
  return n;
}

/** A filter operand in the column's stored form, so e.g. booking_date[gte]=2026-03-01 compares as a datetime. */
function operand(column: string, spec: ColumnSpec, raw: unknown): StoredValue {
  if (typeof raw === 'object' && raw !== null) bad(`invalid value for filter '${column}'`);
  const text = String(raw);
  let v: StoredValue;
  switch (spec.kind) {
    case 'integer':
    case 'number':
      v = text.trim() === '' ? null : Number(text);
      if (v === null || !Number.isFinite(v)) bad(`invalid number '${text}' for filter '${column}'`);
      return v;
    case 'datetime':
      return normaliseDatetime(text) ?? bad(`invalid datetime '${text}' for filter '${column}'`);
    case 'date':
      return normaliseDate(text) ?? bad(`invalid date '${text}' for filter '${column}'`);
    default:
      return text;
  }
}

function condition(table: TableName, key: string, raw: unknown): Condition {
  const m = KEY.exec(key);
  const spec = m ? filterableColumns(table)[m[1]] : undefined;
  if (!m || !spec) bad(`unknown column '${m?.[1] ?? key}' in filter`);
  const column = m[1];
  const op = (m[2] ?? 'eq') as Operator;
  if (!OPERATORS.includes(op) || m[2] === 'eq') bad(`unknown filter operator '[${m[2]}]' on '${column}'`);
  if (raw === null) {
    // only the JSON (search) form can say null; it means IS NULL / IS NOT NULL
    if (op !== 'eq' && op !== 'ne') bad(`filter '${key}' cannot compare with null`);
    return { column, op, value: null };
  }
  if (op === 'in') {
    const items = Array.isArray(raw) ? raw : String(raw).split(',');
    const values = items.map((s) => (typeof s === 'string' ? s.trim() : s)).filter((s) => s !== '');
    if (values.length === 0) bad(`filter '${key}' needs at least one value`);
    return { column, op, value: values.map((v) => operand(column, spec, v)) };
  }
  if (op === 'like') {
    const text = String(raw);
    // a plain value means "contains"; a value with % is a pattern used as given
    return { column, op, value: text.includes('%') ? text : `%${text}%` };
  }
  return { column, op, value: operand(column, spec, raw) };
}

/**
 * Parses NCB list parameters (query-string pairs, or the JSON body of a search): column filters with
 * bracket operators, page/limit (defaults 1 and 10, limit capped at 100), sort/order, includeTotal,
 * and only=latest|oldest. Unknown columns and operators are refused with a 400.
 */
export function parseListQuery(table: TableName, entries: Iterable<[string, unknown]>): ListQuery {
  const conditions: Condition[] = [];
  const params: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    if (['page', 'limit', 'sort', 'order', 'includeTotal', 'only'].includes(key)) params[key] = value;
    else conditions.push(condition(table, key, value));
  }
  const cols = filterableColumns(table);
  let page = positiveInt('page', params.page, 1);
  let limit = Math.min(positiveInt('limit', params.limit, DEFAULT_LIMIT), MAX_LIMIT);
  const sortCols = params.sort === undefined || params.sort === '' ? [] : String(params.sort).split(',').map((s) => s.trim());
  const orders = params.order === undefined || params.order === '' ? [] : String(params.order).split(',').map((s) => s.trim().toLowerCase());
  const sort = sortCols.map((column, i) => {
    if (!cols[column]) bad(`unknown sort column '${column}'`);
    const dir = orders[i] ?? orders[0] ?? 'asc';
    if (dir !== 'asc' && dir !== 'desc') bad(`order must be asc or desc, got '${dir}'`);
    return { column, dir: dir.toUpperCase() as 'ASC' | 'DESC' };
  });
  if (params.only !== undefined) {
    if (params.only !== 'latest' && params.only !== 'oldest') bad(`only must be latest or oldest`);
    sort.splice(0, sort.length, { column: 'id', dir: params.only === 'latest' ? 'DESC' : 'ASC' });
    page = 1;
    limit = 1;
  }
  // id breaks ties so pages never overlap or skip rows
  if (!sort.some((s) => s.column === 'id')) sort.push({ column: 'id', dir: sort.at(-1)?.dir ?? 'ASC' });
  const includeTotal = params.includeTotal === true || params.includeTotal === 'true';
  return { conditions, page, limit, sort, includeTotal };
}

/** The WHERE clause for the conditions, parameterised (column names come from the schema only). */
export function whereClause(conditions: Condition[]): { sql: string; args: InValue[] } {
  const parts: string[] = [];
  const args: InValue[] = [];
  for (const c of conditions) {
    const col = `"${c.column}"`;
    if (c.value === null) {
      parts.push(`${col} IS ${c.op === 'ne' ? 'NOT ' : ''}NULL`);
    } else if (c.op === 'in') {
      const values = c.value as StoredValue[];
      parts.push(`${col} IN (${values.map(() => '?').join(', ')})`);
      args.push(...values);
    } else {
      // as on NCB's MySQL, [ne] does not match NULL rows
      parts.push(`${col} ${SQL_OP[c.op]} ?`);
      args.push(c.value as StoredValue);
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', args };
}

export function orderClause(sort: ListQuery['sort']): string {
  return `ORDER BY ${sort.map((s) => `"${s.column}" ${s.dir}`).join(', ')}`;
}
