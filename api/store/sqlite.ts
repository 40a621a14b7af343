import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClient, type Client } from '@libsql/client';

/** How long a connection waits for another connection's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens an embedded SQLite database: a file path (its directory is created) or ':memory:'.
 * File databases use WAL so the inspector's reads never block the API's writes, and a busy timeout
 * (applied by libsql to every pooled connection) so concurrent writers queue instead of failing.
 */
export function openSqlite(file: string): Client {
  if (file === ':memory:') return createClient({ url: ':memory:' });
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  const db = createClient({ url: pathToFileURL(path).href, timeout: BUSY_TIMEOUT_MS });
  // journal_mode is a property of the file, so setting it once on any connection is enough. The client
  // borrows its connection synchronously here, so this runs before any statement issued after us.
  db.execute('PRAGMA journal_mode=WAL').catch((e: unknown) => {
    console.warn(`sqlite: could not enable WAL on ${path}: ${(e as Error).message}`);
  });
  // With WAL, NORMAL still survives a killed process (only a power cut can lose the last commits) and makes a
  // commit ~60× cheaper than FULL's fsync, which otherwise blocks the event loop on every acknowledged job.
  db.execute('PRAGMA synchronous=NORMAL').catch(() => undefined);
  return db;
}
