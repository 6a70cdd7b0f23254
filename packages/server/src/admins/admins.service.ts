import { RequestError } from '../http/request-error.js';
import type { AdminRole } from '../realm/admin-seed.js';
import type { RealmCore } from '../realm/realm.js';
import { checkPassword, describePasswordIssues } from '../sign-in-experience/index.js';
import type { CreateUser, User } from '../users/users.schemas.js';

export interface Admin extends User {
  role: AdminRole;
}

/** Administrators: users of the admin realm, each holding exactly one of the Owner, Admin and Viewer roles. */
export function createAdminsService(deps: { realm: RealmCore; roleIds: Record<AdminRole, string> }) {
  const { realm, roleIds } = deps;

  /** The admin realm's password policy (at least 12 characters), checked against the new account's own names too. */
  async function guardPassword(input: CreateUser): Promise<void> {
    if (input.password === undefined) return;
    const { passwordPolicy } = await realm.signInExperience.settings();
    const issues = checkPassword(input.password, [input.username, input.primaryEmail, input.name], passwordPolicy);
    if (issues.length > 0)
      throw new RequestError('password.rejected', 422, {
        message: describePasswordIssues(issues),
        data: { result: false, issues },
      });
  }

  return {
    async create(input: CreateUser & { role: AdminRole }): Promise<Admin> {
      const { role, ...profile } = input;
      await guardPassword(profile);
      const user = await realm.users.create(profile);
      try {
        await realm.stores.roleMembers.addUserRoles([{ user_id: user.id, role_id: roleIds[role] }]);
      } catch (error) {
        // An administrator without a role would be an account nobody can see the purpose of.
        await realm.users.remove(user.id).catch(() => undefined);
        throw error;
      }
      return { ...user, role };
    },
  };
}

export type AdminsService = ReturnType<typeof createAdminsService>;
