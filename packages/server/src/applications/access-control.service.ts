import { RequestError } from '../http/request-error.js';
import {
  type AccessControl,
  type accessControlBody,
  accessControlRuleLimit,
  normalizeAccessControl,
  ruleCount,
} from './access-control.schemas.js';
import type { AccessControlStore } from './access-control.store.js';
import type { ApplicationsStore } from './applications.store.js';

type Body = import('zod').output<typeof accessControlBody>;

/**
 * Logto's app-level access control: the allow-lists (Management API) and the check the OIDC
 * layer and the Experience API run for an application whose `appLevelAccessControlEnabled` is on.
 * The flag travels with the cached client, so an application without it costs no query.
 */
export function createAccessControlService(deps: { store: AccessControlStore; applications: ApplicationsStore }) {
  const { store } = deps;

  async function findApplication(id: string) {
    const row = await deps.applications.findById(id);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  async function assertReferences(rules: AccessControl): Promise<void> {
    const missing = (message: string) => new RequestError('entity.relation_foreign_key_not_found', 404, { message });
    const notUserRole = (message: string) => new RequestError('entity.db_constraint_violated', 422, { message });
    const check = async (
      table: Parameters<AccessControlStore['existing']>[0],
      ids: string[],
      what: string,
      typed: boolean,
    ) => {
      const found = await store.existing(table, ids);
      const known = new Map(found.map((row) => [row.id, row.type]));
      const absent = ids.find((id) => !known.has(id));
      if (absent !== undefined) throw missing(`No ${what} has the id ${absent}.`);
      const wrong = typed ? ids.find((id) => known.get(id) !== 'User') : undefined;
      if (wrong !== undefined) throw notUserRole(`The ${what} ${wrong} is not a user role.`);
    };
    await check('users', rules.userIds, 'user', false);
    await check('roles', rules.userRoleIds, 'role', true);
    await check(
      'organizations',
      [...rules.organizationIds, ...rules.organizationRoleRules.map((r) => r.organizationId)],
      'organization',
      false,
    );
    await check(
      'organization_roles',
      [...new Set(rules.organizationRoleRules.flatMap((r) => r.organizationRoleIds))],
      'organization role',
      true,
    );
  }

  return {
    async get(applicationId: string): Promise<AccessControl> {
      await findApplication(applicationId);
      return store.read(applicationId);
    },

    async replace(applicationId: string, body: Body): Promise<AccessControl> {
      const rules = normalizeAccessControl(body);
      const empty = rules.organizationRoleRules.find((rule) => rule.organizationRoleIds.length === 0);
      if (empty)
        throw new RequestError('request.invalid_input', 422, {
          message: 'Organization-role rule groups must include at least one organization role.',
          data: { organizationId: empty.organizationId },
        });
      const lists = [rules.userIds, rules.userRoleIds, rules.organizationIds, rules.organizationRoleRules];
      if (lists.some((list) => list.length > accessControlRuleLimit))
        throw new RequestError('guard.invalid_input', 400, {
          message: `Each list holds at most ${accessControlRuleLimit} rules.`,
        });
      const application = await findApplication(applicationId);
      if (application.app_level_access_control_enabled === 1 && ruleCount(rules) === 0)
        throw new RequestError('request.invalid_input', 422, {
          message: 'Access control is on: keep at least one rule, or turn access control off first.',
        });
      await assertReferences(rules);
      await store.replace(applicationId, rules);
      return rules;
    },

    /** Whether the app holds any rule (enabling access control needs one). */
    hasRules: async (applicationId: string) => ruleCount(await store.read(applicationId)) > 0,

    /** Whether the user may sign in to the application; only asked for apps with access control on. */
    allows: (applicationId: string, userId: string) => store.allows(applicationId, userId),
  };
}

export type AccessControlService = ReturnType<typeof createAccessControlService>;
