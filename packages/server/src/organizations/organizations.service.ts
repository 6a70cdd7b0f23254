import type { z } from 'zod';
import type { ApplicationsService } from '../applications/index.js';
import { generateId } from '../crypto/ids.js';
import { RequestError } from '../http/request-error.js';
import { toFlag } from '../storage/database.js';
import type { UsersService } from '../users/index.js';
import type { OrganizationStores } from './organization-stores.js';
import type {
  CreateOrganization,
  Organization,
  organizationListItemSchema,
  organizationWithRolesSchema,
  RoleRef,
  UpdateOrganization,
} from './organizations.schemas.js';
import type { MemberKind, OrganizationRow } from './organizations.store.js';

type Page = { offset: number; limit: number };
type ListItem = z.output<typeof organizationListItemSchema>;
type WithRoles = z.output<typeof organizationWithRolesSchema>;

export const toOrganization = (row: OrganizationRow): Organization => ({
  id: row.id,
  name: row.name,
  description: row.description,
  customData: JSON.parse(row.custom_data),
  isMfaRequired: row.is_mfa_required === 1,
  color: JSON.parse(row.color ?? '{}'),
  branding: JSON.parse(row.branding ?? '{}'),
  customCss: row.custom_css ?? null,
  createdAt: row.created_at,
});

/** Groups `{ key, id, name }` rows into role references per key. */
export function rolesBy<K extends string>(rows: Array<{ id: string; name: string } & Record<K, string>>, key: K) {
  const grouped = new Map<string, RoleRef[]>();
  for (const row of rows) grouped.set(row[key], [...(grouped.get(row[key]) ?? []), { id: row.id, name: row.name }]);
  return (id: string) => grouped.get(id) ?? [];
}

/** Organizations: name, description, custom data and whether members need MFA. */
export function createOrganizationsService(deps: {
  stores: Pick<OrganizationStores, 'organizations'>;
  users: UsersService;
  applications: Pick<ApplicationsService, 'get'>;
  clock: () => number;
}) {
  const { organizations } = deps.stores;

  async function findOrThrow(id: string): Promise<OrganizationRow> {
    const row = await organizations.findById(id);
    if (!row) throw new RequestError('entity.not_found', 404);
    return row;
  }

  async function ofMember(kind: MemberKind, memberId: string, page?: Page): Promise<WithRoles[]> {
    const [rows, roles] = await Promise.all([
      organizations.ofMember(kind, memberId, page),
      organizations.rolesOfMember(kind, memberId),
    ]);
    const rolesOf = rolesBy(roles, 'organization_id');
    return rows.map((row) => ({ ...toOrganization(row), organizationRoles: rolesOf(row.id) }));
  }

  return {
    findOrThrow,

    async list(q: string | undefined, page: Page, showFeatured = false): Promise<{ items: ListItem[]; total: number }> {
      const [rows, total] = await Promise.all([organizations.list(q, page), organizations.count(q)]);
      const items: ListItem[] = rows.map(toOrganization);
      if (!showFeatured) return { items, total };
      const { counts, users } = await organizations.featuredUsers(rows.map((row) => row.id));
      return {
        items: items.map((item) => ({
          ...item,
          usersCount: counts.get(item.id) ?? 0,
          featuredUsers: users
            .filter((user) => user.organization_id === item.id)
            .map(({ id, name, avatar }) => ({ id, name, avatar })),
        })),
        total,
      };
    },

    async create(input: CreateOrganization): Promise<Organization> {
      const row: OrganizationRow = {
        id: generateId(),
        name: input.name,
        description: input.description ?? null,
        custom_data: JSON.stringify(input.customData ?? {}),
        is_mfa_required: toFlag(input.isMfaRequired ?? false),
        color: JSON.stringify(input.color ?? {}),
        branding: JSON.stringify(input.branding ?? {}),
        custom_css: input.customCss ?? null,
        created_at: input.createdAt ?? deps.clock(),
      };
      await organizations.insert(row);
      return toOrganization(row);
    },

    get: async (id: string) => toOrganization(await findOrThrow(id)),

    /** The organization, or undefined when no organization has the id (the sign-in pages' branding). */
    async find(id: string): Promise<Organization | undefined> {
      const row = await organizations.findById(id);
      return row ? toOrganization(row) : undefined;
    },

    async update(id: string, input: UpdateOrganization): Promise<Organization> {
      const current = await findOrThrow(id);
      const changes: Partial<OrganizationRow> = {};
      if (input.name !== undefined) changes.name = input.name;
      if (input.description !== undefined) changes.description = input.description;
      if (input.customData !== undefined) changes.custom_data = JSON.stringify(input.customData);
      if (input.isMfaRequired !== undefined) changes.is_mfa_required = toFlag(input.isMfaRequired);
      if (input.color !== undefined) changes.color = JSON.stringify(input.color);
      if (input.branding !== undefined) changes.branding = JSON.stringify(input.branding);
      if (input.customCss !== undefined) changes.custom_css = input.customCss;
      if (Object.keys(changes).length === 0) return toOrganization(current);
      const row = await organizations.update(id, changes);
      if (!row) throw new RequestError('entity.not_found', 404);
      return toOrganization(row);
    },

    async remove(id: string): Promise<void> {
      if (!(await organizations.delete(id))) throw new RequestError('entity.not_found', 404);
    },

    /** A user's organizations, each with the organization roles the user holds there. */
    async ofUser(userId: string): Promise<WithRoles[]> {
      await deps.users.get(userId);
      return ofMember('user', userId);
    },

    /** A machine-to-machine app's organizations, each with the organization roles it holds there. */
    async ofApplication(applicationId: string, page?: Page): Promise<{ items: WithRoles[]; total: number }> {
      await deps.applications.get(applicationId);
      const [items, total] = await Promise.all([
        ofMember('application', applicationId, page),
        page ? organizations.countOfMember('application', applicationId) : Promise.resolve(0),
      ]);
      return { items, total: page ? total : items.length };
    },
  };
}

export type OrganizationsService = ReturnType<typeof createOrganizationsService>;
