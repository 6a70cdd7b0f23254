/**
 * Organizations (Logto's model): organizations, the organization template shared by all of them
 * (organization roles and permissions), members (users and machine-to-machine apps) with their
 * organization roles, just-in-time provisioning rules and invitations.
 */
export interface OrganizationsTable {
  id: string;
  name: string;
  description: string | null;
  custom_data: string;
  /** 0 or 1, as every flag. */
  is_mfa_required: 0 | 1;
  /** Logto's `color` and `branding` (JSON objects) and `customCss`: the organization's look on the sign-in pages. */
  color: string;
  branding: string;
  custom_css: string | null;
  created_at: number;
}

export interface OrganizationScopesTable {
  id: string;
  name: string;
  description: string | null;
  created_at: number;
}

export interface OrganizationRolesTable {
  id: string;
  name: string;
  description: string | null;
  type: string;
  created_at: number;
}

export interface OrganizationRoleScopeRelationsTable {
  organization_role_id: string;
  organization_scope_id: string;
}

/** Organization roles granting API resource permissions (`scopes`) inside an organization. */
export interface OrganizationRoleResourceScopeRelationsTable {
  organization_role_id: string;
  scope_id: string;
}

export interface OrganizationUserRelationsTable {
  organization_id: string;
  user_id: string;
}

export interface OrganizationRoleUserRelationsTable {
  organization_id: string;
  organization_role_id: string;
  user_id: string;
}

export interface OrganizationApplicationRelationsTable {
  organization_id: string;
  application_id: string;
}

export interface OrganizationRoleApplicationRelationsTable {
  organization_id: string;
  organization_role_id: string;
  application_id: string;
}

export interface OrganizationJitEmailDomainsTable {
  organization_id: string;
  email_domain: string;
}

export interface OrganizationJitRolesTable {
  organization_id: string;
  organization_role_id: string;
}

/** Users already provisioned into an organization just in time: it happens once, never again after removal. */
export interface OrganizationJitProvisionsTable {
  organization_id: string;
  user_id: string;
  created_at: number;
}

export interface OrganizationInvitationsTable {
  id: string;
  inviter_id: string | null;
  invitee: string;
  accepted_user_id: string | null;
  organization_id: string;
  status: string;
  created_at: number;
  updated_at: number;
  expires_at: number;
}

export interface OrganizationInvitationRoleRelationsTable {
  organization_invitation_id: string;
  organization_role_id: string;
}

export interface OrganizationsDatabase {
  organizations: OrganizationsTable;
  organization_scopes: OrganizationScopesTable;
  organization_roles: OrganizationRolesTable;
  organization_role_scope_relations: OrganizationRoleScopeRelationsTable;
  organization_role_resource_scope_relations: OrganizationRoleResourceScopeRelationsTable;
  organization_user_relations: OrganizationUserRelationsTable;
  organization_role_user_relations: OrganizationRoleUserRelationsTable;
  organization_application_relations: OrganizationApplicationRelationsTable;
  organization_role_application_relations: OrganizationRoleApplicationRelationsTable;
  organization_jit_email_domains: OrganizationJitEmailDomainsTable;
  organization_jit_roles: OrganizationJitRolesTable;
  organization_jit_provisions: OrganizationJitProvisionsTable;
  organization_invitations: OrganizationInvitationsTable;
  organization_invitation_role_relations: OrganizationInvitationRoleRelationsTable;
}
