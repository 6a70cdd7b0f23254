import type * as oidc from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { twilioConfig } from './fakes/configs.js';
import { type OAuth2Fake, oauth2Client, startOAuth2Fake } from './fakes/oauth2-provider.js';
import { type ProviderFakes, startProviderFakes } from './fakes/providers.js';
import { twilioAccount } from './fakes/twilio.js';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { appCallbackRequest, claimsAtApp, openHostedSignIn } from './support/browser-sign-in.js';
import { descriptionOf, openConsoleAs, recordCspViolations, signInToConsole } from './support/console.js';
import {
  aliyunConsoleFields,
  connectorForm,
  fillConnectorFields,
  openConnectors,
  saveConnectorForm,
  sendTestThroughConsole,
  setUpConnectorThroughConsole,
  smtpConsoleFields,
  twilioConsoleFields,
} from './support/console-connectors.js';
import { openSignInExperience, saveSignInExperience } from './support/console-sign-in-experience.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { socialApp } from './support/social-sign-in.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

const twilioFields = twilioConsoleFields;

describe.skipIf(dialect === 'postgres')('browser: the console Connectors area', { timeout: 90_000 }, () => {
  let server: TestServer;
  let chromium: Browser;
  let fakes: ProviderFakes;
  let oauth2: OAuth2Fake;
  let admin: Administrator;
  let viewer: Administrator;
  let api: ManagementApi;

  beforeAll(async () => {
    [fakes, oauth2] = await Promise.all([startProviderFakes(), startOAuth2Fake()]);
    [server, chromium] = await Promise.all([startTestServer(fakes.env), launchChromium()]);
    [admin, viewer, api] = await Promise.all([
      signInToConsole(chromium, server, 'admin'),
      signInToConsole(chromium, server, 'viewer'),
      managementApi(server),
    ]);
  });
  afterEach(() => {
    // The fakes check the wire format of every request Tessera made.
    expect(fakes.twilio.violations).toEqual([]);
    expect(oauth2.violations).toEqual([]);
  });
  afterAll(async () => {
    await Promise.all([chromium?.close(), server?.stop(), fakes?.close(), oauth2?.close()]);
  });

  const open = (as: Administrator, path: string) => openConsoleAs(chromium, server, as, path);

  const smsConnector = async () =>
    ((await api.get('/connectors')).body as Array<{ id: string; type: string; config: Record<string, unknown> }>).find(
      (connector) => connector.type === 'Sms',
    );

  /** A Twilio connector made through the API, for the tests that start from one. */
  async function twilioThroughApi(): Promise<string> {
    const created = await api.post('/connectors', {
      connectorId: 'twilio-short-message-service',
      config: twilioConfig(),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    return created.body.id;
  }

  const field = (page: Page, path: string) => {
    const parts = path.split('>').map((part) => part.trim());
    const label = parts.pop() as string;
    let scope = connectorForm(page);
    for (const group of parts) scope = scope.getByRole('group', { name: group, exact: true });
    return scope.getByLabel(label, { exact: true });
  };

  it('sets up Twilio SMS: the form comes from the factory schema, a test reaches the fake exactly as sent, then it is saved', async () => {
    await api.delete(`/connectors/${(await smsConnector())?.id ?? 'none'}`);
    const { context, page, cspReports } = await open(admin, '/console');
    await openConnectors(page);
    const smsSlot = page.getByRole('article', { name: 'SMS' });
    await smsSlot.getByText('Not set up').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    await smsSlot.getByRole('button', { name: 'Set up SMS connector' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up an SMS connector' }).waitFor();
    const providers = page.getByRole('radiogroup', { name: 'Provider' });
    expect(await providers.getByRole('radio').evaluateAll((radios) => radios.length)).toBe(2);
    await providers.getByRole('radio', { name: 'Twilio SMS' }).setChecked(true, { force: true });
    await connectorForm(page).waitFor();
    // Every config field of the schema, labelled, the secret as a password input, help from the schema.
    expect(await field(page, 'Auth token').getAttribute('type')).toBe('password');
    expect(await descriptionOf(field(page, 'Account SID'))).toContain('from the Twilio Console home page');
    // The template list starts from the factory's example: one Generic template.
    expect(await field(page, 'Templates > Template 1 > Content').inputValue()).toContain('{{code}}');
    await page.getByRole('group', { name: 'Templates' }).getByRole('button', { name: 'Add template' }).waitFor();
    await page.getByText('Setup guide: Twilio SMS').click();
    await page.getByText('On Twilio').first().waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    await fillConnectorFields(page, twilioFields('Tessera test: {{code}}'));
    const sent = fakes.twilio.messages.length;
    expect(await sendTestThroughConsole(page, '+1 (555) 010-0000')).toBe(
      'Sent. Twilio SMS accepted the test message to +15550100000.',
    );
    expect(fakes.twilio.messages.slice(sent)).toEqual([
      {
        to: '+15550100000',
        body: 'Tessera test: 000000',
        messagingServiceSid: twilioAccount.fromMessagingServiceSID,
      },
    ]);
    // The test saved nothing.
    expect(await smsConnector()).toBeUndefined();

    await saveConnectorForm(page);
    await page.getByRole('heading', { level: 1, name: 'Twilio SMS' }).waitFor();
    const saved = await smsConnector();
    expect(saved?.config).toEqual({
      accountSID: twilioAccount.accountSID,
      authToken: '********',
      fromMessagingServiceSID: twilioAccount.fromMessagingServiceSID,
      templates: [{ usageType: 'Generic', content: 'Tessera test: {{code}}' }],
    });
    expect(new URL(page.url()).pathname).toBe(`/console/connectors/${saved?.id}`);

    await openConnectors(page);
    await smsSlot.getByRole('link', { name: 'Twilio SMS' }).waitFor();
    await smsSlot.getByRole('button', { name: 'Replace SMS connector' }).waitFor();
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('sets up SMTP: a number, a select and the optional credentials group; a test e-mail reaches the SMTP fake', async () => {
    const { context, page, cspReports } = await open(admin, '/console');
    await openConnectors(page);
    await page.getByRole('button', { name: /^(Set up|Replace) email connector$/ }).click();
    // By keyboard: the provider list is a radio group (arrows move, Space picks).
    await page.getByRole('radio', { name: 'SMTP', exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'SendGrid Email' }).isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: 'SMTP', exact: true }).isChecked()).toBe(true);
    await connectorForm(page).waitFor();
    expect(await field(page, 'Port').inputValue()).toBe('587');
    await fillConnectorFields(page, { ...smtpConsoleFields(fakes.smtp.port), Port: 'twenty-five' });
    const testRegion = page.getByRole('region', { name: 'Send a test' });
    await testRegion.getByRole('textbox', { name: 'Email address' }).fill('ada@example.test');
    await testRegion.getByRole('textbox', { name: 'Email address' }).press('Enter');
    await testRegion
      .getByRole('status')
      .getByText('Not sent. Some settings need attention: see the messages next to the fields.')
      .waitFor();
    expect(await descriptionOf(field(page, 'Port'))).toContain('Enter a number.');

    await fillConnectorFields(page, { Port: String(fakes.smtp.port) });
    const received = fakes.smtp.messages.length;
    expect(await sendTestThroughConsole(page, 'ada@example.test')).toBe(
      'Sent. SMTP accepted the test message to ada@example.test.',
    );
    const mail = fakes.smtp.messages.slice(received);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ from: 'no-reply@tessera.test', to: ['ada@example.test'] });
    expect(mail[0]?.headers.subject).toBe('Your code 000000');
    expect(fakes.smtp.logins.at(-1)).toBe('mailer@tessera.test');

    await saveConnectorForm(page);
    const saved = (await api.get('/connectors')).body.find((c: { type: string }) => c.type === 'Email');
    expect(saved.config).toMatchObject({
      host: '127.0.0.1',
      port: fakes.smtp.port,
      tlsMode: 'none',
      auth: { user: 'mailer@tessera.test', pass: '********' },
    });
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('sets up Aliyun SMS with the shared console steps; it replaces the active SMS connector and its test reaches the fake', async () => {
    const { context, page } = await open(admin, '/console');
    const id = await setUpConnectorThroughConsole(page, 'Aliyun Short Message Service', aliyunConsoleFields());
    await page.getByRole('heading', { level: 1, name: 'Aliyun Short Message Service' }).waitFor();
    expect((await smsConnector())?.id).toBe(id);
    const sent = fakes.aliyun.messages.length;
    expect(await sendTestThroughConsole(page, '8613800138000')).toMatch(/^Sent\./);
    expect(fakes.aliyun.messages.slice(sent)).toEqual([
      {
        phone: '8613800138000',
        signName: 'Tessera 测试',
        templateCode: 'SMS_100000001',
        templateParam: { code: '000000' },
      },
    ]);
    expect(fakes.aliyun.violations).toEqual([]);
    await context.close();
  });

  it('says what is wrong next to each field: missing values before sending, the schema’s refusals and the provider’s answer in words', async () => {
    const stored = await smsConnector();
    const { context, page } = await open(admin, '/console/connectors/new/sms');
    await page.getByRole('radio', { name: 'Twilio SMS' }).setChecked(true, { force: true });
    await connectorForm(page).waitFor();
    await fillConnectorFields(page, {
      ...twilioFields('No placeholder here'),
      'Account SID': 'AC123',
      'Auth token': '',
    });
    await connectorForm(page).getByRole('button', { name: 'Save and enable' }).click();
    // Checked in the page first: the empty secret.
    await connectorForm(page).getByRole('alert').waitFor();
    expect(await descriptionOf(field(page, 'Auth token'))).toContain('Required.');

    await fillConnectorFields(page, { 'Auth token': 'some token' });
    await connectorForm(page).getByRole('button', { name: 'Save and enable' }).click();
    await page.getByText('Must be a Twilio account SID: AC followed by 32 hex digits').waitFor();
    expect(await descriptionOf(field(page, 'Account SID'))).toContain(
      'Must be a Twilio account SID: AC followed by 32 hex digits',
    );
    expect(await descriptionOf(field(page, 'Templates > Template 1 > Content'))).toContain(
      "The Generic template's content must contain the {{code}} placeholder",
    );
    expect(await field(page, 'Account SID').getAttribute('aria-invalid')).toBe('true');
    // Nothing saved: the active SMS connector (if any) is the one from before.
    expect(await smsConnector()).toEqual(stored);
    expect(await axeLightAndDark(page)).toEqual([]);

    // A config the schema accepts but Twilio refuses: the provider's answer, in words.
    await fillConnectorFields(page, { ...twilioFields(), 'Auth token': 'not the auth token' });
    const result = await sendTestThroughConsole(page, '15550100001');
    expect(result).toContain('Not sent. Twilio refused the credentials');
    expect(result).toContain('Check the account SID and auth token.');
    // A phone number the API refuses is named next to the phone field.
    await fillConnectorFields(page, { 'Auth token': twilioAccount.authToken });
    expect(await sendTestThroughConsole(page, 'call me')).toContain('Not sent.');
    expect(await descriptionOf(page.getByRole('region', { name: 'Send a test' }).getByRole('textbox'))).toContain(
      'Must be digits only',
    );
    await context.close();
  });

  it('says the Twilio form’s labels and help in Simplified Chinese when the console speaks it', async () => {
    const context = await chromium.newContext({ storageState: admin.storageState });
    context.setDefaultTimeout(15_000);
    const cspReports = await recordCspViolations(context);
    await context.addInitScript(() => localStorage.setItem('tessera.console.language', 'zh-CN'));
    const page = await context.newPage();
    await page.goto(`${server.url}/console/connectors/new/sms`);
    await page.getByRole('radio', { name: 'Twilio 短信服务' }).setChecked(true, { force: true });
    const form = page.getByRole('form', { name: 'Twilio 短信服务 设置' });
    const accountSid = form.getByRole('textbox', { name: '账户 SID', exact: true });
    await accountSid.waitFor();
    expect(await descriptionOf(accountSid)).toContain('账户 SID，见 Twilio 控制台首页');
    const authToken = form.getByLabel('认证令牌', { exact: true });
    expect(await authToken.getAttribute('type')).toBe('password');
    expect(await descriptionOf(authToken)).toBe('该账户的认证令牌，见 Twilio 控制台。加密保存，之后不再显示。');
    const template = form.getByRole('group', { name: '模板', exact: true }).getByRole('group', { name: '模板 1' });
    expect(await template.getByRole('textbox', { name: '内容', exact: true }).inputValue()).toContain('{{code}}');
    await template.getByRole('button', { name: /使用场景$/ }).waitFor();
    // No field or group of the config is named from the English keys any more, nor helped in English.
    const english = [
      'Account SID',
      'Auth token',
      'From messaging service SID',
      'Templates',
      'Template 1',
      'Usage type',
      'Content',
    ];
    for (const label of english) {
      expect(await form.getByLabel(label).count(), label).toBe(0);
      expect(await form.getByRole('group', { name: label }).count(), label).toBe(0);
    }
    expect(await form.getByRole('button', { name: /Usage type$/ }).count()).toBe(0);
    const texts = await form
      .locator('label, legend')
      .evaluateAll((elements) => elements.map((element) => element.textContent?.trim() ?? ''));
    expect(texts).toEqual(expect.arrayContaining(['账户 SID', '认证令牌', '消息服务 SID', '模板', '模板 1', '内容']));
    expect(texts.filter((text) => english.some((label) => text.includes(label)))).toEqual([]);
    expect(await form.textContent()).not.toContain('from the Twilio Console');
    expect(await axeLightAndDark(page)).toEqual([]);
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('edits a connector: the masked auth token stays unless changed, and the fake still gets the right secret', async () => {
    const id = await twilioThroughApi();
    const { context, page } = await open(admin, `/console/connectors/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Twilio SMS' }).waitFor();
    expect(await field(page, 'Auth token').inputValue()).toBe('********');

    await fillConnectorFields(page, { 'Templates > Template 1 > Content': 'Edited: {{code}}' });
    await saveConnectorForm(page);
    const afterEdit = (await api.get(`/connectors/${id}`)).body;
    expect(afterEdit.config.templates[0]).toEqual({ usageType: 'Generic', content: 'Edited: {{code}}' });
    // The stored token is still the real one: a test with the mask uses it, and Twilio accepts it.
    const sent = fakes.twilio.messages.length;
    expect(await sendTestThroughConsole(page, '15550100002')).toMatch(/^Sent\./);
    expect(fakes.twilio.messages.slice(sent)).toEqual([
      { to: '+15550100002', body: 'Edited: 000000', messagingServiceSid: twilioAccount.fromMessagingServiceSID },
    ]);
    // A typed token replaces the mask: the test uses it (and Twilio refuses it); nothing is saved.
    await fillConnectorFields(page, { 'Auth token': 'a wrong token' });
    expect(await sendTestThroughConsole(page, '15550100002')).toContain('Twilio refused the credentials');
    // Leaving with the change unsaved asks first.
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Connectors' }).click();
    const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await leave.getByRole('button', { name: 'Stay on this page' }).click();
    expect(await field(page, 'Auth token').inputValue()).toBe('a wrong token');
    page.once('dialog', (dialog) => dialog.accept());
    await page.reload();
    expect(await field(page, 'Auth token').inputValue()).toBe('********');
    expect(await sendTestThroughConsole(page, '15550100003')).toMatch(/^Sent\./);
    await context.close();
  });

  it('deletes a connector after a confirmation that says what is lost', async () => {
    const id = await twilioThroughApi();
    const { context, page } = await open(admin, `/console/connectors/${id}`);
    await page.getByRole('button', { name: 'Delete connector' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete Twilio SMS?' });
    await dialog.getByText('sign-in and sign-up by phone stop working').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await api.get(`/connectors/${id}`)).status).toBe(200);

    await page.getByRole('button', { name: 'Delete connector' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/console/connectors');
    await page.getByRole('article', { name: 'SMS' }).getByRole('button', { name: 'Set up SMS connector' }).waitFor();
    expect((await api.get(`/connectors/${id}`)).status).toBe(404);
    await context.close();
  });

  it('shows a Viewer every write control disabled, with the reason', async () => {
    const id = await twilioThroughApi();
    const reason = 'Your role (Viewer) can view but not change this.';
    const { context, page } = await open(viewer, '/console/connectors');
    const replace = page.getByRole('button', { name: 'Replace SMS connector' });
    await replace.waitFor();
    expect(await replace.isDisabled()).toBe(true);
    expect(await descriptionOf(replace)).toBe(reason);
    const setUpEmail = page.getByRole('button', { name: /^(Set up|Replace) email connector$/ });
    expect(await setUpEmail.isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Add social connector' }).isDisabled()).toBe(true);
    expect(await axeLightAndDark(page)).toEqual([]);

    await page.goto(`${server.url}/console/connectors/${id}`);
    await page.getByRole('heading', { level: 1, name: 'Twilio SMS' }).waitFor();
    for (const name of ['Save', 'Send test', 'Delete connector']) {
      const button = page.getByRole('button', { name, exact: true });
      expect(await button.isDisabled(), name).toBe(true);
      expect(await descriptionOf(button), name).toBe(reason);
    }
    expect(await field(page, 'Account SID').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('button', { name: 'Add template' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('journey (d): a generic OAuth 2.0 connector with a profile map, shown on the sign-in page; a person signs in with it', async () => {
    const { app: _app, config } = await socialApp(server, { enableSocialConnectors: false });
    const { context, page, cspReports } = await open(admin, '/console');
    const id = await setUpConnectorThroughConsole(page, 'OAuth 2.0', {
      'How it appears > Target': 'acme',
      'How it appears > Button name': 'Acme ID',
      'Configuration > Authorization endpoint': `${oauth2.url}/oauth/authorize`,
      'Configuration > Token endpoint': `${oauth2.url}/oauth/token`,
      'Configuration > User info endpoint': `${oauth2.url}/api/me`,
      'Configuration > Client ID': oauth2Client.clientId,
      'Configuration > Client secret': oauth2Client.clientSecret,
      'Configuration > Token endpoint response type': { option: 'json' },
      // The provider nests its user: { data: { user: { id, display_name, contact: { mail, mail_verified } } } }.
      'Profile map > ID': 'data.user.id',
      'Profile map > Name': 'data.user.display_name',
      'Profile map > Avatar': 'data.user.picture',
      'Profile map > Email': 'data.user.contact.mail',
      'Profile map > Email verified': 'data.user.contact.mail_verified',
    });
    await page.getByRole('heading', { level: 1, name: 'Acme ID' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    const created = (await api.get(`/connectors/${id}`)).body;
    expect(created).toMatchObject({
      connectorId: 'oauth2',
      target: 'acme',
      name: { en: 'Acme ID' },
      config: { clientSecret: '********', profileMap: { id: 'data.user.id', email: 'data.user.contact.mail' } },
    });
    // A second connector for the same target is refused, next to the Target field.
    await page.goto(`${server.url}/console/connectors/new/social`);
    await page.getByRole('radio', { name: 'OAuth 2.0' }).setChecked(true, { force: true });
    await fillConnectorFields(page, {
      'How it appears > Target': 'acme',
      'Configuration > Authorization endpoint': `${oauth2.url}/oauth/authorize`,
      'Configuration > Token endpoint': `${oauth2.url}/oauth/token`,
      'Configuration > User info endpoint': `${oauth2.url}/api/me`,
      'Configuration > Client ID': 'another',
      'Configuration > Client secret': 'another secret',
    });
    await connectorForm(page).getByRole('button', { name: 'Save and enable' }).click();
    await connectorForm(page).getByRole('alert').waitFor();
    expect(await descriptionOf(field(page, 'How it appears > Target'))).toContain(
      'Another social connector already uses this target on this platform',
    );
    // The refused draft is unsaved: leaving asks first.
    await page.getByRole('navigation', { name: 'Console sections' }).getByRole('link', { name: 'Connectors' }).click();
    await page
      .getByRole('alertdialog', { name: 'Leave without saving?' })
      .getByRole('button', { name: 'Leave without saving' })
      .click();

    const row = async () => {
      await openConnectors(page);
      return page
        .getByRole('row', { name: /Acme ID/ })
        .getByRole('gridcell')
        .allTextContents();
    };
    await expect.poll(row, { timeout: 15_000 }).toEqual(['acme', 'Universal', 'Not shown']);

    // Console › Sign-in experience, from the connector's own note: show the new button.
    await page.getByRole('link', { name: 'Acme ID' }).click();
    await page.getByText('The sign-in page does not show this connector yet').waitFor();
    await page.getByRole('link', { name: 'Open Sign-in experience' }).click();
    await openSignInExperience(page);
    await page.getByRole('tab', { name: /^Sign-up and sign-in/ }).click();
    await page.getByRole('button', { name: 'Show Acme ID' }).click();
    await saveSignInExperience(page);
    await expect.poll(row, { timeout: 15_000 }).toEqual(['acme', 'Universal', 'Shown']);
    expect((await api.get('/sign-in-exp')).body.socialSignInConnectorTargets).toEqual(['acme']);
    expect(cspReports).toEqual([]);
    await context.close();

    // A person, with an openid-client app: the hosted page's button, the provider, back to the app.
    oauth2.signedIn.user = { id: 8128, displayName: 'Ada Lovelace', mail: 'ada@analytical.test', mailVerified: true };
    const person = await (await chromium.newContext()).newPage();
    const request = await openHostedSignIn(person, config as oidc.Configuration);
    const atApp = appCallbackRequest(person);
    await person.getByRole('button', { name: 'Continue with Acme ID', exact: true }).click();
    const createAccount = person.getByRole('button', { name: 'Create a new account' });
    await Promise.race([createAccount.waitFor().then(() => createAccount.click()), atApp]);
    const claims = await claimsAtApp(config, request, atApp);
    const user = (await api.get(`/users/${claims.sub}`)).body;
    expect(user).toMatchObject({
      name: 'Ada Lovelace',
      primaryEmail: 'ada@analytical.test',
      identities: { acme: { userId: '8128' } },
    });
    await person.context().close();
  });
});
