import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcDriver } from '../src/sso/oidc/oidc-driver.js';
import { oidcPresets } from '../src/sso/oidc/oidc-presets.js';
import { SsoDriverError } from '../src/sso/sso-driver.js';
import { type OidcFake, oidcClient, startOidcFake } from './fakes/oidc-provider-fake.js';

/**
 * The Google Workspace preset's hosted-domain rules, with its issuer pointed at a local OIDC
 * provider: `hd` asks Google for the connector's domain, and an ID token whose `hd` is not one
 * of the connector's domains (a personal account, another company) is refused.
 */
describe('the Google Workspace SSO driver', () => {
  let idp: OidcFake;
  const preset = oidcPresets.find((p) => p.providerName === 'GoogleWorkspace');

  beforeAll(async () => {
    idp = await startOidcFake();
  });
  afterAll(() => idp.close());

  const driverFor = () => {
    if (!preset) throw new Error('no GoogleWorkspace preset');
    return createOidcDriver({ ...preset, issuerOf: () => idp.url }, { timeoutMs: 5000, clock: Date.now });
  };
  const connector = (domains: string[]) => ({
    id: 'gw',
    providerName: 'GoogleWorkspace' as const,
    config: { ...oidcClient },
    domains,
  });

  async function signIn(domains: string[], hd?: string) {
    const driver = driverFor();
    idp.signedIn.user = { sub: 'g-1', email: 'ann@acme.test', email_verified: true, ...(hd && { hd }) } as never;
    const redirectUri = 'http://127.0.0.1/callback/sso/gw';
    const { uri, session } = await driver.authorizationUri(connector(domains), {
      state: 'st',
      redirectUri,
      baseUrl: '',
    });
    const back = new URL((await fetch(uri, { redirect: 'manual' })).headers.get('location') as string);
    const identity = driver.verify(connector(domains), {
      data: Object.fromEntries(back.searchParams),
      session,
      baseUrl: '',
    });
    return { uri: new URL(uri), identity };
  }

  it('asks for the one domain with hd, and accepts an account of it', async () => {
    const { uri, identity } = await signIn(['acme.test'], 'acme.test');
    expect(uri.searchParams.get('hd')).toBe('acme.test');
    expect(await identity).toMatchObject({ identityId: 'g-1', email: 'ann@acme.test', emailVerified: true });
  });

  it('refuses an account without hd or of another domain; several domains ask with hd=*', async () => {
    await expect((await signIn(['acme.test'])).identity).rejects.toBeInstanceOf(SsoDriverError);
    const other = await signIn(['acme.test', 'acme-labs.test'], 'evil.test');
    expect(other.uri.searchParams.get('hd')).toBe('*');
    await expect(other.identity).rejects.toMatchObject({ code: 'authorization_failed' });
  });

  it('needs no issuer in its config: the schema has none', () => {
    expect(preset?.configGuard.safeParse({ ...oidcClient }).success).toBe(true);
    expect(preset?.configGuard.safeParse({ ...oidcClient, issuer: 'https://evil.test' }).success).toBe(false);
  });
});
