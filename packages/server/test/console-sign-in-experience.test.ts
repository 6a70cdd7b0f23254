import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSignInExperience } from '../src/sign-in-experience/sign-in-experience.schemas.js';
import { twilioConfig } from './fakes/configs.js';
import { axeLightAndDark, seriousAxeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { recordCspViolations, signInToConsole } from './support/console.js';
import {
  chooseOption,
  choosePhoneCodeSignIn,
  openSignInExperience,
  saveSignInExperience,
  signInMethod,
  switchToPhoneCodeSignInThroughConsole,
} from './support/console-sign-in-experience.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/** The background of the preview's (or page's) main button, as computed. */
const submitColor = (frame: FrameLocator | Page) =>
  frame.locator('#submit').evaluate((button) => getComputedStyle(button).backgroundColor);

describe.skipIf(dialect === 'postgres')('browser: console › sign-in experience', () => {
  let server: TestServer;
  let chromium: Browser;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let owner: StorageState;
  let viewer: StorageState;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    api = await managementApi(server);
    [owner, viewer] = (
      await Promise.all([signInToConsole(chromium, server, 'owner'), signInToConsole(chromium, server, 'viewer')])
    ).map((signedIn) => signedIn.storageState);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  /** A fresh context signed in as `state`, on the console's Sign-in experience page. */
  async function openPage(state: StorageState) {
    const context = await chromium.newContext({ storageState: state, colorScheme: 'light', locale: 'en-US' });
    const cspReports = await recordCspViolations(context);
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/console`);
    await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
    await openSignInExperience(page, server.url);
    const preview = page.frameLocator('iframe[title^="Preview of the sign-in page"]');
    await page.locator('iframe[data-ready="yes"]').waitFor();
    // Every CSP report (console page and preview frame) and script error: none is expected.
    const problems = () => [...cspReports, ...pageErrors];
    return { context, page, preview, problems };
  }

  const saved = async () => (await api.get('/sign-in-exp')).body;

  it('previews a brand colour before saving, summarises the change, and the hosted page shows it', async () => {
    const { context, page, preview, problems } = await openPage(owner);
    expect(await submitColor(preview)).toBe('rgb(93, 52, 242)');

    // A colour the server's schema refuses is explained next to the field, before any request.
    const colour = page.getByRole('textbox', { name: 'Brand colour', exact: true });
    await colour.fill('purple');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('must be a hex colour such as #5D34F2').waitFor();
    expect(await colour.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('tab', { name: /^Branding/ }).textContent()).toContain('1 to fix');

    await colour.fill('#C2185B');
    expect(await colour.getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => submitColor(preview)).toBe('rgb(194, 24, 91)');
    expect((await saved()).color.primaryColor).toBe('#5D34F2');
    expect(await page.getByText('Unsaved changes').isVisible()).toBe(true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The phone-sized preview, the visitor's dark theme (dark mode is off, and the page says so).
    await page.getByRole('radio', { name: 'Phone' }).click();
    expect(await page.locator('iframe[data-ready]').evaluate((frame) => frame.getBoundingClientRect().width)).toBe(390);
    await page.getByRole('radio', { name: 'Dark' }).click();
    await page.getByText('Dark mode is off').waitFor();
    expect(await preview.locator('html').getAttribute('data-theme')).toBe('light');
    await page.getByRole('checkbox', { name: 'Dark mode' }).check({ force: true });
    await expect.poll(() => preview.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.getByRole('checkbox', { name: 'Dark mode' }).uncheck({ force: true });

    await page.getByRole('button', { name: 'Save changes' }).click();
    const review = page.getByRole('dialog', { name: 'Save these changes?' });
    const row = review.getByRole('row', { name: /Brand colour/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['#5D34F2', '#C2185B']);
    expect(await review.getByRole('row').count()).toBe(2);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await review.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('All changes saved').waitFor();
    const summary = page.getByRole('region', { name: 'Saved changes' });
    expect(
      await summary
        .getByRole('row', { name: /Brand colour/ })
        .getByRole('cell')
        .allTextContents(),
    ).toEqual(['#5D34F2', '#C2185B']);
    expect((await saved()).color.primaryColor).toBe('#C2185B');

    // The hosted sign-in page, as visitors get it.
    const hosted = await context.newPage();
    await hosted.goto(`${server.url}/sign-in`);
    await expect.poll(() => submitColor(hosted)).toBe('rgb(194, 24, 91)');
    await hosted.close();

    // The console in dark: still no serious or critical axe violation.
    await chooseOption(page, /Theme/, 'Dark');
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await chooseOption(page, /Theme/, 'System');

    // In Simplified Chinese.
    await chooseOption(page, /Language/, '简体中文');
    await page.getByRole('heading', { level: 1, name: '登录体验' }).waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      '品牌',
      '注册与登录',
      '两步验证',
      '密码策略',
      '内容',
    ]);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await chooseOption(page, /语言/, 'English');
    expect(problems()).toEqual([]);
    await context.close();
  }, 60_000);

  it('refuses phone + verification code without an SMS connector, next to the field, and saves it with one', async () => {
    const { context, page, problems } = await openPage(owner);
    await choosePhoneCodeSignIn(page);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('dialog', { name: 'Save these changes?' }).getByRole('button', { name: 'Save' }).click();

    const phone = signInMethod(page, 'Phone number');
    await phone.getByText('needs an SMS connector').waitFor();
    expect(await phone.textContent()).toContain(
      'Signing in with a phone verification code needs an SMS connector to send the codes, and none is set up.',
    );
    // The error names the group for screen readers, and offers the way out.
    const describedBy = (await phone.getAttribute('aria-describedby')) ?? '';
    const described = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      describedBy.split(' '),
    );
    expect(described).toContain('needs an SMS connector');
    expect(await phone.getByRole('link', { name: 'Set up an SMS connector in Connectors' }).getAttribute('href')).toBe(
      '/console/connectors/new/sms',
    );
    expect(await page.getByRole('tab', { name: /Sign-up and sign-in/ }).textContent()).toContain('1 to fix');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect((await saved()).signIn.methods.map((m: { identifier: string }) => m.identifier)).toEqual(['username']);

    // With an SMS connector (set up through the API), the same draft saves.
    const created = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: twilioConfig(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    await saveSignInExperience(page);
    const publicView = (await fetch(`${server.url}/api/.well-known/sign-in-exp`).then((r) => r.json())) as {
      signUp: unknown;
      signIn: unknown;
      passwordlessConnectors: unknown;
    };
    expect(publicView.signUp).toEqual({ identifiers: ['phone'], password: false, verify: true });
    expect(publicView.signIn).toEqual({
      methods: [{ identifier: 'phone', password: false, verificationCode: true, isPasswordPrimary: true }],
    });
    expect(publicView.passwordlessConnectors).toEqual({ email: false, sms: true });

    // The guide journeys' step does the same from the default settings in one call.
    const reset = await api.patch('/sign-in-exp', {
      signUp: defaultSignInExperience.signUp,
      signIn: defaultSignInExperience.signIn,
    });
    expect(reset.status).toBe(200);
    await page.goto(`${server.url}/console`);
    await switchToPhoneCodeSignInThroughConsole(page);
    expect((await saved()).signIn).toEqual(publicView.signIn);
    expect(problems()).toEqual([]);
    await context.close();
  }, 60_000);

  it('turns passkey sign-in on from the two-step verification tab; the preview shows the passkey button', async () => {
    const { context, page, preview, problems } = await openPage(owner);
    await page.getByRole('tab', { name: /Two-step verification/ }).click();
    const passkeys = page.getByRole('region', { name: 'Passkey sign-in' });
    await passkeys.getByRole('checkbox', { name: /Let users sign in with a passkey/ }).check({ force: true });
    await preview.getByRole('button', { name: 'Sign in with a passkey' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveSignInExperience(page);
    expect((await saved()).passkeySignIn).toEqual({ enabled: true, showPasskeyButton: true, allowAutofill: false });
    expect(problems()).toEqual([]);
    await context.close();
    const reset = await api.patch('/sign-in-exp', { passkeySignIn: defaultSignInExperience.passkeySignIn });
    expect(reset.status).toBe(200);
  }, 60_000);

  it('asks before leaving a form with unsaved changes', async () => {
    const { context, page } = await openPage(owner);
    const colour = page.getByRole('textbox', { name: 'Brand colour', exact: true });
    await colour.fill('#1565C0');

    const nav = page.getByRole('navigation', { name: 'Console sections' });
    const ask = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    // The page's own nav link leaves nothing behind: no question.
    await nav.getByRole('link', { name: 'Sign-in experience' }).click();
    expect(await ask.count()).toBe(0);
    expect(await colour.inputValue()).toBe('#1565C0');
    await nav.getByRole('link', { name: 'Get started' }).click();
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Stay on this page' }).click();
    expect(new URL(page.url()).pathname).toBe('/console/sign-in-experience');
    expect(await colour.inputValue()).toBe('#1565C0');

    // Discarding asks once, naming what is lost, and brings back the saved value.
    await page.getByRole('button', { name: 'Discard changes' }).click();
    const discard = page.getByRole('alertdialog', { name: 'Discard the unsaved changes?' });
    expect(await discard.getByRole('listitem').allTextContents()).toEqual(['Brand colour: #1565C0']);
    await discard.getByRole('button', { name: 'Discard', exact: true }).click();
    await page.getByText('All changes saved').waitFor();
    expect(await colour.inputValue()).toBe((await saved()).color.primaryColor);
    await colour.fill('#1565C0');

    // Back is held too.
    await page.goBack();
    await ask.waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/sign-in-experience');
    await ask.getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('heading', { level: 1, name: 'Get started' }).waitFor();
    expect((await saved()).color.primaryColor).not.toBe('#1565C0');

    // Closing the tab (or reloading) gets the browser's own question.
    await openSignInExperience(page, server.url);
    await page.getByRole('textbox', { name: 'Brand colour', exact: true }).fill('#2E7D32');
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type());
      void dialog.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs).toEqual(['beforeunload']);
    await context.close();
  }, 60_000);

  it('shows a Viewer the settings read-only, with the reason', async () => {
    const { context, page, preview, problems } = await openPage(viewer);
    await page.getByRole('note').getByText('Read only: Your role (Viewer) can view but not change this.').waitFor();
    const colour = page.getByRole('textbox', { name: 'Brand colour', exact: true });
    expect(await colour.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Save changes' }).isDisabled()).toBe(true);
    await page.getByRole('tab', { name: /^Sign-up and sign-in/ }).click();
    expect(await page.getByRole('button', { name: /Sign-up identifier/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0);
    // The preview still shows what visitors get.
    expect(await submitColor(preview)).toMatch(/^rgb/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('opens the built-in demo app in a new tab from "Try it in the demo app"', async () => {
    const { context, page, problems } = await openPage(viewer);
    const tryIt = page.getByRole('link', { name: 'Try it in the demo app (opens in a new tab)' });
    expect(await tryIt.getAttribute('target')).toBe('_blank');
    expect(await axeLightAndDark(page)).toEqual([]);
    const [demo] = await Promise.all([context.waitForEvent('page'), tryIt.click()]);
    await demo.waitForURL((url) => url.pathname === '/demo-app');
    await demo.getByRole('heading', { level: 1, name: 'Demo app' }).waitFor();
    await demo.getByRole('button', { name: 'Sign in' }).click();
    // The end users' hosted page (not the administrators'), with whatever settings earlier tests saved.
    await demo.waitForURL((url) => url.pathname === '/sign-in');
    await demo.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('works by keyboard alone: tabs, social buttons reordered with move buttons, review and save', async () => {
    for (const [target, name] of [
      ['acme', 'Acme ID'],
      ['globex', 'Globex'],
    ]) {
      const created = await api.post('/connectors', {
        connectorId: 'oauth2',
        metadata: { target, name: { en: name } },
        config: {
          authorizationEndpoint: `https://${target}.test/authorize`,
          tokenEndpoint: `https://${target}.test/token`,
          userInfoEndpoint: `https://${target}.test/me`,
          clientId: 'client',
          clientSecret: 'secret',
        },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
    }
    const { context, page, preview, problems } = await openPage(owner);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    const tabTo = async (text: string) => {
      for (let presses = 0; presses < 60 && (await focused()) !== text; presses++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(text);
    };

    // The tab list: focus its selected tab, then the arrows move between tabs.
    await page.getByRole('tab', { name: /^Branding/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: /^Sign-up and sign-in/ }).getAttribute('aria-selected')).toBe('true');

    await tabTo('Show Acme ID');
    await page.keyboard.press('Enter');
    await tabTo('Show Globex');
    await page.keyboard.press('Enter');
    const buttons = page
      .getByRole('list', { name: 'Social sign-in buttons, in the order shown' })
      .getByRole('listitem');
    expect(await buttons.locator('.reorder-name').allTextContents()).toEqual(['Acme ID', 'Globex']);

    // Globex first: its "Move up" keeps the focus on Globex's buttons.
    await page.getByRole('button', { name: 'Move down: Acme ID' }).focus();
    await page.keyboard.press('Enter');
    expect(await buttons.locator('.reorder-name').allTextContents()).toEqual(['Globex', 'Acme ID']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move up: Acme ID');
    await page.getByRole('status').getByText('Acme ID is now 2 of 2.').waitFor();
    await expect
      .poll(() => preview.locator('.social-button').allTextContents())
      .toEqual([expect.stringContaining('Globex'), expect.stringContaining('Acme ID')]);

    // Save by keyboard: the review dialog takes the focus on its Save button.
    await tabTo('Save changes');
    await page.keyboard.press('Enter');
    const review = page.getByRole('dialog', { name: 'Save these changes?' });
    await review.getByRole('row', { name: /Social sign-in buttons/ }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save');
    await page.keyboard.press('Enter');
    await page.getByText('All changes saved').waitFor();
    expect((await saved()).socialSignInConnectorTargets).toEqual(['globex', 'acme']);
    expect(problems()).toEqual([]);
    await context.close();
  }, 60_000);
});
