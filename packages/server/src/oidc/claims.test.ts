import { describe, expect, it } from 'vitest';
import type { UserRow } from '../users/index.js';
import { buildClaims } from './claims.js';

const user: UserRow = {
  id: 'u1',
  username: 'alice',
  primary_email: 'alice@example.com',
  primary_phone: null,
  password_encrypted: 'hash',
  password_encryption_method: 'Argon2id',
  name: 'Alice',
  avatar: null,
  profile: JSON.stringify({ givenName: 'Alice', locale: 'en' }),
  custom_data: JSON.stringify({ plan: 'pro' }),
  identities: JSON.stringify({ github: { userId: '42' } }),
  application_id: null,
  is_suspended: 0,
  is_password_expired: 0,
  last_sign_in_at: null,
  created_at: 1,
  updated_at: 2,
};
const sources = { user, roleNames: async () => ['admin'] };

describe('buildClaims', () => {
  it('releases only the claims of granted scopes', async () => {
    expect(await buildClaims(sources, 'userinfo', new Set(['openid']))).toEqual({ sub: 'u1' });
  });

  it('maps profile, email and phone as Logto does', async () => {
    const claims = await buildClaims(sources, 'id_token', new Set(['openid', 'profile', 'email', 'phone']));
    expect(claims).toMatchObject({
      sub: 'u1',
      name: 'Alice',
      picture: null,
      username: 'alice',
      preferred_username: 'alice',
      given_name: 'Alice',
      locale: 'en',
      updated_at: 2,
      email: 'alice@example.com',
      email_verified: true,
      phone_number: null,
      phone_number_verified: false,
    });
  });

  it('keeps custom_data and identities out of the ID token but serves them from user info', async () => {
    const scopes = new Set(['openid', 'custom_data', 'identities', 'roles']);
    const idToken = await buildClaims(sources, 'id_token', scopes);
    expect(idToken.custom_data).toBeUndefined();
    expect(idToken.identities).toBeUndefined();
    expect(idToken.roles).toEqual(['admin']);
    const userinfo = await buildClaims(sources, 'userinfo', scopes);
    expect(userinfo.custom_data).toEqual({ plan: 'pro' });
    expect(userinfo.identities).toEqual({ github: { userId: '42' } });
  });
});
