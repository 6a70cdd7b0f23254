import type { Locator, Page } from 'playwright-core';
import { aliyunAccount } from '../fakes/aliyun-sms.js';
import { smtpAccount } from '../fakes/smtp.js';
import { twilioAccount } from '../fakes/twilio.js';

/**
 * Console steps in Connectors, by role and accessible name, for the browser tests and the guide
 * journeys (Flutter + Twilio SMS, Auth.js + Aliyun SMS, the OAuth 2.0 social sign-in). The page
 * must be a signed-in console page, or a blank tab of a context holding a console sign-in.
 */

export type ConnectorKind = 'SMS' | 'Email' | 'Social';

/**
 * A field's value: text (typed into a text, password or JSON field), a boolean (a checkbox) or
 * `{ option }` (picked in a select). Keys name the field by its label, after the labels of the
 * groups holding it, joined by ` > `: `'Auth token'`, `'Templates > Template 1 > Content'`,
 * `'Profile map > Email'`, `'How it appears > Target'`.
 */
export type ConnectorFieldValue = string | boolean | { option: string };
export type ConnectorFields = Record<string, ConnectorFieldValue>;

/** The Twilio SMS form as an administrator fills it from the Twilio Console (the fake's account), one Generic template. */
export const twilioConsoleFields = (content = 'Your Tessera code is {{code}}.'): ConnectorFields => ({
  'Account SID': twilioAccount.accountSID,
  'Auth token': twilioAccount.authToken,
  'From messaging service SID': twilioAccount.fromMessagingServiceSID,
  'Templates > Template 1 > Usage type': { option: 'Generic' },
  'Templates > Template 1 > Content': content,
});

/** The Aliyun SMS form for the fake's account, one Generic template code. */
export const aliyunConsoleFields = (templateCode = 'SMS_100000001'): ConnectorFields => ({
  'Access key ID': aliyunAccount.accessKeyId,
  'Access key secret': aliyunAccount.accessKeySecret,
  'Sign name': 'Tessera 测试',
  'Templates > Template 1 > Usage type': { option: 'Generic' },
  'Templates > Template 1 > Template code': templateCode,
});

/** The SMTP form for the fake on `port` (plain connection, the fake's credentials), one Generic text e-mail. */
export const smtpConsoleFields = (port: number): ConnectorFields => ({
  Host: '127.0.0.1',
  Port: String(port),
  'TLS mode': { option: 'none' },
  'Auth > User': smtpAccount.user,
  'Auth > Password': smtpAccount.pass,
  'From email': 'Tessera <no-reply@tessera.test>',
  'Templates > Template 1 > Usage type': { option: 'Generic' },
  'Templates > Template 1 > Content type': { option: 'text/plain' },
  'Templates > Template 1 > Subject': 'Your code {{code}}',
  'Templates > Template 1 > Content': 'Your Tessera code is {{code}}.',
});

/** The known factories' kinds (their names as the console lists them). */
const kindOfFactory: Record<string, ConnectorKind> = {
  'Twilio SMS': 'SMS',
  'Aliyun Short Message Service': 'SMS',
  SMTP: 'Email',
  'SendGrid Email': 'Email',
};

const originOf = (page: Page, origin?: string) => origin ?? new URL(page.url()).origin;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens Console › Connectors through the nav (or by address from outside the console). */
export async function openConnectors(page: Page, origin = originOf(page)): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Console sections' });
  if (new URL(page.url(), origin).pathname.startsWith('/console') && (await nav.count()) > 0)
    await nav.getByRole('link', { name: 'Connectors' }).click();
  else await page.goto(`${origin}/console/connectors`);
  await page.getByRole('heading', { level: 1, name: 'Connectors' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Social' }).waitFor();
}

/** The connector's settings form on a create or details page. */
export const connectorForm = (page: Page): Locator => page.getByRole('form', { name: /settings$/ });

/** Fills the generated config form (and the social display fields); see ConnectorFields for the keys. */
export async function fillConnectorFields(page: Page, fields: ConnectorFields): Promise<void> {
  const form = connectorForm(page);
  for (const [path, value] of Object.entries(fields)) {
    const parts = path.split('>').map((part) => part.trim());
    const label = parts.pop() as string;
    let scope = form;
    for (const group of parts) scope = scope.getByRole('group', { name: group, exact: true });
    if (typeof value === 'boolean') {
      const box = scope.getByRole('checkbox', { name: label, exact: true });
      // React Aria's input sits under its label, so the label takes the click.
      if ((await box.isChecked()) !== value) await box.setChecked(value, { force: true });
    } else if (typeof value === 'object') {
      await scope.getByRole('button', { name: new RegExp(`${escapeRegExp(label)}$`) }).click();
      await page.getByRole('option', { name: value.option, exact: true }).click();
    } else {
      // Text, URL and JSON fields are textboxes; a secret is a password input, found by its label.
      const textbox = scope.getByRole('textbox', { name: label, exact: true });
      await ((await textbox.count()) > 0 ? textbox : scope.getByLabel(label, { exact: true })).fill(value);
    }
  }
}

/** Every message shown next to a field or above the Save button, for a failure's explanation. */
export async function connectorFormErrors(page: Page): Promise<string> {
  return (await page.locator('.field-error').allTextContents()).filter(Boolean).join(' | ');
}

/** Save (or "Save and enable"): resolves on the connector's details page, or fails with what the page says. */
export async function saveConnectorForm(page: Page): Promise<void> {
  const before = page.url();
  // An earlier "Saved." must not pass for this save's.
  const region = page.getByRole('region', { name: 'Notifications' });
  // (One may fade out on its own meanwhile.)
  for (const dismiss of await region.getByRole('button', { name: 'Dismiss' }).all())
    await dismiss.click({ timeout: 1000 }).catch(() => undefined);
  await connectorForm(page).getByRole('button', { name: /^Save/ }).click();
  const alert = connectorForm(page).getByRole('alert');
  const saved = region.getByText(/is set up\.|^Saved\.$/);
  await Promise.race([alert.waitFor(), saved.first().waitFor()]);
  if (await alert.isVisible())
    throw new Error(`The console did not save the connector: ${await connectorFormErrors(page)}`);
  if (new URL(before).pathname.includes('/new/'))
    await page.waitForURL((url) => /^\/console\/connectors\/(?!new\/)[^/]+$/.test(url.pathname));
}

/**
 * Console › Connectors › Set up (SMS or email; a configured one is replaced) or Add social
 * connector › pick `factoryName` › fill `fields` › Save and enable. Answers the new connector's id.
 */
export async function setUpConnectorThroughConsole(
  page: Page,
  factoryName: string,
  fields: ConnectorFields,
  options: { kind?: ConnectorKind; origin?: string } = {},
): Promise<string> {
  const kind = options.kind ?? kindOfFactory[factoryName] ?? 'Social';
  await openConnectors(page, originOf(page, options.origin));
  const add =
    kind === 'Social'
      ? page.getByRole('button', { name: 'Add social connector' })
      : page.getByRole('button', {
          name: new RegExp(`^(Set up|Replace) ${kind === 'SMS' ? 'SMS' : 'email'} connector$`),
        });
  await add.click();
  await page.getByRole('radio', { name: factoryName, exact: true }).setChecked(true, { force: true });
  await connectorForm(page).waitFor();
  await fillConnectorFields(page, fields);
  await saveConnectorForm(page);
  return new URL(page.url()).pathname.split('/').pop() as string;
}

/**
 * On a connector's create or details page: Send a test to `recipient` (a phone number or an
 * address) with the form as it stands. Answers what the page then says (sent, or why not).
 */
export async function sendTestThroughConsole(page: Page, recipient: string): Promise<string> {
  const region = page.getByRole('region', { name: 'Send a test' });
  await region.getByRole('textbox').fill(recipient);
  await region.getByRole('button', { name: 'Send test' }).click();
  const result = region.getByRole('status').getByText(/^(Sent|Not sent)\./);
  const stopped = connectorForm(page).getByRole('alert');
  await Promise.race([result.waitFor(), stopped.waitFor()]);
  if (await result.isVisible()) return (await result.textContent()) ?? '';
  return `Not sent. ${await connectorFormErrors(page)}`;
}
