/**
 * The permissions of the Management API resource: `all` as in Logto, and `read`, which opens
 * only the reads that reveal no secret (routes declared `'management:read'`).
 */
export const managementScopes = {
  all: { name: 'all', description: 'Default scope for Management API, allows all permissions.' },
  read: { name: 'read', description: 'Read-only access to the Management API, secrets excluded.' },
} as const;

/** The Management API levels a route may declare, each with the permissions that pass it (any one). */
export const managementLevels = {
  management: [managementScopes.all.name],
  'management:read': [managementScopes.read.name, managementScopes.all.name],
} as const satisfies Record<string, readonly string[]>;

export type ManagementLevel = keyof typeof managementLevels;

export const isManagementLevel = (auth: unknown): auth is ManagementLevel =>
  typeof auth === 'string' && Object.hasOwn(managementLevels, auth);
