import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSchema, adminSqliteFile, openStorage } from '../src/storage/database.js';
import { migrations } from '../src/storage/migrations.js';
import { startScript } from './support/cli.js';
import { mainJs } from './support/main-process.js';
import { dialect, freshDatabaseUrl } from './support/server.js';

const latest = Object.keys(migrations).sort().at(-1);

/** Both realms without running any migration (openStorage would). */
async function withRawRealms<T>(dbUrl: string, run: (realms: Kysely<any>[]) => Promise<T>): Promise<T> {
  let db: Kysely<any>;
  let admin: Kysely<any>;
  if (dialect === 'sqlite') {
    const file = dbUrl.slice('sqlite:'.length);
    db = new Kysely({ dialect: new SqliteDialect({ database: new Sqlite(file) }) });
    admin = new Kysely({ dialect: new SqliteDialect({ database: new Sqlite(adminSqliteFile(file)) }) });
  } else {
    db = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: dbUrl, max: 1 }) }) });
    admin = db.withSchema(adminSchema);
  }
  try {
    return await run([db, admin]);
  } finally {
    await db.destroy();
    if (dialect === 'sqlite') await admin.destroy();
  }
}

/** Tables, columns and recorded migrations of both realms: what a refused start must leave as it was. */
async function snapshot(dbUrl: string): Promise<unknown> {
  return withRawRealms(dbUrl, (realms) => shapeOf(realms));
}

async function shapeOf(realms: Kysely<any>[]): Promise<unknown> {
  const shape = [];
  for (const db of realms) {
    const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
    shape.push(
      tables
        .filter((table) => dialect === 'sqlite' || table.schema === (db === realms[0] ? 'public' : adminSchema))
        .map((table) => `${table.name}(${table.columns.map((column) => column.name).join(',')})`)
        .sort(),
      await db.selectFrom('tessera_migrations').select(['name', 'timestamp']).orderBy('name').execute(),
    );
  }
  return shape;
}

async function recordMigration(db: Kysely<any>, name: string) {
  await db.insertInto('tessera_migrations').values({ name, timestamp: new Date().toISOString() }).execute();
}

describe(`a database schema newer than the code (${dialect})`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-schema-'));
  let dbUrl: string;

  beforeAll(async () => {
    dbUrl = await freshDatabaseUrl(dir);
    await (await openStorage(dbUrl)).close();
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the server refuses to start, says which release to run, exits non-zero and changes nothing', async () => {
    await withRawRealms(dbUrl, ([db]) => recordMigration(db as Kysely<any>, '9000_from_the_future'));
    const before = await snapshot(dbUrl);
    const dataDir = path.join(dir, 'node-data');
    try {
      const result = await startScript(mainJs, {
        DB_URL: dbUrl,
        TESSERA_DATA_DIR: dataDir,
        PORT: '0',
        HOST: '127.0.0.1',
        TESSERA_LOG_LEVEL: 'silent',
      }).done;

      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `The database schema is at migration 9000_from_the_future, newer than this Tessera (latest ${latest}). ` +
          'Upgrade Tessera to the release that added it, or a later one. Nothing was changed.',
      );
      expect(result.stdout).toBe('');
      // No master key written, no schema change, no migration recorded.
      expect(fs.existsSync(dataDir)).toBe(false);
      expect(await snapshot(dbUrl)).toEqual(before);
    } finally {
      await withRawRealms(dbUrl, ([db]) =>
        (db as Kysely<any>).deleteFrom('tessera_migrations').where('name', '=', '9000_from_the_future').execute(),
      );
    }
  });

  it('checks both realms before running its own pending migrations', async () => {
    await withRawRealms(dbUrl, ([, admin]) => recordMigration(admin as Kysely<any>, '9500_from_the_future'));
    const before = await snapshot(dbUrl);
    try {
      // This node has a migration of its own to run: it must not run it on either realm.
      const probe = {
        '9100_probe': {
          up: async (db: Kysely<any>) => {
            await db.schema.createTable('probe').addColumn('id', 'integer').execute();
          },
        },
      };
      await expect(openStorage(dbUrl, 10, { extraMigrations: probe })).rejects.toThrow(
        'The database schema (admin realm) is at migration 9500_from_the_future, newer than this Tessera (latest 9100_probe).',
      );
      expect(await snapshot(dbUrl)).toEqual(before);
    } finally {
      await withRawRealms(dbUrl, ([, admin]) =>
        (admin as Kysely<any>).deleteFrom('tessera_migrations').where('name', '=', '9500_from_the_future').execute(),
      );
    }
  });

  it('an added migration can only come after the built-in ones', async () => {
    await expect(
      openStorage(dbUrl, 10, { extraMigrations: { '0001_initial': { up: async () => {} } } }),
    ).rejects.toThrow(`An added migration (0001_initial) must come after ${latest}.`);
  });
  // Last: it leaves the unknown row in place.
  it('refuses a migration it does not know even when it sorts earlier (another build)', async () => {
    await withRawRealms(dbUrl, ([db]) => recordMigration(db as Kysely<any>, '0000_other_build'));
    await expect(openStorage(dbUrl)).rejects.toThrow(
      `The database schema holds migration 0000_other_build, which this Tessera (latest ${latest}) does not know`,
    );
  });
});
