import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { recordCspViolations } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

const fields = {
  name: 'Edit',
  username: 'Edit',
  password: 'Edit',
  social: 'Edit',
  profile: 'Edit',
  customData: 'Edit',
};

/**
 * The hosted account page's social linking (Account API social verification, back through
 * /account/callback/social/:connectorId, by redirect or by form_post), its profile details
 * (`PATCH /my-account/profile`) and custom data editors, in Chromium with the OAuth 2.0 fake.
 */
describe.skipIf(dialect === 'postgres')(
  'account page: social linking, profile details, custom data',
  { timeout: 90_000 },
  () => {
    let server: TestServer;
    let oauth2: OAuth2Fake;
    let chromium: Browser;
    let page: Page;
    let api: ManagementApi;
    /** Every page the browser navigated to (method and address). */
    let visited: string[] = [];

    beforeAll(async () => {
      oauth2 = await startOAuth2Fake();
      [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
      api = await managementApi(server);
      const targets: string[] = [];
      for (const [target, name, customConfig] of [
        ['acme', 'Acme ID', {}],
        ['acmepost', 'Acme Post', { response_mode: 'form_post' }],
      ] as const) {
        const created = await api.post('/connectors', {
          connectorId: 'oauth2',
          metadata: { target, name: { en: name } },
          config: oauth2.config({ tokenEndpointResponseType: 'json', customConfig }),
        });
        expect(created.status, JSON.stringify(created.body)).toBe(200);
        targets.push(target);
      }
      const settings = await api.patch('/sign-in-exp', {
        color: { primaryColor: '#5D34F2', isDarkModeEnabled: true, darkPrimaryColor: '#A796FF' },
        signUp: { identifiers: ['username'], password: true, verify: false },
        signIn: {
          methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }],
        },
        socialSignInConnectorTargets: targets,
      });
      expect(settings.status, JSON.stringify(settings.body)).toBe(200);
      expect((await api.patch('/account-center', { enabled: true, fields })).status).toBe(200);
    });
    afterEach(async () => {
      await page?.context().close();
      expect(oauth2.violations).toEqual([]);
    });
    afterAll(async () => {
      await chromium?.close();
      await server?.stop();
      await oauth2?.close();
    });

    async function signedIn(username: string) {
      const context = await chromium.newContext({ colorScheme: 'light', locale: 'en-US' });
      const violations = await recordCspViolations(context);
      page = await context.newPage();
      visited = [];
      page.on('request', (sent) => {
        if (sent.isNavigationRequest() && sent.frame() === page.mainFrame())
          visited.push(`${sent.method()} ${sent.url()}`);
      });
      await page.goto(`${server.url}/account`);
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByText(`Signed in as ${username}.`).waitFor();
      return violations;
    }

    const status = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

    async function confirmWithPassword() {
      const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
      await dialog.getByLabel('Current password').fill(password);
      await dialog.getByRole('button', { name: 'Continue' }).click();
    }

    it('links a social account through the provider (redirect), then one that answers with form_post', async () => {
      const user = await createUser(server, { username: 'hopper' });
      const violations = await signedIn('hopper');
      const social = page.getByRole('region', { name: 'Social accounts' });
      await social.getByRole('button', { name: 'Link Acme ID' }).waitFor();
      expect(await axeLightAndDark(page)).toEqual([]);

      oauth2.signedIn.user = { id: 1906, displayName: 'Grace Hopper' };
      await social.getByRole('button', { name: 'Link Acme ID' }).click();
      await confirmWithPassword();
      await status('Your Acme ID account is linked.');
      expect(page.url()).toBe(`${server.url}/account`);
      await social.getByText('acme', { exact: true }).waitFor();
      expect((await server.services.users.get(user.id)).identities).toMatchObject({ acme: { userId: '1906' } });
      const acmeConnector = visited.find((entry) => entry.includes('/account/callback/social/'));
      expect(acmeConnector).toMatch(/^GET .*\/account\/callback\/social\/[\w-]+\?code=.+&state=ac_/);

      // The second provider POSTs its answer (response_mode=form_post); the page links it the same
      // way, with the keyboard alone, and without asking again: the confirmation made before the
      // first trip to the provider is still held.
      oauth2.signedIn.user = { id: 2906, displayName: 'Grace B. Hopper' };
      await social.getByRole('button', { name: 'Link Acme Post' }).focus();
      await page.keyboard.press('Enter');
      await status('Your Acme Post account is linked.');
      expect(await page.getByRole('dialog', { name: 'Confirm it is you' }).count()).toBe(0);
      expect(visited.some((entry) => /^POST .*\/account\/callback\/social\//.test(entry))).toBe(true);
      expect((await server.services.users.get(user.id)).identities).toMatchObject({
        acme: { userId: '1906' },
        acmepost: { userId: '2906' },
      });
      expect(await social.getByRole('button', { name: /^Link / }).count()).toBe(0);
      expect(await axeLightAndDark(page)).toEqual([]);
      expect(violations).toEqual([]);
    });

    it('says so when the provider refuses, and links nothing', async () => {
      const user = await createUser(server, { username: 'liskov' });
      await signedIn('liskov');
      // The provider answers with an error instead of a code.
      await page.route(`${oauth2.url}/oauth/authorize**`, (route) => {
        const asked = new URL(route.request().url());
        const back = new URL(asked.searchParams.get('redirect_uri') as string);
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('state', asked.searchParams.get('state') as string);
        return route.fulfill({ status: 302, headers: { location: back.toString() } });
      });
      await page.getByRole('button', { name: 'Link Acme ID' }).click();
      await confirmWithPassword();
      await page.getByRole('alert').filter({ hasText: 'The social account was not linked: access_denied' }).waitFor();
      expect((await server.services.users.get(user.id)).identities).toEqual({});
    });

    it('edits the profile details and custom data with the keyboard', async () => {
      const user = await createUser(server, { username: 'turing', customData: { theme: 'light' } });
      const violations = await signedIn('turing');
      const details = page.getByRole('region', { name: 'Profile details' });
      const given = details.getByLabel('Given name');
      await given.waitFor();
      await given.focus();
      await page.keyboard.type('Alan');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Turing');
      await details.getByLabel('Language').fill('en-GB');
      await details.getByLabel('Language').press('Enter');
      await status('Saved.');
      expect((await server.services.users.get(user.id)).profile).toEqual({
        givenName: 'Alan',
        familyName: 'Turing',
        locale: 'en-GB',
      });
      expect(await details.getByLabel('Family name').inputValue()).toBe('Turing');

      // Custom data: not JSON (or not an object) is said next to the field; an object replaces it.
      const data = page.getByRole('textbox', { name: 'Custom data' });
      expect(JSON.parse(await data.inputValue())).toEqual({ theme: 'light' });
      await data.fill('[1, 2]');
      await page.getByRole('button', { name: 'Save custom data' }).click();
      await page.getByRole('alert').filter({ hasText: 'Enter a JSON object' }).waitFor();
      expect(await data.getAttribute('aria-invalid')).toBe('true');
      expect(await data.evaluate((field) => field === document.activeElement)).toBe(true);
      expect(await axeLightAndDark(page)).toEqual([]);
      await data.fill('{ "theme": "dark", "beta": true }');
      await page.getByRole('button', { name: 'Save custom data' }).focus();
      await page.keyboard.press('Enter');
      await status('Saved.');
      expect((await server.services.users.get(user.id)).customData).toEqual({ theme: 'dark', beta: true });
      expect(violations).toEqual([]);
    });

    it('shows ReadOnly profile details and custom data without a way to change them', async () => {
      await api.patch('/account-center', { fields: { ...fields, profile: 'ReadOnly', customData: 'ReadOnly' } });
      try {
        await createUser(server, { username: 'hamming', profile: { nickname: 'Dick' }, customData: { team: 'codes' } });
        await signedIn('hamming');
        const details = page.getByRole('region', { name: 'Profile details' });
        await details.getByText('Dick').waitFor();
        expect(await details.getByRole('textbox').count()).toBe(0);
        await page.getByRole('region', { name: 'Custom data' }).getByText('"team": "codes"').waitFor();
        expect(await page.getByRole('button', { name: 'Save custom data' }).count()).toBe(0);
        expect(await axeLightAndDark(page)).toEqual([]);
      } finally {
        await api.patch('/account-center', { fields });
      }
    });
  },
);
