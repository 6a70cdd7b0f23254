import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type LogEvent,
  type Migration,
  type MigrationProvider,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely';
import type pg from 'pg';
import { holdDataLock } from './data-lock.js';
import { migrations } from './migrations.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Storage {
  /** The main realm: end users, their applications and everything the Management API manages. */
  db: Kysely<Database>;
  /** The admin realm: the same tables in their own namespace (a second SQLite file, or a PostgreSQL schema). */
  admin: Kysely<Database>;
  dialect: Dialect;
  /** The PostgreSQL pool's connections, for metrics; undefined on SQLite. */
  poolStats(): { total: number; idle: number; waiting: number } | undefined;
  /** PostgreSQL's NOTIFY through the pool (cache invalidation, storage/notify-transport.ts). */
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

/** Told of every query (Kysely's `log`), for its latency; set only when metrics are on. */
export type QueryLog = (event: LogEvent) => void;

/** The PostgreSQL schema that holds the admin realm's tables. */
export const adminSchema = 'tessera_admin';

export function sqliteFile(url: string): string {
  return url.slice('sqlite:'.length) || './data/tessera.db';
}

/** `./data/tessera.db` → `./data/tessera-admin.db`: the admin realm's file, next to the main one. */
export function adminSqliteFile(file: string): string {
  if (file === ':memory:') return file;
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}-admin${ext}`;
}

function openSqlite(file: string, log?: QueryLog): Kysely<Database> {
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
  return new Kysely<Database>({
    dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
    ...(log && { log }),
  });
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

async function openPostgres(
  url: string,
  poolSize: number,
  log?: QueryLog,
): Promise<{ db: Kysely<Database>; pool: pg.Pool }> {
  // Loaded only for PostgreSQL: a SQLite node never pays pg's memory and start-up time.
  const { default: pg } = await import('pg');
  // bigint columns hold epoch milliseconds, which fit in a JS number.
  pg.types.setTypeParser(20, (value) => Number(value));
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => undefined);
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log && { log }) }), pool };
}

export class SchemaVersionError extends Error {
  readonly code = 'storage.schema_newer_than_code';
}

/** The migrations this build runs, with the ones a caller adds (tests that play a newer release). */
function migrationsWith(extra: Record<string, Migration> = {}): Record<string, Migration> {
  const latest = Object.keys(migrations).sort().at(-1) ?? '';
  for (const name of Object.keys(extra))
    if (name <= latest) throw new Error(`An added migration (${name}) must come after ${latest}.`);
  return { ...migrations, ...extra };
}

/** The migrations already run on this database (none when it has no migration table yet). */
async function executedMigrations(db: Kysely<Database>): Promise<string[]> {
  try {
    const rows = await (db as Kysely<any>).selectFrom('tessera_migrations').select('name').execute();
    return rows.map((row: { name: string }) => row.name).sort();
  } catch (error) {
    // SQLite: no such table; PostgreSQL: undefined table (42P01) or schema (3F000).
    const code = (error as { code?: string }).code;
    if (code === '42P01' || code === '3F000' || /no such table/.test(String(error))) return [];
    throw error;
  }
}

/**
 * Why a node must not run on a database whose executed migrations are `executed`: one it does
 * not know was run by a newer release (or another build), and this code may not read that schema.
 */
export function schemaProblem(
  executed: string[],
  known: Record<string, Migration> = migrations,
  realm = 'default',
): string | undefined {
  const latest = Object.keys(known).sort().at(-1);
  const unknown = executed.filter((name) => !(name in known)).sort();
  const newest = unknown.at(-1);
  if (!newest) return undefined;
  const where = realm === 'admin' ? ' (admin realm)' : '';
  if (latest === undefined || newest > latest)
    return (
      `The database schema${where} is at migration ${newest}, newer than this Tessera (latest ${latest}). ` +
      'Upgrade Tessera to the release that added it, or a later one. Nothing was changed.'
    );
  return (
    `The database schema${where} holds migration ${unknown[0]}, which this Tessera (latest ${latest}) does not know: ` +
    'it was migrated by a different build. Run the build that migrated it. Nothing was changed.'
  );
}

/** A node older than its database stops before it changes anything. */
async function assertSchemaKnown(db: Kysely<Database>, known: Record<string, Migration>, realm: string) {
  const problem = schemaProblem(await executedMigrations(db), known, realm);
  if (problem) throw new SchemaVersionError(problem);
}

export async function migrate(
  db: Kysely<Database>,
  schema?: string,
  known: Record<string, Migration> = migrations,
): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => known };
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'tessera_migrations',
    ...(schema && { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    // A newer node may have migrated between our check and the migration lock: say so plainly.
    await assertSchemaKnown(db, known, schema === adminSchema ? 'admin' : 'default');
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

export interface StorageOptions {
  /** Told of every query, for metrics. */
  log?: QueryLog;
  /**
   * Migrations run after this build's own, for tests that play a newer release on the same
   * database. Only code can pass them (no setting reaches this), and they can only come after
   * the built-in ones.
   */
  extraMigrations?: Record<string, Migration>;
}

export async function openStorage(dbUrl: string, poolSize = 10, options: StorageOptions = {}): Promise<Storage> {
  const { log } = options;
  const known = migrationsWith(options.extraMigrations);
  const dialect: Dialect = dbUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  let db: Kysely<Database>;
  let admin: Kysely<Database>;
  let destroy: () => Promise<void>;
  let poolStats: Storage['poolStats'] = () => undefined;
  if (dialect === 'sqlite') {
    const file = sqliteFile(dbUrl);
    const lock = holdDataLock(file);
    db = openSqlite(file, log);
    admin = openSqlite(adminSqliteFile(file), log);
    destroy = async () => {
      await Promise.all([db.destroy(), admin.destroy()]);
      lock.release();
    };
  } else {
    const opened = await openPostgres(dbUrl, poolSize, log);
    db = opened.db;
    const { pool } = opened;
    poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
    // One pool for both realms; only the schema of unqualified names differs.
    admin = db.withSchema(adminSchema);
    destroy = () => db.destroy();
  }
  try {
    // Both realms are checked before either is touched.
    await assertSchemaKnown(db, known, 'default');
    await assertSchemaKnown(admin, known, 'admin');
    await migrate(db, undefined, known);
    if (dialect === 'postgres') await createAdminSchema(db);
    await migrate(admin, dialect === 'postgres' ? adminSchema : undefined, known);
  } catch (error) {
    await destroy();
    throw error;
  }
  // Closing twice is harmless (a pg pool refuses a second end()).
  let closing: Promise<void> | undefined;
  const notify = async (channel: string, payload: string) => {
    if (dialect === 'postgres') await sql`select pg_notify(${channel}, ${payload})`.execute(db);
  };
  return { db, admin, dialect, poolStats, notify, close: () => (closing ??= destroy()) };
}

/** Unique-constraint violations, for stores that turn them into "already in use" errors. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | undefined;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

export const toFlag = (value: boolean): 0 | 1 => (value ? 1 : 0);
