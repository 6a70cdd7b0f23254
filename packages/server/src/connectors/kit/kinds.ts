// The connector kinds, apart from the kit's contract so schema files (and the browser, through
// `@tessera/server/schemas`) can use them without loading any connector code.
export const connectorTypes = ['Email', 'Sms', 'Social'] as const;
export type ConnectorType = (typeof connectorTypes)[number];

export const connectorPlatforms = ['Native', 'Universal', 'Web'] as const;
export type ConnectorPlatform = (typeof connectorPlatforms)[number];

/** Why a code is sent; config templates are matched by it (Logto's TemplateType). */
export const templateTypes = [
  'SignIn',
  'Register',
  'ForgotPassword',
  'Generic',
  'OrganizationInvitation',
  'UserPermissionValidation',
  'BindNewIdentifier',
  'MfaVerification',
  'BindMfa',
] as const;
export type TemplateType = (typeof templateTypes)[number];
