import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { openConsoleAs, signInToConsole } from './support/console.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

describe.skipIf(dialect === 'postgres')(
  'browser: the console section for apps identified by a metadata document',
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let chromium: Browser;
    let admin: Administrator;
    let viewer: Administrator;

    beforeAll(async () => {
      [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
      [admin, viewer] = await Promise.all([
        signInToConsole(chromium, server, 'admin'),
        signInToConsole(chromium, server, 'viewer'),
      ]);
    });
    afterAll(async () => {
      await Promise.all([chromium?.close(), server?.stop()]);
    });

    it('an administrator turns them on and chooses what they may ask for; a viewer cannot', async () => {
      const api = await managementApi(server);
      const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/applications');
      const section = page.getByRole('region', { name: 'Apps identified by a metadata document' });
      const toggle = section.getByRole('switch', { name: 'Accept apps identified by a metadata document' });
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(false);
      expect(await axeLightAndDark(page)).toEqual([]);

      await toggle.locator('xpath=ancestor::label').click();
      await page.getByText('Apps identified by a metadata document are now accepted.').waitFor();
      expect((await api.get('/configs/cimd')).body).toEqual({ enabled: true });

      const pick = (name: string) => section.getByRole('checkbox', { name }).locator('xpath=ancestor::label').click();
      await pick('Email address');
      await page.getByText('What these apps may ask for is saved.').waitFor();
      expect((await api.get('/cimd/user-consent-scopes')).body.userScopes).toEqual(['email']);
      await pick('Name, username and picture');
      await expect
        .poll(async () => (await api.get('/cimd/user-consent-scopes')).body.userScopes, { timeout: 15_000 })
        .toEqual(['email', 'profile']);
      await pick('Email address');
      await expect
        .poll(async () => (await api.get('/cimd/user-consent-scopes')).body.userScopes, { timeout: 15_000 })
        .toEqual(['profile']);
      expect(await axeLightAndDark(page)).toEqual([]);
      expect(cspReports).toEqual([]);
      await context.close();

      const asViewer = await openConsoleAs(chromium, server, viewer, '/console/applications');
      const viewerToggle = asViewer.page.getByRole('switch', { name: 'Accept apps identified by a metadata document' });
      await viewerToggle.waitFor();
      expect(await viewerToggle.isChecked()).toBe(true);
      expect(await viewerToggle.isDisabled()).toBe(true);
      expect(await asViewer.page.getByRole('checkbox', { name: 'Name, username and picture' }).isChecked()).toBe(true);
      await asViewer.context.close();
    });
  },
);
