import type * as oidc from 'openid-client';
import { expect } from 'vitest';
import { type ProviderFakes, startProviderFakes } from '../fakes/providers.js';
import { addCodeConnectors, codeSignInMethods } from './code-connectors.js';
import { type ManagementApi, managementApi } from './management-client.js';
import { startTestServer, type TestServer } from './server.js';
import { Browser } from './sign-in.js';
import { openInteraction, socialApp } from './social-sign-in.js';

export interface CodeSignInServer {
  server: TestServer;
  fakes: ProviderFakes;
  api: ManagementApi;
  config: oidc.Configuration;
  /** A browser holding an interaction opened by the app and bound to this event. */
  interaction(event?: string): Promise<Browser>;
  /** The latest code the fake SMS provider received. */
  lastSmsCode(): string;
  /** The latest code the fake SMTP server received. */
  lastMailCode(): string;
  close(): Promise<void>;
}

/** A server with the fake SMS and e-mail providers, code sign-in methods and an app opening interactions. */
export async function startCodeSignInServer(env: Record<string, string> = {}): Promise<CodeSignInServer> {
  const fakes = await startProviderFakes();
  const server = await startTestServer({ ...fakes.env, ...env });
  const api = await managementApi(server);
  const { config } = await socialApp(server);
  await addCodeConnectors(api, fakes);
  expect((await api.patch('/sign-in-exp', { signIn: { methods: codeSignInMethods } })).status).toBe(200);
  return {
    server,
    fakes,
    api,
    config,
    async interaction(event = 'SignIn') {
      const browser = new Browser(server.url);
      await openInteraction(browser, config);
      expect((await browser.api('PUT', '', { interactionEvent: event })).status).toBe(204);
      return browser;
    },
    lastSmsCode: () => /(\d{6})/.exec(fakes.twilio.messages.at(-1)?.body ?? '')?.[1] as string,
    lastMailCode: () => /(\d{6})/.exec(fakes.smtp.messages.at(-1)?.body ?? '')?.[1] as string,
    async close() {
      await server.stop();
      await fakes.close();
    },
  };
}
