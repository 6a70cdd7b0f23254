import type { Locator, Page } from 'playwright-core';

/**
 * Console steps on the Sign-in experience page, by role and accessible name, for the browser
 * tests and the guide journeys. The page must be a signed-in console (any route) or a blank tab
 * of a context that holds a console sign-in.
 */

/** The server's origin: given, or the one the page is on. */
const originOf = (page: Page, origin?: string) => origin ?? new URL(page.url()).origin;

/** Opens Console › Sign-in experience through the nav (or by address from outside the console). */
export async function openSignInExperience(page: Page, origin = originOf(page)): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Console sections' });
  if (new URL(page.url(), origin).pathname.startsWith('/console') && (await nav.count()) > 0)
    await nav.getByRole('link', { name: 'Sign-in experience' }).click();
  else await page.goto(`${origin}/console/sign-in-experience`);
  await page.getByRole('heading', { level: 1, name: 'Sign-in experience' }).waitFor();
  // The form appears once the settings and connectors are loaded.
  await page.getByRole('tab', { name: /^Branding/ }).waitFor();
}

/** Picks an option of a labelled React Aria select (a button that opens a listbox). */
export async function chooseOption(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('button', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The checkbox group of one sign-in method ("Phone number signs in with"). */
export const signInMethod = (page: Page, identifier: 'Username' | 'Email address' | 'Phone number'): Locator =>
  page.getByRole('group', { name: `${identifier} signs in with` });

/** Sets a checkbox (React Aria's input sits under its label, so the label takes the click). */
async function setChecked(box: Locator, checked: boolean): Promise<void> {
  if ((await box.isChecked()) !== checked) await box.setChecked(checked, { force: true });
}

/** Keeps only the listed sign-in methods (removes the others with their Remove buttons). */
async function keepOnlyMethods(page: Page, keep: readonly string[]): Promise<void> {
  for (const identifier of ['Username', 'Email address', 'Phone number']) {
    if (keep.includes(identifier)) continue;
    const remove = page.getByRole('button', { name: `Remove: ${identifier}` });
    if ((await remove.count()) > 0) await remove.click();
  }
}

/**
 * One identifier for sign-up and sign-in, with a password or with a verification code (the other
 * factor off); the other sign-in methods are removed. Edits the draft; `saveSignInExperience` saves it.
 */
async function chooseOnlyIdentifier(
  page: Page,
  identifier: 'Email address' | 'Phone number',
  factor: 'Password' | 'Verification code',
): Promise<void> {
  await page.getByRole('tab', { name: /^Sign-up and sign-in/ }).click();
  await chooseOption(page, /Sign-up identifier/, identifier);
  await setChecked(page.getByRole('checkbox', { name: 'Create a password at sign-up' }), factor === 'Password');
  const method = signInMethod(page, identifier);
  // The chosen factor first, so the method never has neither.
  await setChecked(method.getByRole('checkbox', { name: factor }), true);
  const other = factor === 'Password' ? 'Verification code' : 'Password';
  await setChecked(method.getByRole('checkbox', { name: other }), false);
  await keepOnlyMethods(page, [identifier]);
}

/** Sign-up with a phone number and no password (verified by code); sign-in with a phone verification code only. */
export const choosePhoneCodeSignIn = (page: Page) => chooseOnlyIdentifier(page, 'Phone number', 'Verification code');

/** Sign-up with an email address and a password (verified by code); sign-in with email and password only. */
export const chooseEmailPasswordSignIn = (page: Page) => chooseOnlyIdentifier(page, 'Email address', 'Password');

/** Save, review the changes, confirm; resolves once saved, or fails with the page's explanation. */
export async function saveSignInExperience(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save changes' }).click();
  const alert = page.locator('.sie-alert');
  const review = page.getByRole('dialog', { name: 'Save these changes?' });
  await Promise.race([review.waitFor(), alert.waitFor()]);
  if (await alert.isVisible()) throw new Error(`The console refused the settings: ${await fieldErrors(page)}`);
  await review.getByRole('button', { name: 'Save', exact: true }).click();
  await review.waitFor({ state: 'hidden' });
  const saved = page.getByText('All changes saved');
  await Promise.race([saved.waitFor(), alert.waitFor()]);
  if (await alert.isVisible()) throw new Error(`The server refused the settings: ${await fieldErrors(page)}`);
}

/** Every error shown next to a field, for a failure message. */
async function fieldErrors(page: Page): Promise<string> {
  return (await page.locator('.field-error').allTextContents()).join(' | ');
}

/** Console › Sign-in experience: sign-up and sign-in by phone number and verification code (needs an SMS connector). */
export async function switchToPhoneCodeSignInThroughConsole(page: Page, origin?: string): Promise<void> {
  await openSignInExperience(page, originOf(page, origin));
  await choosePhoneCodeSignIn(page);
  await saveSignInExperience(page);
}

/** Console › Sign-in experience: sign-up and sign-in by email address and password (needs an email connector). */
export async function switchToEmailPasswordSignInThroughConsole(page: Page, origin?: string): Promise<void> {
  await openSignInExperience(page, originOf(page, origin));
  await chooseEmailPasswordSignIn(page);
  await saveSignInExperience(page);
}
