import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { migrations } from '../src/storage/migrations.js';
import { startScript } from './support/cli.js';
import { childServerEnv, freePort, mainJs, startMainProcess } from './support/main-process.js';
import { type Credentials, managementToken, seedManagementCredentials } from './support/operations.js';
import { dialect } from './support/server.js';

/**
 * Two nodes on one PostgreSQL database. Node B runs this build as `node dist/server.js`; node A
 * plays the next release: this build plus one additive migration, passed to startServer in code
 * (no setting can add migrations).
 */
const upgrade = {
  '0999_rolling_upgrade_probe': {
    async up(db: Kysely<any>) {
      // Expand steps only: a nullable column on a table the old code writes, a table, an index.
      await db.schema.alterTable('users').addColumn('upgrade_probe', 'text').execute();
      await db.schema
        .createTable('upgrade_probes')
        .addColumn('id', 'varchar(21)', (c) => c.primaryKey())
        .addColumn('user_id', 'varchar(21)', (c) => c.references('users.id').onDelete('cascade'))
        .execute();
      await db.schema.createIndex('users_upgrade_probe').on('users').column('upgrade_probe').execute();
    },
  },
};
const latest = Object.keys(migrations).sort().at(-1);

describe.runIf(dialect === 'postgres')('a rolling upgrade of two nodes on one PostgreSQL', { timeout: 90_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-rolling-'));
  let env: Record<string, string>;
  let url: string;
  let credentials: Credentials;

  beforeAll(async () => {
    ({ env, url } = await childServerEnv(dir, 'rolling'));
    credentials = await seedManagementCredentials(env);
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('node B keeps serving while node A migrates, and B refuses to start again on the newer schema', async () => {
    const nodeB = await startMainProcess(env, url);
    const token = await managementToken(url, credentials);

    // Light, steady load on B: a write and a read every few milliseconds, every answer recorded.
    const failures: string[] = [];
    const written: string[] = [];
    let stop = false;
    let i = 0;
    const load = (async () => {
      while (!stop) {
        const username = `b_${i++}`;
        const created = await fetch(`${url}/api/users`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ username }),
        }).catch((error) => ({ status: String(error) }));
        if (created.status === 200) written.push(username);
        else failures.push(`POST ${username}: ${created.status}`);
        const read = await fetch(`${url}/api/users?page_size=5`, {
          headers: { authorization: `Bearer ${token}` },
        }).catch((error) => ({ status: String(error) }));
        if (read.status !== 200) failures.push(`GET: ${read.status}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    while (written.length < 5) await new Promise((resolve) => setTimeout(resolve, 20));

    // Node A: same ENDPOINT and master key behind the load balancer, its own port, the next release.
    const port = await freePort();
    const nodeA = await startServer(loadConfig({ ...env, PORT: String(port), TESSERA_LOG_LEVEL: 'silent' }), {
      extraMigrations: upgrade,
    });
    try {
      const migratedAt = written.length;
      while (written.length < migratedAt + 10) await new Promise((resolve) => setTimeout(resolve, 20));
      stop = true;
      await load;

      expect(failures).toEqual([]);
      const db = nodeA.services.db as unknown as Kysely<any>;
      const recorded = await db
        .selectFrom('tessera_migrations')
        .select('name')
        .orderBy('name', 'desc')
        .limit(1)
        .execute();
      expect(recorded).toEqual([{ name: '0999_rolling_upgrade_probe' }]);
      // Everything B acknowledged, before and after the migration, is in the shared database.
      const stored = await db.selectFrom('users').select('username').where('username', 'like', 'b\\_%').execute();
      expect(new Set(stored.map((row) => row.username))).toEqual(new Set(written));
      // A serves B's users too (same issuer, same keys).
      const viaA = await fetch(`http://127.0.0.1:${port}/api/users?search=b_0&page_size=5`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(viaA.status).toBe(200);
      await sql`update users set upgrade_probe = 'a' where username = 'b_0'`.execute(db);

      // B, stopped and started again with the old code, is older than the schema now.
      await nodeB.stop();
      expect(nodeB.child.exitCode).toBe(0);
      const { code, stderr } = await startScript(mainJs, env).done;
      expect(code).toBe(1);
      expect(stderr).toContain(
        `The database schema is at migration 0999_rolling_upgrade_probe, newer than this Tessera (latest ${latest}). Upgrade Tessera`,
      );
    } finally {
      stop = true;
      await load;
      await nodeA.close();
      if (nodeB.child.exitCode === null) await nodeB.stop();
    }
  });
});
