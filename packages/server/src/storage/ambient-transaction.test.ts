import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAmbientDatabase } from './ambient-transaction.js';

interface DB {
  items: { name: string };
}

describe('createAmbientDatabase', () => {
  let root: Kysely<DB>;
  let ambient: ReturnType<typeof createAmbientDatabase<DB>>;
  const names = async () =>
    (await root.selectFrom('items').select('name').orderBy('name').execute()).map((r) => r.name);
  const insert = (name: string) => ambient.db.insertInto('items').values({ name }).execute();

  beforeEach(async () => {
    root = new Kysely<DB>({ dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }) });
    await root.schema
      .createTable('items')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .execute();
    ambient = createAmbientDatabase(root);
  });
  afterEach(() => root.destroy());

  it('is the plain database outside a scope', async () => {
    await insert('a');
    await ambient.db.transaction().execute((trx) => trx.insertInto('items').values({ name: 'b' }).execute());
    expect(await names()).toEqual(['a', 'b']);
  });

  it('undoes every write of the scope when it fails, nested transactions included', async () => {
    await expect(
      ambient.transaction(async () => {
        await insert('a');
        await ambient.db.transaction().execute((trx) => trx.insertInto('items').values({ name: 'b' }).execute());
        throw new Error('the outbox refused the row');
      }),
    ).rejects.toThrow('the outbox refused the row');
    expect(await names()).toEqual([]);
  });

  it('turns a nested transaction into a savepoint: its failure undoes only its own writes', async () => {
    await ambient.transaction(async () => {
      await insert('a');
      await expect(
        ambient.db.transaction().execute(async (trx) => {
          await trx.insertInto('items').values({ name: 'b' }).execute();
          await trx.insertInto('items').values({ name: 'a' }).execute(); // unique violation
        }),
      ).rejects.toThrow(/UNIQUE/);
      await insert('c');
    });
    expect(await names()).toEqual(['a', 'c']);
  });

  it('leaves other async chains, and timers that outlive the scope, on the plain database', async () => {
    let late: Promise<unknown> | undefined;
    await ambient.transaction(async () => {
      await insert('in-scope');
      late = new Promise((resolve) => setTimeout(() => resolve(insert('after-scope')), 20));
    });
    await late;
    await expect(
      ambient.transaction(async () => {
        await insert('rolled-back');
        throw new Error('fail');
      }),
    ).rejects.toThrow('fail');
    expect(await names()).toEqual(['after-scope', 'in-scope']);
  });
});
