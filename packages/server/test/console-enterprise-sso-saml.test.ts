import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { openConsoleAs, signInToConsole } from './support/console.js';
import { managementApi } from './support/management-client.js';
import { createTestKey, type SamlIdp, startSamlIdp } from './support/saml-idp.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/**
 * The console's connection section of a SAML connector: the SP entity ID and ACS URL to give the
 * IdP, to read and copy (not the OIDC redirect URI), and the SAML config fields.
 */
describe.skipIf(dialect === 'postgres')(
  'browser: the console connection of a SAML connector',
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let chromium: Browser;
    let idp: SamlIdp;

    beforeAll(async () => {
      [server, chromium, idp] = await Promise.all([
        startTestServer(),
        launchChromium(),
        startSamlIdp({ keys: [createTestKey('Console IdP')] }),
      ]);
    });
    afterAll(async () => {
      await Promise.all([chromium?.close(), server?.stop(), idp?.close()]);
    });

    it('shows the SP entity ID and ACS URL to give the IdP', async () => {
      const api = await managementApi(server);
      const created = await api.post('/sso-connectors', {
        providerName: 'SAML',
        connectorName: 'Globex SAML',
        config: { metadata: idp.metadata() },
        domains: ['globex.test'],
      });
      expect(created.status).toBe(200);
      const id = created.body.id as string;
      const admin = await signInToConsole(chromium, server, 'admin');
      const { context, page, cspReports } = await openConsoleAs(
        chromium,
        server,
        admin,
        `/console/enterprise-sso/${id}`,
      );
      await page.getByRole('heading', { level: 1, name: 'Globex SAML' }).waitFor();
      const entityId = page.getByRole('textbox', { name: 'SP entity ID' });
      await entityId.waitFor();
      expect(await entityId.inputValue()).toBe(`${server.url}/enterprise-sso/${id}`);
      expect(await page.getByRole('textbox', { name: 'ACS URL' }).inputValue()).toBe(
        `${server.url}/api/authn/single-sign-on/saml/${id}`,
      );
      await page.getByRole('button', { name: 'Copy the ACS URL' }).waitFor();
      expect(await page.getByRole('textbox', { name: 'Redirect URI' }).count()).toBe(0);
      expect(await page.getByRole('textbox', { name: 'metadataUrl' }).count()).toBe(1);
      expect(await axeLightAndDark(page)).toEqual([]);
      expect(cspReports).toEqual([]);
      await context.close();
    });
  },
);
