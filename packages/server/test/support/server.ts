import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { startServer } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

export const dialect = process.env.TEST_POSTGRES === '1' ? 'postgres' : 'sqlite';

export async function freshDatabaseUrl(dir: string): Promise<string> {
  const base = inject('postgresUrl');
  if (!base) return `sqlite:${path.join(dir, 'tessera.db')}`;
  const name = `t_${path.basename(dir).replace(/\W/g, '_').toLowerCase()}`;
  const admin = new pg.Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return `${base}/${name}`;
}

/**
 * Starts the real server in this process on a random loopback port with a fresh database
 * (SQLite file, or a new PostgreSQL database when TEST_POSTGRES=1).
 */
export async function startTestServer(env: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-test-'));
  const dbUrl = env.DB_URL ?? (await freshDatabaseUrl(dir));
  // Port 0 picks a free port; ENDPOINT must then follow the real one, so listen first on a probe.
  const port = env.PORT
    ? Number(env.PORT)
    : await new Promise<number>((resolve) => {
        const probe = net.createServer();
        probe.listen(0, '127.0.0.1', () => {
          const chosen = (probe.address() as net.AddressInfo).port;
          probe.close(() => resolve(chosen));
        });
      });
  const config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    DB_URL: dbUrl,
    TESSERA_DATA_DIR: dir,
    TESSERA_LOG_LEVEL: 'silent',
    TESSERA_REFRESH_TOKEN_REUSE_LEEWAY: '0',
    ...env,
  });
  const server = await startServer(config);
  return {
    ...server,
    config,
    dataDir: dir,
    dbUrl,
    url: config.endpoint,
    issuer: config.issuer,
    async stop() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
