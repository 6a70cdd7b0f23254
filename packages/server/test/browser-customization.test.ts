import type * as oidc from 'openid-client';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startOAuth2Fake } from './fakes/oauth2-provider.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import { recordCspViolations } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { createAcmeConnector, socialApp } from './support/social-sign-in.js';

/**
 * The hosted sign-in page with the sign-in experience's customizations, in Chromium: custom
 * phrases over the page's own (English, Simplified Chinese and a language the page does not
 * ship), and sign-up collecting the custom profile fields with each field's error in words.
 */
describe.skipIf(dialect === 'postgres')('sign-in page: custom phrases and profile fields', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let page: Page;
  let config: oidc.Configuration;
  let api: ManagementApi;
  let cspReports: string[];

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    const patched = await api.patch('/sign-in-exp', {
      signUp: { identifiers: ['username'], password: true, verify: false },
      signIn: {
        methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }],
      },
      signInMode: 'SignInAndRegister',
      languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
      socialSignInConnectorTargets: [],
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  });
  afterEach(async () => {
    expect(cspReports).toEqual([]);
    await page?.context().close();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  async function openSignIn(params: Record<string, string> = {}, context: BrowserContextOptions = {}) {
    const browserContext = await chromium.newContext({ colorScheme: 'light', locale: 'en-US', ...context });
    cspReports = await recordCspViolations(browserContext);
    page = await browserContext.newPage();
    return openHostedSignIn(page, config, params);
  }

  it('shows the custom phrases of the page’s language: English, Chinese, and a language added by phrases', async () => {
    const put = async (tag: string, translation: Record<string, unknown>) =>
      expect((await api.put(`/custom-phrases/${tag}`, translation)).status).toBe(201);
    await put('en', { action: { sign_in: 'Log in now' }, input: { username: 'Member name' } });
    await put('zh-CN', { action: { sign_in: '马上登录' } });
    await put('fr', { action: { sign_in: 'Se connecter' }, field: { password: 'Mot de passe' } });

    await openSignIn();
    await page.getByRole('button', { name: 'Log in now' }).waitFor();
    // Logto's key for the username field's text reaches the page's label.
    await page.getByLabel('Member name').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    await page.context().close();

    // The browser's language picks Chinese; phrases not customized stay the page's own.
    await openSignIn({}, { locale: 'zh-CN' });
    await page.getByRole('button', { name: '马上登录' }).waitFor();
    await page.getByLabel('密码').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.context().close();

    // ui_locales names a language only custom phrases speak; the rest falls back to English.
    await openSignIn({ ui_locales: 'fr' });
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await page.getByLabel('Mot de passe').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await axeLightAndDark(page)).toEqual([]);

    for (const tag of ['fr', 'zh-CN']) expect((await api.delete(`/custom-phrases/${tag}`)).status).toBe(204);
    await api.put('/custom-phrases/en', {});
  });

  it('collects the custom profile fields at sign-up, saying what is wrong next to each field', async () => {
    const created = await api.post('/custom-profile-fields/batch', [
      { name: 'company', type: 'Text', label: 'Company', required: true, config: { maxLength: 20 } },
      {
        name: 'plan',
        type: 'Select',
        label: 'Plan',
        required: true,
        config: {
          options: [
            { value: 'free', label: 'Free' },
            { value: 'team', label: 'Team' },
          ],
        },
      },
      { name: 'website', type: 'Url', label: 'Website', required: false },
    ]);
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const request = await openSignIn({ first_screen: 'register' });
    await page.getByRole('heading', { name: 'Create account' }).waitFor();
    await page.getByLabel('Username').fill('ada_fields');
    await page.getByLabel('Password').fill('a-Long-enough-passw0rd');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('heading', { name: 'A few more details' }).waitFor();
    const company = page.getByRole('textbox', { name: 'Company' });
    await company.fill('A company name far too long');
    await page.getByRole('textbox', { name: 'Website' }).fill('ftp://example.com');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Each error under its field, described by it, and the first field focused.
    const companyError = page.locator('#extra-company-error');
    await companyError.waitFor();
    expect(await companyError.textContent()).toBe('Company must be at most 20 characters.');
    expect(await page.locator('#extra-plan-error').textContent()).toBe('Plan is required.');
    expect(await page.locator('#extra-website-error').textContent()).toBe(
      'Website must be a web address starting with http:// or https://.',
    );
    expect(await company.getAttribute('aria-invalid')).toBe('true');
    expect(await company.getAttribute('aria-describedby')).toBe('extra-company-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe('extra-company');
    expect(await page.getByRole('alert').textContent()).toContain('see the messages under the fields');
    expect(await axeLightAndDark(page)).toEqual([]);

    await company.fill('Analytical Engines');
    await page.getByRole('combobox', { name: 'Plan' }).selectOption('team');
    await page.getByRole('textbox', { name: 'Website' }).fill('https://ada.example.com');
    const atApp = appCallbackRequest(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    const claims = await claimsAtApp(config, request, atApp);
    const { body: user } = await api.get(`/users/${claims.sub}`);
    expect(user.username).toBe('ada_fields');
    expect(user.customData).toEqual({ company: 'Analytical Engines', plan: 'team' });
    expect(user.profile).toEqual({ website: 'https://ada.example.com' });
    await page.context().close();

    // In Chinese, the step and its errors are Chinese too (the labels are the administrator's).
    await openSignIn({ first_screen: 'register' }, { locale: 'zh-CN' });
    await page.getByLabel('用户名').fill('zhou_fields');
    await page.getByLabel('密码').fill('a-Long-enough-passw0rd');
    await page.getByRole('button', { name: '创建账号' }).click();
    await page.getByRole('heading', { name: '补充个人信息' }).waitFor();
    await page.getByRole('button', { name: '继续' }).click();
    await page.locator('#extra-company-error').waitFor();
    expect(await page.locator('#extra-company-error').textContent()).toBe('请填写Company。');
    expect(await page.locator('#extra-plan-error').textContent()).toBe('请填写Plan。');
  });

  it('asks a social sign-up for the fields `signUpProfileFields` names, in that order, before the app', async () => {
    const oauth2 = await startOAuth2Fake();
    try {
      const connector = await createAcmeConnector(api, oauth2.config({ tokenEndpointResponseType: 'json' }));
      expect(connector.status, JSON.stringify(connector.body)).toBe(200);
      // Logto's checks: known fields only, each once.
      const unknown = await api.patch('/sign-in-exp', { signUpProfileFields: [{ name: 'shoeSize' }] });
      expect(unknown).toMatchObject({
        status: 404,
        body: { code: 'custom_profile_fields.entity_not_exists_with_names' },
      });
      const twice = await api.patch('/sign-in-exp', {
        signUpProfileFields: [{ name: 'company' }, { name: 'company' }],
      });
      expect(twice.status).toBe(400);
      const chosen = await api.patch('/sign-in-exp', {
        signUpProfileFields: [{ name: 'website' }, { name: 'company' }],
      });
      expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
      oauth2.signedIn.user = { id: 8128, displayName: 'Ada Social' };

      const request = await openSignIn();
      await page.getByRole('button', { name: 'Continue with Acme ID' }).click();
      // A new identity: the callback page asks, then the sign-in page takes the fields.
      await page.getByRole('button', { name: 'Create a new account' }).click();
      await page.getByRole('heading', { name: 'A few more details' }).waitFor();
      const labels = await page.locator('#extra-fields label').allTextContents();
      expect(labels.map((text) => text.replace(/\s*\(optional\)$/i, '').trim())).toEqual(['Website', 'Company']);
      expect(await page.getByRole('combobox', { name: 'Plan' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('#extra-company-error').waitFor();
      await page.getByRole('textbox', { name: 'Company' }).fill('Difference Engines');
      const atApp = appCallbackRequest(page);
      await page.getByRole('button', { name: 'Continue' }).click();
      const claims = await claimsAtApp(config, request, atApp);
      const { body: user } = await api.get(`/users/${claims.sub}`);
      expect(user).toMatchObject({ name: 'Ada Social', customData: { company: 'Difference Engines' } });
      expect(user.identities.acme.userId).toBe('8128');
    } finally {
      await api.patch('/sign-in-exp', { signUpProfileFields: null });
      await oauth2.close();
    }
  });
});
