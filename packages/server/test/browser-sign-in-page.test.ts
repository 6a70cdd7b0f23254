import type * as oidc from 'openid-client';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type OAuth2Fake, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import { managementApi } from './support/management-client.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { proveOnLinkForm } from './support/social-link-form.js';
import { socialApp } from './support/social-sign-in.js';

/**
 * The hosted sign-in page in Chromium, beyond the flows: languages (en, zh-CN), the terms
 * agreement, branding (dark logo, dark mode setting, custom CSS), the Admin Console's preview
 * mode, and the social account-linking choice on the callback page.
 */
describe(`sign-in page: languages, terms, branding, preview (${dialect})`, () => {
  let server: TestServer;
  let fake: OAuth2Fake;
  let chromium: Browser;
  let page: Page;
  let config: oidc.Configuration;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let connectorId: string;

  const usernamePassword = {
    signUp: { identifiers: ['username'], password: true, verify: false },
    signIn: { methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }] },
    signInMode: 'SignInAndRegister',
    languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
    termsOfUseUrl: null,
    privacyPolicyUrl: null,
    agreeToTermsPolicy: 'Automatic',
    color: { primaryColor: '#5D34F2', isDarkModeEnabled: false, darkPrimaryColor: '#8B6DFF' },
    branding: {},
    customCss: null,
    socialSignInConnectorTargets: [],
  };

  async function patch(body: Record<string, unknown>) {
    const answer = await api.patch('/sign-in-exp', body);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  }

  beforeAll(async () => {
    [fake, server, chromium] = await Promise.all([startOAuth2Fake(), startTestServer(), launchChromium()]);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    const created = await api.post('/connectors', {
      connectorId: 'oauth2',
      metadata: { target: 'acme', name: { en: 'Acme', 'zh-CN': '极客' } },
      config: fake.config({ tokenEndpointResponseType: 'json' }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    connectorId = created.body.id;
  });
  beforeEach(async () => {
    await patch(usernamePassword);
  });
  afterEach(async () => {
    await page?.context().close();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    await fake?.close();
  });

  /** Opens the app's authorization request in a fresh context; the hosted page answers. */
  async function openSignIn(params: Record<string, string> = {}, context: BrowserContextOptions = {}) {
    page = await (await chromium.newContext({ colorScheme: 'light', locale: 'en-US', ...context })).newPage();
    return openHostedSignIn(page, config, params);
  }

  const htmlLang = () => page.evaluate(() => document.documentElement.lang);
  const focused = () => page.evaluate(() => document.activeElement?.id);
  const alertText = async () => {
    await page.getByRole('alert').waitFor();
    return page.getByRole('alert').textContent();
  };

  describe('languages', () => {
    it('speaks Chinese when the app asks with ui_locales=zh-CN, errors included', async () => {
      const user = await createUser(server);
      await openSignIn({ ui_locales: 'zh-CN' });
      await page.getByRole('heading', { name: '登录' }).waitFor();
      expect(await htmlLang()).toBe('zh-CN');
      expect(await page.title()).toBe('登录');
      expect(await page.getByLabel('用户名').isVisible()).toBe(true);
      expect(await page.getByLabel('密码').isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: '创建账号' }).isVisible()).toBe(true);
      expect(await page.locator('#switch-text').textContent()).toBe('还没有账号？');

      // An empty field, then a wrong password: said in Chinese, focus on the field.
      await page.getByRole('button', { name: '登录', exact: true }).click();
      expect(await alertText()).toBe('请输入用户名。');
      expect(await focused()).toBe('username');
      await page.getByLabel('用户名').fill(user.username as string);
      await page.getByLabel('密码').fill('not-the-password');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: '账号或密码错误' }).waitFor();
      expect(await page.getByRole('alert').textContent()).toBe('账号或密码错误，请检查后重试。');
      expect(await focused()).toBe('password');
    });

    it("follows the browser's language, and names social connectors in it", async () => {
      await patch({ socialSignInConnectorTargets: ['acme'] });
      await openSignIn({}, { locale: 'zh-CN' });
      await page.getByRole('heading', { name: '登录' }).waitFor();
      expect(await htmlLang()).toBe('zh-CN');
      expect(await page.getByRole('button', { name: '通过 极客 继续' }).isVisible()).toBe(true);
      expect(await page.locator('#social-divider').textContent()).toBe('或');

      // Sign-up screen and the password rules in Chinese too.
      await page.getByRole('button', { name: '创建账号' }).click();
      await page.getByRole('heading', { name: '创建账号' }).waitFor();
      await page.getByLabel('用户名').fill('new_zh_user');
      await page.getByLabel('密码').fill('password1');
      await page.getByRole('button', { name: '创建账号', exact: true }).click();
      expect(await alertText()).toContain('该密码过于常见');
      expect(await focused()).toBe('password');
    });

    it('uses the fallback language when auto-detection is off, and English for an unsupported one', async () => {
      await patch({ languageInfo: { autoDetect: false, fallbackLanguage: 'en' } });
      await openSignIn({ ui_locales: 'zh-CN' }, { locale: 'zh-CN' });
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await htmlLang()).toBe('en');
      await page.context().close();

      await patch({ languageInfo: { autoDetect: false, fallbackLanguage: 'zh-CN' } });
      await openSignIn({ ui_locales: 'en' });
      await page.getByRole('heading', { name: '登录' }).waitFor();
      expect(await page.getByLabel('用户名').isVisible()).toBe(true);
      await page.context().close();

      // Auto-detection on, nothing supported asked: the fallback; an unsupported fallback: English.
      await patch({ languageInfo: { autoDetect: true, fallbackLanguage: 'zh-CN' } });
      await openSignIn({ ui_locales: 'fr' }, { locale: 'de-DE' });
      await page.getByRole('heading', { name: '登录' }).waitFor();
      await page.context().close();
      await patch({ languageInfo: { autoDetect: false, fallbackLanguage: 'fr' } });
      await openSignIn({}, { locale: 'zh-CN' });
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      expect(await htmlLang()).toBe('en');
    });
  });

  describe('terms of use and privacy policy', () => {
    const terms = {
      termsOfUseUrl: 'https://example.com/terms',
      privacyPolicyUrl: 'https://example.com/privacy',
    };

    it('Manual: refuses to sign in until the box is ticked, then finishes at the app', async () => {
      await patch({ ...terms, agreeToTermsPolicy: 'Manual', socialSignInConnectorTargets: ['acme'] });
      const user = await createUser(server);
      const request = await openSignIn();
      const box = page.getByRole('checkbox', { name: 'I have read and agree to the Terms of use and Privacy policy' });
      await box.waitFor();
      expect(await box.isChecked()).toBe(false);
      const links = page.locator('#terms a');
      expect(
        await links.evaluateAll((all) =>
          (all as HTMLAnchorElement[]).map((a) => [a.textContent, a.getAttribute('href'), a.target, a.rel]),
        ),
      ).toEqual([
        ['Terms of use', 'https://example.com/terms', '_blank', 'noopener noreferrer'],
        ['Privacy policy', 'https://example.com/privacy', '_blank', 'noopener noreferrer'],
      ]);

      const apiCalls: string[] = [];
      page.on('request', (sent) => {
        if (sent.url().includes('/api/experience/verification')) apiCalls.push(sent.url());
      });
      await page.getByLabel('Username').fill(user.username as string);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      expect(await alertText()).toBe('Read and agree to the Terms of use and Privacy policy to continue.');
      expect(await focused()).toBe('terms-agree');
      expect(await box.getAttribute('aria-invalid')).not.toBeNull();

      // The social button is refused the same way.
      await page.getByRole('button', { name: 'Continue with Acme' }).click();
      await page.getByRole('alert').waitFor();
      expect(await focused()).toBe('terms-agree');
      expect(apiCalls).toEqual([]);

      await box.check();
      const atApp = appCallbackRequest(page);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      expect((await claimsAtApp(config, request, atApp)).sub).toBe(user.id);
    });

    it('ManualRegistrationOnly asks on sign-up only; Automatic only says it; in Chinese too', async () => {
      await patch({ ...terms, agreeToTermsPolicy: 'ManualRegistrationOnly' });
      await openSignIn();
      await page.locator('#terms-text').waitFor();
      expect(await page.locator('#terms-text').textContent()).toBe(
        'By continuing you agree to the Terms of use and Privacy policy.',
      );
      expect(await page.getByRole('checkbox').count()).toBe(0);
      await page.getByRole('button', { name: 'Create account' }).click();
      const box = page.getByRole('checkbox', { name: 'I have read and agree to the Terms of use and Privacy policy' });
      await box.waitFor();
      await page.getByLabel('Username').fill('terms_reader');
      await page.getByLabel('Password').fill('Violet-Anchor-42');
      await page.getByRole('button', { name: 'Create account', exact: true }).click();
      expect(await alertText()).toBe('Read and agree to the Terms of use and Privacy policy to continue.');
      expect(await focused()).toBe('terms-agree');
      await page.context().close();

      await patch({ termsOfUseUrl: 'https://example.com/terms', privacyPolicyUrl: null, agreeToTermsPolicy: 'Manual' });
      await openSignIn({ ui_locales: 'zh-CN' });
      const zhBox = page.getByRole('checkbox', { name: '我已阅读并同意《使用条款》' });
      await zhBox.waitFor();
      await page.getByLabel('用户名').fill('someone');
      await page.getByLabel('密码').fill('whatever-it-is');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      expect(await alertText()).toBe('请先阅读并同意《使用条款》。');
      await page.context().close();

      await patch({ ...terms, agreeToTermsPolicy: 'Automatic' });
      await openSignIn({ first_screen: 'register' });
      await page.locator('#terms-text').waitFor();
      expect(await page.getByRole('checkbox').count()).toBe(0);
      expect(await page.locator('#terms a').count()).toBe(2);
    });
  });

  describe('branding', () => {
    const logos = () => ({
      logoUrl: `${server.url}/brand/logo-light.png`,
      darkLogoUrl: `${server.url}/brand/logo-dark.png`,
    });
    const submitColor = () =>
      page
        .getByRole('button', { name: 'Sign in', exact: true })
        .evaluate((button) => getComputedStyle(button).backgroundColor);
    const logoSrc = () => page.locator('#logo').evaluate((img: HTMLImageElement) => img.currentSrc);

    it('uses the dark logo and colours in a dark system only when dark mode is enabled', async () => {
      await patch({
        color: { primaryColor: '#0A7B5C', isDarkModeEnabled: true, darkPrimaryColor: '#6FD6B4' },
        branding: logos(),
      });
      await openSignIn({}, { colorScheme: 'dark' });
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await expect.poll(logoSrc).toBe(logos().darkLogoUrl);
      expect(await submitColor()).toBe('rgb(111, 214, 180)');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 19, 22)');
      await page.context().close();

      // Enabled, light system: the light logo.
      await openSignIn({}, { colorScheme: 'light' });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await expect.poll(logoSrc).toBe(logos().logoUrl);
      await page.context().close();

      // Disabled: light even in a dark system.
      await patch({ color: { primaryColor: '#0A7B5C', isDarkModeEnabled: false, darkPrimaryColor: '#6FD6B4' } });
      await openSignIn({}, { colorScheme: 'dark' });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await expect.poll(logoSrc).toBe(logos().logoUrl);
      expect(await submitColor()).toBe('rgb(10, 123, 92)');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(245, 245, 247)');
    });

    it('applies the custom CSS, served as a stylesheet under the strict CSP', async () => {
      await patch({ customCss: 'h1 { letter-spacing: 3px; } .card { border-top: 5px solid rgb(1, 2, 3); }' });
      const css = await fetch(`${server.url}/sign-in/assets/custom.css`);
      expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect(css.headers.get('cache-control')).toBe('no-store');
      expect(css.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await css.text()).toContain('letter-spacing: 3px');

      await openSignIn();
      const heading = page.getByRole('heading', { name: 'Sign in' });
      await heading.waitFor();
      await expect.poll(() => heading.evaluate((h) => getComputedStyle(h).letterSpacing)).toBe('3px');
      expect(await page.locator('.card').evaluate((card) => getComputedStyle(card).borderTopColor)).toBe(
        'rgb(1, 2, 3)',
      );
      const csp = (await page.request.get(`${server.url}/sign-in`)).headers()['content-security-policy'];
      expect(csp).toContain("style-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");

      await patch({ customCss: null });
      expect(await (await fetch(`${server.url}/sign-in/assets/custom.css`)).text()).toBe('');
    });
  });

  describe('preview mode', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const draft = {
      signInMode: 'SignInAndRegister',
      signUp: { identifiers: ['email'], password: true, verify: true },
      signIn: { methods: [{ identifier: 'email', password: true, verificationCode: false, isPasswordPrimary: true }] },
      color: { primaryColor: '#C2185B', isDarkModeEnabled: false, darkPrimaryColor: '#F48FB1' },
      termsOfUseUrl: 'javascript:alert(1)',
      privacyPolicyUrl: 'https://example.com/privacy',
      agreeToTermsPolicy: 'Automatic',
    };

    /** Opens a preview page, recording every request it makes. */
    async function openPreview(url: string) {
      page = await (await chromium.newContext({ colorScheme: 'light', locale: 'en-US' })).newPage();
      const requests: string[] = [];
      page.on('request', (sent) => requests.push(new URL(sent.url()).pathname));
      await page.goto(url);
      return requests;
    }

    it('renders the draft from ?config= and postMessage, and never calls the Experience API', async () => {
      const requests = await openPreview(`${server.url}/sign-in?preview=1&config=${encode(draft)}`);
      const email = page.getByLabel('Email', { exact: true });
      await email.waitFor();
      const submit = page.getByRole('button', { name: 'Sign in', exact: true });
      expect(await submit.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(194, 24, 91)');
      // Only http(s) addresses become links.
      expect(await page.locator('#terms a').evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual([
        'https://example.com/privacy',
      ]);

      // The buttons do nothing but say so.
      await email.fill('someone@example.com');
      await page.getByLabel('Password').fill('anything-at-all');
      await submit.click();
      await page.getByRole('status').filter({ hasText: 'Preview: signing in is disabled' }).waitFor();
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'Create account' }).waitFor();

      // A new draft by postMessage from the same origin: re-rendered in its language and mode.
      await page.evaluate((message) => window.postMessage(message, location.origin), {
        type: 'tessera:preview',
        language: 'zh-CN',
        mode: 'SignIn',
        signInExperience: {
          ...draft,
          signIn: {
            methods: [{ identifier: 'phone', password: true, verificationCode: false, isPasswordPrimary: true }],
          },
          color: { primaryColor: '#1565C0', isDarkModeEnabled: false, darkPrimaryColor: '#90CAF9' },
          customCss: 'h1 { letter-spacing: 4px; }',
          socialSignInConnectorTargets: ['acme'],
          socialConnectors: [{ id: 'preview-acme', target: 'acme', name: { en: 'Acme', 'zh-CN': '极客' }, logo: '' }],
        },
      });
      const heading = page.getByRole('heading', { name: '登录' });
      await heading.waitFor();
      expect(await page.getByLabel('手机号').isVisible()).toBe(true);
      expect(await htmlLang()).toBe('zh-CN');
      expect(await submitColorOf(page, '登录')).toBe('rgb(21, 101, 192)');
      expect(await heading.evaluate((h) => getComputedStyle(h).letterSpacing)).toBe('4px');
      await page.getByRole('button', { name: '通过 极客 继续' }).click();
      await page.getByRole('status').filter({ hasText: '预览：登录功能已停用' }).waitFor();

      expect(requests.filter((path) => path.startsWith('/api/experience'))).toEqual([]);
      const headers = (await page.request.get(`${server.url}/sign-in?preview=1`)).headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    });

    it('takes drafts from a same-origin parent frame and ignores other origins', async () => {
      const requests = await openPreview(`${server.url}/sign-in?preview=1`);
      await page.locator('html[data-preview="ready"]').waitFor({ state: 'attached' });
      // The console (same origin) frames the preview and posts the draft once it is ready.
      await page.evaluate(() => {
        const frame = document.createElement('iframe');
        frame.id = 'preview';
        frame.src = '/sign-in?preview=1';
        document.body.append(frame);
        window.addEventListener('message', (event) => {
          if (event.data?.type === 'tessera:preview-ready') document.body.dataset.ready = 'yes';
        });
      });
      await page.waitForFunction(() => document.body.dataset.ready === 'yes');
      await page.evaluate(
        (signInExperience) =>
          (document.getElementById('preview') as HTMLIFrameElement).contentWindow?.postMessage(
            { type: 'tessera:preview', signInExperience, mode: 'Register' },
            location.origin,
          ),
        draft,
      );
      const frame = page.frameLocator('#preview');
      await frame.getByRole('heading', { name: 'Create account' }).waitFor();
      expect(await frame.getByLabel('Email', { exact: true }).isVisible()).toBe(true);

      // Another origin (the same server by another host name) opens the preview: its drafts are ignored.
      const host = new URL(server.url).hostname;
      const other = server.url.replace(host, host === 'localhost' ? '127.0.0.1' : 'localhost');
      await page.goto(`${other}/sign-in?preview=1`);
      const popupPromise = page.waitForEvent('popup');
      await page.evaluate((url) => {
        (window as unknown as { previewWindow: Window | null }).previewWindow = window.open(url);
      }, `${server.url}/sign-in?preview=1`);
      const popup = await popupPromise;
      // The static page says "Sign in" before its script listens: wait for the script.
      await popup.locator('html[data-preview="ready"]').waitFor({ state: 'attached' });
      await page.evaluate(
        (signInExperience) =>
          (window as unknown as { previewWindow: Window }).previewWindow.postMessage(
            { type: 'tessera:preview', signInExperience, mode: 'Register' },
            '*',
          ),
        draft,
      );
      // A later same-origin draft (language only) lands on the sign-in screen: the other was dropped.
      await popup.evaluate(() =>
        window.postMessage({ type: 'tessera:preview', signInExperience: {}, language: 'zh-CN' }, location.origin),
      );
      await popup.getByRole('heading', { name: '登录' }).waitFor();
      expect(await popup.getByLabel('用户名').isVisible()).toBe(true);
      expect(requests.filter((path) => path.startsWith('/api/experience'))).toEqual([]);
    });
  });

  describe('social account linking', () => {
    /** Records the bodies of POST /api/experience/identification. */
    async function watchIdentification() {
      const bodies: unknown[] = [];
      await page.route('**/api/experience/identification', async (route) => {
        bodies.push(route.request().postDataJSON());
        return route.fulfill({ response: await route.fetch() });
      });
      return bodies;
    }

    /** From the sign-in page through the provider to the callback page's question. */
    async function toTheQuestion(name: string) {
      await page.getByRole('button', { name }).click();
      await page.waitForURL((url) => url.pathname === `/callback/${connectorId}`);
      await page.locator('#choices:not([hidden])').waitFor();
      return page.locator('#status').textContent();
    }

    it('links to an existing account only once its password is given, asking in the chosen language', async () => {
      await patch({ socialSignInConnectorTargets: ['acme'] });
      const existing = await createUser(server, { primaryEmail: 'linker@acme.test' });
      fake.signedIn.user = { id: 4242, displayName: 'Link Candidate', mail: 'linker@acme.test' };
      const request = await openSignIn({ ui_locales: 'zh-CN' });
      const bodies = await watchIdentification();
      expect(await toTheQuestion('通过 极客 继续')).toBe(
        '该 极客 账号尚未绑定到任何账号。已有账号？登录该账号即可绑定，或创建新账号。',
      );
      expect(await htmlLang()).toBe('zh-CN');
      expect(await focused()).toBe('link');
      expect(await page.getByRole('button', { name: '创建新账号' }).isVisible()).toBe(true);

      await page.getByRole('button', { name: '绑定账号' }).click();
      expect(await page.locator('#status').textContent()).toBe('登录你已有的账号，以绑定你的 极客 账号。');
      expect(await focused()).toBe('identifier');
      await page.getByLabel('邮箱、手机号或用户名').fill(existing.username as string);
      await proveOnLinkForm(
        page,
        server,
        { config, request },
        {
          field: '密码',
          submit: '登录并绑定',
          wrong: 'not-the-password',
          wrongMessage: '账号或密码错误，请检查后重试。',
          right: password,
          userId: existing.id,
        },
      );
      expect(bodies.at(-1)).toEqual({ verificationId: expect.any(String), linkSocialIdentity: true });
      const user = await server.services.users.get(existing.id);
      expect(user.identities).toMatchObject({ acme: { userId: '4242' } });
    });

    it('asks the same whether or not an account holds the address; "Create a new account" returns to the app', async () => {
      await patch({ socialSignInConnectorTargets: ['acme'] });
      await createUser(server, { primaryEmail: 'held@acme.test' });
      fake.signedIn.user = { id: 4343, displayName: 'Held', mail: 'held@acme.test' };
      await openSignIn();
      const held = await toTheQuestion('Continue with Acme');
      await page.context().close();

      fake.signedIn.user = { id: 4344, displayName: 'New Person', mail: 'new.person@acme.test' };
      const request = await openSignIn();
      const bodies = await watchIdentification();
      expect(await toTheQuestion('Continue with Acme')).toBe(held);
      expect(held).toBe(
        'This Acme account is not linked to an account here yet. Already have one? Sign in to it to link them, or create a new account.',
      );
      expect(await page.getByRole('heading').textContent()).toBe('Link your account');
      const atApp = appCallbackRequest(page);
      await page.getByRole('button', { name: 'Create a new account' }).click();
      const claims = await claimsAtApp(config, request, atApp);
      expect(bodies.at(-1)).toEqual({ verificationId: expect.any(String) });
      const user = await server.services.users.get(claims.sub);
      expect(user).toMatchObject({ name: 'New Person', primaryEmail: null, identities: { acme: { userId: '4344' } } });
    });

    it('offers only linking when sign-up is off', async () => {
      await patch({ socialSignInConnectorTargets: ['acme'], signInMode: 'SignIn' });
      fake.signedIn.user = { id: 4444, displayName: 'Only Link', mail: 'only.link@acme.test' };
      await openSignIn();
      await toTheQuestion('Continue with Acme');
      expect(await page.getByRole('button', { name: 'Link account' }).isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Create a new account' }).isVisible()).toBe(false);
    });
  });
});

function submitColorOf(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true }).evaluate((button) => getComputedStyle(button).backgroundColor);
}
