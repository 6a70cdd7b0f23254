import * as oidc from 'openid-client';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { consentPage, joinOrganizations } from './support/consent-fixtures.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import {
  type AuthorizationRequest,
  authorizationRequest,
  clientConfig,
  decodeJwt,
  redeemCode,
} from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const callback = 'https://partner.example.test/callback';
const orders = 'https://orders.example.com';
const organizationsResource = 'urn:logto:resource:organizations';
const password = 'a-Strong-passw0rd!';
type Json = Record<string, any>;

/**
 * A third-party application end to end: a real client (openid-client) sends its users to the
 * hosted sign-in page, then to the consent page in Chromium. Accepting grants exactly what the
 * page showed (and the organization picked); refusing sends access_denied to the app; what the
 * app may not ask for is never granted. The app's own branding shows on the sign-in page.
 */
describe.skipIf(dialect === 'postgres')(
  `third-party apps: consent page and per-app branding (${dialect})`,
  {
    timeout: 90_000,
  },
  () => {
    let server: TestServer;
    let chromium: Browser;
    let api: ManagementApi;
    let page: Page;
    let cspReports: string[];
    let app: Json;
    let config: oidc.Configuration;
    let acme: Json;
    let beta: Json;
    let user: Json;

    beforeAll(async () => {
      [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
      api = await managementApi(server);
      const ok = async (answer: Promise<{ status: number; body: Json }>) => {
        const { status, body } = await answer;
        expect(status, JSON.stringify(body)).toBeLessThan(300);
        return body;
      };
      await ok(
        api.patch('/sign-in-exp', {
          signUp: { identifiers: ['username'], password: true, verify: false },
          signIn: {
            methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }],
          },
          signInMode: 'SignInAndRegister',
          agreeToTermsPolicy: 'Automatic',
          termsOfUseUrl: 'https://realm.example.com/terms',
          color: { primaryColor: '#5D34F2', isDarkModeEnabled: true, darkPrimaryColor: '#A796FF' },
        }),
      );
      app = await ok(
        api.post('/applications', {
          name: 'partner-app',
          type: 'Traditional',
          isThirdParty: true,
          oidcClientMetadata: { redirectUris: [callback], postLogoutRedirectUris: [] },
        }),
      );
      const secret = (await ok(api.get(`/applications/${app.id}/secrets`)))[0].value;
      config = await clientConfig(server, app.id, secret);
      await ok(
        api.put(`/applications/${app.id}/sign-in-experience`, {
          displayName: 'Partner Portal',
          branding: { logoUrl: 'https://partner.example.test/logo.png' },
          termsOfUseUrl: 'https://partner.example.test/terms',
          privacyPolicyUrl: 'https://partner.example.test/privacy',
        }),
      );

      const resource = await ok(api.post('/resources', { name: 'Orders', indicator: orders }));
      const read = await ok(
        api.post(`/resources/${resource.id}/scopes`, { name: 'read:orders', description: 'Read your orders' }),
      );
      const write = await ok(
        api.post(`/resources/${resource.id}/scopes`, { name: 'write:orders', description: 'Change your orders' }),
      );
      const role = await ok(api.post('/roles', { name: 'shopper', description: 'Shops' }));
      await ok(api.post(`/roles/${role.id}/scopes`, { scopeIds: [read.id, write.id] }));
      const readMembers = await ok(api.post('/organization-scopes', { name: 'read:members' }));
      const inviteMembers = await ok(api.post('/organization-scopes', { name: 'invite:members' }));
      const orgRole = await ok(api.post('/organization-roles', { name: 'member' }));
      await ok(
        api.post(`/organization-roles/${orgRole.id}/scopes`, {
          organizationScopeIds: [readMembers.id, inviteMembers.id],
        }),
      );
      // The app may ask for the profile, the organizations, reading orders and reading members:
      // never email, never changing orders, never inviting members.
      await ok(
        api.post(`/applications/${app.id}/user-consent-scopes`, {
          userScopes: ['profile', 'urn:logto:scope:organizations'],
          resourceScopes: [read.id],
          organizationScopes: [readMembers.id],
        }),
      );

      user = await ok(api.post('/users', { username: 'consenting_user', password, name: 'Casey Consent' }));
      await ok(api.post(`/users/${user.id}/roles`, { roleIds: [role.id] }));
      [acme, beta] = await joinOrganizations(api, user.id, orgRole.id, ['Acme', 'Beta']);
    });
    afterEach(async () => {
      await page?.context().close();
      expect(cspReports).toEqual([]);
    });
    afterAll(async () => {
      await chromium?.close();
      await server?.stop();
    });

    async function newPage(options: BrowserContextOptions = {}) {
      ({ page, cspReports } = await consentPage(chromium, options));
    }

    /** The partner app is not running: the browser's request to its callback is what it would get. */
    const atApp = async () => new URL((await page.waitForRequest((sent) => sent.url().startsWith(callback))).url());

    async function authorize(
      scope: string,
      resources = [orders, organizationsResource],
    ): Promise<AuthorizationRequest> {
      const request = await authorizationRequest(config, {
        redirect_uri: callback,
        scope,
        prompt: 'consent',
        resource: resources,
      });
      // A request answered straight at the app's (unreachable) callback fails to load: that is fine.
      await page.goto(request.url.toString()).catch(() => undefined);
      return request;
    }

    async function signIn() {
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByLabel('Username', { exact: true }).fill('consenting_user');
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: 'Partner Portal wants to access your account' }).waitFor();
    }

    it('the sign-in page of the app’s interaction shows its logo and terms, not the realm’s', async () => {
      await newPage();
      await authorize('openid profile');
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await expect
        .poll(() => page.locator('#logo').getAttribute('src'), { timeout: 15_000 })
        .toBe('https://partner.example.test/logo.png');
      expect(await page.getByRole('link', { name: 'Terms of use' }).getAttribute('href')).toBe(
        'https://partner.example.test/terms',
      );
      expect(await page.getByRole('link', { name: 'Privacy policy' }).getAttribute('href')).toBe(
        'https://partner.example.test/privacy',
      );
    });

    it('accept: the token carries exactly the consented scopes, and the picked organization only', async () => {
      await newPage();
      const request = await authorize(
        'openid offline_access profile urn:logto:scope:organizations read:orders write:orders read:members invite:members',
      );
      await signIn();
      expect(await page.getByText('Signed in as Casey Consent').isVisible()).toBe(true);
      const asked = await page
        .getByRole('list', { name: 'It will be able to:' })
        .getByRole('listitem')
        .allTextContents();
      expect(asked).toContain('See your name, username and profile picture');
      expect(asked).toContain('See the organizations you belong to');
      expect(asked).toContain('Read your orders on Orders');
      expect(asked).toContain('read:members in the organizations you allow');
      expect(asked.join(' ')).not.toContain('Change your orders');
      expect(asked.join(' ')).not.toContain('invite:members');
      const organizations = page.getByRole('group', { name: 'Organizations it may access' });
      expect(await organizations.getByRole('checkbox').count()).toBe(2);
      expect(await page.getByRole('link', { name: 'terms of use' }).getAttribute('href')).toBe(
        'https://partner.example.test/terms',
      );
      expect(await seriousAxeViolations(page)).toEqual([]);

      // The consent API refuses organizations the user is no member of.
      const outsider = (await api.post('/organizations', { name: 'Outsider' })).body;
      const refused = await page.request.post(`${server.url}/api/experience/consent`, {
        data: { organizationIds: [outsider.id] },
        headers: { origin: server.url },
      });
      expect(refused.status()).toBe(422);
      expect((await refused.json()).code).toBe('organization.require_membership');

      await organizations.getByRole('checkbox', { name: 'Acme' }).check();
      const back = atApp();
      await page.getByRole('button', { name: 'Allow' }).click();
      const tokens = await redeemCode(config, request, await back);
      const claims = tokens.claims() as Json;
      expect(claims.sub).toBe(user.id);
      expect(claims.name).toBe('Casey Consent');
      expect(tokens.refresh_token).toBeTruthy();

      const forOrders = await oidc.refreshTokenGrant(config, tokens.refresh_token as string, { resource: orders });
      expect(decodeJwt(forOrders.access_token).scope).toBe('read:orders');
      const forAcme = await oidc.refreshTokenGrant(
        config,
        forOrders.refresh_token ?? (tokens.refresh_token as string),
        {
          organization_id: acme.id,
        },
      );
      expect(decodeJwt(forAcme.access_token).aud).toBe(`urn:logto:organization:${acme.id}`);
      // The user holds both organization permissions there; the app may only read members.
      expect(decodeJwt(forAcme.access_token).scope).toBe('read:members');
      const refusedBeta = await oidc
        .refreshTokenGrant(config, forAcme.refresh_token ?? (tokens.refresh_token as string), {
          organization_id: beta.id,
        })
        .catch((error: { error?: string }) => error);
      expect((refusedBeta as { error?: string }).error).toBe('access_denied');

      const consented = await api.get(`/applications/${app.id}/users/${user.id}/consent-organizations`);
      expect(consented.body.organizations.map((org: Json) => org.id)).toEqual([acme.id]);

      // Consent is remembered: the same request goes straight back to the app.
      const backAgain = atApp();
      const again = await authorize('openid offline_access profile urn:logto:scope:organizations read:orders');
      expect((await redeemCode(config, again, await backAgain)).claims()?.sub).toBe(user.id);
    });

    it('refuse: the app gets access_denied at its redirect URI; the page passes axe in dark mode', async () => {
      await newPage({ colorScheme: 'dark' });
      await api.put(`/applications/${app.id}/users/${user.id}/consent-organizations`, { organizationIds: [] });
      await authorize('openid profile urn:logto:scope:organizations', [organizationsResource]);
      // The signed-in session of the previous test is gone with its context: sign in again.
      await signIn();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      const violations = await seriousAxeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
      const back = atApp();
      await page.getByRole('button', { name: 'Deny' }).click();
      const answer = (await back).searchParams;
      expect(answer.get('error')).toBe('access_denied');
      expect(answer.get('iss')).toBe(server.issuer);
    });

    it('speaks Simplified Chinese to a zh-CN browser, and says so in words when there is nothing to consent to', async () => {
      await newPage({ locale: 'zh-CN' });
      await page.goto(`${server.url}/consent?app_id=${app.id}`);
      await page.getByRole('heading', { name: '授予访问权限' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toBeTruthy();
      expect(await page.getByRole('button', { name: '允许' }).isVisible()).toBe(false);
    });

    it('a user scope the app may not ask for is refused with invalid_scope before any page', async () => {
      await newPage();
      const back = atApp();
      await authorize('openid email');
      const answer = (await back).searchParams;
      expect(answer.get('error')).toBe('invalid_scope');
    });
  },
);
