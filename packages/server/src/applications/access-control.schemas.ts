import { z } from 'zod';
import { text } from '../management/fields.js';

const ruleLimit = 1000;
const ids = z.array(text(64).min(1)).max(ruleLimit * 2);

/** One organization's roles whose holders (in that organization) may sign in. */
export const organizationRoleRuleSchema = z.object({
  organizationId: text(64).min(1),
  organizationRoleIds: ids,
});

/**
 * Logto's app-level access control rules: whom an application lets sign in when its
 * `appLevelAccessControlEnabled` is on. A user matching any one rule is allowed.
 */
export const accessControlSchema = z.object({
  userIds: z.array(z.string()),
  userRoleIds: z.array(z.string()),
  organizationIds: z.array(z.string()),
  organizationRoleRules: z.array(z.object({ organizationId: z.string(), organizationRoleIds: z.array(z.string()) })),
});
export type AccessControl = z.output<typeof accessControlSchema>;

/** The PUT body: every list named (an empty list clears it), as in Logto. */
export const accessControlBody = z
  .object({
    userIds: ids,
    userRoleIds: ids,
    organizationIds: ids,
    organizationRoleRules: z.array(organizationRoleRuleSchema.strict()).max(ruleLimit * 2),
  })
  .strict();

export const emptyAccessControl = (): AccessControl => ({
  userIds: [],
  userRoleIds: [],
  organizationIds: [],
  organizationRoleRules: [],
});

/** Duplicates dropped, and rules of one organization merged into one, as Logto stores them. */
export function normalizeAccessControl(input: z.output<typeof accessControlBody>): AccessControl {
  const unique = (values: string[]) => [...new Set(values)];
  const byOrganization = new Map<string, Set<string>>();
  for (const { organizationId, organizationRoleIds } of input.organizationRoleRules) {
    const roles = byOrganization.get(organizationId) ?? new Set<string>();
    for (const id of organizationRoleIds) roles.add(id);
    byOrganization.set(organizationId, roles);
  }
  return {
    userIds: unique(input.userIds),
    userRoleIds: unique(input.userRoleIds),
    organizationIds: unique(input.organizationIds),
    organizationRoleRules: [...byOrganization].map(([organizationId, roles]) => ({
      organizationId,
      organizationRoleIds: [...roles],
    })),
  };
}

export const ruleCount = (rules: AccessControl) =>
  rules.userIds.length + rules.userRoleIds.length + rules.organizationIds.length + rules.organizationRoleRules.length;

export const accessControlRuleLimit = ruleLimit;
