import type { Page } from 'playwright-core';

export interface ConsoleAppInput {
  /** The framework's name as the create form lists it: 'Flutter', 'Chrome extension', 'Next.js (Auth.js)'… */
  framework: string;
  name: string;
  /** Typed over the guide's suggestion; left as suggested when absent. */
  redirectUri?: string;
}

/**
 * Creates an application on the console's Applications page as an administrator does (Create
 * application, a framework, a name, the redirect URI) and reads its App ID from its page. The page
 * must be signed in to the console (any console page; the helper opens /console/applications when
 * elsewhere). Ends on the new app's page, on its guide.
 */
export async function createAppThroughConsole(page: Page, input: ConsoleAppInput): Promise<string> {
  const url = new URL(page.url());
  if (url.pathname !== '/console/applications') await page.goto(`${url.origin}/console/applications`);
  await page.getByRole('heading', { level: 1, name: 'Applications' }).waitFor();
  await page.getByRole('button', { name: 'Create application', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Create an application' });
  await form.getByRole('radio', { name: input.framework, exact: true }).locator('xpath=ancestor::label[1]').click();
  await form.getByRole('textbox', { name: 'Application name' }).fill(input.name);
  if (input.redirectUri !== undefined)
    await form.getByRole('textbox', { name: 'Redirect URI' }).fill(input.redirectUri);
  await form.getByRole('button', { name: 'Create application' }).click();
  await page.getByRole('heading', { level: 1, name: input.name }).waitFor();
  const appId = (await page.locator('.guide dt:text-is("App ID") + dd code').textContent())?.trim() ?? '';
  if (!appId || !new URL(page.url()).pathname.endsWith(`/${appId}`))
    throw new Error(`the console showed no App ID for ${input.name} (got "${appId}" on ${page.url()})`);
  return appId;
}
