/**
 * The one error type every surface maps to a response. `code` is a stable dotted
 * name clients may rely on; `message` is for people.
 */
export class RequestError extends Error {
  readonly code: string;
  readonly status: number;
  readonly data?: unknown;
  readonly details?: string;

  constructor(code: string, status = 400, options: { message?: string; data?: unknown; details?: string } = {}) {
    super(options.message ?? messages[code] ?? code);
    this.code = code;
    this.status = status;
    this.data = options.data;
    this.details = options.details;
  }

  toBody(): Record<string, unknown> {
    return {
      code: this.code,
      message: this.message,
      ...(this.data === undefined ? {} : { data: this.data }),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

/** Default English messages, keyed by code (shared with Logto's catalog where the code exists there). */
const messages: Record<string, string> = {
  'oidc.key_required': 'At least one key must remain.',
  'oidc.only_previous_key_can_be_deleted':
    'Only a previous key can be deleted; the key in use (or about to be) cannot.',
  'guard.invalid_input': 'The request body is invalid.',
  'guard.invalid_query': 'The request query is invalid.',
  'guard.invalid_params': 'The request path is invalid.',
  'guard.invalid_json': 'The request body is not valid JSON.',
  'guard.invalid_pagination': 'The pagination values are invalid.',
  'guard.unsupported_media_type': 'The request body must be JSON.',
  'guard.payload_too_large': 'The request body is too large.',
  'entity.not_found': 'The resource does not exist.',
  'entity.unique_integrity_violation': 'The entity already exists.',
  'entity.relation_foreign_key_not_found': 'One or more of the ids given do not exist.',
  'organization.require_membership': 'The user must be a member of the organization to proceed.',
  'organization.role_type_mismatch': 'The organization role type does not match the member.',
  'organization.roles.invalid_scope_ids': 'The organization scope IDs are not valid.',
  'organization.roles.invalid_resource_scope_ids': 'The resource scope IDs are not valid.',
  'auth.authorization_header_missing': 'Authorization header is missing.',
  'auth.authorization_token_type_not_supported': 'Authorization type is not supported.',
  'auth.unauthorized': 'Unauthorized. Please check credentials and its scope.',
  'auth.forbidden': 'Forbidden. Please check your user roles and permissions.',
  'auth.jwt_sub_missing': 'Missing `sub` in JWT.',
  'session.cross_origin_request': 'This request must come from the sign-in page of this server.',
  'session.not_found': 'Session not found. Please go back and sign in again.',
  'session.invalid_credentials': 'Account or password is incorrect.',
  'session.verification_failed': 'The verification was not successful.',
  'session.verification_session_not_found': 'The verification session does not exist or has expired.',
  'session.identifier_not_found': 'User identifier not found. Please go back and sign in again.',
  'session.verification_blocked_too_many_attempts': 'Too many attempts. Please try again later.',
  'session.too_many_verifications': 'This interaction holds too many verifications. Start the sign-in again.',
  'session.interaction_not_found': 'Interaction session not found. Please go back and start the session again.',
  'session.mfa.invalid_totp_code': 'Invalid TOTP code.',
  'session.mfa.invalid_backup_code': 'Invalid backup code.',
  'session.mfa.mfa_factor_not_found': 'The user has no such multi-factor authentication factor.',
  'session.mfa.require_mfa_verification': 'MFA verification is required to sign in.',
  'user.totp_already_in_use': 'TOTP is already in use.',
  'user.missing_mfa': 'You need to bind additional MFA before signing in.',
  'user.suspended': 'This account is suspended.',
  'user.user_not_exist': 'User does not exist.',
  'user.identity_not_exist': 'The user has no social identity of this connector.',
  'user.username_already_in_use': 'This username is already in use.',
  'user.email_already_in_use': 'This email is associated with an existing account.',
  'user.phone_already_in_use': 'This phone number is associated with an existing account.',
  'user.email_exists_in_profile': 'Your profile already has an email address.',
  'user.phone_exists_in_profile': 'Your profile already has a phone number.',
  'user.identity_already_in_use': 'This social account is already linked to another user.',
  'user.missing_profile': 'You need to provide additional info before signing in.',
  'user.sign_up_not_allowed': 'Sign-up is not allowed.',
  'password.rejected': 'The password does not meet the password policy.',
  'application.invalid_type': 'Only machine-to-machine applications can have roles.',
  'application.invalid_redirect_uri': 'The redirect URI is invalid.',
  'application.invalid_role_type': 'Only MachineToMachine roles can be assigned to machine-to-machine applications.',
  'application.invalid_third_party_application_type':
    'A machine-to-machine application cannot be marked as a third-party app.',
  'application.secret_name_exists': 'A secret with this name already exists.',
  'application.device_flow_native_only': 'Only native applications can use the device flow.',
  'application.third_party_application_only': 'The feature is only available for third-party applications.',
  'application.user_consent_scopes_not_found': 'Invalid user consent scopes.',
  'application.consent_management_api_scopes_not_allowed': 'Management API scopes are not allowed.',
  'application.no_legacy_secret_found': 'The application does not have a legacy secret.',
  'user.invalid_role_type': 'Only User roles can be assigned to users.',
  'user.cannot_delete_self': 'You cannot delete yourself.',
  'resource.cannot_delete_management_api': 'The Management API resource cannot be deleted.',
  'resource.cannot_modify_management_api': 'The Management API resource and its permissions cannot be changed.',
  'scope.name_with_space': 'A permission name cannot contain spaces.',
  'role.management_api_scopes_not_assignable_to_user_role':
    'Management API permissions can only be granted to machine-to-machine roles.',
  'role.management_role_protected':
    'The Management API access role cannot be renamed, deleted or lose its Management API permissions.',
  'request.invalid_input': 'The request input is invalid.',
  'resource.resource_identifier_in_use': 'The API identifier is already in use.',
  'scope.name_exists': 'The permission name is already in use.',
  'role.name_in_use': 'This role name is already in use.',
  'role.user_exists': 'The user has already been assigned this role.',
  'role.application_exists': 'The application has already been assigned this role.',
  'role.scope_exists': 'The permission has already been added to this role.',
  'role.role_type_mismatch': 'The role type does not match the target.',
  'request.general': 'Request error occurred.',
  'route.not_found': 'The route does not exist.',
  'request.method_not_allowed': 'The method is not allowed on this route.',
  'request.method_not_implemented': 'The method is not implemented.',
  'status.database_unavailable': 'The database is unreachable.',
  'request.rate_limited': 'Too many requests. Please try again later.',
  'connector.general': 'The connector failed.',
  'connector.invalid_config': "The connector's config is invalid.",
  'connector.invalid_response': "The provider's response is invalid.",
  'connector.invalid_request_parameters': 'The provider refused the request.',
  'connector.authorization_failed': 'The provider refused the credentials in the connector config.',
  'connector.template_not_found': 'Unable to find the right template in the connector config.',
  'connector.rate_limit_exceeded': 'The provider is rate limiting. Please try again later.',
  'connector.usage_limit_exceeded': 'The provider account has reached its usage limit.',
  'connector.not_implemented': 'The connector does not support this.',
  'connector.not_found': 'Cannot find an available connector.',
  'connector.unexpected_type': 'The connector type does not support this.',
  'connector.should_specify_target': 'A standard connector needs a target in its metadata.',
  'connector.cannot_overwrite_metadata_for_non_standard_connector': "This connector's metadata cannot be overwritten.",
  'connector.multiple_target_with_same_platform': 'There is already a social connector with this target and platform.',
};
