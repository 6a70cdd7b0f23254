import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSqliteFile } from '../src/storage/database.js';
import { createUser } from './support/oidc-fixtures.js';
import { startTestServer, type TestServer } from './support/server.js';

/**
 * On a first start with the default SQLite storage, the database, its WAL and shared-memory
 * files and the generated master key are readable by their owner only, in folders only the
 * owner can enter, even under the common umask 022.
 */
describe('data files are private to their owner (sqlite)', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-modes-'));
  const dataDir = path.join(root, 'state', 'data');
  const dbFile = path.join(root, 'db', 'tessera.db');
  let server: TestServer;
  let umask: number;
  const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

  beforeAll(async () => {
    umask = process.umask(0o022);
    server = await startTestServer({ TESSERA_DATA_DIR: dataDir, DB_URL: `sqlite:${dbFile}` });
    await createUser(server); // a write, so the WAL holds something
  });
  afterAll(async () => {
    await server.stop();
    process.umask(umask);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('creates the folders 0700 and the database, -wal, -shm and master.key 0600', () => {
    expect(modeOf(dataDir).toString(8)).toBe('700');
    expect(modeOf(path.dirname(dbFile)).toString(8)).toBe('700');
    // The admin realm's database sits next to the main one.
    const databases = [dbFile, adminSqliteFile(dbFile)].flatMap((file) => [file, `${file}-wal`, `${file}-shm`]);
    for (const file of [...databases, path.join(dataDir, 'master.key')])
      expect({ file, mode: modeOf(file).toString(8) }).toEqual({ file, mode: '600' });
  });
});
