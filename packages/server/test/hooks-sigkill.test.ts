import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { type HookReceiver, signatureValid, startHookReceiver } from './support/hook-receiver.js';
import { childServerEnv, freePort, killableServer } from './support/main-process.js';
import { authorizationRequest, clientConfig, password } from './support/oidc-fixtures.js';
import { dialect, type TestServer } from './support/server.js';
import { Browser, signIn } from './support/sign-in.js';

/**
 * The outbox survives a crash: with the receiver down, a sign-up is acknowledged, the server is
 * killed with SIGKILL, and the delivery arrives once the receiver and a restarted server are back.
 */
describe(`webhook deliveries survive SIGKILL (${dialect})`, { timeout: 60_000 }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tessera-hook-kill-'));
  const callback = 'http://localhost:3000/callback';
  let env: Record<string, string>;
  let url: string;
  let receiverPort: number;
  let receiver: HookReceiver | undefined;
  let hook: { id: string; signingKey: string };
  let appId: string;

  const { start, kill } = killableServer(() => ({ env, url }));

  beforeAll(async () => {
    receiverPort = await freePort();
    const child = await childServerEnv(dir, 'hookkill');
    url = child.url;
    env = {
      ...child.env,
      TESSERA_HOOKS_RETRY_BASE_MS: '100',
      TESSERA_HOOKS_POLL_MS: '200',
      TESSERA_HOOKS_TIMEOUT_MS: '1000',
    };
    // The hook and an app, written through the services on the same database (as the CLI does).
    const services = await createServices(loadConfig(env), pino({ level: 'silent' }));
    hook = await services.hooks.service.create({
      name: 'crm',
      events: ['PostRegister', 'User.Created'],
      config: { url: `http://127.0.0.1:${receiverPort}/hook` },
    });
    const app = await services.applications.create({
      name: 'spa',
      type: 'SPA',
      oidcClientMetadata: { redirectUris: [callback], postLogoutRedirectUris: [] },
    });
    appId = app.id;
    await services.storage.close();
    await start();
  });
  afterAll(async () => {
    await kill();
    await receiver?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('delivers PostRegister and User.Created after the receiver and the restarted server are back', async () => {
    const server = { url, issuer: `${url}/oidc` } as TestServer;
    const config = await clientConfig(server, appId);
    const username = `killed_${Date.now()}`;
    const request = await authorizationRequest(config, { redirect_uri: callback, first_screen: 'register' });
    await signIn(new Browser(url), request.url, { username, password }, 'register');
    // Let the dispatcher try (and fail) at least once while the receiver is down.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await kill();

    receiver = await startHookReceiver(receiverPort);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(receiver.received).toEqual([]);
    await start();
    await expect
      .poll(() => receiver?.received.map((item) => item.body.event).sort(), { timeout: 20_000, interval: 100 })
      .toEqual(['PostRegister', 'User.Created']);
    for (const item of receiver.received) {
      expect(signatureValid(item, hook.signingKey)).toBe(true);
      expect(item.body.hookId).toBe(hook.id);
    }
    expect(receiver.of('PostRegister')[0]!.body.user.username).toBe(username);
    expect(receiver.of('User.Created')[0]!.body.data.username).toBe(username);
  });
});
