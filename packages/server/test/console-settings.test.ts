import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { descriptionOf, openConsoleAs, signInToConsole } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;
const activationSeconds = 2;

describe.skipIf(dialect === 'postgres')(
  'browser: console Settings (keys, session, ID token)',
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let chromium: Browser;
    let admin: Administrator;
    let api: ManagementApi;

    beforeAll(async () => {
      [server, chromium] = await Promise.all([
        startTestServer({
          TESSERA_KEY_RELOAD_SECONDS: '1',
          TESSERA_KEY_ACTIVATION_DELAY_SECONDS: String(activationSeconds),
        }),
        launchChromium(),
      ]);
      [admin, api] = await Promise.all([signInToConsole(chromium, server, 'admin'), managementApi(server)]);
    });
    afterAll(async () => {
      await Promise.all([chromium?.close(), server?.stop()]);
    });

    it('rotates the signing key (Next, then Current and Previous) and deletes the previous one after asking', async () => {
      const [old] = (await api.get('/configs/oidc/private-keys')).body;
      const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console');
      await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      const table = page.getByRole('table', { name: 'Signing keys' });
      await table.getByRole('row', { name: new RegExp(`${old.id}.*Current`) }).waitFor();
      expect(await axeLightAndDark(page)).toEqual([]);

      await page.getByRole('button', { name: 'Rotate signing keys' }).click();
      const rotate = page.getByRole('alertdialog', { name: 'Rotate the signing keys?' });
      await rotate.getByText('Tokens already issued stay valid', { exact: false }).waitFor();
      await rotate.getByRole('button', { name: 'Rotate signing keys' }).click();
      await page.getByText('A new signing key is published.').waitFor();
      await table.getByRole('cell', { name: 'Next', exact: true }).waitFor();
      const [fresh] = (await api.get('/configs/oidc/private-keys')).body;
      expect(fresh.status).toBe('Next');
      // The key about to sign and the one signing now cannot be deleted: no button for them.
      expect(await table.getByRole('button').count()).toBe(0);

      await new Promise((resolve) => setTimeout(resolve, activationSeconds * 1000 + 300));
      await page.reload();
      await table.getByRole('row', { name: new RegExp(`${fresh.id}.*Current`) }).waitFor();
      await table.getByRole('row', { name: new RegExp(`${old.id}.*Previous`) }).waitFor();
      await table.getByRole('button', { name: `Delete key ${old.id}` }).click();
      const confirm = page.getByRole('alertdialog', { name: `Delete key ${old.id}?` });
      await confirm.getByText('Tokens this key signed stop verifying', { exact: false }).waitFor();
      await confirm.getByRole('button', { name: 'Delete key' }).click();
      await page.getByText(`Key ${old.id} deleted.`).waitFor();
      // The test's own token was signed by the deleted key: it no longer verifies, so a new one.
      api = await managementApi(server);
      const keys = (await api.get('/configs/oidc/private-keys')).body as Array<{ id: string }>;
      expect(keys.map((key) => key.id)).toEqual([fresh.id]);

      // Cookie keys: a rotation adds a key; the former one is then Previous.
      await page.getByRole('tab', { name: 'Cookie keys' }).click();
      await page.getByRole('button', { name: 'Rotate cookie keys' }).click();
      await page
        .getByRole('alertdialog', { name: 'Rotate the cookie keys?' })
        .getByRole('button', { name: 'Rotate cookie keys' })
        .click();
      await page.getByText('A new cookie key signs from now on.').waitFor();
      await page.getByRole('table', { name: 'Cookie keys' }).getByRole('cell', { name: 'Previous' }).first().waitFor();
      expect(cspReports).toEqual([]);
      await context.close();
    });

    it('sets the session lifetime (a bad value said next to it) and the ID token claims with the keyboard', async () => {
      const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/settings');
      await page.getByRole('tab', { name: 'Sessions and tokens' }).click();
      const ttl = page.getByRole('textbox', { name: 'Session lifetime (seconds)' });
      await ttl.fill('30');
      await ttl.press('Enter');
      await page.getByText('Enter a whole number of seconds from 60 to 31536000.').first().waitFor();
      expect(await ttl.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionOf(ttl)).toContain('Enter a whole number of seconds from 60 to 31536000.');
      expect(await axeLightAndDark(page)).toEqual([]);
      await ttl.fill('172800');
      await ttl.press('Enter');
      await page.getByText('Session lifetime saved.').waitFor();
      expect((await api.get('/configs/oidc/session')).body).toEqual({ ttl: 172_800 });
      expect(await descriptionOf(ttl)).toContain('Now: 2 days.');

      const claims = page.getByRole('group', { name: 'Extended claims in the ID token' });
      await claims.getByRole('checkbox', { name: 'custom_data' }).focus();
      await page.keyboard.press('Space');
      await page.getByRole('region', { name: 'ID token' }).getByRole('button', { name: 'Save' }).click();
      await page.getByText('ID token claims saved.').waitFor();
      expect((await api.get('/configs/id-token')).body.enabledExtendedClaims).toContain('custom_data');

      await page.getByRole('button', { name: /Language/ }).click();
      await page.getByRole('option', { name: '简体中文' }).click();
      await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();
      await page.getByRole('textbox', { name: '会话时长（秒）' }).waitFor();
      expect(cspReports).toEqual([]);
      await context.close();
    });
  },
);
