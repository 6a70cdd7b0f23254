import { describe, expect, it } from 'vitest';
import { userSchema } from '../users/users.schemas.js';
import { createTokenContextSources } from './token-context.js';

/**
 * The user context a script sees, in the field names of Logto's documented `contextSample.user`
 * (`GET /api/configs/jwt-customizer/access-token` in Logto's OpenAPI): a script written against
 * Logto's sample finds every field where it expects it.
 */
const logtoUserFields = [
  // The Management API's user (its field list is pinned to Logto's by management-users.test.ts).
  ...Object.keys(userSchema.shape),
  'ssoIdentities',
  'mfaVerificationFactors',
  'roles',
  'organizations',
  'organizationRoles',
];

describe('token context (custom claims)', () => {
  const sources = createTokenContextSources({
    user: async (id) => ({
      id,
      username: 'alice',
      primaryEmail: 'alice@example.com',
      primaryPhone: null,
      name: 'Alice',
      avatar: null,
      customData: { plan: 'pro' },
      identities: {},
      lastSignInAt: 1,
      createdAt: 1,
      updatedAt: 1,
      profile: {},
      applicationId: null,
      isSuspended: false,
      hasPassword: true,
    }),
    rolesOfUser: async () => [{ id: 'r1', name: 'reader', description: 'Reads' }],
    roleScopes: async () => [{ id: 's1', resource_id: 'api1', name: 'read:orders', description: null }],
    resources: async (ids) => ids.map((id) => ({ id, name: 'Shop', indicator: 'https://shop.example.com' })),
    organizationsOfUser: async () => [
      { id: 'o1', name: 'Acme', description: null, organizationRoles: [{ id: 'or1', name: 'admin' }] },
    ],
    mfaFactorTypes: async () => ['Totp'],
    application: async (id) => ({ id, name: 'Web' }),
    organization: async (id) => ({ id, name: 'Acme', description: 'Rockets', customData: { tier: 1 } }),
    organizationIdOf: () => undefined,
  });

  it("holds Logto's user fields, roles with their scopes and resources, and organization roles", async () => {
    const user = await sources.user('u1');
    expect(Object.keys(user).sort()).toEqual([...logtoUserFields].sort());
    expect(user).toMatchObject({
      customData: { plan: 'pro' },
      mfaVerificationFactors: ['Totp'],
      ssoIdentities: [],
      roles: [
        {
          id: 'r1',
          name: 'reader',
          description: 'Reads',
          scopes: [
            {
              id: 's1',
              name: 'read:orders',
              description: null,
              resourceId: 'api1',
              resource: { id: 'api1', name: 'Shop', indicator: 'https://shop.example.com' },
            },
          ],
        },
      ],
      organizations: [{ id: 'o1', name: 'Acme', description: null }],
      organizationRoles: [{ organizationId: 'o1', roleId: 'or1', roleName: 'admin' }],
    });
  });

  it('gives an organization token its organization, without fields Logto does not pass', async () => {
    expect(await sources.organization('o1')).toEqual({
      id: 'o1',
      name: 'Acme',
      description: 'Rockets',
      customData: { tier: 1 },
    });
  });
});
