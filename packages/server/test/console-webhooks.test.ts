import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { descriptionOf, openConsoleAs, signInToConsole } from './support/console.js';
import { type HookReceiver, signatureValid, startHookReceiver } from './support/hook-receiver.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

describe.skipIf(dialect === 'postgres')('browser: the console Webhooks area', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let admin: Administrator;
  let viewer: Administrator;
  let api: ManagementApi;
  let receiver: HookReceiver;

  beforeAll(async () => {
    [server, chromium, receiver] = await Promise.all([
      startTestServer({ TESSERA_HOOKS_POLL_MS: '100', TESSERA_HOOKS_RETRY_BASE_MS: '50' }),
      launchChromium(),
      startHookReceiver(),
    ]);
    [admin, viewer, api] = await Promise.all([
      signInToConsole(chromium, server, 'admin'),
      signInToConsole(chromium, server, 'viewer'),
      managementApi(server),
    ]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop(), receiver?.close()]);
  });

  it('creates a webhook, sends a signed test, lists deliveries, rotates the key and deletes it', async () => {
    const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/webhooks');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('No webhooks yet.', { exact: false }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    // The create dialog checks every field before sending, and says what is wrong next to it.
    await page.getByRole('button', { name: 'Create webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a webhook' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Audit sink');
    const url = dialog.getByRole('textbox', { name: 'Endpoint URL' });
    await url.fill('ftp://example.com/hook');
    await dialog.getByRole('button', { name: 'Create webhook' }).click();
    await dialog.getByText('Enter an absolute URL starting with http:// or https://.').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(url)).toContain('Enter an absolute URL starting with http:// or https://.');
    await dialog.getByText('Pick at least one event.').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    await url.fill(receiver.url);
    // Events are grouped as Logto groups them; one picked by click, one by keyboard.
    const userEvents = dialog.getByRole('group', { name: 'User events' });
    const userCreated = userEvents.getByRole('checkbox', { name: 'User.Created' });
    // A click on the label, as a person would (the input itself is visually hidden).
    await userCreated.locator('xpath=ancestor::label').click();
    expect(await userCreated.isChecked()).toBe(true);
    const interaction = dialog.getByRole('group', { name: 'Sign-in interaction events' });
    await interaction.getByRole('checkbox', { name: /^PostSignIn/ }).focus();
    await page.keyboard.press('Space');
    expect(await interaction.getByRole('checkbox', { name: /^PostSignIn/ }).isChecked()).toBe(true);
    for (const group of [
      'Role events',
      'Permission (scope) events',
      'Organization events',
      'Organization role events',
      'Organization permission events',
      'Security events',
    ])
      await dialog.getByRole('group', { name: group, exact: true }).waitFor();
    expect(await dialog.getByRole('checkbox', { name: 'Identifier.Lockout' }).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Add header' }).click();
    await dialog.getByRole('textbox', { name: 'Header name 1' }).fill('X-Api-Key');
    await dialog.getByRole('textbox', { name: 'Header value 1' }).fill('s3cret');
    await dialog.getByRole('button', { name: 'Create webhook' }).click();
    await page.getByRole('heading', { level: 1, name: 'Audit sink' }).waitFor();
    const hookId = new URL(page.url()).pathname.split('/').at(-1) as string;
    const stored = await api.get(`/hooks/${hookId}`);
    expect(stored.body).toMatchObject({
      name: 'Audit sink',
      events: ['User.Created', 'PostSignIn'],
      config: { url: receiver.url, headers: { 'X-Api-Key': 's3cret' } },
      enabled: true,
    });
    expect(await axeLightAndDark(page)).toEqual([]);

    // The signing key is hidden until asked for.
    await page.getByRole('tab', { name: 'Signing key and test' }).click();
    expect(await page.content()).not.toContain(stored.body.signingKey);
    await page.getByRole('button', { name: 'Reveal signing key' }).click();
    const keyField = page.getByRole('textbox', { name: 'Signing key' });
    const signingKey = await keyField.inputValue();
    expect(signingKey).toBe(stored.body.signingKey);
    await page.getByRole('button', { name: 'Copy Signing key' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(signingKey);
    expect(await axeLightAndDark(page)).toEqual([]);

    // Send a test: the receiver gets each event signed with the revealed key; the page says so.
    await page.getByRole('button', { name: 'Send a test' }).click();
    await page.getByRole('status').getByText('Your endpoint accepted the test payload (2 events).').waitFor();
    const tests = receiver.received.filter((item) => item.body.hookId === hookId && item.body.test === true);
    expect(tests.map((item) => item.body.event).sort()).toEqual(['PostSignIn', 'User.Created']);
    for (const item of tests) {
      expect(signatureValid(item, signingKey)).toBe(true);
      expect(item.headers['x-api-key']).toBe('s3cret');
    }

    // A refusal is said in words.
    receiver.state.status = 500;
    await page.getByRole('button', { name: 'Send a test' }).click();
    await page.getByText(/Your endpoint did not accept the test: .*answered 500/).waitFor();
    receiver.state.status = 204;

    // A user created through the API: its delivery shows in the history, with its payload.
    const created = await api.post('/users', { username: 'hooked_ada' });
    expect(created.status).toBe(200);
    await page.getByRole('tab', { name: 'Deliveries' }).click();
    const history = page.getByRole('grid', { name: 'Delivery history, last 24 hours' });
    const delivered = history.getByRole('row').filter({ hasText: 'User.Created' }).filter({ hasText: 'Delivered' });
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Refresh' }).click();
          return delivered.count();
        },
        { timeout: 15_000, interval: 300 },
      )
      .toBe(1);
    expect(await delivered.textContent()).toContain('HTTP 204');
    await delivered.getByRole('button', { name: /^Show payload of User.Created at / }).click();
    const details = page.getByRole('dialog', { name: /^User.Created at / });
    await details.getByText('"username": "hooked_ada"', { exact: false }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await details.getByRole('button', { name: 'Close' }).click();

    // Rotating asks first, then the revealed key is the new one.
    await page.getByRole('tab', { name: 'Signing key and test' }).click();
    await page.getByRole('button', { name: 'Reveal signing key' }).click();
    await page.getByRole('button', { name: 'Rotate signing key' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Replace the signing key of Audit sink?' });
    await confirm.getByRole('button', { name: 'Rotate' }).click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Signing key' }).inputValue(), { timeout: 15_000 })
      .not.toBe(signingKey);
    const rotated = await page.getByRole('textbox', { name: 'Signing key' }).inputValue();
    expect(rotated).toBe((await api.get(`/hooks/${hookId}`)).body.signingKey);

    // The list: events count, status and the success rate of the last 24 hours.
    await page.getByRole('link', { name: 'Webhooks' }).first().click();
    const row = page.getByRole('row').filter({ hasText: 'Audit sink' });
    await row.waitFor();
    expect(await row.textContent()).toContain('2 events');
    expect(await row.textContent()).toContain('Enabled');
    expect(await row.textContent()).toContain('100% (1 of 1 requests)');

    // Disable, then delete with a confirmation.
    await row.getByRole('link', { name: 'Audit sink' }).click();
    await page.getByRole('switch', { name: 'Enabled' }).locator('xpath=ancestor::label').click();
    await page.getByRole('status').getByText('Webhook Audit sink disabled.').waitFor();
    expect((await api.get(`/hooks/${hookId}`)).body.enabled).toBe(false);
    await page.getByRole('button', { name: 'Delete webhook' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete webhook Audit sink?' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('No webhooks yet.', { exact: false }).waitFor();
    expect((await api.get(`/hooks/${hookId}`)).status).toBe(404);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('saves settings with errors next to their fields, keeping config the form does not show', async () => {
    const hook = await api.post('/hooks', {
      name: 'Settings check',
      events: ['User.Created'],
      config: { url: receiver.url, headers: { 'X-Old': 'one' }, retries: 2 },
    });
    expect(hook.status).toBe(201);
    const { context, page, cspReports } = await openConsoleAs(
      chromium,
      server,
      admin,
      `/console/webhooks/${hook.body.id}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Settings check' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Header name 1' }).inputValue()).toBe('X-Old');
    const url = page.getByRole('textbox', { name: 'Endpoint URL' });
    await url.fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Remove header 1' }).click();
    const roleCreated = page.getByRole('checkbox', { name: 'Role.Created', exact: true });
    await roleCreated.locator('xpath=ancestor::label').click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter an absolute URL starting with http:// or https://.').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect((await api.get(`/hooks/${hook.body.id}`)).body.events).toEqual(['User.Created']);
    await url.fill(`${receiver.url}/v2`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    expect((await api.get(`/hooks/${hook.body.id}`)).body).toMatchObject({
      events: ['User.Created', 'Role.Created'],
      config: { url: `${receiver.url}/v2`, headers: {}, retries: 2 },
    });
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(cspReports).toEqual([]);
    await context.close();
    await api.delete(`/hooks/${hook.body.id}`);
  });

  it('tells a Viewer why webhooks are not shown, with the write controls disabled', async () => {
    const hook = await api.post('/hooks', {
      name: 'Viewer check',
      events: ['User.Created'],
      config: { url: receiver.url },
    });
    expect(hook.status).toBe(201);
    const { context, page, cspReports } = await openConsoleAs(chromium, server, viewer, '/console/webhooks');
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('Webhooks hold signing keys, so only Owners and Admins can view them.').waitFor();
    expect(await page.getByRole('button', { name: 'Create webhook' }).isDisabled()).toBe(true);
    expect(await page.content()).not.toContain(hook.body.signingKey);
    await page.goto(`${server.url}/console/webhooks/${hook.body.id}`);
    await page.getByText('Webhooks hold signing keys, so only Owners and Admins can view them.').waitFor();
    expect(await page.content()).not.toContain(hook.body.signingKey);
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(cspReports).toEqual([]);
    await context.close();
  });
});
