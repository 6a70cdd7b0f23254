import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely';
import pg from 'pg';
import { migrations } from './migrations.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Storage {
  /** The main realm: end users, their applications and everything the Management API manages. */
  db: Kysely<Database>;
  /** The admin realm: the same tables in their own namespace (a second SQLite file, or a PostgreSQL schema). */
  admin: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL's NOTIFY through the pool (cache invalidation, storage/notify-transport.ts). */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

// bigint columns hold epoch milliseconds, which fit in a JS number.
pg.types.setTypeParser(20, (value) => Number(value));

/** The PostgreSQL schema that holds the admin realm's tables. */
export const adminSchema = 'tessera_admin';

function sqliteFile(url: string): string {
  return url.slice('sqlite:'.length) || './data/tessera.db';
}

/** `./data/tessera.db` → `./data/tessera-admin.db`: the admin realm's file, next to the main one. */
export function adminSqliteFile(file: string): string {
  if (file === ':memory:') return file;
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}-admin${ext}`;
}

function openSqlite(file: string): Kysely<Database> {
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
  return new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }) });
}

/**
 * Transactions take the write lock when they begin (`begin immediate`). With several workers on
 * one file, a transaction that read and then writes would otherwise fail at once with
 * SQLITE_BUSY when another process wrote in between; waiting at the start honours busy_timeout.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
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

export async function migrate(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'tessera_migrations',
    ...(schema && { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
}

/**
 * The admin realm's schema. Two nodes starting at once would race on `create schema if not
 * exists` (it can fail with a unique violation), so creation is serialized by an advisory lock.
 */
async function createAdminSchema(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${adminSchema}))`.execute(trx);
    await trx.schema.createSchema(adminSchema).ifNotExists().execute();
  });
}

export async function openStorage(dbUrl: string, poolSize = 10): Promise<Storage> {
  const dialect: Dialect = dbUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  let db: Kysely<Database>;
  let admin: Kysely<Database>;
  let destroy: () => Promise<void>;
  if (dialect === 'sqlite') {
    const file = sqliteFile(dbUrl);
    db = openSqlite(file);
    admin = openSqlite(adminSqliteFile(file));
    destroy = async () => {
      await Promise.all([db.destroy(), admin.destroy()]);
    };
  } else {
    db = openPostgres(dbUrl, poolSize);
    // One pool for both realms; only the schema of unqualified names differs.
    admin = db.withSchema(adminSchema);
    destroy = () => db.destroy();
  }
  try {
    await migrate(db);
    if (dialect === 'postgres') await createAdminSchema(db);
    await migrate(admin, dialect === 'postgres' ? adminSchema : undefined);
  } catch (error) {
    await destroy();
    throw error;
  }
  // Closing twice is harmless (a pg pool refuses a second end()).
  let closing: Promise<void> | undefined;
  const notify = async (channel: string, payload: string) => {
    if (dialect === 'postgres') await sql`select pg_notify(${channel}, ${payload})`.execute(db);
  };
  return { db, admin, dialect, notify, close: () => (closing ??= destroy()) };
}

/** Unique-constraint violations, for stores that turn them into "already in use" errors. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | undefined;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export const toFlag = (value: boolean): 0 | 1 => (value ? 1 : 0);
