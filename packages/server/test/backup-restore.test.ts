import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArchive, writeArchive } from '../src/cli/backup-archive.js';
import { openStorage } from '../src/storage/database.js';
import { cli, ensureBuiltCli } from './support/cli.js';
import { childServerEnv, startMainProcess } from './support/main-process.js';
import { type Credentials, managementToken, seedManagementCredentials } from './support/operations.js';
import { dialect } from './support/server.js';

function integrity(file: string): string {
  const db = new Sqlite(file, { readonly: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? '';
  } finally {
    db.close();
  }
}

function usernames(file: string): string[] {
  const db = new Sqlite(file, { readonly: true });
  try {
    return (db.prepare("select username from users where username like 'w%'").all() as Array<{ username: string }>).map(
      (row) => row.username,
    );
  } finally {
    db.close();
  }
}

describe.skipIf(dialect === 'postgres')('tessera backup and restore (sqlite)', { timeout: 90_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-backup-'));
  const masterKey = randomBytes(32).toString('base64');
  const backupFile = path.join(dir, 'backup.tar.gz');
  let env: Record<string, string>;
  let url: string;
  let credentials: Credentials;
  let server: Awaited<ReturnType<typeof startMainProcess>>;

  beforeAll(async () => {
    ensureBuiltCli();
    ({ env, url } = await childServerEnv(path.join(dir, 'live'), 'backup'));
    env.TESSERA_MASTER_KEY = masterKey;
    credentials = await seedManagementCredentials(env);
    server = await startMainProcess(env, url);
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a backup taken under write load restores to an intact database holding every acknowledged write', async () => {
    const token = await managementToken(url, credentials);
    // Three writers, each creating users one after the other; a user is acknowledged by its 200.
    const acknowledged: string[][] = [[], [], []];
    const attempted = new Set<string>();
    let stop = false;
    const writers = acknowledged.map(async (acks, n) => {
      for (let i = 0; !stop; i++) {
        const username = `w${n}_${i}`;
        attempted.add(username);
        const response = await fetch(`${url}/api/users`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ username }),
        });
        expect(response.status).toBe(200);
        acks.push(username);
      }
    });
    while (acknowledged.flat().length < 30) await new Promise((resolve) => setTimeout(resolve, 20));

    const acknowledgedBeforeBackup = acknowledged.flat();
    const taken = await cli(env, ['backup', backupFile]);
    const acknowledgedWhileBackingUp = acknowledged.flat().length - acknowledgedBeforeBackup.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop = true;
    await Promise.all(writers);
    expect(taken.stderr).toBe('');
    expect(taken.code).toBe(0);
    expect(taken.stdout).toMatch(/tessera\.db: \d+ bytes, migration \d{4}_\w+, integrity ok/);
    expect(taken.stdout).toMatch(/tessera-admin\.db: \d+ bytes/);
    // The load really ran during the backup.
    expect(acknowledgedWhileBackingUp).toBeGreaterThan(0);
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);

    // Restore into a fresh folder, with the same master key.
    const fresh = path.join(dir, 'restored');
    const restoredEnv = { ...(await childServerEnv(fresh, 'restored')).env, TESSERA_MASTER_KEY: masterKey };
    const restored = await cli(restoredEnv, ['restore', backupFile]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const mainFile = path.join(fresh, 'tessera.db');
    expect(integrity(mainFile)).toBe('ok');
    expect(integrity(path.join(fresh, 'tessera-admin.db'))).toBe('ok');

    const present = new Set(usernames(mainFile));
    for (const username of acknowledgedBeforeBackup)
      expect(present, `${username} was acknowledged`).toContain(username);
    for (const username of present) expect(attempted).toContain(username);
    // One point in time: each writer's users in the backup are a prefix of what it wrote.
    for (let n = 0; n < acknowledged.length; n++) {
      const indexes = [...present]
        .filter((username) => username.startsWith(`w${n}_`))
        .map((username) => Number(username.split('_')[1]))
        .sort((a, b) => a - b);
      expect(indexes).toEqual(indexes.map((_, i) => i));
    }

    // The restored data serves: the same credentials, signing keys and users.
    const { env: restartEnv, url: restartUrl } = await childServerEnv(fresh, 'restored');
    const second = await startMainProcess({ ...restartEnv, TESSERA_MASTER_KEY: masterKey }, restartUrl);
    try {
      const restartedToken = await managementToken(restartUrl, credentials);
      const listed = await fetch(`${restartUrl}/api/users?search=w0_0&page_size=5`, {
        headers: { authorization: `Bearer ${restartedToken}` },
      });
      expect(listed.status).toBe(200);
      expect((await listed.json()).map((user: { username: string }) => user.username)).toContain('w0_0');
    } finally {
      await second.stop();
    }
  });

  it('restore refuses while a server uses the data, and leaves it as it was', async () => {
    const before = usernames(path.join(dir, 'live', 'tessera.db')).length;
    const result = await cli(env, ['restore', backupFile]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('A Tessera server (or another tessera command) is using');
    expect(result.stderr).toContain('Stop it before restoring.');
    expect(fs.readdirSync(path.join(dir, 'live')).filter((name) => name.startsWith('pre-restore'))).toEqual([]);
    expect(usernames(path.join(dir, 'live', 'tessera.db')).length).toBe(before);
    expect((await fetch(`${url}/api/status`)).status).toBe(204);
  });

  it('restore refuses a damaged backup: a corrupt database, a truncated file, the wrong master key', async () => {
    const target = path.join(dir, 'target');
    const targetEnv = { ...(await childServerEnv(target, 'target')).env, TESSERA_MASTER_KEY: masterKey };

    // A database whose pages were overwritten, packed with a manifest that matches it: only
    // SQLite's integrity check can tell.
    const unpacked = fs.mkdtempSync(path.join(dir, 'unpacked-'));
    const files = await readArchive(backupFile, unpacked, new Set(['manifest.json', 'tessera.db', 'tessera-admin.db']));
    const db = files.get('tessera.db') as string;
    const bytes = fs.readFileSync(db);
    randomBytes(4096 * 3).copy(bytes, 4096 * 4);
    fs.writeFileSync(db, bytes);
    const manifestFile = files.get('manifest.json') as string;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    manifest.files['tessera.db'].sha256 = createHash('sha256').update(bytes).digest('hex');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const corrupt = path.join(dir, 'corrupt.tar.gz');
    await writeArchive(corrupt, [
      { name: 'manifest.json', file: manifestFile },
      { name: 'tessera.db', file: db },
      { name: 'tessera-admin.db', file: files.get('tessera-admin.db') as string },
    ]);
    const refused = await cli(targetEnv, ['restore', corrupt]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/The backup's tessera\.db fails SQLite's integrity check/);

    const truncated = path.join(dir, 'truncated.tar.gz');
    fs.writeFileSync(truncated, fs.readFileSync(backupFile).subarray(0, 2000));
    const cut = await cli(targetEnv, ['restore', truncated]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('is not a usable Tessera backup');

    const otherKey = await cli({ ...targetEnv, TESSERA_MASTER_KEY: randomBytes(32).toString('base64') }, [
      'restore',
      backupFile,
    ]);
    expect(otherKey.code).toBe(1);
    expect(otherKey.stderr).toContain('is not the one this backup was taken with');

    // Nothing was written by the refusals.
    expect(fs.existsSync(path.join(target, 'tessera.db'))).toBe(false);
  });

  it('backup never overwrites a file', async () => {
    const result = await cli(env, ['backup', backupFile]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('exists: choose a new name');
  });
});

describe.runIf(dialect === 'postgres')('tessera backup on PostgreSQL', () => {
  it('names the pg_dump and pg_restore commands instead of pretending, and they work', async () => {
    ensureBuiltCli();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-backup-pg-'));
    try {
      const { env } = await childServerEnv(dir, 'pgbackup');
      const file = path.join(dir, 'tessera.dump');
      const backup = await cli(env, ['backup', file]);
      expect(backup.code).toBe(1);
      expect(backup.stderr).toContain(`pg_dump --format=custom --file=${file} "$DB_URL"`);
      expect(fs.existsSync(file)).toBe(false);
      const restore = await cli(env, ['restore', file]);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toContain(
        `pg_restore --clean --if-exists --no-owner --exit-on-error --single-transaction --dbname="$DB_URL" ${file}`,
      );

      // The printed commands work: a dump restored over a database that changed since.
      const credentials = await seedManagementCredentials(env);
      const shell = (command: string, dbUrl: string) =>
        execFileSync('sh', ['-c', command], { env: { ...process.env, DB_URL: dbUrl }, stdio: 'pipe' });
      shell(`pg_dump --format=custom --file=${file} "$DB_URL"`, env.DB_URL as string);
      await seedManagementCredentials(env);
      shell(
        `pg_restore --clean --if-exists --no-owner --exit-on-error --single-transaction --dbname="$DB_URL" ${file}`,
        env.DB_URL as string,
      );
      const storage = await openStorage(env.DB_URL as string);
      try {
        const apps = await storage.db
          .selectFrom('applications')
          .select('id')
          .where('type', '=', 'MachineToMachine')
          .execute();
        expect(apps.map((app) => app.id)).toEqual([credentials.id]);
        // The admin realm's schema is in the dump too.
        expect(await storage.admin.selectFrom('roles').select('name').execute()).toHaveLength(3);
      } finally {
        await storage.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
