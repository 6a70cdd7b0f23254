import type * as oidc from 'openid-client';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { smtpConfig } from '../fakes/configs.js';
import { type ProviderFakes, startProviderFakes } from '../fakes/providers.js';
import { launchChromium } from './browser.js';
import { addCodeConnectors } from './code-connectors.js';
import { type ManagementApi, managementApi } from './management-client.js';
import { startTestServer, type TestServer } from './server.js';
import { socialApp } from './social-sign-in.js';

/**
 * The browser tests of the hosted pages that send codes: one server on the provider fakes, one
 * Chromium, an app to start interactions from, the code connectors and the sign-in experience
 * the file needs.
 */
export interface CodePagesEnv {
  server: TestServer;
  fakes: ProviderFakes;
  chromium: Browser;
  api: ManagementApi;
  config: oidc.Configuration;
  /** The code in the last email (SMTP fake) or text message (Twilio fake). */
  lastMailCode(): string;
  lastSmsCode(): string;
  /** A page in a fresh browser context (light, unless the options say otherwise). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

const codeIn = (body: string | undefined) => /(\d{6})/.exec(body ?? '')?.[1] as string;

export async function startCodePages(options: {
  /** `email`: the SMTP connector only; `email-and-sms`: Twilio too. */
  connectors: 'email' | 'email-and-sms';
  signInExperience?: Record<string, unknown>;
}): Promise<CodePagesEnv> {
  const fakes = await startProviderFakes();
  const [server, chromium] = await Promise.all([startTestServer(fakes.env), launchChromium()]);
  const api = await managementApi(server);
  const { config } = await socialApp(server);
  if (options.connectors === 'email-and-sms') await addCodeConnectors(api, fakes);
  else {
    const mail = await api.post('/connectors', {
      connectorId: 'simple-mail-transfer-protocol',
      config: smtpConfig(fakes.smtp.port),
    });
    expect(mail.status, JSON.stringify(mail.body)).toBe(200);
  }
  if (options.signInExperience) {
    const patched = await api.patch('/sign-in-exp', options.signInExperience);
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  }
  return {
    server,
    fakes,
    chromium,
    api,
    config,
    lastMailCode: () => codeIn(fakes.smtp.messages.at(-1)?.body),
    lastSmsCode: () => codeIn(fakes.twilio.messages.at(-1)?.body),
    newPage: async (contextOptions = {}) =>
      (await chromium.newContext({ colorScheme: 'light', ...contextOptions })).newPage(),
    close: async () => {
      await chromium.close();
      await server.stop();
      await fakes.close();
    },
  };
}
