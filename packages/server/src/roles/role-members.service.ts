import type { Application, ApplicationsService } from '../applications/index.js';
import { RequestError } from '../http/request-error.js';
import type { User, UsersService } from '../users/index.js';
import type { RoleMembersStore } from './role-members.store.js';
import type { Role } from './roles.schemas.js';
import type { RolesService } from './roles.service.js';

type Page = { offset: number; limit: number };
type List<T> = Promise<{ items: T[]; total: number }>;

/**
 * Who holds a role. Users hold only User roles; only machine-to-machine apps hold roles, and
 * only MachineToMachine ones: a mismatch is a 422 naming the rule, as in Logto.
 */
export function createRoleMembersService(deps: {
  roles: RolesService;
  members: RoleMembersStore;
  users: UsersService;
  applications: ApplicationsService;
}) {
  const { roles, members, users, applications } = deps;

  async function machineApp(id: string): Promise<Application> {
    const app = await applications.get(id);
    if (app.type !== 'MachineToMachine') throw new RequestError('application.invalid_type', 422);
    return app;
  }

  return {
    async usersOfRole(roleId: string, search: string | undefined, page: Page): List<User> {
      await roles.findOrThrow(roleId);
      return users.list({ roleId, search }, page);
    },

    async addUsers(roleId: string, userIds: string[]): Promise<{ userIds: string[] }> {
      const role = await roles.findOrThrow(roleId);
      if (role.type !== 'User') throw new RequestError('user.invalid_role_type', 422, { data: { roleId } });
      const unique = [...new Set(userIds)];
      const [holding] = await members.usersHolding(roleId, unique);
      if (holding) throw new RequestError('role.user_exists', 422, { data: { userId: holding } });
      for (const userId of unique) await users.get(userId);
      await members.addUserRoles(unique.map((user_id) => ({ user_id, role_id: roleId })));
      return { userIds: unique };
    },

    async removeUser(roleId: string, userId: string): Promise<void> {
      if (!(await members.removeUserRole(userId, roleId))) throw new RequestError('entity.not_found', 404);
    },

    async applicationsOfRole(roleId: string, search: string | undefined, page: Page): List<Application> {
      await roles.findOrThrow(roleId);
      return applications.list({ roleId, search }, page);
    },

    async addApplications(roleId: string, applicationIds: string[]): Promise<{ applicationIds: string[] }> {
      const role = await roles.findOrThrow(roleId);
      if (role.type !== 'MachineToMachine')
        throw new RequestError('application.invalid_role_type', 422, { data: { roleId } });
      const unique = [...new Set(applicationIds)];
      const [holding] = await members.applicationsHolding(roleId, unique);
      if (holding) throw new RequestError('role.application_exists', 422, { data: { applicationId: holding } });
      for (const applicationId of unique) await machineApp(applicationId);
      await members.addApplicationRoles(unique.map((application_id) => ({ application_id, role_id: roleId })));
      return { applicationIds: unique };
    },

    async removeApplication(roleId: string, applicationId: string): Promise<void> {
      if (!(await members.removeApplicationRole(applicationId, roleId)))
        throw new RequestError('entity.not_found', 404);
    },

    async rolesOfUser(userId: string, search: string | undefined, page: Page): List<Role> {
      await users.get(userId);
      return roles.listPlain({ userId, search, type: 'User' }, page);
    },

    /** Answers `{ roleIds, addedRoleIds }` like the app version; roles the user already holds are skipped. */
    async assignToUser(userId: string, roleIds: string[]) {
      await users.get(userId);
      const held = new Set(await members.roleIdsOfUser(userId));
      const toAdd = [...new Set(roleIds)].filter((id) => !held.has(id));
      await roles.findAllOfType(toAdd, 'User', 'user.invalid_role_type');
      await members.addUserRoles(toAdd.map((role_id) => ({ user_id: userId, role_id })));
      return { roleIds, addedRoleIds: toAdd };
    },

    /** Logto's `PUT /users/:userId/roles`: the user holds exactly these User roles afterwards. */
    async replaceUserRoles(userId: string, roleIds: string[]): Promise<{ roleIds: string[] }> {
      await users.get(userId);
      const unique = [...new Set(roleIds)];
      await roles.findAllOfType(unique, 'User', 'user.invalid_role_type');
      await members.replaceUserRoles(userId, unique);
      return { roleIds: unique };
    },

    async unassignFromUser(userId: string, roleId: string): Promise<void> {
      await users.get(userId);
      if (!(await members.removeUserRole(userId, roleId))) throw new RequestError('entity.not_found', 404);
    },

    async rolesOfApplication(applicationId: string, search: string | undefined, page: Page): List<Role> {
      await machineApp(applicationId);
      return roles.listPlain({ applicationId, search, type: 'MachineToMachine' }, page);
    },

    /** Answers Logto's `{ roleIds, addedRoleIds }`; roles the app already holds are skipped. */
    async assignToApplication(applicationId: string, roleIds: string[]) {
      await machineApp(applicationId);
      const held = new Set(await members.roleIdsOfApplication(applicationId));
      const toAdd = [...new Set(roleIds)].filter((id) => !held.has(id));
      await roles.findAllOfType(toAdd, 'MachineToMachine', 'application.invalid_role_type');
      await members.addApplicationRoles(toAdd.map((role_id) => ({ application_id: applicationId, role_id })));
      return { roleIds, addedRoleIds: toAdd };
    },

    /** The app holds exactly these MachineToMachine roles afterwards. */
    async replaceApplicationRoles(applicationId: string, roleIds: string[]): Promise<{ roleIds: string[] }> {
      await machineApp(applicationId);
      const unique = [...new Set(roleIds)];
      await roles.findAllOfType(unique, 'MachineToMachine', 'application.invalid_role_type');
      await members.replaceApplicationRoles(applicationId, unique);
      return { roleIds: unique };
    },

    async unassignFromApplication(applicationId: string, roleId: string): Promise<void> {
      await machineApp(applicationId);
      if (!(await members.removeApplicationRole(applicationId, roleId)))
        throw new RequestError('entity.not_found', 404);
    },
  };
}

export type RoleMembersService = ReturnType<typeof createRoleMembersService>;
