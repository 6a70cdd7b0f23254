import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeLightAndDark } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { descriptionOf, openConsoleAs, signInToConsole } from './support/console.js';
import { chooseOption } from './support/console-sign-in-experience.js';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Administrator = Awaited<ReturnType<typeof signInToConsole>>;

/** From the Sign-in experience page, through its "More sign-in settings" links. */
async function openFromSignInExperience(page: Page, link: string) {
  await page.getByRole('heading', { level: 1, name: 'Sign-in experience' }).waitFor();
  await page.getByRole('navigation', { name: 'More sign-in settings' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: link }).waitFor();
}

describe.skipIf(dialect === 'postgres')(
  'browser: custom phrases, email templates and profile fields',
  { timeout: 90_000 },
  () => {
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

    it('adds a language of custom phrases, refuses a bad key next to it, saves and deletes it', async () => {
      const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/sign-in-experience');
      await openFromSignInExperience(page, 'Custom phrases');
      await page.getByText('No custom phrases yet.').waitFor();
      await page.getByRole('button', { name: 'Add language' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add language' });
      await dialog.getByRole('textbox', { name: 'Language tag' }).fill('fr');
      await dialog.getByRole('button', { name: 'Edit its phrases' }).click();
      const editor = page.getByRole('region', { name: 'Phrases of fr' });
      const key = editor.getByRole('textbox', { name: 'Key 1' });
      await key.fill('action sign in');
      await editor.getByRole('textbox', { name: 'Text 1' }).fill('Se connecter');
      await editor.getByRole('button', { name: 'Save phrases' }).click();
      const badKey = 'Use letters, digits, _ or - between dots, at most 5 levels, such as action.sign_in.';
      await editor.getByText(badKey).waitFor();
      expect(await key.getAttribute('aria-invalid')).toBe('true');
      expect(await descriptionOf(key)).toContain(badKey);
      expect(await axeLightAndDark(page)).toEqual([]);
      await key.fill('action.sign_in');
      // Keyboard only: Tab to "Add phrase" and press Enter.
      await editor.getByRole('button', { name: 'Add phrase' }).focus();
      await page.keyboard.press('Enter');
      await editor.getByRole('textbox', { name: 'Key 2' }).fill('description.email');
      await editor.getByRole('textbox', { name: 'Text 2' }).fill('E-mail');
      await editor.getByRole('button', { name: 'Save phrases' }).click();
      await page.getByText('Phrases of fr saved.').waitFor();
      expect((await api.get('/custom-phrases/fr')).body.translation).toEqual({
        action: { sign_in: 'Se connecter' },
        description: { email: 'E-mail' },
      });
      await page.getByText('2 phrases').waitFor();

      await page.getByRole('button', { name: 'Delete fr' }).click();
      const confirm = page.getByRole('alertdialog', { name: 'Delete the fr phrases?' });
      await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByText('No custom phrases yet.').waitFor();
      expect((await api.get('/custom-phrases/fr')).status).toBe(404);
      expect(cspReports).toEqual([]);
      await context.close();
    });

    it('adds an email template, filters by use, edits its subject and deletes it', async () => {
      const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/sign-in-experience');
      await openFromSignInExperience(page, 'Email templates');
      await page.getByText('No email template matches.').waitFor();
      await page.getByRole('button', { name: 'Add email template' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add email template' });
      await dialog.getByRole('textbox', { name: 'Body' }).fill('<p>Your code is {{code}}</p>');
      await dialog.getByRole('button', { name: 'Save template' }).click();
      const subject = dialog.getByRole('textbox', { name: 'Subject' });
      await dialog.getByText('Enter a subject.').waitFor();
      expect(await subject.getAttribute('aria-invalid')).toBe('true');
      expect(await axeLightAndDark(page)).toEqual([]);
      await subject.fill('Your sign-in code');
      await dialog.getByRole('button', { name: 'Save template' }).click();
      await page.getByText('Email template saved.').waitFor();
      const list = page.getByRole('list', { name: 'Email templates' });
      await list.getByText('Sign-in (en)', { exact: true }).waitFor();
      expect((await api.get('/email-templates?languageTag=en&templateType=SignIn')).body[0].details).toMatchObject({
        subject: 'Your sign-in code',
        content: '<p>Your code is {{code}}</p>',
      });

      await chooseOption(page, /Used for/, 'Sign-up');
      await page.getByText('No email template matches.').waitFor();
      await chooseOption(page, /Used for/, 'Sign-in');
      await list.getByText('Sign-in (en)', { exact: true }).waitFor();

      await page.getByRole('button', { name: 'Edit Sign-in (en)' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit Sign-in (en)' });
      await edit.getByRole('textbox', { name: 'Subject' }).fill('Sign in to Acme');
      await edit.getByRole('button', { name: 'Save template' }).click();
      await edit.waitFor({ state: 'detached' });
      await list.getByText('Sign in to Acme').waitFor();

      await page.getByRole('button', { name: 'Delete Sign-in (en)' }).click();
      await page
        .getByRole('alertdialog', { name: 'Delete Sign-in (en)?' })
        .getByRole('button', { name: 'Delete' })
        .click();
      await page.getByText('No email template matches.').waitFor();
      expect((await api.get('/email-templates')).body).toEqual([]);
      expect(cspReports).toEqual([]);
      await context.close();
    });

    it('creates profile fields, reorders them with the keyboard, edits and deletes one, and reads in Chinese', async () => {
      const { context, page, cspReports } = await openConsoleAs(chromium, server, admin, '/console/sign-in-experience');
      await openFromSignInExperience(page, 'Profile fields');
      await page.getByText('No profile field yet.').waitFor();

      await page.getByRole('button', { name: 'Add profile field' }).click();
      let dialog = page.getByRole('dialog', { name: 'Add profile field' });
      const name = dialog.getByRole('textbox', { name: 'Field key' });
      await name.fill('job title');
      await dialog.getByRole('textbox', { name: 'Label' }).fill('Job title');
      await dialog.getByRole('button', { name: 'Save field' }).click();
      await dialog.getByText('Use letters and digits only, such as jobTitle.').waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      expect(await axeLightAndDark(page)).toEqual([]);
      await name.fill('jobTitle');
      await dialog.getByRole('button', { name: 'Save field' }).click();
      await page.getByText('Profile field jobTitle saved.').waitFor();

      await page.getByRole('button', { name: 'Add profile field' }).click();
      dialog = page.getByRole('dialog', { name: 'Add profile field' });
      await dialog.getByRole('textbox', { name: 'Field key' }).fill('department');
      await dialog.getByRole('textbox', { name: 'Label' }).fill('Department');
      await chooseOption(page, /Field type/, 'Choice list');
      await dialog.getByRole('button', { name: 'Save field' }).click();
      await dialog.getByText('Enter at least one option, each different.').waitFor();
      await dialog.getByRole('textbox', { name: 'Options' }).fill('Sales\nEngineering');
      await dialog.getByRole('button', { name: 'Save field' }).click();
      await page.getByText('Profile field department saved.').waitFor();

      const list = page.getByRole('list', { name: 'Profile fields in sign-up order' });
      const order = async () =>
        ((await api.get('/custom-profile-fields')).body as Array<{ name: string }>).map((f) => f.name);
      expect(await order()).toEqual(['jobTitle', 'department']);
      await list.getByRole('button', { name: 'Move Department up' }).focus();
      await page.keyboard.press('Enter');
      await page.getByText('Department is now number 1.').waitFor();
      expect(await order()).toEqual(['department', 'jobTitle']);
      expect(await axeLightAndDark(page)).toEqual([]);

      await list.getByRole('button', { name: 'Edit Job title' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit Job title' });
      await edit.getByRole('checkbox', { name: 'Required' }).locator('xpath=ancestor::label').click();
      await edit.getByRole('button', { name: 'Save field' }).click();
      await edit.waitFor({ state: 'detached' });
      expect((await api.get('/custom-profile-fields/jobTitle')).body).toMatchObject({ required: true, type: 'Text' });

      await list.getByRole('button', { name: 'Delete Department' }).click();
      await page
        .getByRole('alertdialog', { name: 'Delete Department?' })
        .getByRole('button', { name: 'Delete' })
        .click();
      await page.getByText('Department deleted.').waitFor();
      expect(await order()).toEqual(['jobTitle']);

      await page.getByRole('button', { name: /Language/ }).click();
      await page.getByRole('option', { name: '简体中文' }).click();
      await page.getByRole('heading', { level: 1, name: '个人资料字段' }).waitFor();
      await page.getByRole('button', { name: '添加个人资料字段' }).waitFor();
      expect(cspReports).toEqual([]);
      await context.close();
    });
  },
);
