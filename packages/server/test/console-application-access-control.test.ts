import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { openConsoleAs, signInToConsole, tick } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { completeExperience, Browser as HttpBrowser } from './support/sign-in.js';

describe.skipIf(dialect === 'postgres')(
  'browser: an application’s access control in the console',
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let chromium: Browser;
    let admin: Awaited<ReturnType<typeof signInToConsole>>;
    let api: ManagementApi;

    beforeAll(async () => {
      [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
      [admin, api] = await Promise.all([signInToConsole(chromium, server, 'admin'), managementApi(server)]);
    });
    afterAll(async () => {
      await Promise.all([chromium?.close(), server?.stop()]);
    });

    it('turns access control on for the chosen user; a real sign-in then lets her in and refuses another', async () => {
      const callback = 'http://localhost:3000/callback';
      const app = await createApp(server, 'SPA', [callback]);
      const alice = await createUser(server, { username: 'alice_access', name: 'Alice Access' });
      const bob = await createUser(server, { username: 'bob_access', name: 'Bob Access' });
      const { context, page, cspReports } = await open(`/console/applications/${app.id}`);
      await page.getByRole('tab', { name: 'Access control' }).click();
      const section = page.getByRole('region', { name: 'Access control' });
      const toggle = section.getByRole('switch', { name: 'Only let the chosen users sign in' });
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(false);
      expect(await axeLightAndDark(page)).toEqual([]);

      // On with nobody chosen would lock everyone out: said in words, nothing saved.
      await toggle.locator('xpath=ancestor::label[1]').click();
      await section.getByRole('button', { name: 'Save' }).click();
      await section.getByRole('alert').filter({ hasText: 'Choose at least one user, role or organization' }).waitFor();
      expect((await api.get(`/applications/${app.id}`)).body.appLevelAccessControlEnabled).toBe(false);

      await section.getByRole('searchbox', { name: 'Search users' }).fill('alice');
      await tick(page, 'Alice Access');
      await section.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Access control saved.').waitFor();
      expect((await api.get(`/applications/${app.id}/access-control`)).body.userIds).toEqual([alice.id]);
      expect((await api.get(`/applications/${app.id}`)).body.appLevelAccessControlEnabled).toBe(true);
      expect(await axeLightAndDark(page)).toEqual([]);

      // A reload shows what is stored, by name.
      await page.reload();
      await page.getByRole('tab', { name: 'Access control' }).click();
      await section.getByRole('button', { name: 'Remove Alice Access' }).waitFor();
      expect(await section.getByRole('switch', { name: 'Only let the chosen users sign in' }).isChecked()).toBe(true);
      expect(cspReports).toEqual([]);
      await context.close();

      // The Experience API as the sign-in page drives it: Alice gets through, Bob is refused.
      const config = await clientConfig(server, app.id);
      for (const [user, allowed] of [
        [alice, true],
        [bob, false],
      ] as const) {
        const browser = new HttpBrowser(server.url);
        const request = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid' });
        await (await browser.follow(request.url)).response?.body?.cancel();
        const submit = completeExperience(browser, { username: user.username as string, password });
        if (allowed) await expect(submit).resolves.toContain('/oidc/auth/');
        else await expect(submit).rejects.toThrow(/oidc.access_denied/);
      }
    });

    const open = (path: string) => openConsoleAs(chromium, server, admin, path);
  },
);
