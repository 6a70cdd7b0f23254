import { type LogtoConfig, UserScope } from '@logto/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpConfig } from './fakes/configs.js';
import { startSmtpFake } from './fakes/smtp.js';
import { managementApi } from './support/management-client.js';
import { createApp, password } from './support/oidc-fixtures.js';
import { callbackUri, signedInSdk } from './support/organization-fixtures.js';
import { dialect, startTestServer, type TestServer } from './support/server.js';

/** How people join organizations: just in time by email domain, and by invitation email. */
describe(`organization membership by JIT provisioning and invitations (${dialect})`, () => {
  let server: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtpFake>>;
  let api: Awaited<ReturnType<typeof managementApi>>;
  let config: LogtoConfig;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtpFake();
    server = await startTestServer();
    api = await managementApi(server);
    const app = await createApp(server, 'Traditional', [callbackUri]);
    config = { endpoint: server.url, appId: app.id, appSecret: app.secret, scopes: [UserScope.Organizations] };
    ids.org = (await api.post('/organizations', { name: 'Example Corp' })).body.id;
    ids.other = (await api.post('/organizations', { name: 'Other Corp' })).body.id;
    ids.member = (await api.post('/organization-roles', { name: 'member' })).body.id;
    ids.guest = (await api.post('/organization-roles', { name: 'guest' })).body.id;
    await api.post(`/organizations/${ids.org}/jit/email-domains`, { emailDomain: 'example.com' });
    await api.post(`/organizations/${ids.org}/jit/roles`, { organizationRoleIds: [ids.member] });
    await api.post(`/organizations/${ids.other}/jit/email-domains`, { emailDomain: 'other.example' });
  });
  afterAll(async () => {
    await server.stop();
    await smtp.close();
  });

  const rolesOf = async (organizationId: string, userId: string) =>
    (await api.get(`/organizations/${organizationId}/users/${userId}/roles`)).body;

  it('adds a user whose verified email matches a JIT domain at sign-in, with the default roles, once', async () => {
    const dana = (await api.post('/users', { username: 'dana', primaryEmail: 'Dana@Example.com', password })).body;
    const carl = (await api.post('/users', { username: 'carl', primaryEmail: 'carl@elsewhere.example', password }))
      .body;
    expect((await api.get(`/users/${dana.id}/organizations`)).body).toEqual([]);

    const { client } = await signedInSdk(server, config, 'dana');
    // Provisioned before the tokens were issued: the ID token already names the organization.
    expect((await client.getIdTokenClaims()).organizations).toEqual([ids.org]);
    expect(await rolesOf(ids.org as string, dana.id)).toEqual([expect.objectContaining({ id: ids.member })]);

    await signedInSdk(server, config, 'carl');
    expect((await api.get(`/users/${carl.id}/organizations`)).body).toEqual([]);

    // An administrator's removal stands: the next sign-in does not provision again.
    await api.delete(`/organizations/${ids.org}/users/${dana.id}`);
    const again = await signedInSdk(server, config, 'dana');
    expect((await again.client.getIdTokenClaims()).organizations).toEqual([]);
  });

  it('refuses invitations that expire in the past or invite a member, and keeps none when no email connector exists', async () => {
    const inFuture = Date.now() + 3_600_000;
    const past = await api.post('/organization-invitations', {
      invitee: 'x@example.org',
      organizationId: ids.org,
      expiresAt: Date.now() - 1,
    });
    expect(past).toMatchObject({ status: 400, body: { code: 'request.invalid_input' } });
    const unknown = await api.post('/organization-invitations', {
      invitee: 'x@example.org',
      organizationId: 'no-such-org',
      expiresAt: inFuture,
    });
    expect(unknown.body.code).toBe('entity.relation_foreign_key_not_found');

    const member = (await api.post('/users', { username: 'member_one', primaryEmail: 'member@example.org' })).body;
    await api.post(`/organizations/${ids.other}/users`, { userIds: [member.id] });
    const already = await api.post('/organization-invitations', {
      invitee: 'member@example.org',
      organizationId: ids.other,
      expiresAt: inFuture,
    });
    expect(already).toMatchObject({ status: 422, body: { code: 'request.invalid_input' } });

    const noConnector = await api.post('/organization-invitations', {
      invitee: 'y@example.org',
      organizationId: ids.org,
      expiresAt: inFuture,
      messagePayload: { link: 'https://app.example/invite' },
    });
    expect(noConnector.body.code).toBe('connector.not_found');
    expect((await api.get('/organization-invitations?invitee=y@example.org')).body).toEqual([]);
  });

  it('emails an invitation through the email connector, resends it, and accepting adds the member with its roles', async () => {
    const mailer = smtpConfig(smtp.port);
    mailer.templates.push({
      usageType: 'OrganizationInvitation',
      contentType: 'text/plain',
      subject: 'Join {{organizationName}}',
      content: 'Accept the invitation at {{link}}',
    });
    expect(
      (await api.post('/connectors', { connectorId: 'simple-mail-transfer-protocol', config: mailer })).status,
    ).toBe(200);

    const link = 'https://app.example/invitations/accept';
    const created = await api.post('/organization-invitations', {
      invitee: 'Erin@Example.org',
      organizationId: ids.org,
      expiresAt: Date.now() + 3_600_000,
      organizationRoleIds: [ids.member, ids.guest],
      messagePayload: { link },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      invitee: 'erin@example.org',
      status: 'Pending',
      inviterId: null,
      acceptedUserId: null,
      organizationRoles: expect.arrayContaining([
        { id: ids.member, name: 'member' },
        { id: ids.guest, name: 'guest' },
      ]),
    });
    const mail = smtp.messages.at(-1);
    expect(mail?.to).toEqual(['erin@example.org']);
    expect(mail?.headers.subject).toBe('Join Example Corp');
    expect(mail?.body.trim()).toBe(`Accept the invitation at ${link}`);

    const { id } = created.body;
    expect((await api.post(`/organization-invitations/${id}/message`, { link: `${link}?again` })).status).toBe(204);
    expect(smtp.messages.at(-1)?.body.trim()).toBe(`Accept the invitation at ${link}?again`);
    expect((await api.get(`/organization-invitations?organizationId=${ids.org}`)).body.map((i: any) => i.id)).toContain(
      id,
    );

    const stranger = (await api.post('/users', { username: 'stranger', primaryEmail: 'stranger@example.org' })).body;
    const wrongUser = await api.put(`/organization-invitations/${id}/status`, {
      status: 'Accepted',
      acceptedUserId: stranger.id,
    });
    expect(wrongUser).toMatchObject({ status: 422, body: { code: 'request.invalid_input' } });
    expect((await api.put(`/organization-invitations/${id}/status`, { status: 'Accepted' })).status).toBe(422);

    const erin = (await api.post('/users', { username: 'erin', primaryEmail: 'erin@example.org' })).body;
    const accepted = await api.put(`/organization-invitations/${id}/status`, {
      status: 'Accepted',
      acceptedUserId: erin.id,
    });
    expect(accepted.body).toMatchObject({ status: 'Accepted', acceptedUserId: erin.id });
    expect((await rolesOf(ids.org as string, erin.id)).map((r: { name: string }) => r.name).sort()).toEqual([
      'guest',
      'member',
    ]);
    const twice = await api.put(`/organization-invitations/${id}/status`, { status: 'Revoked' });
    expect(twice).toMatchObject({ status: 422, body: { code: 'request.invalid_input' } });
  });

  it('cannot accept an expired invitation; revoking and deleting work on pending ones', async () => {
    const invite = async (invitee: string) =>
      (
        await api.post('/organization-invitations', {
          invitee,
          organizationId: ids.org,
          expiresAt: Date.now() + 3_600_000,
        })
      ).body;
    const expired = await invite('late@example.org');
    await server.services.db
      .updateTable('organization_invitations')
      .set({ expires_at: Date.now() - 1000 })
      .where('id', '=', expired.id)
      .execute();
    expect((await api.get(`/organization-invitations/${expired.id}`)).body.status).toBe('Expired');
    const late = (await api.post('/users', { username: 'late', primaryEmail: 'late@example.org' })).body;
    const refused = await api.put(`/organization-invitations/${expired.id}/status`, {
      status: 'Accepted',
      acceptedUserId: late.id,
    });
    expect(refused).toMatchObject({ status: 422, body: { code: 'request.invalid_input' } });
    expect((await api.get(`/users/${late.id}/organizations`)).body).toEqual([]);
    expect((await api.post(`/organization-invitations/${expired.id}/message`, {})).status).toBe(422);

    const pending = await invite('maybe@example.org');
    const revoked = await api.put(`/organization-invitations/${pending.id}/status`, { status: 'Revoked' });
    expect(revoked.body.status).toBe('Revoked');
    expect((await api.delete(`/organization-invitations/${pending.id}`)).status).toBe(204);
    expect((await api.get(`/organization-invitations/${pending.id}`)).status).toBe(404);
  });
});
