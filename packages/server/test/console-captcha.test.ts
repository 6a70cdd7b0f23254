import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { descriptionOf, openConsoleAs, signInToConsole } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

describe.skipIf(dialect === 'postgres')('browser: the console CAPTCHA page', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let admin: Administrator;
  let api: ManagementApi;

  beforeAll(async () => {
    [server, chromium] = await Promise.all([startTestServer(), launchChromium()]);
    [admin, api] = await Promise.all([signInToConsole(chromium, server, 'admin'), managementApi(server)]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop()]);
  });

  it('picks a provider, enters its keys, turns the policy on, and removes the provider', async () => {
    const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/sign-in-experience');
    await page.getByRole('link', { name: 'CAPTCHA (bot protection)' }).click();
    await page.getByRole('heading', { level: 1, name: 'CAPTCHA' }).waitFor();
    const requirement = page.getByRole('switch', { name: 'Require a CAPTCHA' });
    expect(await requirement.isDisabled()).toBe(true);
    await page.getByText('Save a provider first.').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    // reCAPTCHA Enterprise: its project ID is checked before anything is sent.
    await page.getByRole('button', { name: /CAPTCHA provider/ }).click();
    await page.getByRole('option', { name: 'Google reCAPTCHA Enterprise' }).click();
    await page.getByRole('textbox', { name: 'Site key' }).fill('recaptcha-site-key');
    await page.getByLabel('API key').fill('recaptcha-api-key-secret');
    await page.getByRole('button', { name: 'Save' }).click();
    const projectId = page.getByRole('textbox', { name: 'Google Cloud project ID' });
    expect(await projectId.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(projectId)).toContain('Required.');
    expect(await axeLightAndDark(page)).toEqual([]);
    expect((await api.get('/captcha-provider')).status).toBe(404);

    await projectId.fill('tessera-prod');
    await page.getByRole('button', { name: /Check type/ }).click();
    await page.getByRole('option', { name: 'Checkbox' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    const saved = await api.get('/captcha-provider');
    expect(saved.body.config).toEqual({
      type: 'RecaptchaEnterprise',
      siteKey: 'recaptcha-site-key',
      secretKey: '********',
      projectId: 'tessera-prod',
      mode: 'checkbox',
    });
    // The secret never comes back to the page: the field holds the mask.
    expect(await page.getByLabel('API key').inputValue()).toBe('********');

    await requirement.waitFor({ state: 'attached' });
    await page.getByText('Require a CAPTCHA').click();
    await page.getByText('CAPTCHA is now required.').waitFor();
    expect((await api.get('/sign-in-exp')).body.captchaPolicy).toEqual({ enabled: true });
    const publicView = await fetch(`${server.url}/api/.well-known/sign-in-exp`).then((r) => r.json());
    expect(publicView.captchaConfig).toEqual({
      type: 'RecaptchaEnterprise',
      siteKey: 'recaptcha-site-key',
      mode: 'checkbox',
    });

    await page.getByRole('button', { name: 'Remove provider' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Remove provider' }).click();
    await page.getByText('CAPTCHA provider removed.').waitFor();
    expect((await api.get('/captcha-provider')).status).toBe(404);
    expect((await api.get('/sign-in-exp')).body.captchaPolicy).toEqual({ enabled: false });
    expect(cspReports).toEqual([]);
    await context.close();
  });
});
