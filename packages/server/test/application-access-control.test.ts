import * as oidc from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ManagementApi, managementApi } from './support/management-client.js';
import { authorizationRequest, clientConfig, createApp, createUser, password } from './support/oidc-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';
import { authorizeSilently, Browser, completeExperience, signIn } from './support/sign-in.js';

/** Logto's app-level access control: the rules, and sign-in and refresh refused to users no rule allows. */

const callback = 'http://localhost:3000/callback';
const empty = { userIds: [], userRoleIds: [], organizationIds: [], organizationRoleRules: [] };

describe(`app-level access control (${dialect})`, () => {
  let server: TestServer;
  let api: ManagementApi;

  beforeAll(async () => {
    server = await startTestServer();
    api = await managementApi(server);
  });
  afterAll(() => server.stop());

  const newRole = async (type: 'User' | 'MachineToMachine' = 'User') =>
    (await api.post('/roles', { name: `role ${Math.random()}`, description: 'test', type })).body.id as string;

  it('stores the rules as Logto does: deduplicated, merged by organization, and checked', async () => {
    const app = await createApp(server, 'SPA', [callback]);
    const user = await createUser(server);
    const role = await newRole();
    const machineRole = await newRole('MachineToMachine');
    const organization = (await api.post('/organizations', { name: 'Acme' })).body.id as string;
    const orgRole = (await api.post('/organization-roles', { name: `member ${Math.random()}` })).body.id as string;

    expect((await api.get(`/applications/${app.id}`)).body.appLevelAccessControlEnabled).toBe(false);
    expect((await api.get(`/applications/${app.id}/access-control`)).body).toEqual(empty);
    // Turning access control on with no rule would lock everyone out.
    const lockout = await api.patch(`/applications/${app.id}`, { appLevelAccessControlEnabled: true });
    expect(lockout.status).toBe(422);
    expect(lockout.body.code).toBe('request.invalid_input');

    const saved = await api.put(`/applications/${app.id}/access-control`, {
      userIds: [user.id, user.id],
      userRoleIds: [role, role],
      organizationIds: [organization, organization],
      organizationRoleRules: [
        { organizationId: organization, organizationRoleIds: [orgRole, orgRole] },
        { organizationId: organization, organizationRoleIds: [orgRole] },
      ],
    });
    const expected = {
      userIds: [user.id],
      userRoleIds: [role],
      organizationIds: [organization],
      organizationRoleRules: [{ organizationId: organization, organizationRoleIds: [orgRole] }],
    };
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(expected);
    expect((await api.get(`/applications/${app.id}/access-control`)).body).toEqual(expected);
    const enabled = await api.patch(`/applications/${app.id}`, { appLevelAccessControlEnabled: true });
    expect(enabled.status).toBe(200);
    expect(enabled.body.appLevelAccessControlEnabled).toBe(true);
    expect((await api.get(`/applications/${app.id}`)).body.appLevelAccessControlEnabled).toBe(true);

    const refused = async (body: object, status: number, code: string) => {
      const answer = await api.put(`/applications/${app.id}/access-control`, { ...empty, ...body });
      expect({ status: answer.status, code: answer.body.code }).toEqual({ status, code });
    };
    await refused({ userIds: ['missing-user'] }, 404, 'entity.relation_foreign_key_not_found');
    await refused({ userRoleIds: ['missing-role'] }, 404, 'entity.relation_foreign_key_not_found');
    await refused({ organizationIds: ['missing-org'] }, 404, 'entity.relation_foreign_key_not_found');
    await refused({ userRoleIds: [machineRole] }, 422, 'entity.db_constraint_violated');
    await refused(
      { organizationRoleRules: [{ organizationId: organization, organizationRoleIds: ['missing'] }] },
      404,
      'entity.relation_foreign_key_not_found',
    );
    await refused(
      { organizationRoleRules: [{ organizationId: organization, organizationRoleIds: [] }] },
      422,
      'request.invalid_input',
    );
    // Access control on: the last rule stays until it is turned off.
    await refused({}, 422, 'request.invalid_input');
    await refused({ enabled: true, userIds: [user.id] }, 400, 'guard.invalid_input');
    expect((await api.get(`/applications/${app.id}/access-control`)).body).toEqual(expected);

    await api.patch(`/applications/${app.id}`, { appLevelAccessControlEnabled: false });
    expect((await api.put(`/applications/${app.id}/access-control`, empty)).body).toEqual(empty);
    expect((await api.get('/applications/no-such-app/access-control')).status).toBe(404);
    expect((await api.put('/applications/no-such-app/access-control', empty)).status).toBe(404);
  });

  it('lets an allowed user sign in with openid-client, refuses the others, and stops refresh once the role is gone', async () => {
    const app = await createApp(server, 'SPA', [callback]);
    const open = await createApp(server, 'SPA', [callback]);
    const role = await newRole();
    const allowed = await createUser(server);
    const stranger = await createUser(server);
    await api.post(`/users/${allowed.id}/roles`, { roleIds: [role] });
    await api.put(`/applications/${app.id}/access-control`, { ...empty, userRoleIds: [role] });
    await api.patch(`/applications/${app.id}`, { appLevelAccessControlEnabled: true });
    const config = await clientConfig(server, app.id);

    // Allowed through the role: a code, tokens and a refresh token.
    const request = await authorizationRequest(config, {
      redirect_uri: callback,
      scope: 'openid offline_access',
      prompt: 'consent',
    });
    const answer = await signIn(new Browser(server.url), request.url, {
      username: allowed.username as string,
      password,
    });
    const tokens = await oidc.authorizationCodeGrant(config, answer, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
    });
    expect(tokens.claims()?.sub).toBe(allowed.id);
    const refreshToken = tokens.refresh_token as string;
    expect(refreshToken).toBeTruthy();
    const refreshed = await oidc.refreshTokenGrant(config, refreshToken);
    expect(refreshed.access_token).toBeTruthy();

    // A user no rule allows: the Experience API's submit refuses, with Logto's code.
    const denied = new Browser(server.url);
    const deniedRequest = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid' });
    await (await denied.follow(deniedRequest.url)).response?.body?.cancel();
    await expect(completeExperience(denied, { username: stranger.username as string, password })).rejects.toThrow(
      /submit: HTTP 400 .*"code":"oidc.access_denied"/,
    );

    // Signed in elsewhere already (silent SSO): the app gets access_denied instead of a code.
    const browser = new Browser(server.url);
    const openConfig = await clientConfig(server, open.id);
    const openRequest = await authorizationRequest(openConfig, { redirect_uri: callback, scope: 'openid' });
    await signIn(browser, openRequest.url, { username: stranger.username as string, password });
    const ssoRequest = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid' });
    const ssoAnswer = await authorizeSilently(browser, ssoRequest.url);
    expect(ssoAnswer.searchParams.get('code')).toBeNull();
    expect(ssoAnswer.searchParams.get('error')).toBe('access_denied');
    await expect(
      oidc.authorizationCodeGrant(config, ssoAnswer, {
        pkceCodeVerifier: ssoRequest.codeVerifier,
        expectedState: ssoRequest.state,
      }),
    ).rejects.toMatchObject({ error: 'access_denied' });

    // The role is taken away: the refresh token no longer gets tokens, and is not spent.
    expect((await api.delete(`/users/${allowed.id}/roles/${role}`)).status).toBe(204);
    const refusal = await oidc
      .refreshTokenGrant(config, refreshed.refresh_token ?? refreshToken)
      .catch((error) => error);
    expect(refusal).toMatchObject({ error: 'access_denied', status: 400 });
    const raw = await fetch(`${server.issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: app.id,
        refresh_token: refreshed.refresh_token ?? refreshToken,
      }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ code: 'oidc.access_denied', error: 'access_denied' });

    // Access control off again: the same refresh token works.
    await api.patch(`/applications/${app.id}`, { appLevelAccessControlEnabled: false });
    expect((await oidc.refreshTokenGrant(config, refreshed.refresh_token ?? refreshToken)).access_token).toBeTruthy();
  });

  it('allows members of a named organization and holders of a named organization role there', async () => {
    const app = await createApp(server, 'SPA', [callback]);
    const member = await createUser(server);
    const roleHolder = await createUser(server);
    const outsider = await createUser(server);
    const [acme, globex] = await Promise.all(
      ['Acme', 'Globex'].map(async (name) => (await api.post('/organizations', { name })).body.id as string),
    );
    const orgRole = (await api.post('/organization-roles', { name: `admin ${Math.random()}` })).body.id as string;
    await api.post(`/organizations/${acme}/users`, { userIds: [member.id] });
    await api.post(`/organizations/${globex}/users`, { userIds: [roleHolder.id, outsider.id] });
    await api.post(`/organizations/${globex}/users/${roleHolder.id}/roles`, { organizationRoleIds: [orgRole] });
    await api.put(`/applications/${app.id}/access-control`, {
      ...empty,
      organizationIds: [acme],
      organizationRoleRules: [{ organizationId: globex, organizationRoleIds: [orgRole] }],
    });
    await api.patch(`/applications/${app.id}`, { appLevelAccessControlEnabled: true });
    const config = await clientConfig(server, app.id);
    for (const [user, allowed] of [
      [member, true],
      [roleHolder, true],
      [outsider, false],
    ] as const) {
      const browser = new Browser(server.url);
      const request = await authorizationRequest(config, { redirect_uri: callback, scope: 'openid' });
      await (await browser.follow(request.url)).response?.body?.cancel();
      const submit = completeExperience(browser, { username: user.username as string, password });
      if (allowed) await expect(submit).resolves.toContain('/oidc/auth/');
      else await expect(submit).rejects.toThrow(/oidc.access_denied/);
    }
  });
  it('refuses token exchange (personal access token and subject token) to a user no rule allows', async () => {
    const created = await server.services.applications.create({
      name: 'exchange with access control',
      type: 'Traditional',
      oidcClientMetadata: { redirectUris: [callback], postLogoutRedirectUris: [] },
      customClientMetadata: { allowTokenExchange: true },
    });
    const allowed = await createUser(server);
    const stranger = await createUser(server);
    await api.put(`/applications/${created.id}/access-control`, { ...empty, userIds: [allowed.id] });
    await api.patch(`/applications/${created.id}`, { appLevelAccessControlEnabled: true });
    const config = await clientConfig(server, created.id, created.secret as string);
    const pat = async (userId: string) =>
      (await api.post(`/users/${userId}/personal-access-tokens`, { name: `pat ${Math.random()}` })).body
        .value as string;
    const subjectToken = async (userId: string) =>
      (await api.post('/subject-tokens', { userId })).body.subjectToken as string;
    const exchange = (value: string, type: string) =>
      oidc.genericGrantRequest(config, 'urn:ietf:params:oauth:grant-type:token-exchange', {
        subject_token: value,
        subject_token_type: type,
        scope: 'openid',
      });
    const patType = 'urn:logto:token-type:personal_access_token';
    const subjectType = 'urn:logto:token-type:impersonation_token';

    const strangerPat = await pat(stranger.id);
    const strangerSubject = await subjectToken(stranger.id);
    for (const [value, type] of [
      [strangerPat, patType],
      [strangerSubject, subjectType],
    ]) {
      await expect(exchange(value, type)).rejects.toMatchObject({ error: 'access_denied', status: 400 });
    }
    const raw = await fetch(`${server.issuer}/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${created.id}:${created.secret}`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        subject_token: strangerPat,
        subject_token_type: patType,
      }),
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({ code: 'oidc.access_denied', error: 'access_denied' });

    // The allowed user gets tokens both ways.
    for (const value of [await pat(allowed.id), await subjectToken(allowed.id)]) {
      const tokens = await exchange(value, value.startsWith('sub_') ? subjectType : patType);
      const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, oidc.skipSubjectCheck);
      expect(userinfo.sub).toBe(allowed.id);
    }

    // Access control off: the refused subject token was not used up, and now exchanges.
    await api.patch(`/applications/${created.id}`, { appLevelAccessControlEnabled: false });
    const after = await exchange(strangerSubject, subjectType);
    expect((await oidc.fetchUserInfo(config, after.access_token, oidc.skipSubjectCheck)).sub).toBe(stranger.id);
    expect((await exchange(strangerPat, patType)).access_token).toBeTruthy();
  });
});
