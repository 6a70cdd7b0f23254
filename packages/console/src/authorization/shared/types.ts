import type { operations } from '../../api/schema';

/** The JSON an operation answers with on 200, as the generated types name it. */
type Ok<O extends keyof operations> = operations[O]['responses'] extends {
  200: { content: { 'application/json': infer T } };
}
  ? T
  : never;
type Item<T> = T extends ReadonlyArray<infer I> ? I : never;

export type Resource = Ok<'getResourcesById'>;
export type ResourceScope = Item<Ok<'getResourcesByResourceIdScopes'>>;
export type RoleListItem = Item<Ok<'getRoles'>>;
export type Role = Ok<'getRolesById'>;
export type RoleScope = Item<Ok<'getRolesByIdScopes'>>;
export type User = Item<Ok<'getUsers'>>;
export type RoleApplication = Pick<Item<Ok<'getRolesByIdApplications'>>, 'id' | 'name'>;
export type Organization = Ok<'getOrganizationsById'>;
export type OrganizationListItem = Item<Ok<'getOrganizations'>>;
export type OrganizationScope = Item<Ok<'getOrganizationScopes'>>;
export type OrganizationRole = Item<Ok<'getOrganizationRoles'>>;
export type Member = Item<Ok<'getOrganizationsByIdUsers'>>;
export type Invitation = Item<Ok<'getOrganizationInvitations'>>;

/** A person's name for a user: name, else username, else email or phone, else the id. */
export const userLabel = (user: Pick<User, 'id' | 'name' | 'username' | 'primaryEmail' | 'primaryPhone'>) =>
  user.name || user.username || user.primaryEmail || user.primaryPhone || user.id;

/** The user's other identifiers, to tell two people of the same name apart. */
export const userDetail = (user: Pick<User, 'name' | 'username' | 'primaryEmail'>) =>
  [user.name ? user.username : undefined, user.primaryEmail].filter(Boolean).join(' · ') || undefined;
