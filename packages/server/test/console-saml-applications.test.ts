import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { descriptionOf, openConsoleAs, signInToConsole } from './support/console.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

describe.skipIf(dialect === 'postgres')('browser: the console SAML applications', { timeout: 90_000 }, () => {
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

  it('creates a SAML app, shows what to give the SP, maps attributes, encrypts, and rotates certificates', async () => {
    const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/applications');
    await page.getByRole('button', { name: 'Create SAML application' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Team wiki');
    await dialog
      .getByRole('textbox', { name: 'Service provider entity ID' })
      .fill('https://wiki.example.test/metadata');
    await dialog.getByRole('textbox', { name: 'Assertion consumer service (ACS) URL' }).fill('not a url');
    await dialog.getByRole('button', { name: 'Create SAML application' }).click();
    const acs = dialog.getByRole('textbox', { name: 'Assertion consumer service (ACS) URL' });
    expect(await acs.getAttribute('aria-invalid')).toBe('true');
    expect(await axeLightAndDark(page)).toEqual([]);
    await acs.fill('https://wiki.example.test/acs');
    await dialog.getByRole('button', { name: /NameID format/ }).click();
    await page.getByRole('option', { name: 'Email address' }).click();
    await dialog.getByRole('button', { name: 'Create SAML application' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team wiki' }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) as string);
    const created = await api.get(`/saml-applications/${id}`);
    expect(created.body).toMatchObject({
      entityId: 'https://wiki.example.test/metadata',
      acsUrl: { url: 'https://wiki.example.test/acs' },
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    });

    // What the service provider needs, with the metadata the server really serves.
    await page.getByText(`${server.url}/api/saml-applications/${id}/metadata`).waitFor();
    await page.getByText(`${server.url}/saml/${id}`, { exact: true }).waitFor();
    await page.getByText(`${server.url}/api/saml/${id}/authn`).waitFor();
    await page.getByRole('button', { name: 'Copy IdP metadata URL' }).waitFor();
    const download = page.getByRole('link', { name: 'Download the signing certificate' });
    const [secret] = (await api.get(`/saml-applications/${id}/secrets`)).body;
    expect(decodeURIComponent((await download.getAttribute('href')) ?? '')).toContain(secret.certificate.trim());
    await page.getByRole('rowheader', { name: secret.fingerprints.sha256.formatted }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);

    // Rotation: a new certificate is inactive until activated; the active one offers no delete.
    await page.getByRole('button', { name: 'Create certificate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Create certificate' }).click();
    await page.getByText('Certificate created. It is inactive until you activate it.').waitFor();
    const secrets = (await api.get(`/saml-applications/${id}/secrets`)).body;
    const added = secrets.find((s: { active: boolean }) => !s.active);
    const short = added.fingerprints.sha256.formatted.slice(0, 11);
    await page.getByRole('button', { name: `Activate certificate ${short}` }).click();
    await page.getByText('Certificate activated: metadata and responses now use it.').waitFor();
    const metadata = await fetch(`${server.url}/api/saml-applications/${id}/metadata`).then((r) => r.text());
    expect(metadata.replace(/\s/g, '')).toContain(
      added.certificate.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, ''),
    );
    const oldShort = secret.fingerprints.sha256.formatted.slice(0, 11);
    await page.getByRole('button', { name: `Delete certificate ${oldShort}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete certificate' }).click();
    await page.getByText('Certificate deleted.').waitFor();
    expect((await api.get(`/saml-applications/${id}/secrets`)).body.map((s: { id: string }) => s.id)).toEqual([
      added.id,
    ]);
    expect(await page.getByRole('button', { name: `Delete certificate ${short}` }).count()).toBe(0);

    // Settings: attribute mapping and encryption, errors in words next to the field.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Add attribute' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    const attributeName = page.getByRole('textbox', { name: 'SAML attribute name 1' });
    expect(await attributeName.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(attributeName)).toContain('Enter the attribute name.');
    await attributeName.fill('uid');
    await page.getByRole('button', { name: 'Add attribute' }).click();
    // The long list of claims scrolls in its popover, never over its own button.
    await page.getByRole('button', { name: /User claim 2/ }).click();
    await page.getByRole('option', { name: 'email', exact: true }).click();
    await page.getByRole('textbox', { name: 'SAML attribute name 2' }).fill('mail');
    await page.getByText('Encrypt assertions').click();
    await page
      .getByRole('textbox', { name: "Service provider's encryption certificate (PEM)" })
      .fill('not a certificate');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Paste a PEM certificate (-----BEGIN CERTIFICATE-----).').waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await page
      .getByRole('textbox', { name: "Service provider's encryption certificate (PEM)" })
      .fill(added.certificate);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    const saved = (await api.get(`/saml-applications/${id}`)).body;
    expect(saved.attributeMapping).toEqual({ sub: 'uid', email: 'mail' });
    expect(saved.encryption).toMatchObject({ encryptAssertion: true, certificate: added.certificate.trim() });

    // The list shows it as a SAML application and links to its page.
    await page.goto(`${server.url}/console/applications`);
    const row = page.getByRole('row', { name: /Team wiki/ });
    await row.getByText('SAML', { exact: true }).waitFor();
    expect(await row.getByRole('link', { name: 'Team wiki' }).getAttribute('href')).toBe(
      `/console/saml-applications/${id}`,
    );
    // The generic application page of a SAML app leads to its SAML page.
    await page.goto(`${server.url}/console/applications/${id}`);
    await page.waitForURL(`${server.url}/console/saml-applications/${id}`);
    await page.getByRole('tab', { name: 'Identity provider' }).waitFor();
    expect(cspReports).toEqual([]);
    await context.close();
  });

  it('speaks Simplified Chinese', async () => {
    const { body } = await api.post('/saml-applications', { name: '维基' });
    const context = await chromium.newContext({ storageState: admin.storageState, locale: 'zh-CN' });
    await context.addInitScript(() => localStorage.setItem('tessera.console.language', 'zh-CN'));
    const page = await context.newPage();
    await page.goto(`${server.url}/console/saml-applications/${body.id}`);
    await page.getByRole('heading', { name: '把这些信息提供给服务提供商' }).waitFor();
    await page.getByRole('button', { name: '创建证书' }).waitFor();
    expect(await axeLightAndDark(page)).toEqual([]);
    await context.close();
  });
});
