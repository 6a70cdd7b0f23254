/**
 * The permissions of the Management API resource: `all` as in Logto; `read`, which opens only
 * the reads that reveal no secret (routes declared `'management:read'`); and `admins:manage`,
 * which only the console's Owners hold, for managing administrators.
 */
export const managementScopes = {
  all: { name: 'all', description: 'Default scope for Management API, allows all permissions.' },
  read: { name: 'read', description: 'Read-only access to the Management API, secrets excluded.' },
  adminsManage: {
    name: 'admins:manage',
    description: "Manage the console's administrators (Owners only; admin-realm tokens only).",
  },
} as const;

/** The Management API levels a route may declare, each with the permissions that pass it (any one). */
export const managementLevels = {
  management: [managementScopes.all.name],
  'management:read': [managementScopes.read.name, managementScopes.all.name],
  'management:owner': [managementScopes.adminsManage.name],
  /** Reads about the console itself (its administrators): any administrator, never an app of the end users' realm. */
  'management:console': [managementScopes.read.name, managementScopes.all.name],
} as const satisfies Record<string, readonly string[]>;

export type ManagementLevel = keyof typeof managementLevels;

/** Levels only an administrator's token (the admin realm's issuer) passes, whatever scopes another token claims. */
export const adminRealmOnlyLevels: ReadonlySet<ManagementLevel> = new Set(['management:owner', 'management:console']);

export const isManagementLevel = (auth: unknown): auth is ManagementLevel =>
  typeof auth === 'string' && Object.hasOwn(managementLevels, auth);
