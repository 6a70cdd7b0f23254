import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMetadataDocumentServer } from './fakes/metadata-documents.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { openConsoleAs, recordCspViolations, signInToConsole } from './support/console.js';
import { managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createUser, password, redeemCode } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

const callback = 'http://127.0.0.1:33419/callback';

describe.skipIf(dialect === 'postgres')(
  'browser: apps identified by a metadata document, in the console and on the consent page',
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let chromium: Browser;
    let admin: Administrator;
    let viewer: Administrator;
    let documents: Awaited<ReturnType<typeof startMetadataDocumentServer>>;

    beforeAll(async () => {
      documents = await startMetadataDocumentServer();
      [server, chromium] = await Promise.all([
        startTestServer({ TESSERA_CIMD_ALLOW_LOOPBACK: 'true', TESSERA_CIMD_CA_FILE: documents.caFile }),
        launchChromium(),
      ]);
      [admin, viewer] = await Promise.all([
        signInToConsole(chromium, server, 'admin'),
        signInToConsole(chromium, server, 'viewer'),
      ]);
    });
    afterAll(async () => {
      await Promise.all([chromium?.close(), server?.stop()]);
      await documents?.close();
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

    it('the consent page names the app and where it is published, and Allow brings a code back', async () => {
      const user = await createUser(server, { name: 'Nia Notes' });
      const clientId = documents.publish('/notes-mcp.json', (url) => ({
        client_id: url,
        client_name: 'Notes MCP',
        redirect_uris: [callback],
        token_endpoint_auth_method: 'none',
      }));
      const config = await clientConfig(server, clientId);
      const request = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid profile' });
      const context = await chromium.newContext({ colorScheme: 'light', locale: 'en-US' });
      const cspReports = await recordCspViolations(context);
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      await page.goto(request.url.toString());
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByLabel('Username', { exact: true }).fill(user.username as string);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: 'Notes MCP wants to access your account' }).waitFor();
      await page.getByText(`This app is published at ${new URL(clientId).host}`).waitFor();
      const asked = await page
        .getByRole('list', { name: 'It will be able to:' })
        .getByRole('listitem')
        .allTextContents();
      expect(asked).toContain('See your name, username and profile picture');
      expect(await axeLightAndDark(page)).toEqual([]);
      // The app is not running: the browser's request to its callback is what it would get.
      const [sent] = await Promise.all([
        page.waitForRequest((out) => out.url().startsWith(callback)),
        page.getByRole('button', { name: 'Allow' }).click(),
      ]);
      const tokens = await redeemCode(config, request, new URL(sent.url()));
      expect(tokens.claims()?.sub).toBe(user.id);
      expect(cspReports).toEqual([]);
      await context.close();
    });
  },
);
