import { SCHEMA, type ColumnSpec, type TableName } from '../schema.js';
import { normaliseDate, normaliseDatetime } from './datetime.js';

/** A request the local NCB refuses; `status` is the HTTP status the server answers with. */
export class LocalNcbError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'LocalNcbError';
  }
}

export type StoredValue = string | number | null;
export type WriteMode = 'create' | 'update';

/** MySQL VARCHAR(255): what NCB's 'string' columns are ('text' columns are unbounded). */
const MAX_STRING = 255;
/** Columns the store owns: a client may never send them. */
const STORE_OWNED = ['id', 'created_at'] as const;

export function isTable(name: string): name is TableName {
  return Object.hasOwn(SCHEMA, name);
}

export function columnsOf(table: TableName): Record<string, ColumnSpec> {
  return SCHEMA[table].columns as Record<string, ColumnSpec>;
}

export function hasUserId(table: TableName): boolean {
  return SCHEMA[table].userId;
}

/** The spec of every column a filter or sort may name, including the store-owned ones. */
export function filterableColumns(table: TableName): Record<string, ColumnSpec> {
  const cols: Record<string, ColumnSpec> = { id: { kind: 'integer' }, created_at: { kind: 'datetime' } };
  if (hasUserId(table)) cols.user_id = { kind: 'string', nullable: true };
  return { ...cols, ...columnsOf(table) };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${typeof value === 'object' ? '' : String(value)}`.trim();
}

/** Checks one value against its column and returns it in stored form; throws a 400 naming the column. */
export function coerceValue(column: string, spec: ColumnSpec, value: unknown): StoredValue {
  const fail = (why: string): never => {
    throw new LocalNcbError(400, `column '${column}' ${why}`);
  };
  if (value === null) {
    if (!spec.nullable) fail('cannot be null');
    return null;
  }
  switch (spec.kind) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) fail(`expects an integer, got ${describe(value)}`);
      return value as number;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(`expects a number, got ${describe(value)}`);
      return value as number;
    case 'string':
    case 'text':
      if (typeof value !== 'string') fail(`expects a string, got ${describe(value)}`);
      if (spec.kind === 'string' && (value as string).length > MAX_STRING) fail(`is longer than ${MAX_STRING} characters`);
      return value as string;
    case 'enum':
      if (typeof value !== 'string' || !spec.values!.includes(value)) {
        fail(`must be one of ${spec.values!.join(', ')}; got ${describe(value)}`);
      }
      return value as string;
    case 'datetime': {
      const v = typeof value === 'string' ? normaliseDatetime(value) : null;
      if (v === null) fail(`expects a datetime ('YYYY-MM-DD', 'YYYY-MM-DD HH:MM:SS' or ISO-8601), got ${describe(value)}`);
      return v;
    }
    case 'date': {
      const v = typeof value === 'string' ? normaliseDate(value) : null;
      if (v === null) fail(`expects a date 'YYYY-MM-DD', got ${describe(value)}`);
      return v;
    }
  }
}

/**
 * Validates a create or update body against the schema and returns the columns to write, normalised.
 * On create, defaults are applied and required columns enforced; an update only checks what it sends.
 */
export function validateWrite(table: TableName, body: unknown, mode: WriteMode): Record<string, StoredValue> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new LocalNcbError(400, 'the body must be a JSON object');
  }
  const cols = columnsOf(table);
  const out: Record<string, StoredValue> = {};
  for (const [key, value] of Object.entries(body)) {
    if ((STORE_OWNED as readonly string[]).includes(key)) {
      throw new LocalNcbError(400, `column '${key}' is set by the database and cannot be sent`);
    }
    if (key === 'user_id' && hasUserId(table)) {
      if (value !== null && typeof value !== 'string') {
        throw new LocalNcbError(400, `column 'user_id' expects a string, got ${describe(value)}`);
      }
      out.user_id = value as string | null;
      continue;
    }
    const spec = cols[key];
    if (!spec) throw new LocalNcbError(400, `unknown column '${key}' in table '${table}'`);
    out[key] = coerceValue(key, spec, value);
  }
  if (mode === 'create') {
    for (const [key, spec] of Object.entries(cols)) {
      if (key in out) continue;
      // MySQL refuses a NOT NULL column with no default just like a required one
      if (spec.required || (!spec.nullable && spec.default === undefined)) {
        throw new LocalNcbError(400, `column '${key}' is required`);
      }
      out[key] = spec.default ?? null;
    }
  }
  return out;
}
