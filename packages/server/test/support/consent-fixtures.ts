import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { recordCspViolations } from './console.js';
import type { ManagementApi } from './management-client.js';

type Json = Record<string, any>;

/** The answer's body, after checking the call succeeded. */
export async function succeeded(answer: Promise<{ status: number; body: Json }>): Promise<Json> {
  const { status, body } = await answer;
  expect(status, JSON.stringify(body)).toBeLessThan(300);
  return body;
}

/** New organizations named `names`, each with the user as a member holding the organization role. */
export async function joinOrganizations(
  api: ManagementApi,
  userId: string,
  organizationRoleId: string,
  names: string[],
): Promise<Json[]> {
  const organizations: Json[] = [];
  for (const name of names) {
    const org = await succeeded(api.post('/organizations', { name }));
    await succeeded(api.post(`/organizations/${org.id}/users`, { userIds: [userId] }));
    await succeeded(
      api.post(`/organizations/${org.id}/users/${userId}/roles`, { organizationRoleIds: [organizationRoleId] }),
    );
    organizations.push(org);
  }
  return organizations;
}

/** A fresh light, English browser context recording CSP violations, and its page. */
export async function consentPage(
  chromium: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; cspReports: string[] }> {
  const context = await chromium.newContext({ colorScheme: 'light', locale: 'en-US', ...options });
  const cspReports = await recordCspViolations(context);
  context.setDefaultTimeout(15_000);
  return { page: await context.newPage(), cspReports };
}
