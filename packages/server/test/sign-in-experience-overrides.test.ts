import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

type Json = Record<string, any>;

/**
 * Logto's sign-in experience overrides read anonymously: `GET /api/.well-known/sign-in-exp` (and
 * `/experience`) with `appId` and `organizationId` lay the application's and the organization's
 * colour, logos and custom CSS over the realm's, the organization's winning; and the hosted
 * pages' stylesheet `/sign-in/assets/custom.css` answers the same custom CSS.
 */
describe(`sign-in experience: application and organization overrides (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;
  let appId: string;
  let organizationId: string;

  const ok = async (answer: Promise<{ status: number; body: Json }>) => {
    const { status, body } = await answer;
    expect(status, JSON.stringify(body)).toBeLessThan(300);
    return body;
  };
  const experience = async (path: string, query: Record<string, string> = {}) => {
    const search = new URLSearchParams(query).toString();
    const response = await fetch(`${server.url}/api/.well-known/${path}${search ? `?${search}` : ''}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  };
  const customCss = async (query: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}/sign-in/assets/custom.css?${new URLSearchParams(query)}`);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    return response.text();
  };

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
    await ok(
      api.patch('/sign-in-exp', {
        color: { primaryColor: '#111111', isDarkModeEnabled: true, darkPrimaryColor: '#222222' },
        branding: {
          logoUrl: 'https://realm.example.test/logo.png',
          darkLogoUrl: 'https://realm.example.test/dark.png',
        },
        customCss: '.realm {}',
      }),
    );
    const app = await ok(
      api.post('/applications', {
        name: 'partner',
        type: 'Traditional',
        isThirdParty: true,
        oidcClientMetadata: { redirectUris: ['https://partner.example.test/cb'], postLogoutRedirectUris: [] },
      }),
    );
    appId = app.id;
    await ok(
      api.put(`/applications/${appId}/sign-in-experience`, {
        color: { primaryColor: '#333333', darkPrimaryColor: '#444444' },
        branding: { logoUrl: 'https://app.example.test/logo.png', darkLogoUrl: 'https://app.example.test/dark.png' },
        customCss: '.app {}',
      }),
    );
    const organization = await ok(
      api.post('/organizations', {
        name: 'Acme',
        color: { primaryColor: '#555555' },
        branding: { logoUrl: 'https://acme.example.test/logo.png' },
        customCss: '.acme {}',
      }),
    );
    organizationId = organization.id;
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers the realm’s look without ids, and for ids nothing is known by', async () => {
    const queries: Array<Record<string, string>> = [
      {},
      { appId: 'unknown-app', organizationId: 'unknown-organization' },
    ];
    for (const query of queries) {
      const body = await experience('sign-in-exp', query);
      expect(body.color).toEqual({ primaryColor: '#111111', isDarkModeEnabled: true, darkPrimaryColor: '#222222' });
      expect(body.branding.logoUrl).toBe('https://realm.example.test/logo.png');
      expect(body.customCss).toBe('.realm {}');
      expect(await customCss(query.appId ? { app_id: query.appId } : {})).toBe('.realm {}');
    }
  });

  it('lays the organization’s look over the realm’s, field by field', async () => {
    for (const path of ['sign-in-exp', 'experience']) {
      const body = await experience(path, { organizationId });
      expect(body.color).toEqual({ primaryColor: '#555555', isDarkModeEnabled: true, darkPrimaryColor: '#222222' });
      expect(body.branding).toMatchObject({
        logoUrl: 'https://acme.example.test/logo.png',
        darkLogoUrl: 'https://realm.example.test/dark.png',
      });
      expect(body.customCss).toBe('.acme {}');
    }
    expect(await customCss({ organization_id: organizationId })).toBe('.acme {}');
  });

  it('puts the organization over the application, and the application over the realm', async () => {
    const app = await experience('sign-in-exp', { appId });
    expect(app.color).toEqual({ primaryColor: '#333333', isDarkModeEnabled: true, darkPrimaryColor: '#444444' });
    expect(app.customCss).toBe('.app {}');
    expect(await customCss({ app_id: appId })).toBe('.app {}');

    const both = await experience('sign-in-exp', { appId, organizationId });
    expect(both.color).toEqual({ primaryColor: '#555555', isDarkModeEnabled: true, darkPrimaryColor: '#444444' });
    expect(both.branding).toMatchObject({
      logoUrl: 'https://acme.example.test/logo.png',
      darkLogoUrl: 'https://app.example.test/dark.png',
    });
    expect(both.customCss).toBe('.acme {}');
    expect(await customCss({ app_id: appId, organization_id: organizationId })).toBe('.acme {}');
  });

  it('serves the stylesheet the hosted page links for its application and organization', async () => {
    const response = await fetch(`${server.url}/sign-in?app_id=${appId}&organization_id=${organizationId}&preview=1`);
    const html = await response.text();
    expect(html).toContain(`href="/sign-in/assets/custom.css?app_id=${appId}&#38;organization_id=${organizationId}"`);
    expect(response.headers.get('content-security-policy')).toContain("style-src 'self';");
  });
});
