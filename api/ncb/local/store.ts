import type { Client, InValue, ResultSet } from '@libsql/client';
import { SEED_AVAILABILITY, TABLES, type ColumnSpec, type TableName } from '../schema.js';
import { nowDatetime } from './datetime.js';
import { orderClause, parseListQuery, whereClause } from './query.js';
import { LocalNcbError, columnsOf, hasUserId, isTable, validateWrite, type StoredValue } from './validate.js';

export type StoredRow = Record<string, StoredValue>;

export interface ListResult {
  data: StoredRow[];
  metadata: { page: number; limit: number; hasMore: boolean; hasPrev: boolean; total?: number };
}

export interface LocalNcbStore {
  /** Resolves once tables exist and the availability seed is in; every method waits for it. */
  readonly ready: Promise<void>;
  create(table: string, body: unknown): Promise<number>;
  /** One page for NCB list parameters (query-string pairs or a search body's entries). */
  list(table: string, params: Iterable<[string, unknown]>): Promise<ListResult>;
  get(table: string, id: number): Promise<StoredRow | null>;
  /** false when no row has that id. */
  update(table: string, id: number, body: unknown): Promise<boolean>;
  remove(table: string, id: number): Promise<boolean>;
  /** Every row of a table, newest first (for the inspector). */
  listRows(table: TableName): Promise<StoredRow[]>;
  counts(): Promise<Record<TableName, number>>;
  /** Empties every table and restores the seed (tests). */
  reset(): Promise<void>;
}

const SQL_TYPE: Record<ColumnSpec['kind'], string> = {
  integer: 'INTEGER',
  number: 'REAL',
  string: 'TEXT',
  text: 'TEXT',
  datetime: 'TEXT',
  date: 'TEXT',
  enum: 'TEXT',
};

const q = (name: string) => `"${name}"`;

function tableOf(name: string): TableName {
  if (!isTable(name)) throw new LocalNcbError(404, `Table '${name}' not found`);
  return name;
}

function rowsOf(rs: ResultSet): StoredRow[] {
  return rs.rows.map((row) => Object.fromEntries(rs.columns.map((c, i) => [c, row[i] as StoredValue])));
}

/** Physical columns in table order: what CREATE TABLE declares (and what an old file may lack). */
function physicalColumns(table: TableName): [string, string][] {
  const cols: [string, string][] = [['created_at', 'TEXT NOT NULL']];
  if (hasUserId(table)) cols.push(['user_id', 'TEXT']);
  for (const [name, spec] of Object.entries(columnsOf(table))) cols.push([name, SQL_TYPE[spec.kind]]);
  return cols;
}

async function migrate(db: Client): Promise<void> {
  for (const table of TABLES) {
    const cols = physicalColumns(table);
    await db.execute(
      `CREATE TABLE IF NOT EXISTS ${q(table)} (id INTEGER PRIMARY KEY AUTOINCREMENT, ${cols.map(([n, t]) => `${q(n)} ${t}`).join(', ')})`,
    );
    // a database file from an earlier schema gets the columns added since (NEW columns land this way)
    const existing = new Set(rowsOf(await db.execute(`PRAGMA table_info(${q(table)})`)).map((r) => r.name));
    for (const [name, type] of cols) {
      if (!existing.has(name)) await db.execute(`ALTER TABLE ${q(table)} ADD COLUMN ${q(name)} ${type.replace(' NOT NULL', '')}`);
    }
    for (const [name, spec] of Object.entries(columnsOf(table))) {
      if (spec.unique) await db.execute(`CREATE UNIQUE INDEX IF NOT EXISTS ${q(`ux_${table}_${name}`)} ON ${q(table)} (${q(name)})`);
    }
  }
}

/**
 * The local NCB's data layer: one SQLite table per SCHEMA table, every write validated against the
 * schema exactly as the server will report it, datetimes stored and returned in NCB's ISO form.
 */
export function createLocalNcbStore(db: Client, opts: { now?: () => Date } = {}): LocalNcbStore {
  const now = opts.now ?? (() => new Date());

  async function assertUnique(table: TableName, values: Record<string, StoredValue>, exceptId?: number) {
    for (const [name, spec] of Object.entries(columnsOf(table))) {
      const v = values[name];
      if (!spec.unique || v === null || v === undefined) continue;
      const rs = await db.execute({
        sql: `SELECT id FROM ${q(table)} WHERE ${q(name)} = ? AND id != ? LIMIT 1`,
        args: [v, exceptId ?? -1],
      });
      if (rs.rows.length) throw new LocalNcbError(400, `duplicate value ${JSON.stringify(v)} for unique column '${name}'`);
    }
  }

  /** Runs a write, turning a UNIQUE violation that slipped past assertUnique (a race) into the same 400. */
  async function write(stmt: { sql: string; args: InValue[] }): Promise<ResultSet> {
    try {
      return await db.execute(stmt);
    } catch (e) {
      if (/UNIQUE constraint failed/i.test((e as Error).message)) throw new LocalNcbError(400, `duplicate value for a unique column: ${(e as Error).message}`);
      throw e;
    }
  }

  async function insert(table: TableName, body: unknown): Promise<number> {
    const values: Record<string, StoredValue> = { ...validateWrite(table, body, 'create'), created_at: nowDatetime(now()) };
    await assertUnique(table, values);
    const names = Object.keys(values);
    const rs = await write({
      sql: `INSERT INTO ${q(table)} (${names.map(q).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
      args: names.map((n) => values[n]),
    });
    return Number(rs.lastInsertRowid);
  }

  async function seed(): Promise<void> {
    const rs = await db.execute(`SELECT COUNT(*) AS n FROM ${q('availability_settings')}`);
    if (Number(rs.rows[0].n) === 0) for (const row of SEED_AVAILABILITY) await insert('availability_settings', row);
  }

  const ready = migrate(db).then(seed);
  // the caller sees a failed init through the first call; don't also crash the process on it
  ready.catch(() => undefined);

  return {
    ready,

    async create(name, body) {
      await ready;
      return insert(tableOf(name), body);
    },

    async list(name, params) {
      await ready;
      const table = tableOf(name);
      const query = parseListQuery(table, params);
      const where = whereClause(query.conditions);
      const rs = await db.execute({
        sql: `SELECT * FROM ${q(table)} ${where.sql} ${orderClause(query.sort)} LIMIT ? OFFSET ?`,
        args: [...where.args, query.limit + 1, (query.page - 1) * query.limit],
      });
      const rows = rowsOf(rs);
      const metadata: ListResult['metadata'] = {
        page: query.page,
        limit: query.limit,
        hasMore: rows.length > query.limit,
        hasPrev: query.page > 1,
      };
      if (query.includeTotal) {
        const count = await db.execute({ sql: `SELECT COUNT(*) AS n FROM ${q(table)} ${where.sql}`, args: where.args });
        metadata.total = Number(count.rows[0].n);
      }
      return { data: rows.slice(0, query.limit), metadata };
    },

    async get(name, id) {
      await ready;
      const rs = await db.execute({ sql: `SELECT * FROM ${q(tableOf(name))} WHERE id = ?`, args: [id] });
      return rowsOf(rs)[0] ?? null;
    },

    async update(name, id, body) {
      await ready;
      const table = tableOf(name);
      const values = validateWrite(table, body, 'update');
      // the store stamps updated_at wherever the schema has one (leads)
      if ('updated_at' in columnsOf(table)) values.updated_at = nowDatetime(now());
      const exists = await db.execute({ sql: `SELECT id FROM ${q(table)} WHERE id = ?`, args: [id] });
      if (!exists.rows.length) return false;
      await assertUnique(table, values, id);
      const names = Object.keys(values);
      if (names.length === 0) return true;
      const rs = await write({
        sql: `UPDATE ${q(table)} SET ${names.map((n) => `${q(n)} = ?`).join(', ')} WHERE id = ?`,
        args: [...names.map((n) => values[n]), id],
      });
      return rs.rowsAffected > 0;
    },

    async remove(name, id) {
      await ready;
      const rs = await db.execute({ sql: `DELETE FROM ${q(tableOf(name))} WHERE id = ?`, args: [id] });
      return rs.rowsAffected > 0;
    },

    async listRows(table) {
      await ready;
      return rowsOf(await db.execute(`SELECT * FROM ${q(tableOf(table))} ORDER BY id DESC`));
    },

    async counts() {
      await ready;
      const out = {} as Record<TableName, number>;
      for (const table of TABLES) out[table] = Number((await db.execute(`SELECT COUNT(*) AS n FROM ${q(table)}`)).rows[0].n);
      return out;
    },

    async reset() {
      await ready;
      for (const table of TABLES) await db.execute(`DELETE FROM ${q(table)}`);
      await db.execute({ sql: `DELETE FROM sqlite_sequence WHERE name IN (${TABLES.map(() => '?').join(', ')})`, args: TABLES });
      await seed();
    },
  };
}
