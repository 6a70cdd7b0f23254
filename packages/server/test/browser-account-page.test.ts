import fs from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { smtpConfig } from './fakes/configs.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { recordCspViolations } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { totpOf } from './support/mfa-sign-in.js';
import { createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { virtualAuthenticator } from './support/virtual-authenticator.js';

/** Screenshots for the docs, only with TESSERA_SCREENSHOTS=1. */
const screensDir = process.env.TESSERA_SCREENS_DIR ?? '/tmp/tessera-screens';
const allEdit = {
  name: 'Edit',
  avatar: 'Edit',
  username: 'Edit',
  email: 'Edit',
  phone: 'Edit',
  password: 'Edit',
  social: 'Edit',
  mfa: 'Edit',
} as const;

/**
 * The hosted account page at /account in Chromium: it signs in through the hosted sign-in page as
 * its built-in client, then changes the account through the Account API as the account center's
 * field permissions allow.
 */
describe.skipIf(dialect === 'postgres')('hosted account page in Chromium', { timeout: 90_000 }, () => {
  let server: TestServer;
  let fakes: ProviderFakes;
  let chromium: Browser;
  let page: Page;
  let api: ManagementApi;

  const lastMailCode = () => /(\d{6})/.exec(fakes.smtp.messages.at(-1)?.body ?? '')?.[1] as string;
  const setAccountCenter = async (body: Record<string, unknown>) => {
    const patched = await api.patch('/account-center', body);
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
  };

  beforeAll(async () => {
    fakes = await startProviderFakes();
    [server, chromium] = await Promise.all([startTestServer(fakes.env), launchChromium()]);
    api = await managementApi(server);
    const mail = await api.post('/connectors', {
      connectorId: 'simple-mail-transfer-protocol',
      config: smtpConfig(fakes.smtp.port),
    });
    expect(mail.status, JSON.stringify(mail.body)).toBe(200);
    const settings = await api.patch('/sign-in-exp', {
      color: { primaryColor: '#5D34F2', isDarkModeEnabled: true, darkPrimaryColor: '#A796FF' },
      signUp: { identifiers: ['username'], password: true, verify: false },
      signIn: {
        methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }],
      },
      languageInfo: { autoDetect: true, fallbackLanguage: 'en' },
      mfa: { factors: ['Totp', 'BackupCode'], policy: 'NoPrompt' },
    });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    await setAccountCenter({ enabled: true, fields: allEdit });
  });
  afterEach(async () => {
    await page?.context().close();
    await setAccountCenter({ enabled: true, fields: allEdit });
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    await fakes?.close();
  });

  async function open(options: BrowserContextOptions = {}) {
    const context = await chromium.newContext({ colorScheme: 'light', locale: 'en-US', ...options });
    const violations = await recordCspViolations(context);
    page = await context.newPage();
    return violations;
  }

  /** /account while signed out goes to the hosted sign-in page, and back once signed in. */
  async function signIn(username: string, secret = password) {
    await page.goto(`${server.url}/account`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill(secret);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    await page.getByText(`Signed in as ${username}.`).waitFor();
  }

  /** "Confirm it is you" with the current password. */
  async function confirmWithPassword(secret = password) {
    const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
    await dialog.waitFor();
    await dialog.getByLabel('Current password').fill(secret);
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  const status = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

  it('signs in through the hosted sign-in page, shows the profile and changes the name', async () => {
    await setAccountCenter({ enabled: true, fields: allEdit });
    const user = await createUser(server, { username: 'ada', name: 'Ada', primaryEmail: 'ada@example.com' });
    const violations = await open();
    await signIn('ada');
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ada');
    expect(await page.getByLabel('Username', { exact: true }).inputValue()).toBe('ada');
    await page.getByRole('region', { name: 'Email' }).getByText('ada@example.com').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await photograph(page, 'account');

    // While the change runs, its form is busy and says so; the answer is held until checked.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/my-account', async (route) => {
      if (route.request().method() === 'PATCH') await held;
      await route.continue();
    });
    await page.getByLabel('Name', { exact: true }).fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Save Name' }).click();
    await status('Please wait…');
    expect(await page.getByRole('button', { name: 'Save Name' }).isDisabled()).toBe(true);
    release();
    await status('Saved.');
    expect(await page.getByRole('button', { name: 'Save Name' }).isEnabled()).toBe(true);
    expect((await server.services.users.get(user.id)).name).toBe('Ada Lovelace');
    expect(violations).toEqual([]);
  });

  it('changes the password after confirming the current one; the new one signs in', async () => {
    await createUser(server, { username: 'grace' });
    await open();
    await signIn('grace');
    const newPassword = 'a brand new passphrase 42';
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();

    // A wrong current password is said next to the field, and the dialog stays.
    const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
    await dialog.getByLabel('Current password').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await photograph(page, 'account-confirm');
    await dialog.getByLabel('Current password').fill('not my password');
    await dialog.getByRole('button', { name: 'Continue' }).click();
    await dialog.getByText('The password is incorrect.').waitFor();
    expect(await dialog.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');
    await confirmWithPassword();
    await status('Your password has been changed.');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await status('You are signed out.');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByLabel('Username').fill('grace');
    await page.getByLabel('Password').fill(newPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('Signed in as grace.').waitFor();
  });

  it('changes the email with a code sent to the new address', async () => {
    const user = await createUser(server, { username: 'hopper', primaryEmail: 'old@example.com' });
    await open();
    await signIn('hopper');
    const email = page.getByRole('region', { name: 'Email' });
    await email.getByLabel('New email').fill('new@example.com');
    await email.getByRole('button', { name: 'Send code' }).click();
    // Confirmed this time by a code sent to the current address.
    const dialog = page.getByRole('dialog', { name: 'Confirm it is you' });
    await dialog.getByRole('button', { name: 'Send a code to old@example.com' }).click();
    await dialog.getByLabel('Verification code').waitFor();
    expect(fakes.smtp.messages.at(-1)?.to).toEqual(['old@example.com']);
    await dialog.getByLabel('Verification code').fill(lastMailCode());
    await dialog.getByRole('button', { name: 'Confirm code' }).click();
    await dialog.waitFor({ state: 'detached' });
    await email.getByLabel('Verification code').waitFor();
    expect(fakes.smtp.messages.at(-1)?.to).toEqual(['new@example.com']);
    const code = lastMailCode();

    // A wrong code is said next to the code field.
    await email.getByLabel('Verification code').fill(`${(Number(code[0]) + 1) % 10}${code.slice(1)}`);
    await email.getByRole('button', { name: 'Verify and save' }).click();
    await email.getByText('The verification code is incorrect.').waitFor();
    expect(await email.getByLabel('Verification code').getAttribute('aria-invalid')).toBe('true');

    // Another address than the one the code went to asks for a new code.
    await email.getByLabel('New email').fill('other@example.com');
    expect(await email.getByRole('button', { name: 'Send code' }).isVisible()).toBe(true);
    expect(await email.getByRole('button', { name: 'Verify and save' }).isVisible()).toBe(false);
    await email.getByLabel('New email').fill('new@example.com');
    await email.getByLabel('Verification code').fill(code);
    await email.getByRole('button', { name: 'Verify and save' }).click();
    await status('Your email is now new@example.com.');
    expect((await server.services.users.get(user.id)).primaryEmail).toBe('new@example.com');
  });

  it('adds an authenticator app with the code it shows, then removes it', async () => {
    const user = await createUser(server, { username: 'turing' });
    const violations = await open();
    await signIn('turing');
    const mfa = page.getByRole('region', { name: 'Two-step verification' });
    await mfa.getByText('No two-step verification methods are set up.').waitFor();
    await mfa.getByRole('button', { name: 'Add authenticator app' }).click();
    await mfa.getByRole('img', { name: 'QR code of your new authenticator app key' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    const secret = (await page.locator('#totp-key').textContent()) as string;
    await mfa.getByLabel('Code from the app').fill('000000');
    await mfa.getByRole('button', { name: 'Turn on' }).click();
    await confirmWithPassword();
    await mfa.getByText('The code is incorrect. Enter the current code from the app.').waitFor();

    await mfa.getByLabel('Code from the app').fill(totpOf(secret).generate());
    await mfa.getByRole('button', { name: 'Turn on' }).click();
    await status('Your authenticator app is set up.');
    await mfa.getByText('Authenticator app', { exact: true }).waitFor();
    expect((await server.services.userMfa.list(user.id)).map((factor) => factor.type)).toEqual(['Totp']);

    // Backup codes, beside the app: shown once, kept when the user says they saved them.
    await mfa.getByRole('button', { name: 'Generate backup codes' }).click();
    const codes = mfa.getByRole('list', { name: 'Your backup codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await mfa.getByRole('button', { name: 'I have saved these codes' }).click();
    await status('Your backup codes are ready.');
    await mfa.getByText('10 codes left', { exact: false }).waitFor();
    await photograph(page, 'account-mfa');

    await mfa.getByRole('button', { name: 'Remove Authenticator app' }).click();
    await status('Authenticator app removed.');
    // Backup codes go with the last other factor.
    await mfa.getByText('No two-step verification methods are set up.').waitFor();
    expect(await server.services.userMfa.list(user.id)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('lists a passkey with its browser and removes it', async () => {
    const user = await createUser(server, { username: 'hamilton' });
    await open();
    await signIn('hamilton');
    const publicKey = Buffer.alloc(77, 7).toString('base64url');
    await server.services.mfaStore.addWebAuthn(
      user.id,
      { id: 'cred-1', publicKey, counter: 0, agent: 'Firefox' },
      Date.now(),
    );
    await page.reload();
    const mfa = page.getByRole('region', { name: 'Two-step verification' });
    await mfa.getByText('Passkey (Firefox)', { exact: true }).waitFor();
    await mfa.getByRole('button', { name: 'Remove Passkey (Firefox)' }).click();
    await confirmWithPassword();
    await status('Passkey (Firefox) removed.');
    expect(await server.services.mfaStore.list(user.id)).toEqual([]);
  });

  it('adds a passkey named from the page, renames it, and the user signs in with it', async () => {
    const user = await createUser(server, { username: 'liskov' });
    const violations = await open();
    await signIn('liskov');
    const passkeys = { passkeySignIn: { enabled: true, showPasskeyButton: true, allowAutofill: false } };
    expect((await api.patch('/sign-in-exp', passkeys)).status).toBe(200);
    try {
      const device = await virtualAuthenticator(page);
      await page.reload();
      const mfa = page.getByRole('region', { name: 'Two-step verification' });
      await mfa.getByLabel('Passkey name').fill('Laptop');
      await mfa.getByRole('button', { name: 'Add a passkey' }).click();
      await confirmWithPassword();
      await status('Your passkey is added.');
      await mfa.getByText('Passkey (Laptop)', { exact: true }).waitFor();
      const stored = await server.services.mfaStore.list(user.id);
      expect(stored.map((factor) => [factor.type, factor.name])).toEqual([['WebAuthn', 'Laptop']]);
      const { credentials } = await device.cdp.send('WebAuthn.getCredentials', {
        authenticatorId: device.authenticatorId,
      });
      expect(credentials).toHaveLength(1);

      // The same device again: the browser refuses it (the server excludes the user's passkeys), said in words.
      await mfa.getByRole('button', { name: 'Add a passkey' }).click();
      await mfa.getByText('This device already has a passkey for your account.').waitFor();

      await mfa.getByRole('button', { name: 'Rename Passkey (Laptop)' }).click();
      await mfa.getByLabel('New name for Passkey (Laptop)').fill('Work laptop');
      await mfa.getByRole('button', { name: 'Save' }).click();
      await status('Your passkey is now called Work laptop.');
      await mfa.getByText('Passkey (Work laptop)', { exact: true }).waitFor();
      expect(await axeLightAndDark(page)).toEqual([]);

      // Signed out, "Sign in with a passkey" on the hosted sign-in page brings the user back, no password.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await page.goto(`${server.url}/account`);
      await page.waitForURL((url) => url.pathname === '/sign-in');
      await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
      await page.waitForURL((url) => url.pathname === '/account');
      await page.getByText('Signed in as liskov.').waitFor();
      expect(violations).toEqual([]);
    } finally {
      passkeys.passkeySignIn.enabled = false;
      expect((await api.patch('/sign-in-exp', passkeys)).status).toBe(200);
    }
  });

  it('signs in again when its access token is refused', async () => {
    await createUser(server, { username: 'dijkstra' });
    await open();
    await signIn('dijkstra');
    // As after the token expired or was revoked: the Account API refuses it with 401.
    await page.evaluate(() => {
      const key = 'tessera.account-center.session';
      sessionStorage.setItem(
        key,
        JSON.stringify({ ...JSON.parse(sessionStorage.getItem(key) ?? '{}'), accessToken: 'gone' }),
      );
    });
    await page.reload();
    // The provider's session is still there: back to the page, signed in, without a sign-in form.
    await page.waitForURL((url) => url.pathname === '/account' && url.search === '');
    await page.getByText('Signed in as dijkstra.').waitFor();
    expect(
      await page.evaluate(
        () => JSON.parse(sessionStorage.getItem('tessera.account-center.session') ?? '{}').accessToken,
      ),
    ).not.toBe('gone');
  });

  it('lists the linked social accounts and unlinks one', async () => {
    const user = await createUser(server, { username: 'lovelace' });
    const linked = await api.put(`/users/${user.id}/identities/github`, { userId: 'gh-1815', details: {} });
    expect(linked.status, JSON.stringify(linked.body)).toBe(201);
    await open();
    await signIn('lovelace');
    const social = page.getByRole('region', { name: 'Social accounts' });
    await social.getByText('github', { exact: true }).waitFor();
    await social.getByRole('button', { name: 'Unlink github' }).click();
    await confirmWithPassword();
    await status('github is no longer linked.');
    await social.getByText('No social accounts are linked.').waitFor();
    expect((await server.services.users.get(user.id)).identities).toEqual({});
  });

  it('shows a ReadOnly field without a way to change it and leaves an Off field out', async () => {
    await setAccountCenter({ enabled: true, fields: { ...allEdit, name: 'ReadOnly', phone: 'Off', mfa: 'Off' } });
    await createUser(server, { username: 'noether', name: 'Emmy' });
    await open();
    await signIn('noether');
    const profile = page.getByRole('region', { name: 'Profile' });
    await profile.getByText('Emmy').waitFor();
    await profile.getByText('Read only').waitFor();
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save Name' }).count()).toBe(0);
    expect(await page.getByLabel('Username', { exact: true }).isEditable()).toBe(true);
    expect(await page.getByRole('region', { name: 'Phone number' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Two-step verification' }).count()).toBe(0);
  });

  it('says plainly when the account center is off', async () => {
    await setAccountCenter({ enabled: false });
    const violations = await open();
    await page.goto(`${server.url}/account`);
    await page.getByText('Account management is turned off on this server.').waitFor();
    expect(page.url()).toBe(`${server.url}/account`);
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('speaks Simplified Chinese to a Chinese browser', async () => {
    await setAccountCenter({ enabled: true, fields: allEdit });
    await createUser(server, { username: 'zhao' });
    await open({ locale: 'zh-CN' });
    await page.goto(`${server.url}/account`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.locator('#username').fill('zhao');
    await page.locator('#password').fill(password);
    await page.locator('#submit').click();
    await page.getByText('已登录：zhao。').waitFor();
    await page.getByRole('heading', { name: '我的账号' }).waitFor();
    await page.getByRole('region', { name: '两步验证' }).waitFor();
    expect(await page.getByRole('button', { name: '退出登录' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await photograph(page, 'account-zh');
    expect(await axeLightAndDark(page)).toEqual([]);
  });

  it('changes the username with the keyboard alone', async () => {
    await setAccountCenter({ enabled: true, fields: allEdit });
    const user = await createUser(server, { username: 'lamport' });
    await open();
    await signIn('lamport');
    const username = page.getByLabel('Username', { exact: true });
    await page.locator('body').focus();
    // Tab to the username field from the top of the page, then type and press Enter.
    for (let presses = 0; presses < 20; presses += 1) {
      await page.keyboard.press('Tab');
      if (await username.evaluate((field) => field === document.activeElement)) break;
    }
    expect(await username.evaluate((field) => field === document.activeElement)).toBe(true);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('leslie');
    await page.keyboard.press('Enter');
    // The dialog takes focus: type the password, Enter.
    await page.getByRole('dialog', { name: 'Confirm it is you' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verify-password');
    await page.keyboard.type(password);
    await page.keyboard.press('Enter');
    await status('Saved.');
    expect((await server.services.users.get(user.id)).username).toBe('leslie');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('username');
  });
});

async function photograph(page: Page, name: string) {
  if (process.env.TESSERA_SCREENSHOTS !== '1') return;
  fs.mkdirSync(screensDir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${screensDir}/${name}-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}
