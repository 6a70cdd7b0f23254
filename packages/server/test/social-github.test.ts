import type * as oidc from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type GitHubFake, githubApp, startGitHubFake } from './fakes/github-provider.js';
import { managementApi } from './support/management-client.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { Browser } from './support/sign-in.js';
import {
  connectorDataOf,
  consentAtProvider,
  openInteraction,
  socialApp,
  socialSignIn,
  startSocial,
  verifySocial,
} from './support/social-sign-in.js';

/** The GitHub preset against a fake of github.com and api.github.com (one base URL in tests). */
describe(`social sign-in with GitHub (${dialect})`, () => {
  let server: TestServer;
  let fake: GitHubFake;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: oidc.Configuration;
  let connectorId: string;

  beforeAll(async () => {
    fake = await startGitHubFake();
    server = await startTestServer({
      TESSERA_INTERNAL_TEST_PROVIDER_BASE_URLS: JSON.stringify({ 'github-universal': fake.url }),
    });
    api = await managementApi(server);
    ({ config } = await socialApp(server));
    const created = await api.post('/connectors', { connectorId: 'github-universal', config: githubApp });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({ target: 'github', config: { scope: 'read:user user:email' } });
    connectorId = created.body.id;
  });
  afterEach(() => expect(fake.violations).toEqual([]));
  afterAll(async () => {
    await server.stop();
    await fake.close();
  });

  it('registers with the login, avatar and the primary verified e-mail, then signs the same user in', async () => {
    const first = await socialSignIn(server, config, connectorId);
    expect(first.registered).toBe(true);
    const { body: user } = await api.get(`/users/${first.claims.sub}`);
    expect(user).toMatchObject({
      name: 'The Octocat',
      avatar: 'https://avatars.example.test/583231',
      primaryEmail: 'octocat@example.test',
      identities: { github: { userId: '583231', details: { rawData: { login: 'octocat' } } } },
    });
    expect((await socialSignIn(server, config, connectorId)).claims.sub).toBe(first.claims.sub);

    const token = fake.to('/login/oauth/access_token').at(-1)!;
    expect(token.headers.accept).toBe('application/json');
    expect(Object.fromEntries(token.form)).toMatchObject({
      client_id: githubApp.clientId,
      client_secret: githubApp.clientSecret,
    });
    expect(fake.to('/user').at(-1)!.headers).toMatchObject({
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
    });
  });

  it("keeps the public e-mail of /user as the account's only when /user/emails says GitHub verified it", async () => {
    const hubot = (id: number, email: string) => ({
      id,
      login: `hubot${id}`,
      name: null,
      avatar_url: `https://avatars.example.test/${id}`,
      email,
    });
    fake.signedIn.user = hubot(9, 'hubot@example.test');
    fake.signedIn.emails = [{ email: 'Hubot@example.test', primary: true, verified: true, visibility: 'public' }];
    const verified = await socialSignIn(server, config, connectorId);
    expect((await api.get(`/users/${verified.claims.sub}`)).body).toMatchObject({
      name: 'hubot9',
      primaryEmail: 'hubot@example.test',
    });

    // Listed as unverified (or not listed): kept in the identity's details, never the account's own.
    fake.signedIn.user = hubot(10, 'hubot10@example.test');
    fake.signedIn.emails = [{ email: 'hubot10@example.test', primary: true, verified: false, visibility: 'public' }];
    const unverified = await socialSignIn(server, config, connectorId);
    expect(unverified.claims).toMatchObject({ email: null, email_verified: false });
    expect((await api.get(`/users/${unverified.claims.sub}`)).body).toMatchObject({
      primaryEmail: null,
      identities: { github: { details: { email: 'hubot10@example.test', emailVerified: false } } },
    });
  });

  it('turns GitHub’s HTTP 200 bad_verification_code into social_auth_code_invalid', async () => {
    const browser = new Browser(server.url);
    await openInteraction(browser, config);
    const { authorizationUri, verificationId } = await startSocial(browser, connectorId);
    const { state } = connectorDataOf(await consentAtProvider(authorizationUri));
    const refused = await verifySocial(browser, connectorId, { code: 'stale', state }, verificationId);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({
      code: 'connector.social_auth_code_invalid',
      data: { providerCode: 'bad_verification_code' },
    });
  });
});
