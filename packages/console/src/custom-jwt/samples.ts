/** The two kinds of token a script can extend, by the path segment the Management API uses. */
export const tokenKinds = ['access-token', 'client-credentials'] as const;
export type TokenKind = (typeof tokenKinds)[number];

export const isTokenKind = (value: string): value is TokenKind => (tokenKinds as readonly string[]).includes(value);

/** The script a new configuration starts from: the function's contract, and a claim to change. */
export const starterScript = `/**
 * Returns extra claims for the token, as a plain object.
 *
 * token: the token's payload so far (jti, aud, scope, clientId, …).
 * context: what Tessera knows about the request (the user, their roles and organizations, the application).
 * environmentVariables: the values set below, such as API keys.
 * api.denyAccess(message): refuse the token with this message.
 */
const getCustomJwtClaims = async ({ token, context, environmentVariables, api }) => {
  return {};
};
`;

const now = Math.floor(Date.UTC(2026, 0, 1) / 1000);

/** A token payload such as the script receives, per kind (edit it to try other cases). */
export const tokenSamples: Record<TokenKind, Record<string, unknown>> = {
  'access-token': {
    jti: 'sample-token-id',
    aud: 'https://api.example.com',
    scope: 'read:orders write:orders',
    clientId: 'sample-app-id',
    accountId: 'sample-user-id',
    expiresWithSession: true,
    grantId: 'sample-grant-id',
    gty: 'authorization_code',
    kind: 'AccessToken',
  },
  'client-credentials': {
    jti: 'sample-token-id',
    aud: 'https://api.example.com',
    scope: 'read:orders',
    clientId: 'sample-m2m-app-id',
    kind: 'ClientCredentials',
  },
};

const application = { id: 'sample-app-id', name: 'Sample app', type: 'SPA', description: null, customData: {} };

/** The context a script receives, per kind. */
export const contextSamples: Record<TokenKind, Record<string, unknown>> = {
  'access-token': {
    user: {
      id: 'sample-user-id',
      username: 'ada',
      primaryEmail: 'ada@example.com',
      primaryPhone: null,
      name: 'Ada Lovelace',
      avatar: null,
      customData: { plan: 'pro' },
      identities: {},
      profile: {},
      lastSignInAt: now * 1000,
      createdAt: now * 1000,
      applicationId: 'sample-app-id',
      ssoIdentities: [],
      mfaVerificationFactors: [],
      roles: [
        {
          id: 'sample-role-id',
          name: 'Support',
          description: 'Reads orders',
          scopes: [{ id: 'sample-scope-id', name: 'read:orders', description: null, resourceId: 'sample-resource-id' }],
        },
      ],
      organizations: [{ id: 'sample-org-id', name: 'Acme', description: null }],
      organizationRoles: [{ organizationId: 'sample-org-id', roleId: 'sample-org-role-id', roleName: 'Member' }],
    },
    application,
  },
  'client-credentials': {
    application: { ...application, id: 'sample-m2m-app-id', name: 'Sample service', type: 'MachineToMachine' },
  },
};

/** Pretty JSON for an editor. */
export const asJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
