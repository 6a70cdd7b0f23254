/** Logto's app-level access control allow-lists (see migration-app-access-control.ts). */
export interface ApplicationAccessUsersTable {
  application_id: string;
  user_id: string;
}

export interface ApplicationAccessUserRolesTable {
  application_id: string;
  role_id: string;
}

export interface ApplicationAccessOrganizationsTable {
  application_id: string;
  organization_id: string;
}

/** Members holding this organization role in this organization. */
export interface ApplicationAccessOrganizationRolesTable {
  application_id: string;
  organization_id: string;
  organization_role_id: string;
}

export interface AppAccessControlDatabase {
  application_access_users: ApplicationAccessUsersTable;
  application_access_user_roles: ApplicationAccessUserRolesTable;
  application_access_organizations: ApplicationAccessOrganizationsTable;
  application_access_organization_roles: ApplicationAccessOrganizationRolesTable;
}
