import type { Locator, Page } from 'playwright-core';

export interface ConsoleUserInput {
  username?: string;
  email?: string;
  phone?: string;
  name?: string;
}

/**
 * Creates a user on the console's Users page as an administrator does (Create user, the fields,
 * a generated password) and reads the ID and the password the page shows once. `inspect` runs
 * while that result is on screen, before Done closes it. The page must be signed in to the
 * console (any console page; the helper opens /console/users when elsewhere).
 */
export async function createUserThroughConsole(
  page: Page,
  input: ConsoleUserInput,
  inspect?: (created: Locator) => Promise<void>,
): Promise<{ id: string; password: string }> {
  const url = new URL(page.url());
  if (url.pathname !== '/console/users') await page.goto(`${url.origin}/console/users`);
  await page.getByRole('button', { name: 'Create user' }).click();
  const form = page.getByRole('dialog', { name: 'Create a user' });
  const fields: Array<[string, string | undefined]> = [
    ['Username', input.username],
    ['Email', input.email],
    ['Phone number', input.phone],
    ['Name', input.name],
  ];
  for (const [label, value] of fields)
    if (value) await form.getByRole('textbox', { name: label, exact: true }).fill(value);
  await form.getByRole('button', { name: 'Create', exact: true }).click();

  const created = page.getByRole('dialog', { name: 'User created' });
  const password = await created.getByRole('textbox', { name: 'Password' }).inputValue();
  const id = (await created.locator('dt:text-is("User ID") + dd').textContent())?.trim() ?? '';
  if (!password || !id) throw new Error(`the console showed no password or no user ID (id "${id}")`);
  await inspect?.(created);
  await created.getByRole('button', { name: 'Done' }).click();
  await created.waitFor({ state: 'detached' });
  return { id, password };
}
