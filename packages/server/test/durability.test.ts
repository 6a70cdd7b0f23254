import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childServerEnv, killableServer } from './support/main-process.js';
import { managementToken, seedManagementCredentials } from './support/operations.js';
import { dialect } from './support/server.js';

/** The real server as a separate process, so it can be killed with SIGKILL mid-write. */
describe(`a server killed with SIGKILL keeps what it acknowledged (${dialect})`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-kill-'));
  let env: Record<string, string>;
  let url: string;
  let credentials: { id: string; secret: string };

  const { start, kill } = killableServer(() => ({ env, url }));

  beforeAll(async () => {
    ({ env, url } = await childServerEnv(dir, 'kill'));
    // First credentials, written the way the CLI does it, on the same database.
    credentials = await seedManagementCredentials(env);
    await start();
  });
  afterAll(async () => {
    await kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const token = () => managementToken(url, credentials);

  it('keeps every acknowledged write, its signing keys and tokens signed before the kill', async () => {
    const accessToken = await token();
    const jwksBefore = await (await fetch(`${url}/oidc/jwks`)).json();

    // Fire writes continuously and kill the process while they are in flight.
    const acknowledged: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop && i < 10_000; i++) {
        try {
          const response = await fetch(`${url}/api/applications`, {
            method: 'POST',
            headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
            body: JSON.stringify({ name: `app-${i}`, type: 'SPA' }),
          });
          if (response.status === 200) acknowledged.push((await response.json()).id);
        } catch {
          return;
        }
      }
    })();
    while (acknowledged.length < 20) await new Promise((r) => setTimeout(r, 10));
    await kill();
    stop = true;
    await writer;

    await start();
    expect(await (await fetch(`${url}/oidc/jwks`)).json()).toEqual(jwksBefore);
    // The token issued before the kill still authorizes: same keys, same master key.
    for (const id of acknowledged) {
      const response = await fetch(`${url}/api/applications/${id}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      });
      expect(response.status, `application ${id} acknowledged before the kill`).toBe(200);
    }
  });
});
