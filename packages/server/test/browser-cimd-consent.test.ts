import * as oidc from 'openid-client';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMetadataDocumentServer } from './fakes/metadata-documents.js';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { consentPage, joinOrganizations, succeeded } from './support/consent-fixtures.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import {
  type AuthorizationRequest,
  authorizationRequest,
  clientConfig,
  decodeJwt,
  redeemCode,
} from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const callback = 'http://127.0.0.1:33418/callback';
const logo = 'https://logo.example.test/notes-mcp.png';
const organizationsResource = 'urn:logto:resource:organizations';
const password = 'a-Strong-passw0rd!';
// A 1×1 transparent PNG: the client's logo, answered by the browser context in place of its site.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
type Json = Record<string, any>;

/**
 * A Client ID Metadata Document client (an MCP client, its client_id the https URL of its
 * document) on the hosted consent page in Chromium: its https logo, the organizations the realm's
 * ceiling lets it ask for, the user's pick in the organization token, nothing outside the ceiling.
 */
describe.skipIf(dialect === 'postgres')(
  `consent page for metadata document clients (${dialect})`,
  { timeout: 90_000 },
  () => {
    let documents: Awaited<ReturnType<typeof startMetadataDocumentServer>>;
    let server: TestServer;
    let chromium: Browser;
    let api: ManagementApi;
    let page: Page;
    let cspReports: string[];
    let clientId: string;
    let config: oidc.Configuration;
    let acme: Json;
    let beta: Json;

    beforeAll(async () => {
      documents = await startMetadataDocumentServer();
      [server, chromium] = await Promise.all([
        startTestServer({ TESSERA_CIMD_ALLOW_LOOPBACK: 'true', TESSERA_CIMD_CA_FILE: documents.caFile }),
        launchChromium(),
      ]);
      api = await managementApi(server);
      const ok = succeeded;
      await ok(
        api.patch('/sign-in-exp', {
          signUp: { identifiers: ['username'], password: true, verify: false },
          signIn: {
            methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }],
          },
          signInMode: 'SignInAndRegister',
          color: { primaryColor: '#5D34F2', isDarkModeEnabled: true, darkPrimaryColor: '#A796FF' },
        }),
      );
      await ok(api.patch('/configs/cimd', { enabled: true }));
      clientId = documents.publish('/clients/notes-mcp.json', (url) => ({
        client_id: url,
        client_name: 'Notes MCP',
        logo_uri: logo,
        redirect_uris: [callback],
        token_endpoint_auth_method: 'none',
      }));
      config = await clientConfig(server, clientId);

      const readMembers = await ok(
        api.post('/organization-scopes', { name: 'read:members', description: 'See members' }),
      );
      const inviteMembers = await ok(
        api.post('/organization-scopes', { name: 'invite:members', description: 'Invite people' }),
      );
      const role = await ok(api.post('/organization-roles', { name: 'member' }));
      await ok(
        api.post(`/organization-roles/${role.id}/scopes`, { organizationScopeIds: [readMembers.id, inviteMembers.id] }),
      );
      await ok(
        api.post('/cimd/user-consent-scopes', {
          userScopes: ['profile', 'urn:logto:scope:organizations'],
          organizationScopes: [readMembers.id],
        }),
      );
      const user = await ok(api.post('/users', { username: 'mcp_user', password, name: 'Morgan Mcp' }));
      [acme, beta] = await joinOrganizations(api, user.id, role.id, ['Acme', 'Beta']);
    });
    afterEach(async () => {
      await page?.context().close();
      expect(cspReports).toEqual([]);
    });
    afterAll(async () => {
      await chromium?.close();
      await server?.stop();
      await documents?.close();
    });

    async function newPage(options: BrowserContextOptions = {}) {
      ({ page, cspReports } = await consentPage(chromium, options));
      await page.context().route(logo, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
    }

    /** The client is not running: the browser's request to its callback is what it would get. */
    const atClient = async () => new URL((await page.waitForRequest((sent) => sent.url().startsWith(callback))).url());

    async function signInToConsent(scope: string): Promise<AuthorizationRequest> {
      const request = await authorizationRequest(config, {
        redirect_uri: callback,
        scope,
        prompt: 'consent',
        resource: organizationsResource,
      });
      await page.goto(request.url.toString());
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByLabel('Username', { exact: true }).fill('mcp_user');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: 'Notes MCP wants to access your account' }).waitFor();
      return request;
    }

    it('shows the client’s https logo and its organizations; the picked one is in the organization token, within the ceiling', async () => {
      await newPage();
      const request = await signInToConsent(
        'openid offline_access profile urn:logto:scope:organizations read:members invite:members',
      );
      const appLogo = page.getByRole('img', { name: 'Logo of Notes MCP' });
      await appLogo.waitFor();
      expect(await appLogo.getAttribute('src')).toBe(logo);
      await expect
        .poll(() => appLogo.evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 15_000 })
        .toBe(1);
      expect(await page.getByText(`This app is published at ${new URL(clientId).host}`).isVisible()).toBe(true);
      const asked = await page
        .getByRole('list', { name: 'It will be able to:' })
        .getByRole('listitem')
        .allTextContents();
      expect(asked).toContain('See the organizations you belong to');
      expect(asked).toContain('See members in the organizations you allow');
      expect(asked.join(' ')).not.toContain('Invite people');
      const organizations = page.getByRole('group', { name: 'Organizations it may access' });
      expect(await organizations.getByRole('checkbox').count()).toBe(2);
      const violations = await seriousAxeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);

      await organizations.getByRole('checkbox', { name: 'Beta' }).check();
      const back = atClient();
      await page.getByRole('button', { name: 'Allow' }).click();
      const tokens = await redeemCode(config, request, await back);
      const forBeta = await oidc.refreshTokenGrant(config, tokens.refresh_token as string, {
        organization_id: beta.id,
      });
      const access = decodeJwt(forBeta.access_token);
      expect(access.aud).toBe(`urn:logto:organization:${beta.id}`);
      expect(access.scope).toBe('read:members');
      const forAcme = await oidc
        .refreshTokenGrant(config, forBeta.refresh_token ?? (tokens.refresh_token as string), {
          organization_id: acme.id,
        })
        .catch((error: { error?: string }) => error);
      expect((forAcme as { error?: string }).error).toBe('access_denied');
    });

    it('passes axe in dark mode with the organization picker', async () => {
      await newPage({ colorScheme: 'dark' });
      await signInToConsent('openid urn:logto:scope:organizations');
      await page.getByRole('group', { name: 'Organizations it may access' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const violations = await seriousAxeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
    });
  },
);
