import fs from 'node:fs';
import type * as oidc from 'openid-client';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import { managementApi } from './support/management-client.js';
import { setMfaPolicy, totpOf } from './support/mfa-sign-in.js';
import { authorizationRequest, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { appCallback, socialApp } from './support/social-sign-in.js';
import { virtualAuthenticator as createVirtualAuthenticator } from './support/virtual-authenticator.js';

/**
 * The sign-in page's multi-factor authentication screens in Chromium, from an app's
 * authorization request to its tokens: setting up an authenticator app and backup codes when
 * the policy makes MFA mandatory, verifying with the app or a backup code at the next
 * sign-ins, a passkey on Chromium's virtual authenticator, and skipping when MFA is optional.
 *
 * With TESSERA_SCREENSHOTS=1 it also photographs every screen (light, dark, phone) into
 * /tmp/tessera-screens/ for a person to look at.
 */
describe(`sign-in page: multi-factor authentication in Chromium (${dialect})`, () => {
  let server: TestServer;
  let chromium: Browser;
  let page: Page;
  let config: oidc.Configuration;
  let api: Awaited<ReturnType<typeof managementApi>>;

  /** A code of the next time step: the server accepts one step of drift, and each step once. */
  const nextTotp = (secret: string) => totpOf(secret).generate({ timestamp: Date.now() + 30_000 });
  const focusedId = () => page.evaluate(() => document.activeElement?.id);
  const alertText = async () => {
    await page.getByRole('alert').waitFor();
    return page.getByRole('alert').textContent();
  };

  const setPolicy = (policy: string, factors: string[]) => setMfaPolicy(api, policy, factors);

  /** Opens the app's authorization request in a fresh browser and signs in with username and password. */
  async function signIn(username: string, options: BrowserContextOptions = {}) {
    page = await (await chromium.newContext({ colorScheme: 'light', ...options })).newPage();
    const request = await openHostedSignIn(page, config, { scope: 'openid profile' });
    await page.locator('#username').fill(username);
    await page.locator('#password').fill(password);
    await page.locator('#submit').click();
    return request;
  }

  /** Clicks the button that finishes, and returns the claims of the tokens the app then gets. */
  async function finishAt(request: Awaited<ReturnType<typeof signIn>>, button: string) {
    const atApp = appCallbackRequest(page);
    await page.getByRole('button', { name: button, exact: true }).click();
    return claimsAtApp(config, request, atApp);
  }

  const virtualAuthenticator = () => createVirtualAuthenticator(page);

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    api = await managementApi(server);
    ({ config } = await socialApp(server));
  });
  afterEach(async () => {
    await page?.context().close();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  describe('authenticator app and backup codes, mandatory', () => {
    let username: string;
    let userId: string;
    let secret: string;
    let backupCodes: string[];

    beforeAll(async () => {
      await setPolicy('Mandatory', ['Totp', 'BackupCode']);
      const user = await createUser(server);
      username = user.username as string;
      userId = user.id;
    });

    it('sets up an authenticator app and saves backup codes on the first sign-in', async () => {
      const request = await signIn(username);
      await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
      const qr = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      secret = ((await page.locator('#mfa-secret').textContent()) ?? '').replace(/\s/g, '');
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(await focusedId()).toBe('mfa-code');
      // Mandatory: no way around it, and backup codes are not offered as the first factor.
      expect(await page.getByRole('button', { name: 'Skip for now' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Choose another method' }).count()).toBe(0);

      const code = page.getByLabel('Authenticator app code');
      await code.fill('12345');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      expect(await alertText()).toBe('The code has 6 digits. Enter the code your authenticator app shows now.');
      expect(await focusedId()).toBe('mfa-code');
      expect(await code.getAttribute('aria-invalid')).toBe('true');

      await code.fill(totpOf(secret).generate());
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByRole('heading', { name: 'Save your backup codes' }).waitFor();
      backupCodes = await page.getByRole('list', { name: 'Backup codes' }).getByRole('listitem').allTextContents();
      expect(backupCodes).toHaveLength(10);
      for (const backupCode of backupCodes) expect(backupCode).toMatch(/^[0-9a-f]{10}$/);
      expect(await focusedId()).toBe('mfa-codes');

      // "Download" saves them as a text file; "Copy" puts them on the clipboard.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download', exact: true }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('localhost-backup-codes.txt');
      const saved = fs.readFileSync(await download.path(), 'utf8');
      for (const backupCode of backupCodes) expect(saved).toContain(backupCode);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.getByRole('button', { name: 'Copy', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'The backup codes are copied.' }).waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(backupCodes.join('\n'));

      const claims = await finishAt(request, 'I have saved these codes');
      expect(claims.sub).toBe(userId);
    });

    it('asks for the authenticator app code at the next sign-in; a wrong code is said in words', async () => {
      const request = await signIn(username);
      await page.getByRole('heading', { name: 'Verify it’s you' }).waitFor();
      const code = page.getByLabel('Authenticator app code');
      expect(await focusedId()).toBe('mfa-code');
      expect(await page.getByRole('button', { name: 'Use a backup code' }).isVisible()).toBe(true);

      const right = nextTotp(secret);
      await code.fill(String((Number(right) + 1) % 1_000_000).padStart(6, '0'));
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      expect(await alertText()).toBe(
        'That code is incorrect or has expired. Enter the code your authenticator app shows now.',
      );
      expect(await focusedId()).toBe('mfa-code');
      expect(await code.getAttribute('aria-invalid')).toBe('true');
      expect(await code.getAttribute('aria-describedby')).toBe('error');

      await code.fill(right);
      const claims = await finishAt(request, 'Continue');
      expect(claims.sub).toBe(userId);
    });

    it('signs in with a backup code instead, each code once', async () => {
      const request = await signIn(username);
      await page.getByRole('button', { name: 'Use a backup code' }).click();
      const code = page.getByLabel('Backup code');
      await code.waitFor();
      expect(await focusedId()).toBe('mfa-backup-code');
      expect(await page.getByRole('button', { name: 'Use your authenticator app' }).isVisible()).toBe(true);

      await code.fill('0123456789');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      expect(await alertText()).toBe('That backup code is incorrect or has already been used.');
      expect(await focusedId()).toBe('mfa-backup-code');

      await code.fill(backupCodes[0] as string);
      const claims = await finishAt(request, 'Continue');
      expect(claims.sub).toBe(userId);
      await page.context().close();

      await signIn(username);
      await page.getByRole('button', { name: 'Use a backup code' }).click();
      await page.getByLabel('Backup code').fill(backupCodes[0] as string);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      expect(await alertText()).toBe('That backup code is incorrect or has already been used.');
    });
  });

  describe('passkey', () => {
    let username: string;
    let userId: string;

    beforeAll(async () => {
      await setPolicy('Mandatory', ['Totp', 'WebAuthn', 'BackupCode']);
      const user = await createUser(server);
      username = user.username as string;
      userId = user.id;
    });

    it('creates a passkey on the first sign-in and signs in with it the next time', async () => {
      let request = await signIn(username);
      const device = await virtualAuthenticator();
      await page.getByRole('heading', { name: 'Set up two-step verification' }).waitFor();
      const options = page.getByRole('list', { name: 'Choose a method' }).getByRole('button');
      expect(await options.allTextContents()).toEqual([
        'Authenticator appEnter codes from an app such as Google Authenticator or Microsoft Authenticator.',
        'PasskeyConfirm with your fingerprint, face, screen lock or a security key.',
      ]);
      // Focus starts on the first method, whose accessible name is all its visible words.
      expect(await page.evaluate(() => document.activeElement?.querySelector('.mfa-option-title')?.textContent)).toBe(
        'Authenticator app',
      );
      expect((await options.first().evaluate((button) => button.getAttribute('aria-label'))) ?? '').toBe('');
      await page.getByRole('button', { name: /^Passkey Confirm/ }).click();
      await page.getByRole('heading', { name: 'Create a passkey' }).waitFor();
      await page.getByRole('button', { name: 'Create a passkey', exact: true }).click();
      await page.getByRole('heading', { name: 'Save your backup codes' }).waitFor();
      expect(await finishAt(request, 'I have saved these codes')).toMatchObject({ sub: userId });
      const { credentials } = await device.cdp.send('WebAuthn.getCredentials', {
        authenticatorId: device.authenticatorId,
      });
      expect(credentials).toHaveLength(1);
      await page.context().close();

      // Another device, without that passkey: the refusal is said in words, focus on the button.
      request = await signIn(username);
      const again = await virtualAuthenticator();
      await page.getByRole('heading', { name: 'Verify it’s you' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Use your passkey');
      await page.getByRole('button', { name: 'Use your passkey', exact: true }).click();
      expect(await alertText()).toBe('The passkey request was cancelled or timed out. Try again.');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Use your passkey');

      // The same device: its authenticator holds the passkey. Chosen from the backup code
      // screen's link, the passkey prompt opens at once.
      await again.cdp.send('WebAuthn.addCredential', {
        authenticatorId: again.authenticatorId,
        credential: credentials[0] as (typeof credentials)[number],
      });
      await page.getByRole('button', { name: 'Use a backup code' }).click();
      await page.getByLabel('Backup code').waitFor();
      expect(await finishAt(request, 'Use your passkey')).toMatchObject({ sub: userId });
    });
  });

  it('offers "Skip for now" when MFA is optional, and signs in without it', async () => {
    await setPolicy('UserControlled', ['Totp', 'BackupCode']);
    const user = await createUser(server);
    const request = await signIn(user.username as string);
    await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    expect(await focusedId()).toBe('mfa-code');
    const claims = await finishAt(request, 'Skip for now');
    expect(claims.sub).toBe(user.id);
    await page.context().close();

    // The skip is remembered: the next sign-in goes straight back to the app.
    const again = await authorizationRequest(config, { redirect_uri: appCallback, scope: 'openid profile' });
    page = await (await chromium.newContext()).newPage();
    await page.goto(again.url.toString());
    await page.locator('#username').fill(user.username as string);
    await page.locator('#password').fill(password);
    expect(await finishAt(again, 'Sign in')).toMatchObject({ sub: user.id });
  });

  describe.runIf(process.env.TESSERA_SCREENSHOTS === '1')('screenshots', () => {
    const dir = process.env.TESSERA_SCREENS_DIR ?? '/tmp/tessera-screens';
    const desktop = { width: 1024, height: 800 };
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const looks: [string, BrowserContextOptions][] = [
      ['light', { colorScheme: 'light', viewport: desktop }],
      ['dark', { colorScheme: 'dark', viewport: desktop }],
      ['phone', { colorScheme: 'light', ...phone }],
      ['phone-dark', { colorScheme: 'dark', ...phone }],
    ];
    const shot = (name: string) => page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
    beforeAll(async () => {
      fs.mkdirSync(dir, { recursive: true });
      await setPolicy('UserControlled', ['Totp', 'WebAuthn', 'BackupCode']);
      const patched = await api.patch('/sign-in-exp', {
        color: { primaryColor: '#5D34F2', isDarkModeEnabled: true, darkPrimaryColor: '#8B6DFF' },
      });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    });

    it.each(looks)('photographs every MFA screen (%s)', async (look, options) => {
      const user = await createUser(server);
      let request = await signIn(user.username as string, options);
      await page.getByRole('heading', { name: 'Set up two-step verification' }).waitFor();
      await shot(`${look}-1-enrol-choose`);
      await page.getByRole('button', { name: /^Passkey Confirm/ }).click();
      await page.getByRole('heading', { name: 'Create a passkey' }).waitFor();
      await shot(`${look}-2-enrol-passkey`);
      await page.getByRole('button', { name: 'Choose another method' }).click();
      await page.getByRole('button', { name: /^Authenticator app Enter/ }).click();
      await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
      await shot(`${look}-3-enrol-totp`);
      const secret = ((await page.locator('#mfa-secret').textContent()) ?? '').replace(/\s/g, '');
      await page.getByLabel('Authenticator app code').fill('12');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByRole('alert').waitFor();
      await shot(`${look}-4-enrol-totp-error`);
      await page.getByLabel('Authenticator app code').fill(totpOf(secret).generate());
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByRole('heading', { name: 'Save your backup codes' }).waitFor();
      await shot(`${look}-5-backup-codes`);
      await finishAt(request, 'I have saved these codes');
      await page.context().close();

      request = await signIn(user.username as string, options);
      await page.getByRole('heading', { name: 'Verify it’s you' }).waitFor();
      await shot(`${look}-6-verify-totp`);
      await page.getByLabel('Authenticator app code').fill('000000');
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.getByRole('alert').waitFor();
      await shot(`${look}-7-verify-totp-error`);
      await page.getByRole('button', { name: 'Use a backup code' }).click();
      await page.getByLabel('Backup code').waitFor();
      await shot(`${look}-8-verify-backup-code`);
      await page.context().close();

      // A passkey user: the passkey screen when verifying.
      const other = await createUser(server);
      request = await signIn(other.username as string, options);
      const device = await virtualAuthenticator();
      await page.getByRole('button', { name: /^Passkey Confirm/ }).click();
      await page.getByRole('button', { name: 'Create a passkey', exact: true }).click();
      await finishAt(request, 'I have saved these codes');
      const { credentials } = await device.cdp.send('WebAuthn.getCredentials', {
        authenticatorId: device.authenticatorId,
      });
      await page.context().close();
      await signIn(other.username as string, options);
      const again = await virtualAuthenticator();
      await again.cdp.send('WebAuthn.addCredential', {
        authenticatorId: again.authenticatorId,
        credential: credentials[0] as (typeof credentials)[number],
      });
      await page.getByRole('heading', { name: 'Verify it’s you' }).waitFor();
      await shot(`${look}-9-verify-passkey`);
    });

    it('photographs the screens in Chinese', async () => {
      const user = await createUser(server);
      await signIn(user.username as string, { locale: 'zh-CN', viewport: desktop });
      await page.locator('.mfa-options').waitFor();
      expect(await page.locator('#title').textContent()).toBe('设置两步验证');
      expect(await page.locator('.mfa-option-title').allTextContents()).toEqual(['身份验证器应用', '通行密钥']);
      await shot('zh-1-enrol-choose');
      await page.locator('.mfa-option').first().click();
      await page.locator('#mfa-code').waitFor();
      await page.locator('#mfa-code').fill('1');
      await page.locator('#mfa button[type="submit"]').click();
      expect(await alertText()).toBe('验证码为 6 位数字。请输入身份验证器应用当前显示的验证码。');
      await shot('zh-2-enrol-totp-error');
    });
  });
});
