import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, type Migration, type MigrationProvider, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrations } from './migrations.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Storage {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

// bigint columns hold epoch milliseconds, which fit in a JS number.
pg.types.setTypeParser(20, (value) => Number(value));

function openSqlite(url: string): Kysely<Database> {
  const file = url.slice('sqlite:'.length) || './data/tessera.db';
  if (file !== ':memory:') {
    // Owner-only: the folder we create (never loosened or tightened if it exists) and a new
    // database file; SQLite creates its -wal and -shm files with the database file's mode.
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
    fs.closeSync(fs.openSync(file, 'a', 0o600));
  }
  const sqlite = new SqliteDatabase(file);
  // WAL + NORMAL survives a killed process (the OS keeps the log); foreign keys enforce cascades.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/**
 * Kysely prepares every query anew; compiling the SQL costs as much as running it on the
 * hot paths. Statements are reusable, so keep the recent ones (bounded: `in (…)` lists vary).
 */
function withStatementCache(sqlite: SqliteDatabase.Database) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 500) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

function openPostgres(url: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

const provider: MigrationProvider = {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  },
};

export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'tessera_migrations' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

export async function openStorage(dbUrl: string, poolSize = 10): Promise<Storage> {
  const dialect: Dialect = dbUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  const db = dialect === 'sqlite' ? openSqlite(dbUrl) : openPostgres(dbUrl, poolSize);
  await migrate(db);
  // Closing twice is harmless (a pg pool refuses a second end()).
  let closing: Promise<void> | undefined;
  return { db, dialect, close: () => (closing ??= db.destroy()) };
}

/** Unique-constraint violations, for stores that turn them into "already in use" errors. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | undefined;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export const toFlag = (value: boolean): 0 | 1 => (value ? 1 : 0);
