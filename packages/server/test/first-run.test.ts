import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startMainProcess } from './support/main-process.js';
import { dialect, freshDatabaseUrl } from './support/server.js';

const setupLine = /^No administrator yet\. Create the first one \(valid 1 h, single use\): (\S+)$/m;

/** `npm start` on a new data directory: the way in for the first Owner, and no open door after. */
describe(`first start (${dialect})`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-first-run-'));
  let env: Record<string, string>;
  let url: string;

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      ENDPOINT: url,
      DB_URL: await freshDatabaseUrl(dir),
      TESSERA_DATA_DIR: dir,
      TESSERA_LOG_LEVEL: 'silent',
    };
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a single-use setup link while no Owner exists, and nothing once one does', async () => {
    const first = await startMainProcess(env, url);
    const printed = (await first.output()).match(setupLine)?.[1];
    await first.stop();
    expect(printed).toMatch(new RegExp(`^${url}/console/setup#code=\\w{32}$`));

    // A restart replaces the code: the older link no longer works.
    const second = await startMainProcess(env, url);
    const link = (await second.output()).match(setupLine)?.[1] as string;
    expect(link).not.toBe(printed);
    const setup = (code: string) =>
      fetch(`${url}/api/console/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, username: 'founder', password: 'correct horse battery staple' }),
      });
    const codeOf = (value: string) => new URL(value).hash.slice('#code='.length);
    expect((await setup(codeOf(printed as string))).status).toBe(400);
    const created = await setup(codeOf(link));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ username: 'founder', role: 'owner' });
    await second.stop();

    const third = await startMainProcess(env, url);
    expect(await third.output()).not.toContain('No administrator yet');
    await third.stop();
  });
});
