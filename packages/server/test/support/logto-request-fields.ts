/**
 * Logto 1.42's request bodies, one case per operation Tessera serves, each with every field
 * Logto's request schema names set to a valid value. Facts from Logto's API reference
 * (openapi.logto.io) and /work/shared/LOGTO-COMPAT.md §6 and §8 (the create/update guards are
 * picks of the tables' columns); values are ours. logto-request-fields.test.ts sends each body,
 * expects it accepted, and reads the fields back.
 */

/** Ids the test's setup creates before the cases run (see logto-request-fields.test.ts). */
export interface FieldIds {
  userId: string;
  userEmail: string;
  roleId: string;
  m2mRoleId: string;
  otherM2mRoleId: string;
  inviteeUserId: string;
  appId: string;
  m2mAppId: string;
  resourceId: string;
  scopeId: string;
  organizationId: string;
  organizationRoleId: string;
  m2mOrganizationRoleId: string;
  organizationScopeId: string;
  hookUrl: string;
  /** Filled by earlier cases, for the ones after them. */
  [key: string]: string;
}

export interface LogtoRequestCase {
  /** Method and path as Tessera serves it, under /api; `:name` is replaced by `ids[name]`. */
  operation: string;
  body: (ids: FieldIds) => Record<string, unknown>;
  /** GET path (same placeholders, plus `:answerId`) whose answer holds the stored fields; absent: the write's answer holds them. */
  readBack?: string;
  /** Keys of the answer to keep in `ids` for later cases (`{ hookId: 'id' }`). */
  keep?: Record<string, string>;
  /** Fields that are accepted but not answered back, and why (write-only, relations, tenant, …). */
  notEchoed?: Record<string, string>;
}

const secret = 'write-only: a secret or password is never answered';
const relation = 'a relation: read through its own list route';
const action = 'input to an action, not stored data';
const tenant = 'Tessera serves one tenant, `default`; no read answers it';

const oidcClientMetadata = {
  redirectUris: ['https://app.example.com/callback'],
  postLogoutRedirectUris: ['https://app.example.com/'],
  backchannelLogoutUri: 'https://app.example.com/backchannel-logout',
  backchannelLogoutSessionRequired: true,
  logoUri: 'https://app.example.com/logo.png',
};
const customClientMetadata = {
  corsAllowedOrigins: ['https://app.example.com'],
  idTokenTtl: 3600,
  refreshTokenTtl: 1_209_600,
  refreshTokenTtlInDays: 14,
  tenantId: 'default',
  alwaysIssueRefreshToken: true,
  rotateRefreshToken: true,
  allowTokenExchange: false,
};
const profile = {
  familyName: 'Lovelace',
  givenName: 'Ada',
  middleName: 'King',
  nickname: 'ada',
  preferredUsername: 'ada',
  profile: 'https://ada.example.com',
  website: 'https://ada.example.com',
  gender: 'female',
  birthdate: '1815-12-10',
  zoneinfo: 'Europe/London',
  locale: 'en-GB',
  address: { formatted: '12 St James Square, London', country: 'GB' },
};
const organizationLook = {
  color: { primaryColor: '#112233', isDarkModeEnabled: true, darkPrimaryColor: '#445566' },
  branding: {
    logoUrl: 'https://org.example.com/logo.png',
    darkLogoUrl: 'https://org.example.com/logo-dark.png',
    favicon: 'https://org.example.com/favicon.ico',
    darkFavicon: 'https://org.example.com/favicon-dark.ico',
  },
  customCss: '.logto_main-content { border-radius: 0; }',
};

/** Every field of Logto's `SignInExperience` a PATCH takes (LOGTO-COMPAT §8). */
export const signInExperienceBody = {
  color: { primaryColor: '#5D34F2', isDarkModeEnabled: true, darkPrimaryColor: '#8B6DFF' },
  branding: {
    logoUrl: 'https://brand.example.com/logo.png',
    darkLogoUrl: 'https://brand.example.com/logo-dark.png',
    favicon: 'https://brand.example.com/favicon.ico',
    darkFavicon: 'https://brand.example.com/favicon-dark.ico',
  },
  hideLogtoBranding: true,
  languageInfo: { autoDetect: false, fallbackLanguage: 'fr' },
  termsOfUseUrl: 'https://brand.example.com/terms',
  privacyPolicyUrl: 'https://brand.example.com/privacy',
  agreeToTermsPolicy: 'ManualRegistrationOnly',
  signUp: {
    identifiers: ['username'],
    password: true,
    verify: false,
    secondaryIdentifiers: [{ identifier: 'email', verify: true }],
  },
  signIn: { methods: [{ identifier: 'username', password: true, verificationCode: false, isPasswordPrimary: true }] },
  socialSignIn: { automaticAccountLinking: true, skipRequiredIdentifiers: true },
  socialSignInConnectorTargets: [],
  signInMode: 'SignInAndRegister',
  customCss: '.logto_main-content { color: #333; }',
  customContent: { '/sign-in': '<p>Welcome</p>' },
  customUiAssets: { id: 'ui-assets-1', createdAt: 1_765_000_000_000 },
  passwordPolicy: {
    length: { min: 10, max: 128 },
    characterTypes: { min: 2 },
    rejects: { pwned: false, repetitionAndSequence: true, userInfo: true, words: ['tessera'] },
  },
  passwordExpiration: { enabled: true, validPeriodDays: 180, enabledAt: 1_765_000_000_000 },
  mfa: {
    factors: ['Totp', 'BackupCode'],
    policy: 'PromptAtSignInAndSignUp',
    organizationRequiredMfaPolicy: 'Mandatory',
  },
  adaptiveMfa: { enabled: false },
  trustedDevice: { enabled: true, durationDays: 30 },
  passkeySignIn: { enabled: false, showPasskeyButton: false, allowAutofill: false },
  singleSignOnEnabled: false,
  forgotPasswordMethods: ['EmailVerificationCode'],
  captchaPolicy: { enabled: false },
  sentinelPolicy: { maxAttempts: 50, lockoutDuration: 30 },
  emailBlocklistPolicy: {
    blockDisposableAddresses: false,
    blockSubaddressing: true,
    customAllowlist: ['allowed.example.com'],
    customBlocklist: ['blocked.example.com'],
  },
  verificationCodePolicy: { expirationDuration: 900, maxRetryAttempts: 7 },
  supportEmail: 'support@brand.example.com',
  supportWebsiteUrl: 'https://brand.example.com/support',
  unknownSessionRedirectUrl: 'https://brand.example.com/',
  // Names must be custom profile fields (Logto's check); none here.
  signUpProfileFields: [],
  usernamePolicy: {
    caseSensitive: true,
    minLength: 3,
    maxLength: 64,
    allowedChars: { lowercase: true, uppercase: true, numbers: true, underscore: true },
  },
};

export const logtoRequestCases: LogtoRequestCase[] = [
  // Users
  {
    operation: 'POST /users',
    body: () => ({
      username: 'field_user',
      primaryEmail: 'field.user@example.com',
      primaryPhone: '15550000001',
      password: 'a long enough password 1',
      name: 'Field User',
      avatar: 'https://example.com/avatar.png',
      customData: { plan: 'pro' },
      profile,
    }),
    readBack: '/users/:answerId',
    notEchoed: { password: secret },
  },
  {
    operation: 'POST /users',
    body: () => ({
      username: 'digest_user',
      passwordDigest: '5f4dcc3b5aa765d61d8327deb882cf99',
      passwordAlgorithm: 'MD5',
    }),
    readBack: '/users/:answerId',
    notEchoed: { passwordDigest: secret, passwordAlgorithm: secret },
  },
  {
    operation: 'PATCH /users/:userId',
    body: () => ({
      username: 'patched_user',
      primaryEmail: 'patched.user@example.com',
      primaryPhone: '15550000002',
      name: 'Patched User',
      avatar: 'https://example.com/patched.png',
      customData: { plan: 'team' },
      profile: { ...profile, nickname: 'countess' },
    }),
    readBack: '/users/:userId',
    keep: { userEmail: 'primaryEmail' },
  },
  {
    operation: 'PATCH /users/:userId/custom-data',
    body: () => ({ customData: { seats: 5 } }),
    readBack: '/users/:userId',
  },
  { operation: 'PATCH /users/:userId/profile', body: () => ({ profile }), readBack: '/users/:userId' },
  { operation: 'PATCH /users/:userId/is-suspended', body: () => ({ isSuspended: false }), readBack: '/users/:userId' },
  {
    operation: 'PATCH /users/:userId/password',
    body: () => ({ password: 'another long password 2' }),
    notEchoed: { password: secret },
  },
  {
    operation: 'POST /users/:userId/password/verify',
    body: () => ({ password: 'another long password 2' }),
    notEchoed: { password: action },
  },
  {
    operation: 'PATCH /users/:userId/logto-configs',
    body: () => ({ mfa: { skipped: true } }),
    readBack: '/users/:userId/logto-configs',
  },
  {
    operation: 'POST /users/:userId/mfa-verifications',
    body: () => ({ type: 'Totp', secret: 'JBSWY3DPEHPK3PXP' }),
  },
  {
    operation: 'POST /users/:userId/mfa-verifications',
    body: () => ({
      type: 'BackupCode',
      codes: ['0a1b2c3d4e', '1a2b3c4d5e', '2a3b4c5d6e'],
    }),
  },
  {
    operation: 'POST /users/:userId/personal-access-tokens',
    body: () => ({ name: 'ci token', expiresAt: 4_102_444_800_000 }),
    readBack: '/users/:userId/personal-access-tokens',
  },
  {
    operation: 'PATCH /users/:userId/personal-access-tokens/ci%20token',
    body: () => ({ name: 'deploy token' }),
    readBack: '/users/:userId/personal-access-tokens',
  },
  {
    operation: 'POST /users/:userId/roles',
    body: (ids) => ({ roleIds: [ids.roleId] }),
    notEchoed: { roleIds: relation },
  },
  {
    operation: 'PUT /users/:userId/roles',
    body: (ids) => ({ roleIds: [ids.roleId] }),
    notEchoed: { roleIds: relation },
  },

  // Applications
  {
    operation: 'POST /applications',
    body: () => ({
      name: 'Field app',
      description: 'every Logto field',
      type: 'Traditional',
      oidcClientMetadata,
      customClientMetadata,
      customData: { owner: 'team-a' },
      isThirdParty: false,
      protectedAppMetadata: { subDomain: 'field-app', origin: 'https://origin.example.com' },
    }),
    readBack: '/applications/:answerId',
  },
  {
    operation: 'PATCH /applications/:appId',
    body: () => ({
      name: 'Field app renamed',
      description: 'patched',
      oidcClientMetadata: { ...oidcClientMetadata, logoUri: 'https://app.example.com/logo-2.png' },
      customClientMetadata: { ...customClientMetadata, idTokenTtl: 600 },
      customData: { owner: 'team-b' },
      protectedAppMetadata: {
        origin: 'https://origin-2.example.com',
        sessionDuration: 3600,
        pageRules: [{ path: '^/admin' }],
      },
    }),
    readBack: '/applications/:appId',
  },
  {
    operation: 'PATCH /applications/:m2mAppId',
    body: () => ({ isAdmin: true }),
    readBack: '/applications/:m2mAppId',
  },
  {
    operation: 'POST /applications/:appId/secrets',
    body: () => ({ name: 'rotation', expiresAt: 4_102_444_800_000 }),
    readBack: '/applications/:appId/secrets',
  },
  {
    operation: 'POST /applications/:m2mAppId/roles',
    body: (ids) => ({ roleIds: [ids.otherM2mRoleId] }),
    notEchoed: { roleIds: relation },
  },

  // Roles, resources, scopes
  {
    operation: 'POST /roles',
    body: (ids) => ({
      name: 'field-role',
      description: 'every field',
      type: 'User',
      isDefault: false,
      scopeIds: [ids.scopeId],
    }),
    readBack: '/roles/:answerId',
    notEchoed: { scopeIds: relation },
  },
  {
    operation: 'PATCH /roles/:roleId',
    body: () => ({ name: 'field-role-renamed', description: 'renamed', isDefault: true }),
    readBack: '/roles/:roleId',
  },
  {
    operation: 'POST /roles/:roleId/scopes',
    body: (ids) => ({ scopeIds: [ids.scopeId] }),
    notEchoed: { scopeIds: relation },
  },
  {
    operation: 'POST /roles/:roleId/users',
    body: (ids) => ({ userIds: [ids.inviteeUserId] }),
    notEchoed: { userIds: relation },
  },
  {
    operation: 'POST /roles/:m2mRoleId/applications',
    body: (ids) => ({ applicationIds: [ids.m2mAppId] }),
    notEchoed: { applicationIds: relation },
  },
  {
    operation: 'POST /resources',
    body: () => ({
      tenantId: 'default',
      name: 'Field API',
      indicator: 'https://field-api.example.com',
      accessTokenTtl: 7200,
    }),
    readBack: '/resources/:answerId',
    notEchoed: { tenantId: tenant },
  },
  {
    operation: 'PATCH /resources/:resourceId',
    body: () => ({ name: 'Field API renamed', accessTokenTtl: 1800 }),
    readBack: '/resources/:resourceId',
  },
  {
    operation: 'PATCH /resources/:resourceId/is-default',
    body: () => ({ isDefault: true }),
    readBack: '/resources/:resourceId',
  },
  {
    operation: 'POST /resources/:resourceId/scopes',
    body: () => ({ name: 'write:field', description: 'Write the field' }),
    readBack: '/resources/:resourceId/scopes',
  },
  {
    operation: 'PATCH /resources/:resourceId/scopes/:scopeId',
    body: () => ({ name: 'read:field', description: 'Read the field' }),
    readBack: '/resources/:resourceId/scopes',
  },

  // Organizations
  {
    operation: 'POST /organizations',
    body: () => ({
      tenantId: 'default',
      name: 'Field org',
      description: 'every field',
      customData: { tier: 'gold' },
      isMfaRequired: true,
      ...organizationLook,
      createdAt: 1_700_000_000_000,
    }),
    readBack: '/organizations/:answerId',
    notEchoed: { tenantId: tenant },
  },
  {
    operation: 'PATCH /organizations/:organizationId',
    body: () => ({
      name: 'Field org renamed',
      description: 'patched',
      customData: { tier: 'silver' },
      isMfaRequired: false,
      ...organizationLook,
      color: { primaryColor: '#abc', isDarkModeEnabled: false, darkPrimaryColor: '#def' },
    }),
    readBack: '/organizations/:organizationId',
  },
  {
    operation: 'POST /organization-scopes',
    body: () => ({ name: 'read:reports', description: 'Read reports' }),
    readBack: '/organization-scopes/:answerId',
  },
  {
    operation: 'PATCH /organization-scopes/:organizationScopeId',
    body: () => ({ name: 'write:reports', description: 'Write reports' }),
    readBack: '/organization-scopes/:organizationScopeId',
  },
  {
    operation: 'POST /organization-roles',
    body: (ids) => ({
      name: 'field-org-role',
      description: 'every field',
      type: 'User',
      organizationScopeIds: [ids.organizationScopeId],
      resourceScopeIds: [ids.scopeId],
    }),
    readBack: '/organization-roles/:answerId',
    notEchoed: { organizationScopeIds: relation, resourceScopeIds: relation },
  },
  {
    operation: 'PATCH /organization-roles/:organizationRoleId',
    body: () => ({ name: 'field-org-role-renamed', description: 'renamed', type: 'User' }),
    readBack: '/organization-roles/:organizationRoleId',
  },
  {
    operation: 'POST /organization-roles/:organizationRoleId/scopes',
    body: (ids) => ({ organizationScopeIds: [ids.organizationScopeId] }),
    notEchoed: { organizationScopeIds: relation },
  },
  {
    operation: 'PUT /organization-roles/:organizationRoleId/scopes',
    body: (ids) => ({ organizationScopeIds: [ids.organizationScopeId] }),
    notEchoed: { organizationScopeIds: relation },
  },
  {
    operation: 'POST /organization-roles/:organizationRoleId/resource-scopes',
    body: (ids) => ({ scopeIds: [ids.scopeId] }),
    notEchoed: { scopeIds: relation },
  },
  {
    operation: 'PUT /organization-roles/:organizationRoleId/resource-scopes',
    body: (ids) => ({ scopeIds: [ids.scopeId] }),
    notEchoed: { scopeIds: relation },
  },
  {
    operation: 'POST /organizations/:organizationId/users',
    body: (ids) => ({ userIds: [ids.userId] }),
    notEchoed: { userIds: relation },
  },
  {
    operation: 'PUT /organizations/:organizationId/users',
    body: (ids) => ({ userIds: [ids.userId] }),
    notEchoed: { userIds: relation },
  },
  {
    operation: 'POST /organizations/:organizationId/users/roles',
    body: (ids) => ({ userIds: [ids.userId], organizationRoleIds: [ids.organizationRoleId] }),
    notEchoed: { userIds: relation, organizationRoleIds: relation },
  },
  {
    operation: 'POST /organizations/:organizationId/users/:userId/roles',
    body: (ids) => ({ organizationRoleIds: [ids.organizationRoleId] }),
    notEchoed: { organizationRoleIds: relation },
  },
  {
    operation: 'PUT /organizations/:organizationId/users/:userId/roles',
    body: (ids) => ({ organizationRoleIds: [ids.organizationRoleId] }),
    notEchoed: { organizationRoleIds: relation },
  },
  {
    operation: 'POST /organizations/:organizationId/applications',
    body: (ids) => ({ applicationIds: [ids.m2mAppId] }),
    notEchoed: { applicationIds: relation },
  },
  {
    operation: 'PUT /organizations/:organizationId/applications',
    body: (ids) => ({ applicationIds: [ids.m2mAppId] }),
    notEchoed: { applicationIds: relation },
  },
  {
    operation: 'POST /organizations/:organizationId/applications/roles',
    body: (ids) => ({ applicationIds: [ids.m2mAppId], organizationRoleIds: [ids.m2mOrganizationRoleId] }),
    notEchoed: { applicationIds: relation, organizationRoleIds: relation },
  },
  {
    operation: 'POST /organizations/:organizationId/applications/:m2mAppId/roles',
    body: (ids) => ({ organizationRoleIds: [ids.m2mOrganizationRoleId] }),
    notEchoed: { organizationRoleIds: relation },
  },
  {
    operation: 'PUT /organizations/:organizationId/applications/:m2mAppId/roles',
    body: (ids) => ({ organizationRoleIds: [ids.m2mOrganizationRoleId] }),
    notEchoed: { organizationRoleIds: relation },
  },
  {
    operation: 'POST /organizations/:organizationId/jit/email-domains',
    body: () => ({ emailDomain: 'jit.example.com' }),
    readBack: '/organizations/:organizationId/jit/email-domains',
  },
  {
    operation: 'PUT /organizations/:organizationId/jit/email-domains',
    body: () => ({ emailDomains: ['jit.example.com', 'jit2.example.com'] }),
    notEchoed: { emailDomains: 'answered one domain per row by the list route' },
  },
  {
    operation: 'POST /organizations/:organizationId/jit/roles',
    body: (ids) => ({ organizationRoleIds: [ids.organizationRoleId] }),
    notEchoed: { organizationRoleIds: relation },
  },
  {
    operation: 'PUT /organizations/:organizationId/jit/roles',
    body: (ids) => ({ organizationRoleIds: [ids.organizationRoleId] }),
    notEchoed: { organizationRoleIds: relation },
  },
  {
    operation: 'POST /organization-invitations',
    body: (ids) => ({
      inviterId: ids.userId,
      invitee: 'invitee@example.com',
      organizationId: ids.organizationId,
      expiresAt: 4_102_444_800_000,
      organizationRoleIds: [ids.organizationRoleId],
      messagePayload: false,
    }),
    readBack: '/organization-invitations/:answerId',
    keep: { invitationId: 'id' },
    notEchoed: { organizationRoleIds: 'answered as `organizationRoles`', messagePayload: action },
  },
  {
    operation: 'PUT /organization-invitations/:invitationId/status',
    body: (ids) => ({ status: 'Accepted', acceptedUserId: ids.inviteeUserId }),
    readBack: '/organization-invitations/:invitationId',
  },

  // Connectors
  {
    operation: 'POST /connectors',
    body: () => ({
      id: 'field-connector',
      connectorId: 'oauth2',
      config: {
        authorizationEndpoint: 'https://idp.example.com/authorize',
        tokenEndpoint: 'https://idp.example.com/token',
        userInfoEndpoint: 'https://idp.example.com/userinfo',
        clientId: 'field-client',
        clientSecret: 'field-secret',
      },
      metadata: {
        target: 'field-idp',
        name: { en: 'Field IdP' },
        logo: 'https://idp.example.com/logo.png',
        logoDark: 'https://idp.example.com/logo-dark.png',
      },
      syncProfile: true,
      enableTokenStorage: true,
    }),
    readBack: '/connectors/:answerId',
    notEchoed: { config: 'answered with secret fields masked' },
  },
  {
    operation: 'PATCH /connectors/field-connector',
    body: () => ({
      config: {
        authorizationEndpoint: 'https://idp.example.com/authorize',
        tokenEndpoint: 'https://idp.example.com/token',
        userInfoEndpoint: 'https://idp.example.com/userinfo',
        clientId: 'field-client-2',
        clientSecret: '********',
      },
      metadata: { target: 'field-idp', name: { en: 'Field IdP 2' }, logo: 'https://idp.example.com/logo-2.png' },
      syncProfile: false,
      enableTokenStorage: false,
    }),
    readBack: '/connectors/field-connector',
    notEchoed: { config: 'answered with secret fields masked' },
  },
  {
    operation: 'POST /connectors/field-connector/authorization-uri',
    body: () => ({ state: 'field-state', redirectUri: 'https://app.example.com/social-callback' }),
    notEchoed: { state: action, redirectUri: action },
  },
  {
    operation: 'PUT /users/:userId/identities/field-idp',
    body: () => ({ userId: 'idp-user-1', details: { email: 'idp@example.com' } }),
    notEchoed: { userId: 'answered under `identities.<target>`', details: 'answered under `identities.<target>`' },
  },

  // Webhooks
  {
    operation: 'POST /hooks',
    body: (ids) => ({
      name: 'field hook',
      events: ['User.Created', 'PostRegister'],
      config: { url: ids.hookUrl, headers: { 'x-field': 'yes' }, retries: 3 },
      enabled: true,
    }),
    readBack: '/hooks/:answerId',
    keep: { hookId: 'id' },
  },
  {
    operation: 'POST /hooks',
    body: (ids) => ({ name: 'legacy hook', event: 'PostSignIn', config: { url: ids.hookUrl } }),
    readBack: '/hooks/:answerId',
  },
  {
    operation: 'PATCH /hooks/:hookId',
    body: (ids) => ({
      name: 'field hook renamed',
      events: ['User.Deleted'],
      config: { url: ids.hookUrl, headers: { 'x-field': 'still' }, retries: 2 },
      enabled: false,
    }),
    readBack: '/hooks/:hookId',
  },
  {
    operation: 'POST /hooks/:hookId/test',
    body: (ids) => ({ events: ['User.Created'], config: { url: ids.hookUrl, headers: { 'x-test': '1' } } }),
    notEchoed: { events: action, config: action },
  },

  // One-time tokens
  {
    operation: 'POST /one-time-tokens',
    body: (ids) => ({
      email: 'magic@example.com',
      expiresIn: 3600,
      context: { jitOrganizationIds: [ids.organizationId] },
    }),
    readBack: '/one-time-tokens/:answerId',
    keep: { oneTimeTokenId: 'id', oneTimeToken: 'token' },
    notEchoed: { expiresIn: 'answered as `expiresAt`' },
  },
  {
    operation: 'POST /one-time-tokens/verify',
    body: (ids) => ({ token: ids.oneTimeToken, email: 'magic@example.com' }),
    notEchoed: { token: secret },
  },
  {
    operation: 'PUT /one-time-tokens/:oneTimeTokenId/status',
    body: () => ({ status: 'revoked' }),
    readBack: '/one-time-tokens/:oneTimeTokenId',
  },

  // Settings
  { operation: 'PATCH /sign-in-exp', body: () => signInExperienceBody, readBack: '/sign-in-exp' },
  {
    operation: 'POST /sign-in-exp/default/check-password',
    body: (ids) => ({ password: 'Correct horse battery 9', userId: ids.userId }),
    notEchoed: { password: action, userId: action },
  },
  {
    operation: 'PATCH /account-center',
    body: () => ({
      enabled: true,
      fields: {
        name: 'Edit',
        avatar: 'Edit',
        profile: 'ReadOnly',
        email: 'Edit',
        phone: 'Edit',
        password: 'Edit',
        username: 'ReadOnly',
        social: 'Edit',
        customData: 'ReadOnly',
        mfa: 'Edit',
        session: 'ReadOnly',
        personalAccessToken: 'Off',
      },
      webauthnRelatedOrigins: ['https://app.example.com'],
      deleteAccountUrl: 'https://app.example.com/delete-account',
      customCss: '.account { color: #333; }',
    }),
    readBack: '/account-center',
  },
  {
    operation: 'PUT /configs/jwt-customizer/access-token',
    body: () => ({
      script: 'const getCustomJwtClaims = async ({ token }) => ({ field: true });',
      environmentVariables: { REGION: 'eu' },
      contextSample: { user: { id: 'sample' } },
      tokenSample: { sub: 'sample' },
      blockIssuanceOnError: false,
    }),
    readBack: '/configs/jwt-customizer/access-token',
  },
  {
    operation: 'PATCH /configs/jwt-customizer/access-token',
    body: () => ({
      script: 'const getCustomJwtClaims = async ({ token }) => ({ field: 2 });',
      environmentVariables: { REGION: 'us' },
      contextSample: { user: { id: 'sample-2' } },
      tokenSample: { sub: 'sample-2' },
      blockIssuanceOnError: true,
    }),
    readBack: '/configs/jwt-customizer/access-token',
  },
  {
    operation: 'POST /configs/jwt-customizer/test',
    body: () => ({
      tokenType: 'access-token',
      script:
        'const getCustomJwtClaims = async ({ environmentVariables }) => ({ region: environmentVariables.REGION });',
      environmentVariables: { REGION: 'eu' },
      token: { sub: 'user-1' },
      context: { user: { id: 'user-1' } },
    }),
    notEchoed: { tokenType: action, script: action, environmentVariables: action, token: action, context: action },
  },
];
