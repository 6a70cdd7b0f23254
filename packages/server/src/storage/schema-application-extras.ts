/**
 * Per-application sign-in experience (Logto's `application_sign_in_experiences`): branding and
 * terms links that replace the realm's on the pages of an interaction started by this app.
 * `color` and `branding` are JSON objects.
 */
export interface ApplicationSignInExperiencesTable {
  application_id: string;
  color: string;
  branding: string;
  custom_css: string | null;
  display_name: string | null;
  terms_of_use_url: string | null;
  privacy_policy_url: string | null;
}

/**
 * What a third-party app may ask its users for. Logto keeps four tables; here one, by type:
 * `userScopes` (scope_id is the scope's name), `resourceScopes`, `organizationScopes` and
 * `organizationResourceScopes` (scope_id is the scope's id).
 */
export interface ApplicationUserConsentScopesTable {
  application_id: string;
  scope_type: string;
  scope_id: string;
}

/** The organizations a user let a third-party app see and act in. */
export interface ApplicationUserConsentOrganizationsTable {
  application_id: string;
  user_id: string;
  organization_id: string;
}

/**
 * The realm-wide ceiling of what a Client ID Metadata Document client (an https URL as client_id,
 * never registered) may ask its users for: the same four types as a third-party app's.
 */
export interface CimdUserConsentScopesTable {
  scope_type: string;
  scope_id: string;
}

/** The organizations a user let a Client ID Metadata Document client (its URL) see and act in. */
export interface CimdUserConsentOrganizationsTable {
  client_id: string;
  user_id: string;
  organization_id: string;
}

export interface ApplicationExtrasDatabase {
  application_sign_in_experiences: ApplicationSignInExperiencesTable;
  application_user_consent_scopes: ApplicationUserConsentScopesTable;
  application_user_consent_organizations: ApplicationUserConsentOrganizationsTable;
  cimd_user_consent_scopes: CimdUserConsentScopesTable;
  cimd_user_consent_organizations: CimdUserConsentOrganizationsTable;
}
