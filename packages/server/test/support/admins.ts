import type { Services } from '../../src/app.js';

/** The names of the admin-realm roles a user holds, read from storage (an administrator holds exactly one). */
export async function heldAdminRoles(services: Services, userId: string): Promise<string[]> {
  const rows = await services.admin.db
    .selectFrom('users_roles')
    .innerJoin('roles', 'roles.id', 'users_roles.role_id')
    .select('roles.name')
    .where('users_roles.user_id', '=', userId)
    .execute();
  return rows.map((row) => row.name);
}
