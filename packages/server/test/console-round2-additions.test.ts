import { strToU8, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpConfig } from './fakes/configs.js';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { openConsoleAs, signInToConsole, tick } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { createApp } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * Three console additions over Management API features: the token vault switch of a social
 * connector, the custom sign-in UI upload, and organization-role rules of app access control.
 */

describe.skipIf(dialect === 'postgres')(
  'browser: console token vault, custom UI, org-role rules',
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let chromium: Browser;
    let oauth2: OAuth2Fake;
    let admin: Awaited<ReturnType<typeof signInToConsole>>;
    let api: ManagementApi;

    beforeAll(async () => {
      [server, chromium, oauth2] = await Promise.all([startTestServer(), launchChromium(), startOAuth2Fake()]);
      [admin, api] = await Promise.all([signInToConsole(chromium, server, 'admin'), managementApi(server)]);
    });
    afterAll(async () => {
      await Promise.all([chromium?.close(), server?.stop(), oauth2?.close()]);
    });

    const open = (path: string) => openConsoleAs(chromium, server, admin, path);

    it('turns on keeping provider tokens on a social connector that supports it, and not on an email one', async () => {
      const created = await api.post('/connectors', {
        connectorId: 'oauth2',
        metadata: { target: 'acme', name: { en: 'Acme ID' } },
        config: oauth2.config({ tokenEndpointResponseType: 'json' }),
      });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      const { context, page, cspReports } = await open(`/console/connectors/${created.body.id}`);
      const toggle = page.getByRole('switch', { name: 'Keep provider tokens' });
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(false);
      await toggle.locator('xpath=ancestor::label[1]').click();
      expect(await toggle.isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect
        .poll(async () => (await api.get(`/connectors/${created.body.id}`)).body.enableTokenStorage, {
          timeout: 15_000,
        })
        .toBe(true);
      await page.reload();
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(true);
      expect(await axeLightAndDark(page)).toEqual([]);

      // A passwordless connector's factory cannot keep tokens: no switch.
      const email = await api.post('/connectors', {
        connectorId: 'simple-mail-transfer-protocol',
        config: smtpConfig(2525),
      });
      expect(email.status, JSON.stringify(email.body)).toBe(200);
      await page.goto(`${server.url}/console/connectors/${email.body.id}`);
      await page.getByRole('button', { name: 'Save' }).waitFor();
      expect(await page.getByRole('switch', { name: 'Keep provider tokens' }).count()).toBe(0);
      expect(cspReports).toEqual([]);
      await context.close();
    });

    it('uploads a custom sign-in UI zip with progress, shows a refusal next to the file field, and clears it', async () => {
      const { context, page, cspReports } = await open('/console/sign-in-experience');
      await page.getByRole('link', { name: 'Custom sign-in UI' }).click();
      await page.getByRole('heading', { level: 1, name: 'Custom sign-in UI' }).waitFor();
      await page.getByText('No custom UI: people see the built-in sign-in pages.').waitFor();
      expect(await axeLightAndDark(page)).toEqual([]);
      const file = page.getByLabel('Zip file');
      const upload = page.getByRole('button', { name: 'Upload and use' });

      // Nothing chosen: said next to the field.
      await upload.click();
      await page.getByRole('alert').filter({ hasText: 'Choose a zip file to upload.' }).waitFor();

      // A zip without index.html at its root: the server's reason, next to the field, nothing set.
      await file.setInputFiles({
        name: 'broken.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from(zipSync({ 'app/main.js': strToU8('1') })),
      });
      await upload.click();
      const refusal = page.getByRole('alert').filter({ hasText: 'The zip was not accepted:' });
      await refusal.waitFor();
      expect(await refusal.textContent()).toMatch(/index\.html/);
      expect(await file.getAttribute('aria-describedby')).toContain(await refusal.getAttribute('id'));
      expect(await file.getAttribute('aria-invalid')).toBe('true');
      expect((await api.get('/sign-in-exp')).body.customUiAssets).toBeNull();
      expect(await axeLightAndDark(page)).toEqual([]);

      // A good zip: the progress bar shows while it goes up, then the upload is in use. The request
      // is held until the bar is seen, so a fast loopback upload cannot finish before it is checked.
      const progress = page.getByRole('progressbar', { name: 'Uploading' });
      let progressSeen = false;
      await page.route('**/api/sign-in-exp/default/custom-ui-assets', async (route) => {
        await progress.waitFor();
        progressSeen = true;
        await route.continue();
      });
      const bigAsset = new Uint8Array(2_000_000).map((_, index) => (index * 7919) % 251);
      await file.setInputFiles({
        name: 'dist.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from(
          zipSync(
            { 'index.html': strToU8('<!doctype html><title>Acme</title>'), 'assets/blob.bin': bigAsset },
            { level: 0 },
          ),
        ),
      });
      await upload.click();
      const inUse = page.getByRole('region', { name: 'In use' });
      await inUse.getByRole('button', { name: 'Use the built-in pages' }).waitFor();
      expect(progressSeen).toBe(true);
      expect(await progress.count()).toBe(0);
      const stored = (await api.get('/sign-in-exp')).body.customUiAssets;
      expect(stored).toEqual({ id: expect.stringMatching(/^[a-z0-9]{8}$/), createdAt: expect.any(Number) });
      expect(await inUse.getByText(stored.id, { exact: true }).isVisible()).toBe(true);
      expect(await inUse.locator('time').getAttribute('datetime')).toBe(new Date(stored.createdAt).toISOString());
      expect(await axeLightAndDark(page)).toEqual([]);

      // Back to the built-in pages, after a confirmation that names the upload.
      await inUse.getByRole('button', { name: 'Use the built-in pages' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Go back to the built-in sign-in pages?' });
      await dialog.getByText(stored.id, { exact: false }).waitFor();
      await dialog.getByRole('button', { name: 'Use the built-in pages' }).click();
      await page.getByText('No custom UI: people see the built-in sign-in pages.').waitFor();
      expect((await api.get('/sign-in-exp')).body.customUiAssets).toBeNull();
      expect(cspReports).toEqual([]);
      await context.close();
    });

    it('adds, checks and removes an organization-role rule of an app’s access control', async () => {
      const app = await createApp(server, 'SPA', ['http://localhost:3000/callback']);
      const organization = (await api.post('/organizations', { name: 'Globex' })).body.id as string;
      const role = (await api.post('/organization-roles', { name: 'globex-auditor' })).body.id as string;
      const { context, page, cspReports } = await open(`/console/applications/${app.id}`);
      await page.getByRole('tab', { name: 'Access control' }).click();
      const section = page.getByRole('region', { name: 'Access control' });
      await section.getByRole('button', { name: 'Add organization role rule' }).click();
      const rule = section.getByRole('group', { name: 'Organization role rule 1' });
      await rule.waitFor();

      // An unfinished rule: what is missing is said next to each field, nothing saved.
      await section.getByRole('button', { name: 'Save' }).click();
      await rule.getByText('Choose an organization for this rule.').waitFor();
      await rule.getByText('Choose at least one role for this rule.').waitFor();
      await section.getByRole('alert').filter({ hasText: 'Finish or remove the organization role rules' }).waitFor();
      expect((await api.get(`/applications/${app.id}/access-control`)).body.organizationRoleRules).toEqual([]);
      expect(await axeLightAndDark(page)).toEqual([]);

      const combo = rule.getByRole('combobox', { name: 'Organization', exact: true });
      await combo.fill('Glob');
      await page.getByRole('option', { name: 'Globex' }).click();
      await rule.getByRole('searchbox', { name: 'Search organization roles' }).fill('globex');
      await tick(page, 'globex-auditor');
      await section.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Access control saved.').waitFor();
      expect((await api.get(`/applications/${app.id}/access-control`)).body.organizationRoleRules).toEqual([
        { organizationId: organization, organizationRoleIds: [role] },
      ]);

      // A reload shows the stored rule by name; removing it and saving clears it.
      await page.reload();
      await page.getByRole('tab', { name: 'Access control' }).click();
      await rule.getByRole('button', { name: 'Remove globex-auditor' }).waitFor();
      expect(await rule.getByRole('combobox', { name: 'Organization', exact: true }).inputValue()).toBe('Globex');
      expect(await axeLightAndDark(page)).toEqual([]);
      await section.getByRole('button', { name: 'Remove organization role rule 1' }).click();
      expect(await rule.count()).toBe(0);
      await section.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Access control saved.').waitFor();
      expect((await api.get(`/applications/${app.id}/access-control`)).body.organizationRoleRules).toEqual([]);
      expect(cspReports).toEqual([]);
      await context.close();
    });
  },
);
