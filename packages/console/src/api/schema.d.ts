// Types of the Management API, generated from the Management API's OpenAPI document by
// packages/console/scripts/generate-api.mjs. Do not edit: run `npm run api:types`.

export interface paths {
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List applications */
        get: operations["getApplications"];
        put?: never;
        /** Create an application */
        post: operations["postApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an application */
        get: operations["getApplicationsById"];
        put?: never;
        post?: never;
        /** Delete an application */
        delete: operations["deleteApplicationsById"];
        options?: never;
        head?: never;
        /** Update an application (redirect URIs, CORS origins, custom data…) */
        patch: operations["patchApplicationsById"];
        trace?: never;
    };
    "/api/applications/{id}/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the client secrets of an application */
        get: operations["getApplicationsByIdSecrets"];
        put?: never;
        /** Add a client secret (rotate: add a new one, then delete the old one) */
        post: operations["postApplicationsByIdSecrets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/secrets/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a client secret */
        delete: operations["deleteApplicationsByIdSecretsByName"];
        options?: never;
        head?: never;
        /** Rename a client secret */
        patch: operations["patchApplicationsByIdSecretsByName"];
        trace?: never;
    };
    "/api/applications/{id}/legacy-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Retire the application's legacy secret (Tessera apps have none: always 400 for an existing app) */
        delete: operations["deleteApplicationsByIdLegacySecret"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{applicationId}/custom-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Merge keys into an application's custom data (top level) and answer with the result */
        patch: operations["patchApplicationsByApplicationIdCustomData"];
        trace?: never;
    };
    "/api/applications/{applicationId}/access-control": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the app-level access control rules of an application */
        get: operations["getApplicationsByApplicationIdAccessControl"];
        /** Replace the app-level access control rules: users, user roles, organizations and organization roles allowed to sign in */
        put: operations["putApplicationsByApplicationIdAccessControl"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authn/hasura": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hasura's webhook authentication: the user id and role for the bearer access token */
        get: operations["getAuthnHasura"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/sign-in-tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a test sign-in: open the authorization URL it answers in a browser and sign in as a test user */
        post: operations["postApplicationsByIdSignInTests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/sign-in-tests/{testId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a test sign-in: its status and the claims it returned (never the tokens) */
        get: operations["getApplicationsByIdSignInTestsByTestId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saml-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a SAML application (with a signing certificate valid for 3 years) */
        post: operations["postSamlApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saml-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a SAML application */
        get: operations["getSamlApplicationsById"];
        put?: never;
        post?: never;
        /** Delete a SAML application */
        delete: operations["deleteSamlApplicationsById"];
        options?: never;
        head?: never;
        /** Update a SAML application */
        patch: operations["patchSamlApplicationsById"];
        trace?: never;
    };
    "/api/saml-applications/{id}/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signing certificates of a SAML application (never their private keys) */
        get: operations["getSamlApplicationsByIdSecrets"];
        put?: never;
        /** Add a signing certificate (inactive until activated) */
        post: operations["postSamlApplicationsByIdSecrets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saml-applications/{id}/secrets/{secretId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an inactive signing certificate */
        delete: operations["deleteSamlApplicationsByIdSecretsBySecretId"];
        options?: never;
        head?: never;
        /** Activate a signing certificate (the active one is deactivated) or deactivate it */
        patch: operations["patchSamlApplicationsByIdSecretsBySecretId"];
        trace?: never;
    };
    "/api/saml-applications/{id}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** IdP metadata of a SAML application (XML): entity ID, SSO service, signing certificate */
        get: operations["getSamlApplicationsByIdMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saml/{id}/authn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SAML SSO service, HTTP-Redirect binding: checks the AuthnRequest and starts sign-in */
        get: operations["getSamlByIdAuthn"];
        put?: never;
        /** SAML SSO service, HTTP-POST binding (form fields SAMLRequest, RelayState) */
        post: operations["postSamlByIdAuthn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saml/{id}/idp-initiated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tessera: IdP-initiated sign-in to a SAML application (the response answers no AuthnRequest) */
        get: operations["getSamlByIdIdpInitiated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saml-applications/{id}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OIDC callback of a SAML application: answers a page that posts the SAMLResponse to the ACS URL */
        get: operations["getSamlApplicationsByIdCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{applicationId}/sign-in-experience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a third-party application's own sign-in experience */
        get: operations["getApplicationsByApplicationIdSignInExperience"];
        /** Set a third-party application's own branding and terms links (201 when first set) */
        put: operations["putApplicationsByApplicationIdSignInExperience"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{applicationId}/user-consent-scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the scopes a third-party application may ask its users for */
        get: operations["getApplicationsByApplicationIdUserConsentScopes"];
        put?: never;
        /** Allow a third-party application to ask its users for these scopes */
        post: operations["postApplicationsByApplicationIdUserConsentScopes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{applicationId}/user-consent-scopes/{scopeType}/{scopeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop a third-party application asking for a scope */
        delete: operations["deleteApplicationsByApplicationIdUserConsentScopesByScopeTypeByScopeId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/users/{userId}/consent-organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organizations a user let a third-party application act in */
        get: operations["getApplicationsByIdUsersByUserIdConsentOrganizations"];
        /** Replace the organizations a user let a third-party application act in */
        put: operations["putApplicationsByIdUsersByUserIdConsentOrganizations"];
        /** Let a third-party application act in more of the user’s organizations */
        post: operations["postApplicationsByIdUsersByUserIdConsentOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/users/{userId}/consent-organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take an organization back from a third-party application, for one user */
        delete: operations["deleteApplicationsByIdUsersByUserIdConsentOrganizationsByOrganizationId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cimd/user-consent-scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the scopes any Client ID Metadata Document client may ask users for */
        get: operations["getCimdUserConsentScopes"];
        put?: never;
        /** Let Client ID Metadata Document clients ask users for these scopes too */
        post: operations["postCimdUserConsentScopes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cimd/user-consent-scopes/{scopeType}/{scopeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a scope out of the ceiling of Client ID Metadata Document clients */
        delete: operations["deleteCimdUserConsentScopesByScopeTypeByScopeId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List or search users */
        get: operations["getUsers"];
        put?: never;
        /** Create a user */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["getUsersByUserId"];
        put?: never;
        post?: never;
        /** Delete a user */
        delete: operations["deleteUsersByUserId"];
        options?: never;
        head?: never;
        /** Update a user's profile ('' or null clears a field) */
        patch: operations["patchUsersByUserId"];
        trace?: never;
    };
    "/api/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set a user's password */
        patch: operations["patchUsersByUserIdPassword"];
        trace?: never;
    };
    "/api/users/{userId}/is-suspended": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Suspend or reinstate a user */
        patch: operations["patchUsersByUserIdIsSuspended"];
        trace?: never;
    };
    "/api/users/{userId}/has-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a user has a password */
        get: operations["getUsersByUserIdHasPassword"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/custom-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user's custom data */
        get: operations["getUsersByUserIdCustomData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Replace a user's custom data */
        patch: operations["patchUsersByUserIdCustomData"];
        trace?: never;
    };
    "/api/users/{userId}/identities/{target}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one of a user's social identities */
        get: operations["getUsersByUserIdIdentitiesByTarget"];
        /** Set a user's social identity directly (200 when replaced, 201 when new; answers every identity) */
        put: operations["putUsersByUserIdIdentitiesByTarget"];
        post?: never;
        /** Unlink a user's social identity (answers the identities left) */
        delete: operations["deleteUsersByUserIdIdentitiesByTarget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update a user's OIDC profile claims (the claims given replace theirs; answers the profile) */
        patch: operations["patchUsersByUserIdProfile"];
        trace?: never;
    };
    "/api/users/{userId}/password/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a password against the user's (204 when it matches, 422 when not) */
        post: operations["postUsersByUserIdPasswordVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/logto-configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the exposed part of a user's Logto config (the MFA skip state) */
        get: operations["getUsersByUserIdLogtoConfigs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the exposed part of a user's Logto config (the MFA skip state) */
        patch: operations["patchUsersByUserIdLogtoConfigs"];
        trace?: never;
    };
    "/api/users/{userId}/identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link a social identity the connector verifies from `connectorData` (answers the user's identities) */
        post: operations["postUsersByUserIdIdentities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/all-identities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's social identities and enterprise SSO identities */
        get: operations["getUsersByUserIdAllIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/password/expiration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Expire a user's password (the next password sign-in is refused until it is reset), or lift that */
        patch: operations["patchUsersByUserIdPasswordExpiration"];
        trace?: never;
    };
    "/api/secrets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a stored secret (a social provider's token set of a user) */
        delete: operations["deleteSecretsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/mfa-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's MFA factors (never their secrets) */
        get: operations["getUsersByUserIdMfaVerifications"];
        put?: never;
        /** Add a TOTP factor or backup codes to a user */
        post: operations["postUsersByUserIdMfaVerifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/mfa-verifications/{verificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of a user's MFA factors */
        delete: operations["deleteUsersByUserIdMfaVerificationsByVerificationId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user-assets/service-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether uploads work, and which types and size they accept */
        get: operations["getUserAssetsServiceStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user-assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an image (multipart `file`; PNG, JPEG, GIF or WebP, recognised by its content) */
        post: operations["postUserAssets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/personal-access-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's personal access tokens (never their values) */
        get: operations["getUsersByUserIdPersonalAccessTokens"];
        put?: never;
        /** Create a personal access token (its value is shown this once) */
        post: operations["postUsersByUserIdPersonalAccessTokens"];
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a personal access token named in the body (`currentName` to `name`) */
        patch: operations["patchUsersByUserIdPersonalAccessTokens"];
        trace?: never;
    };
    "/api/users/{userId}/personal-access-tokens/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a personal access token named in the body */
        post: operations["postUsersByUserIdPersonalAccessTokensDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/personal-access-tokens/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a personal access token */
        delete: operations["deleteUsersByUserIdPersonalAccessTokensByName"];
        options?: never;
        head?: never;
        /** Rename a personal access token */
        patch: operations["patchUsersByUserIdPersonalAccessTokensByName"];
        trace?: never;
    };
    "/api/subject-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a subject token to impersonate a user: usable once, within 10 minutes, by an app allowed to exchange tokens at /oidc/token */
        post: operations["postSubjectTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's live sign-in sessions */
        get: operations["getUsersByUserIdSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one of a user's live sign-in sessions */
        get: operations["getUsersByUserIdSessionsBySessionId"];
        put?: never;
        post?: never;
        /** End a user's sign-in session (the next sign-in request asks for credentials again) */
        delete: operations["deleteUsersByUserIdSessionsBySessionId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's live grants (what each app was granted) */
        get: operations["getUsersByUserIdGrants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a user's grant and every token issued under it */
        delete: operations["deleteUsersByUserIdGrantsByGrantId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API resources */
        get: operations["getResources"];
        put?: never;
        /** Create an API resource */
        post: operations["postResources"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an API resource */
        get: operations["getResourcesById"];
        put?: never;
        post?: never;
        /** Delete an API resource, its permissions and their role grants */
        delete: operations["deleteResourcesById"];
        options?: never;
        head?: never;
        /** Update an API resource (not the Management API) */
        patch: operations["patchResourcesById"];
        trace?: never;
    };
    "/api/resources/{id}/is-default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Make an API resource the default one (at most one is) */
        patch: operations["patchResourcesByIdIsDefault"];
        trace?: never;
    };
    "/api/resources/{resourceId}/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the permissions of an API resource */
        get: operations["getResourcesByResourceIdScopes"];
        put?: never;
        /** Create a permission */
        post: operations["postResourcesByResourceIdScopes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/resources/{resourceId}/scopes/{scopeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a permission and its role grants */
        delete: operations["deleteResourcesByResourceIdScopesByScopeId"];
        options?: never;
        head?: never;
        /** Update a permission */
        patch: operations["patchResourcesByResourceIdScopesByScopeId"];
        trace?: never;
    };
    "/api/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roles, with how many users and apps hold each */
        get: operations["getRoles"];
        put?: never;
        /** Create a role, optionally with permissions */
        post: operations["postRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a role */
        get: operations["getRolesById"];
        put?: never;
        post?: never;
        /** Delete a role and all its grants and assignments */
        delete: operations["deleteRolesById"];
        options?: never;
        head?: never;
        /** Update a role */
        patch: operations["patchRolesById"];
        trace?: never;
    };
    "/api/roles/{id}/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the permissions a role grants */
        get: operations["getRolesByIdScopes"];
        put?: never;
        /** Grant permissions to a role */
        post: operations["postRolesByIdScopes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}/scopes/{scopeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a permission away from a role */
        delete: operations["deleteRolesByIdScopesByScopeId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users holding a role */
        get: operations["getRolesByIdUsers"];
        put?: never;
        /** Assign a User role to users */
        post: operations["postRolesByIdUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a role from a user */
        delete: operations["deleteRolesByIdUsersByUserId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the applications holding a role */
        get: operations["getRolesByIdApplications"];
        put?: never;
        /** Assign a MachineToMachine role to machine-to-machine applications */
        post: operations["postRolesByIdApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/roles/{id}/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a role from an application */
        delete: operations["deleteRolesByIdApplicationsByApplicationId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's roles */
        get: operations["getUsersByUserIdRoles"];
        /** Replace a user's roles (the user holds exactly these User roles afterwards) */
        put: operations["putUsersByUserIdRoles"];
        /** Assign User roles to a user */
        post: operations["postUsersByUserIdRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a role from a user */
        delete: operations["deleteUsersByUserIdRolesByRoleId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{applicationId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a machine-to-machine application's roles */
        get: operations["getApplicationsByApplicationIdRoles"];
        /** Replace a machine-to-machine application's roles (it holds exactly these afterwards) */
        put: operations["putApplicationsByApplicationIdRoles"];
        /** Assign MachineToMachine roles to a machine-to-machine application */
        post: operations["postApplicationsByApplicationIdRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{applicationId}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a role from a machine-to-machine application */
        delete: operations["deleteApplicationsByApplicationIdRolesByRoleId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connector-factories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List connector factories, with config schemas and READMEs */
        get: operations["getConnectorFactories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connector-factories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a connector factory */
        get: operations["getConnectorFactoriesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List connectors (secrets masked) */
        get: operations["getConnectors"];
        put?: never;
        /** Create a connector from a factory; a new Email or SMS connector replaces the active one */
        post: operations["postConnectors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connectors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a connector (secrets masked) */
        get: operations["getConnectorsById"];
        put?: never;
        post?: never;
        /** Delete a connector */
        delete: operations["deleteConnectorsById"];
        options?: never;
        head?: never;
        /** Update a connector; ******** in a secret field keeps the stored value */
        patch: operations["patchConnectorsById"];
        trace?: never;
    };
    "/api/connectors/{factoryId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a Generic test code (000000) with a draft config; nothing is saved */
        post: operations["postConnectorsByFactoryIdTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/connectors/{id}/authorization-uri": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build a social connector's authorization URI (to try the connector out) */
        post: operations["postConnectorsByIdAuthorizationUri"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations (search with q; showFeatured adds member counts) */
        get: operations["getOrganizations"];
        put?: never;
        /** Create an organization */
        post: operations["postOrganizations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organization */
        get: operations["getOrganizationsById"];
        put?: never;
        post?: never;
        /** Delete an organization with its memberships, JIT rules and invitations */
        delete: operations["deleteOrganizationsById"];
        options?: never;
        head?: never;
        /** Update an organization */
        patch: operations["patchOrganizationsById"];
        trace?: never;
    };
    "/api/users/{userId}/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's organizations with the organization roles the user holds in each */
        get: operations["getUsersByUserIdOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a machine-to-machine application's organizations with the organization roles it holds in each (pages optional) */
        get: operations["getApplicationsByIdOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organization permissions (search with q) */
        get: operations["getOrganizationScopes"];
        put?: never;
        /** Create an organization permission; names are unique and hold no spaces */
        post: operations["postOrganizationScopes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-scopes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organization permission */
        get: operations["getOrganizationScopesById"];
        put?: never;
        post?: never;
        /** Delete an organization permission; roles stop granting it */
        delete: operations["deleteOrganizationScopesById"];
        options?: never;
        head?: never;
        /** Update an organization permission */
        patch: operations["patchOrganizationScopesById"];
        trace?: never;
    };
    "/api/organization-roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organization roles with their permissions (search with q) */
        get: operations["getOrganizationRoles"];
        put?: never;
        /** Create an organization role, optionally with organization and API permissions */
        post: operations["postOrganizationRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organization role */
        get: operations["getOrganizationRolesById"];
        put?: never;
        post?: never;
        /** Delete an organization role; members holding it lose it */
        delete: operations["deleteOrganizationRolesById"];
        options?: never;
        head?: never;
        /** Update an organization role */
        patch: operations["patchOrganizationRolesById"];
        trace?: never;
    };
    "/api/organization-roles/{id}/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization permissions of an organization role */
        get: operations["getOrganizationRolesByIdScopes"];
        /** Replace the organization permissions of an organization role */
        put: operations["putOrganizationRolesByIdScopes"];
        /** Add organization permissions to an organization role */
        post: operations["postOrganizationRolesByIdScopes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-roles/{id}/scopes/{organizationScopeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the organization permissions of an organization role */
        delete: operations["deleteOrganizationRolesByIdScopesByOrganizationScopeId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-roles/{id}/resource-scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API resource permissions of an organization role */
        get: operations["getOrganizationRolesByIdResourceScopes"];
        /** Replace the API resource permissions of an organization role */
        put: operations["putOrganizationRolesByIdResourceScopes"];
        /** Add API resource permissions to an organization role */
        post: operations["postOrganizationRolesByIdResourceScopes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-roles/{id}/resource-scopes/{scopeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the API resource permissions of an organization role */
        delete: operations["deleteOrganizationRolesByIdResourceScopesByScopeId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the member users of an organization */
        get: operations["getOrganizationsByIdUsers"];
        /** Replace the member users of an organization */
        put: operations["putOrganizationsByIdUsers"];
        /** Add member users to an organization */
        post: operations["postOrganizationsByIdUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the member users of an organization */
        delete: operations["deleteOrganizationsByIdUsersByUserId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/users/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give several member users several organization roles */
        post: operations["postOrganizationsByIdUsersRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/users/{userId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization roles of a member of the organization (users) */
        get: operations["getOrganizationsByIdUsersByUserIdRoles"];
        /** Replace the organization roles of a member of the organization (users) */
        put: operations["putOrganizationsByIdUsersByUserIdRoles"];
        /** Add organization roles to a member of the organization (users) */
        post: operations["postOrganizationsByIdUsersByUserIdRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/users/{userId}/roles/{organizationRoleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the organization roles of a member of the organization (users) */
        delete: operations["deleteOrganizationsByIdUsersByUserIdRolesByOrganizationRoleId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the member machine-to-machine applications of an organization */
        get: operations["getOrganizationsByIdApplications"];
        /** Replace the member machine-to-machine applications of an organization */
        put: operations["putOrganizationsByIdApplications"];
        /** Add member machine-to-machine applications to an organization */
        post: operations["postOrganizationsByIdApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/applications/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the member machine-to-machine applications of an organization */
        delete: operations["deleteOrganizationsByIdApplicationsByApplicationId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/applications/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give several member machine-to-machine applications several organization roles */
        post: operations["postOrganizationsByIdApplicationsRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/applications/{applicationId}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization roles of a member of the organization (machine-to-machine applications) */
        get: operations["getOrganizationsByIdApplicationsByApplicationIdRoles"];
        /** Replace the organization roles of a member of the organization (machine-to-machine applications) */
        put: operations["putOrganizationsByIdApplicationsByApplicationIdRoles"];
        /** Add organization roles to a member of the organization (machine-to-machine applications) */
        post: operations["postOrganizationsByIdApplicationsByApplicationIdRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/applications/{applicationId}/roles/{organizationRoleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the organization roles of a member of the organization (machine-to-machine applications) */
        delete: operations["deleteOrganizationsByIdApplicationsByApplicationIdRolesByOrganizationRoleId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/users/{userId}/scopes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization permissions a member user holds through organization roles */
        get: operations["getOrganizationsByIdUsersByUserIdScopes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/jit/email-domains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the email domains whose users join the organization just in time */
        get: operations["getOrganizationsByIdJitEmailDomains"];
        /** Replace the just-in-time email domains */
        put: operations["putOrganizationsByIdJitEmailDomains"];
        /** Add a just-in-time email domain */
        post: operations["postOrganizationsByIdJitEmailDomains"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/jit/email-domains/{emailDomain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a just-in-time email domain */
        delete: operations["deleteOrganizationsByIdJitEmailDomainsByEmailDomain"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/jit/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the default roles given just in time of an organization */
        get: operations["getOrganizationsByIdJitRoles"];
        /** Replace the default roles given just in time of an organization */
        put: operations["putOrganizationsByIdJitRoles"];
        /** Add default roles given just in time to an organization */
        post: operations["postOrganizationsByIdJitRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/jit/roles/{organizationRoleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the default roles given just in time of an organization */
        delete: operations["deleteOrganizationsByIdJitRolesByOrganizationRoleId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations (filter by organizationId, inviterId or invitee) */
        get: operations["getOrganizationInvitations"];
        put?: never;
        /** Invite an email address to an organization; with messagePayload, email the invitee */
        post: operations["postOrganizationInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an invitation */
        get: operations["getOrganizationInvitationsById"];
        put?: never;
        post?: never;
        /** Delete an invitation */
        delete: operations["deleteOrganizationInvitationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-invitations/{id}/message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the invitation email again */
        post: operations["postOrganizationInvitationsByIdMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization-invitations/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Accept (adds the member with the invitation roles) or revoke a pending invitation */
        put: operations["putOrganizationInvitationsByIdStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso-connector-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the enterprise SSO providers a connector can be created for */
        get: operations["getSsoConnectorProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso-connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List enterprise SSO connectors (secrets masked) */
        get: operations["getSsoConnectors"];
        put?: never;
        /** Create an enterprise SSO connector; a given config is checked with the provider (its discovery or metadata) */
        post: operations["postSsoConnectors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso-connectors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an enterprise SSO connector with what its config resolves to (`providerConfig`) */
        get: operations["getSsoConnectorsById"];
        put?: never;
        post?: never;
        /** Delete an enterprise SSO connector with its users' identities and JIT links */
        delete: operations["deleteSsoConnectorsById"];
        options?: never;
        head?: never;
        /** Update an enterprise SSO connector; `config` merges into the stored one */
        patch: operations["patchSsoConnectorsById"];
        trace?: never;
    };
    "/api/sso-connectors/{id}/test-sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a test sign-in at the connector's provider (Tessera addition): its URL, and the sealed session to finish it with */
        post: operations["postSsoConnectorsByIdTestSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso-connectors/{id}/test-sign-in/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish a test sign-in: who the provider signed in and its claims; nobody is signed in (Tessera addition) */
        post: operations["postSsoConnectorsByIdTestSignInVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/sso-identities/{ssoConnectorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user's identity at an enterprise SSO connector */
        get: operations["getUsersByUserIdSsoIdentitiesBySsoConnectorId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso-connectors/{id}/signing-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the SP signing keys of a SAML connector (never their private keys) */
        get: operations["getSsoConnectorsByIdSigningKeys"];
        put?: never;
        /** Generate an SP signing key; inactive by default (register its certificate at the IdP, then activate it), an active one replaces the active key */
        post: operations["postSsoConnectorsByIdSigningKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sso-connectors/{id}/signing-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an inactive SP signing key */
        delete: operations["deleteSsoConnectorsByIdSigningKeysByKeyId"];
        options?: never;
        head?: never;
        /** Activate an SP signing key (the active one is deactivated in the same transaction) or deactivate it */
        patch: operations["patchSsoConnectorsByIdSigningKeysByKeyId"];
        trace?: never;
    };
    "/api/organizations/{id}/jit/sso-connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the enterprise SSO connectors whose users join just in time of an organization */
        get: operations["getOrganizationsByIdJitSsoConnectors"];
        /** Replace the enterprise SSO connectors whose users join just in time of an organization */
        put: operations["putOrganizationsByIdJitSsoConnectors"];
        /** Add enterprise SSO connectors whose users join just in time to an organization */
        post: operations["postOrganizationsByIdJitSsoConnectors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/jit/sso-connectors/{ssoConnectorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of the enterprise SSO connectors whose users join just in time of an organization */
        delete: operations["deleteOrganizationsByIdJitSsoConnectorsBySsoConnectorId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/authn/single-sign-on/saml/{connectorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SAML assertion consumer service of an enterprise SSO connector (the IdP POSTs SAMLResponse, RelayState) */
        post: operations["postAuthnSingleSignOnSamlByConnectorId"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sign-in-exp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the sign-in experience settings */
        get: operations["getSignInExp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the sign-in experience settings (each given field replaced whole, the result checked as a whole) */
        patch: operations["patchSignInExp"];
        trace?: never;
    };
    "/api/sign-in-exp/default/check-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a password against the password policy */
        post: operations["postSignInExpDefaultCheckPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sign-in-exp/default/custom-ui-assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a custom sign-in UI (multipart `file`: a zip with index.html at its root, at most 20 MB, 200 files of 10 MB); set its id as `customUiAssets` to serve it */
        post: operations["postSignInExpDefaultCustomUiAssets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/captcha-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the CAPTCHA provider (404 when none is set up); the secret key is masked */
        get: operations["getCaptchaProvider"];
        /** Set up or replace the CAPTCHA provider (`********` as the secret key keeps the stored one) */
        put: operations["putCaptchaProvider"];
        post?: never;
        /** Remove the CAPTCHA provider; the sign-in experience’s captchaPolicy is turned off */
        delete: operations["deleteCaptchaProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-time-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List one-time tokens (filter by email or status); tokens themselves are never answered */
        get: operations["getOneTimeTokens"];
        put?: never;
        /** Create a one-time token for an email; the token is in this answer only */
        post: operations["postOneTimeTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-time-tokens/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify and consume a one-time token for its email */
        post: operations["postOneTimeTokensVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-time-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a one-time token */
        get: operations["getOneTimeTokensById"];
        put?: never;
        post?: never;
        /** Delete a one-time token */
        delete: operations["deleteOneTimeTokensById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/one-time-tokens/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the status of a one-time token (e.g. revoke it); never back to active */
        put: operations["putOneTimeTokensByIdStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-phrases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom phrases of every language */
        get: operations["getCustomPhrases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-phrases/{languageTag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the custom phrases of a language */
        get: operations["getCustomPhrasesByLanguageTag"];
        /** Create or replace the custom phrases of a language (empty phrases are dropped) */
        put: operations["putCustomPhrasesByLanguageTag"];
        post?: never;
        /** Delete the custom phrases of a language; the default language’s are refused (409) */
        delete: operations["deleteCustomPhrasesByLanguageTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/email-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List email templates, filtered by language tag and template type */
        get: operations["getEmailTemplates"];
        /** Create or replace email templates (by language tag and template type) */
        put: operations["putEmailTemplates"];
        post?: never;
        /** Delete the email templates matching languageTag and/or templateType (one is required) */
        delete: operations["deleteEmailTemplates"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/email-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an email template */
        get: operations["getEmailTemplatesById"];
        put?: never;
        post?: never;
        /** Delete an email template */
        delete: operations["deleteEmailTemplatesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/email-templates/{id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update some details of an email template */
        patch: operations["patchEmailTemplatesByIdDetails"];
        trace?: never;
    };
    "/api/custom-profile-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom profile fields in sign-in experience order */
        get: operations["getCustomProfileFields"];
        put?: never;
        /** Create a custom profile field */
        post: operations["postCustomProfileFields"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-profile-fields/batch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create up to 20 custom profile fields at once (all or none) */
        post: operations["postCustomProfileFieldsBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-profile-fields/properties/sie-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the order of custom profile fields in the sign-in experience */
        post: operations["postCustomProfileFieldsPropertiesSieOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/custom-profile-fields/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a custom profile field by name */
        get: operations["getCustomProfileFieldsByName"];
        /** Replace the settings of a custom profile field */
        put: operations["putCustomProfileFieldsByName"];
        post?: never;
        /** Delete a custom profile field (values already collected stay on the users) */
        delete: operations["deleteCustomProfileFieldsByName"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account-center": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the account center settings */
        get: operations["getAccountCenter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the account center settings (`fields` replaces the stored field permissions) */
        patch: operations["patchAccountCenter"];
        trace?: never;
    };
    "/api/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List audit logs, newest first (filter by user, application or log key) */
        get: operations["getLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/logs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an audit log entry */
        get: operations["getLogsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{userId}/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a user's audit logs, newest first (filter by application or log key) */
        get: operations["getUsersByUserIdLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/users/total": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the total number of users */
        get: operations["getDashboardUsersTotal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/users/new": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the number of users created in the last 24 hours and 7 days, with the change from the period before */
        get: operations["getDashboardUsersNew"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/dashboard/users/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get daily, weekly and monthly active users (users who got tokens) with their changes, and daily active users over 30 days */
        get: operations["getDashboardUsersActive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List webhooks */
        get: operations["getHooks"];
        put?: never;
        /** Create a webhook; the answer holds its signing key */
        post: operations["postHooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a webhook */
        get: operations["getHooksById"];
        put?: never;
        post?: never;
        /** Delete a webhook */
        delete: operations["deleteHooksById"];
        options?: never;
        head?: never;
        /** Update a webhook */
        patch: operations["patchHooksById"];
        trace?: never;
    };
    "/api/hooks/{id}/recent-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries of the last 24 hours, newest first (with their outbox state) */
        get: operations["getHooksByIdRecentLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/hooks/{id}/signing-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Replace the signing key of a webhook */
        patch: operations["patchHooksByIdSigningKey"];
        trace?: never;
    };
    "/api/hooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a signed sample payload of each event to the given config now */
        post: operations["postHooksByIdTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configs/jwt-customizer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the custom token claims scripts that are set (environment values masked for read-only tokens) */
        get: operations["getConfigsJwtCustomizer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configs/jwt-customizer/{tokenTypePath}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the custom token claims script of a type (environment values masked for read-only tokens) */
        get: operations["getConfigsJwtCustomizerByTokenTypePath"];
        /** Create (201) or replace (200) the custom token claims script of a type; saving does not run it */
        put: operations["putConfigsJwtCustomizerByTokenTypePath"];
        post?: never;
        /** Delete the custom token claims script of a type */
        delete: operations["deleteConfigsJwtCustomizerByTokenTypePath"];
        options?: never;
        head?: never;
        /** Update fields of the custom token claims script of a type */
        patch: operations["patchConfigsJwtCustomizerByTokenTypePath"];
        trace?: never;
    };
    "/api/configs/jwt-customizer/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a script on a sample token and context, in the same sandbox and limits as token issuance; a script failure answers 422 `jwt_customizer.general` */
        post: operations["postConfigsJwtCustomizerTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configs/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the actions that are set (environment values masked for read-only tokens) */
        get: operations["getConfigsActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configs/actions/{actionType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the action of a type (environment values masked for read-only tokens) */
        get: operations["getConfigsActionsByActionType"];
        /** Create (201) or replace (200) the action of a type; saving does not run it */
        put: operations["putConfigsActionsByActionType"];
        post?: never;
        /** Delete the action of a type */
        delete: operations["deleteConfigsActionsByActionType"];
        options?: never;
        head?: never;
        /** Update fields of the action of a type */
        patch: operations["patchConfigsActionsByActionType"];
        trace?: never;
    };
    "/api/configs/actions/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a script on a sample event, in the same sandbox, limits and `fetch` as sign-in: 200 with its result, 204 when it returns nothing, 422 `action.script_failed` when it fails */
        post: operations["postConfigsActionsTest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configs/oidc/{keyType}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a new key first. A signing key is published in the JWKS at once and signs from its activatesAt; a cookie key signs at once */
        post: operations["postConfigsOidcByKeyTypeRotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configs/oidc/{keyType}/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a previous key: tokens (or cookies) it signed stop verifying; the key in use cannot go */
        delete: operations["deleteConfigsOidcByKeyTypeByKeyId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configs/oidc/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the sign-in session settings (ttl in seconds) */
        get: operations["getConfigsOidcSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Update the sign-in session settings; new sessions get the new lifetime */
        patch: operations["patchConfigsOidcSession"];
        trace?: never;
    };
    "/api/configs/oidc/{keyType}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the signing keys (private-keys) or cookie keys: ids, dates and status, never key material */
        get: operations["getConfigsOidcByKeyType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configs/id-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the extended claims the ID token carries (user info always serves them for their scopes) */
        get: operations["getConfigsIdToken"];
        /** Replace the extended claims the ID token carries */
        put: operations["putConfigsIdToken"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/configs/admin-console": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the Admin Console's stored settings */
        get: operations["getConfigsAdminConsole"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Merge keys into the Admin Console's stored settings */
        patch: operations["patchConfigsAdminConsole"];
        trace?: never;
    };
    "/api/configs/cimd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether an https URL client_id is read as a Client ID Metadata Document (off until enabled) */
        get: operations["getConfigsCimd"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Turn Client ID Metadata Document clients on or off for the realm */
        patch: operations["patchConfigsCimd"];
        trace?: never;
    };
    "/api/sentinel-activities/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift the lockouts of these identifiers (usernames, emails, phone numbers, or user ids for MFA): their failed tries are forgotten */
        post: operations["postSentinelActivitiesDelete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sign-in-exp/username-policy/case-sensitivity-conflicts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usernames that differ only by case: how many groups, and the users of the first `limit` (default 20) */
        get: operations["getSignInExpUsernamePolicyCaseSensitivityConflicts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/systems/application": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The default domain of protected apps: 501, Tessera has no protected apps */
        get: operations["getSystemsApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a verification code to an email address or phone number (the connector’s Generic template) */
        post: operations["postVerificationCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verification-codes/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a code sent to an email address or phone number; the right code is used up */
        post: operations["postVerificationCodesVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the first Owner with the one-time setup code printed at start (single use, 1 hour) */
        post: operations["postConsoleSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/console/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: create the invited administrator's account (the link works once) */
        post: operations["postConsoleInvitationsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admins/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in administrator, their role and the permissions it holds now */
        get: operations["getAdminsMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admins/me/mfa-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in administrator's two-step verification factors */
        get: operations["getAdminsMeMfaVerifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admins/me/mfa-prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Offer two-step verification set-up (TOTP, passkey, backup codes) at the next sign-in, even if skipped before */
        post: operations["postAdminsMeMfaPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admins/{id}/mfa-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove all of an administrator's two-step verification factors (a lost authenticator) */
        delete: operations["deleteAdminsByIdMfaVerifications"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admins/sign-in-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The administrators' two-step policy and password rules */
        get: operations["getAdminsSignInPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the administrators' two-step policy (offered or required) and password rules (12 characters or more) */
        patch: operations["patchAdminsSignInPolicy"];
        trace?: never;
    };
    "/api/admins/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List invitations to the console (the links themselves are never answered again) */
        get: operations["getAdminsInvitations"];
        put?: never;
        /** Invite an administrator: answers a link, valid 7 days and once, to hand to the person */
        post: operations["postAdminsInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admins/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an invitation */
        delete: operations["deleteAdminsInvitationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List administrators with their roles */
        get: operations["getAdmins"];
        put?: never;
        /** Create an administrator; without `password`, one is generated and answered this once */
        post: operations["postAdmins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an administrator */
        get: operations["getAdminsById"];
        put?: never;
        post?: never;
        /** Remove an administrator; the last Owner cannot be removed */
        delete: operations["deleteAdminsById"];
        options?: never;
        head?: never;
        /** Change an administrator's role; the last Owner keeps theirs */
        patch: operations["patchAdminsById"];
        trace?: never;
    };
    "/api/swagger.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenAPI document of the management API */
        get: operations["getSwaggerJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/.well-known/management.openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenAPI document of the management API */
        get: operations["getWellKnownManagementOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/.well-known/experience.openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenAPI document of the experience API */
        get: operations["getWellKnownExperienceOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/.well-known/user.openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** OpenAPI document of the user API */
        get: operations["getWellKnownUserOpenapiJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/.well-known/sign-in-exp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sign-in experience for the sign-in pages, with the enabled social connectors and the custom profile fields */
        get: operations["getWellKnownSignInExp"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/.well-known/experience": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sign-in experience for the sign-in pages, with the enabled social connectors and the custom profile fields */
        get: operations["getWellKnownExperience"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/.well-known/account-center": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account center settings, public (what the account pages may show and change) */
        get: operations["getWellKnownAccountCenter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/.well-known/phrases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The custom phrases of the language chosen from lng (else Accept-Language) and the language settings; the language is in Content-Language */
        get: operations["getWellKnownPhrases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health check: 204 while the database answers, else 503 */
        get: operations["getStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/.well-known/endpoints/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint of a tenant’s users (Tessera has one tenant, default) */
        get: operations["getWellKnownEndpointsByTenantId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            /** @description Stable dotted error code, e.g. entity.not_found */
            code: string;
            message: string;
            data?: unknown;
            details?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApplications: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                types?: ("Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML") | ("Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML")[];
                isThirdParty?: "true" | "false";
                excludeRoleId?: string;
                excludeOrganizationId?: string;
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML";
                        oidcClientMetadata: {
                            redirectUris: string[];
                            postLogoutRedirectUris: string[];
                            backchannelLogoutUri?: string;
                            backchannelLogoutSessionRequired?: boolean;
                            logoUri?: string;
                        };
                        customClientMetadata: {
                            corsAllowedOrigins?: string[];
                            idTokenTtl?: number;
                            refreshTokenTtlInDays?: number;
                            rotateRefreshToken?: boolean;
                            alwaysIssueRefreshToken?: boolean;
                            allowTokenExchange?: boolean;
                            refreshTokenTtl?: number;
                            tenantId?: string;
                            isDeviceFlow?: boolean;
                            requirePushedAuthorizationRequests?: boolean;
                            dpopBoundAccessTokens?: boolean;
                        };
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        protectedAppMetadata: {
                            subDomain?: string;
                            host?: string;
                            origin: string;
                            sessionDuration?: number;
                            pageRules?: {
                                path: string;
                            }[];
                            customDomains?: {
                                [key: string]: unknown;
                            }[];
                        } | null;
                        appLevelAccessControlEnabled: boolean;
                        createdAt: number;
                        isAdmin?: boolean;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    type: "Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML";
                    description?: string | null;
                    oidcClientMetadata?: {
                        /** @default [] */
                        redirectUris?: string[];
                        /** @default [] */
                        postLogoutRedirectUris?: string[];
                        /** @description An empty string removes it */
                        backchannelLogoutUri?: string | "";
                        backchannelLogoutSessionRequired?: boolean;
                        logoUri?: string;
                    };
                    customClientMetadata?: {
                        corsAllowedOrigins?: string[];
                        idTokenTtl?: number;
                        refreshTokenTtlInDays?: number;
                        rotateRefreshToken?: boolean;
                        alwaysIssueRefreshToken?: boolean;
                        allowTokenExchange?: boolean;
                        refreshTokenTtl?: number;
                        tenantId?: string;
                        isDeviceFlow?: boolean;
                        requirePushedAuthorizationRequests?: boolean;
                        dpopBoundAccessTokens?: boolean;
                    };
                    customData?: {
                        [key: string]: unknown;
                    };
                    isThirdParty?: boolean;
                    protectedAppMetadata?: {
                        subDomain: string;
                        origin: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML";
                        oidcClientMetadata: {
                            redirectUris: string[];
                            postLogoutRedirectUris: string[];
                            backchannelLogoutUri?: string;
                            backchannelLogoutSessionRequired?: boolean;
                            logoUri?: string;
                        };
                        customClientMetadata: {
                            corsAllowedOrigins?: string[];
                            idTokenTtl?: number;
                            refreshTokenTtlInDays?: number;
                            rotateRefreshToken?: boolean;
                            alwaysIssueRefreshToken?: boolean;
                            allowTokenExchange?: boolean;
                            refreshTokenTtl?: number;
                            tenantId?: string;
                            isDeviceFlow?: boolean;
                            requirePushedAuthorizationRequests?: boolean;
                            dpopBoundAccessTokens?: boolean;
                        };
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        protectedAppMetadata: {
                            subDomain?: string;
                            host?: string;
                            origin: string;
                            sessionDuration?: number;
                            pageRules?: {
                                path: string;
                            }[];
                            customDomains?: {
                                [key: string]: unknown;
                            }[];
                        } | null;
                        appLevelAccessControlEnabled: boolean;
                        createdAt: number;
                        isAdmin?: boolean;
                        secret: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML";
                        oidcClientMetadata: {
                            redirectUris: string[];
                            postLogoutRedirectUris: string[];
                            backchannelLogoutUri?: string;
                            backchannelLogoutSessionRequired?: boolean;
                            logoUri?: string;
                        };
                        customClientMetadata: {
                            corsAllowedOrigins?: string[];
                            idTokenTtl?: number;
                            refreshTokenTtlInDays?: number;
                            rotateRefreshToken?: boolean;
                            alwaysIssueRefreshToken?: boolean;
                            allowTokenExchange?: boolean;
                            refreshTokenTtl?: number;
                            tenantId?: string;
                            isDeviceFlow?: boolean;
                            requirePushedAuthorizationRequests?: boolean;
                            dpopBoundAccessTokens?: boolean;
                        };
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        protectedAppMetadata: {
                            subDomain?: string;
                            host?: string;
                            origin: string;
                            sessionDuration?: number;
                            pageRules?: {
                                path: string;
                            }[];
                            customDomains?: {
                                [key: string]: unknown;
                            }[];
                        } | null;
                        appLevelAccessControlEnabled: boolean;
                        createdAt: number;
                        isAdmin?: boolean;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    oidcClientMetadata?: {
                        /** @default [] */
                        redirectUris?: string[];
                        /** @default [] */
                        postLogoutRedirectUris?: string[];
                        /** @description An empty string removes it */
                        backchannelLogoutUri?: string | "";
                        backchannelLogoutSessionRequired?: boolean;
                        logoUri?: string;
                    };
                    customClientMetadata?: {
                        corsAllowedOrigins?: string[];
                        idTokenTtl?: number;
                        refreshTokenTtlInDays?: number;
                        rotateRefreshToken?: boolean;
                        alwaysIssueRefreshToken?: boolean;
                        allowTokenExchange?: boolean;
                        refreshTokenTtl?: number;
                        tenantId?: string;
                        isDeviceFlow?: boolean;
                        requirePushedAuthorizationRequests?: boolean;
                        dpopBoundAccessTokens?: boolean;
                    };
                    customData?: {
                        [key: string]: unknown;
                    };
                    protectedAppMetadata?: {
                        origin?: string;
                        sessionDuration?: number;
                        pageRules?: {
                            path: string;
                        }[];
                    } | null;
                    /** @description Only users matching the access control rules sign in; turning it on needs at least one rule */
                    appLevelAccessControlEnabled?: boolean;
                    /** @description Logto Cloud: Management API access for a machine-to-machine app; stored and answered */
                    isAdmin?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML";
                        oidcClientMetadata: {
                            redirectUris: string[];
                            postLogoutRedirectUris: string[];
                            backchannelLogoutUri?: string;
                            backchannelLogoutSessionRequired?: boolean;
                            logoUri?: string;
                        };
                        customClientMetadata: {
                            corsAllowedOrigins?: string[];
                            idTokenTtl?: number;
                            refreshTokenTtlInDays?: number;
                            rotateRefreshToken?: boolean;
                            alwaysIssueRefreshToken?: boolean;
                            allowTokenExchange?: boolean;
                            refreshTokenTtl?: number;
                            tenantId?: string;
                            isDeviceFlow?: boolean;
                            requirePushedAuthorizationRequests?: boolean;
                            dpopBoundAccessTokens?: boolean;
                        };
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        protectedAppMetadata: {
                            subDomain?: string;
                            host?: string;
                            origin: string;
                            sessionDuration?: number;
                            pageRules?: {
                                path: string;
                            }[];
                            customDomains?: {
                                [key: string]: unknown;
                            }[];
                        } | null;
                        appLevelAccessControlEnabled: boolean;
                        createdAt: number;
                        isAdmin?: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationsByIdSecrets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        name: string;
                        value: string;
                        createdAt: number;
                        expiresAt: number | null;
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApplicationsByIdSecrets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    expiresAt?: number | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        name: string;
                        value: string;
                        createdAt: number;
                        expiresAt: number | null;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApplicationsByIdSecretsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApplicationsByIdSecretsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        name: string;
                        value: string;
                        createdAt: number;
                        expiresAt: number | null;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApplicationsByIdLegacySecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML";
                        oidcClientMetadata: {
                            redirectUris: string[];
                            postLogoutRedirectUris: string[];
                            backchannelLogoutUri?: string;
                            backchannelLogoutSessionRequired?: boolean;
                            logoUri?: string;
                        };
                        customClientMetadata: {
                            corsAllowedOrigins?: string[];
                            idTokenTtl?: number;
                            refreshTokenTtlInDays?: number;
                            rotateRefreshToken?: boolean;
                            alwaysIssueRefreshToken?: boolean;
                            allowTokenExchange?: boolean;
                            refreshTokenTtl?: number;
                            tenantId?: string;
                            isDeviceFlow?: boolean;
                            requirePushedAuthorizationRequests?: boolean;
                            dpopBoundAccessTokens?: boolean;
                        };
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        protectedAppMetadata: {
                            subDomain?: string;
                            host?: string;
                            origin: string;
                            sessionDuration?: number;
                            pageRules?: {
                                path: string;
                            }[];
                            customDomains?: {
                                [key: string]: unknown;
                            }[];
                        } | null;
                        appLevelAccessControlEnabled: boolean;
                        createdAt: number;
                        isAdmin?: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchApplicationsByApplicationIdCustomData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationsByApplicationIdAccessControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userIds: string[];
                        userRoleIds: string[];
                        organizationIds: string[];
                        organizationRoleRules: {
                            organizationId: string;
                            organizationRoleIds: string[];
                        }[];
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApplicationsByApplicationIdAccessControl: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds: string[];
                    userRoleIds: string[];
                    organizationIds: string[];
                    organizationRoleRules: {
                        organizationId: string;
                        organizationRoleIds: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userIds: string[];
                        userRoleIds: string[];
                        organizationIds: string[];
                        organizationRoleRules: {
                            organizationId: string;
                            organizationRoleIds: string[];
                        }[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthnHasura: {
        parameters: {
            query: {
                resource: string;
                unauthorizedRole?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        "X-Hasura-User-Id"?: string;
                        "X-Hasura-Role"?: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApplicationsByIdSignInTests: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scopes?: string[];
                    resource?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        authorizationUrl: string;
                        redirectUri: string;
                        expiresAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationsByIdSignInTestsByTestId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                testId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        applicationId: string;
                        /** @enum {string} */
                        status: "pending" | "succeeded" | "failed" | "expired";
                        result?: {
                            idTokenClaims: {
                                [key: string]: unknown;
                            };
                            userinfo?: {
                                [key: string]: unknown;
                            };
                            scope: string;
                            accessTokenClaims?: {
                                [key: string]: unknown;
                            };
                        };
                        error?: {
                            /** @enum {string} */
                            step: "authorization" | "token" | "id_token" | "userinfo";
                            code: string;
                            message: string;
                        };
                        createdAt: number;
                        expiresAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSamlApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                    customData?: {
                        [key: string]: unknown;
                    };
                    /** @description User claim → SAML attribute name; empty sends `sub`, `email` and `name` under their own names */
                    attributeMapping?: {
                        [key: string]: string;
                    };
                    entityId?: string | null;
                    acsUrl?: {
                        /** @enum {string} */
                        binding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" | "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
                        url: string;
                    } | null;
                    encryption?: {
                        encryptAssertion?: boolean;
                        encryptThenSign?: boolean;
                        certificate?: string;
                    } | null;
                    /** @enum {string} */
                    nameIdFormat?: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" | "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" | "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" | "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
                    /** @description Tessera: how AuthnRequest signatures are checked (Logto names it the same in later releases) */
                    authnRequestConfig?: {
                        requireSignedAuthnRequests?: boolean;
                        signingCertificate?: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @constant */
                        type: "SAML";
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        createdAt: number;
                        attributeMapping: {
                            [key: string]: string;
                        };
                        entityId: string | null;
                        acsUrl: {
                            binding: string;
                            url: string;
                        } | null;
                        encryption: {
                            encryptAssertion?: boolean;
                            encryptThenSign?: boolean;
                            certificate?: string;
                        } | null;
                        /** @enum {string} */
                        nameIdFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" | "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" | "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" | "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
                        authnRequestConfig: {
                            requireSignedAuthnRequests?: boolean;
                            signingCertificate?: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSamlApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @constant */
                        type: "SAML";
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        createdAt: number;
                        attributeMapping: {
                            [key: string]: string;
                        };
                        entityId: string | null;
                        acsUrl: {
                            binding: string;
                            url: string;
                        } | null;
                        encryption: {
                            encryptAssertion?: boolean;
                            encryptThenSign?: boolean;
                            certificate?: string;
                        } | null;
                        /** @enum {string} */
                        nameIdFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" | "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" | "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" | "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
                        authnRequestConfig: {
                            requireSignedAuthnRequests?: boolean;
                            signingCertificate?: string;
                        } | null;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSamlApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchSamlApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    customData?: {
                        [key: string]: unknown;
                    };
                    /** @description User claim → SAML attribute name; empty sends `sub`, `email` and `name` under their own names */
                    attributeMapping?: {
                        [key: string]: string;
                    };
                    entityId?: string | null;
                    acsUrl?: {
                        /** @enum {string} */
                        binding: "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" | "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
                        url: string;
                    } | null;
                    encryption?: {
                        encryptAssertion?: boolean;
                        encryptThenSign?: boolean;
                        certificate?: string;
                    } | null;
                    /** @enum {string} */
                    nameIdFormat?: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" | "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" | "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" | "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
                    /** @description Tessera: how AuthnRequest signatures are checked (Logto names it the same in later releases) */
                    authnRequestConfig?: {
                        requireSignedAuthnRequests?: boolean;
                        signingCertificate?: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @constant */
                        type: "SAML";
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        createdAt: number;
                        attributeMapping: {
                            [key: string]: string;
                        };
                        entityId: string | null;
                        acsUrl: {
                            binding: string;
                            url: string;
                        } | null;
                        encryption: {
                            encryptAssertion?: boolean;
                            encryptThenSign?: boolean;
                            certificate?: string;
                        } | null;
                        /** @enum {string} */
                        nameIdFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" | "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" | "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" | "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
                        authnRequestConfig: {
                            requireSignedAuthnRequests?: boolean;
                            signingCertificate?: string;
                        } | null;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSamlApplicationsByIdSecrets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        certificate: string;
                        createdAt: number;
                        expiresAt: number;
                        active: boolean;
                        fingerprints: {
                            sha256: {
                                formatted: string;
                                unformatted: string;
                            };
                        };
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSamlApplicationsByIdSecrets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How long the new certificate is valid, in years */
                    lifeSpanInYears: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        certificate: string;
                        createdAt: number;
                        expiresAt: number;
                        active: boolean;
                        fingerprints: {
                            sha256: {
                                formatted: string;
                                unformatted: string;
                            };
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSamlApplicationsByIdSecretsBySecretId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                secretId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchSamlApplicationsByIdSecretsBySecretId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                secretId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Activate this certificate (the active one is deactivated), or deactivate it */
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        certificate: string;
                        createdAt: number;
                        expiresAt: number;
                        active: boolean;
                        fingerprints: {
                            sha256: {
                                formatted: string;
                                unformatted: string;
                            };
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSamlApplicationsByIdMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSamlByIdAuthn: {
        parameters: {
            query: {
                SAMLRequest: string;
                RelayState?: string;
                SigAlg?: string;
                Signature?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSamlByIdAuthn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSamlByIdIdpInitiated: {
        parameters: {
            query?: {
                RelayState?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSamlApplicationsByIdCallback: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                error?: string;
                error_description?: string;
                iss?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationsByApplicationIdSignInExperience: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        color: {
                            primaryColor?: string;
                            isDarkModeEnabled?: boolean;
                            darkPrimaryColor?: string;
                        };
                        branding: {
                            logoUrl?: string;
                            darkLogoUrl?: string;
                            favicon?: string;
                            darkFavicon?: string;
                        };
                        customCss: string | null;
                        displayName: string | null;
                        termsOfUseUrl: string | null;
                        privacyPolicyUrl: string | null;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApplicationsByApplicationIdSignInExperience: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    color?: {
                        primaryColor?: string;
                        isDarkModeEnabled?: boolean;
                        darkPrimaryColor?: string;
                    };
                    branding?: {
                        logoUrl?: string;
                        darkLogoUrl?: string;
                        favicon?: string;
                        darkFavicon?: string;
                    };
                    customCss?: string | null;
                    displayName?: string | null;
                    termsOfUseUrl?: (string | "") | null;
                    privacyPolicyUrl?: (string | "") | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationId: string;
                        color: {
                            primaryColor?: string;
                            isDarkModeEnabled?: boolean;
                            darkPrimaryColor?: string;
                        };
                        branding: {
                            logoUrl?: string;
                            darkLogoUrl?: string;
                            favicon?: string;
                            darkFavicon?: string;
                        };
                        customCss: string | null;
                        displayName: string | null;
                        termsOfUseUrl: string | null;
                        privacyPolicyUrl: string | null;
                    };
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationsByApplicationIdUserConsentScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizationScopes: {
                            id: string;
                            name: string;
                            description: string | null;
                        }[];
                        resourceScopes: {
                            resource: {
                                id: string;
                                name: string;
                                indicator: string;
                            };
                            scopes: {
                                id: string;
                                name: string;
                                description: string | null;
                            }[];
                        }[];
                        organizationResourceScopes: {
                            resource: {
                                id: string;
                                name: string;
                                indicator: string;
                            };
                            scopes: {
                                id: string;
                                name: string;
                                description: string | null;
                            }[];
                        }[];
                        userScopes: string[];
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApplicationsByApplicationIdUserConsentScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationScopes?: string[];
                    resourceScopes?: string[];
                    organizationResourceScopes?: string[];
                    userScopes?: ("profile" | "email" | "phone" | "address" | "custom_data" | "identities" | "roles" | "urn:logto:scope:organizations" | "urn:logto:scope:organization_roles")[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApplicationsByApplicationIdUserConsentScopesByScopeTypeByScopeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                scopeType: "organizationScopes" | "resourceScopes" | "organizationResourceScopes" | "userScopes";
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationsByIdUsersByUserIdConsentOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizations: {
                            id: string;
                            name: string;
                            description: string | null;
                            customData: {
                                [key: string]: unknown;
                            };
                            isMfaRequired: boolean;
                            color: {
                                primaryColor?: string;
                                isDarkModeEnabled?: boolean;
                                darkPrimaryColor?: string;
                            };
                            branding: {
                                /** Format: uri */
                                logoUrl?: string;
                                /** Format: uri */
                                darkLogoUrl?: string;
                                /** Format: uri */
                                favicon?: string;
                                /** Format: uri */
                                darkFavicon?: string;
                            };
                            customCss: string | null;
                            createdAt: number;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApplicationsByIdUsersByUserIdConsentOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationIds: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApplicationsByIdUsersByUserIdConsentOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApplicationsByIdUsersByUserIdConsentOrganizationsByOrganizationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCimdUserConsentScopes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizationScopes: {
                            id: string;
                            name: string;
                            description: string | null;
                        }[];
                        resourceScopes: {
                            resource: {
                                id: string;
                                name: string;
                                indicator: string;
                            };
                            scopes: {
                                id: string;
                                name: string;
                                description: string | null;
                            }[];
                        }[];
                        organizationResourceScopes: {
                            resource: {
                                id: string;
                                name: string;
                                indicator: string;
                            };
                            scopes: {
                                id: string;
                                name: string;
                                description: string | null;
                            }[];
                        }[];
                        userScopes: string[];
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCimdUserConsentScopes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationScopes?: string[];
                    resourceScopes?: string[];
                    organizationResourceScopes?: string[];
                    userScopes?: ("profile" | "email" | "phone" | "address" | "custom_data" | "identities" | "roles" | "urn:logto:scope:organizations" | "urn:logto:scope:organization_roles")[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCimdUserConsentScopesByScopeTypeByScopeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                scopeType: "organizationScopes" | "resourceScopes" | "organizationResourceScopes" | "userScopes";
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                search?: string | string[];
                "search.id"?: string | string[];
                "search.username"?: string | string[];
                "search.primaryEmail"?: string | string[];
                "search.primaryPhone"?: string | string[];
                "search.name"?: string | string[];
                mode?: "exact" | "like" | "similar_to" | "posix";
                "mode.id"?: "exact" | "like" | "similar_to" | "posix";
                "mode.username"?: "exact" | "like" | "similar_to" | "posix";
                "mode.primaryEmail"?: "exact" | "like" | "similar_to" | "posix";
                "mode.primaryPhone"?: "exact" | "like" | "similar_to" | "posix";
                "mode.name"?: "exact" | "like" | "similar_to" | "posix";
                joint?: "and" | "or";
                jointMode?: "and" | "or";
                isCaseSensitive?: "true" | "false";
                excludeRoleId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        primaryPhone: string | null;
                        name: string | null;
                        avatar: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        identities: {
                            [key: string]: unknown;
                        };
                        lastSignInAt: number | null;
                        createdAt: number;
                        updatedAt: number;
                        profile: {
                            familyName?: string;
                            givenName?: string;
                            middleName?: string;
                            nickname?: string;
                            preferredUsername?: string;
                            profile?: string;
                            website?: string;
                            gender?: string;
                            birthdate?: string;
                            zoneinfo?: string;
                            locale?: string;
                            address?: {
                                [key: string]: string;
                            };
                        };
                        applicationId: string | null;
                        isSuspended: boolean;
                        hasPassword: boolean;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username?: string;
                    primaryEmail?: string;
                    primaryPhone?: string;
                    password?: string;
                    /** @description An existing password hash to import instead of `password` (with `passwordAlgorithm`): an encoded argon2 hash, a bcrypt hash, the hex SHA-1, SHA-256 or MD5 of the password, or a Legacy JSON array. Verified at sign-in, then replaced by an argon2id hash. */
                    passwordDigest?: string;
                    /**
                     * @description How `passwordDigest` was made (Logto’s names). Needed with `passwordDigest`.
                     * @enum {string}
                     */
                    passwordAlgorithm?: "Argon2i" | "Argon2id" | "Argon2d" | "Bcrypt" | "SHA1" | "SHA256" | "MD5" | "Legacy";
                    name?: string;
                    avatar?: ("" | string) | null;
                    customData?: {
                        [key: string]: unknown;
                    };
                    profile?: {
                        familyName?: string;
                        givenName?: string;
                        middleName?: string;
                        nickname?: string;
                        preferredUsername?: string;
                        profile?: string;
                        website?: string;
                        gender?: string;
                        birthdate?: string;
                        zoneinfo?: string;
                        locale?: string;
                        address?: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        primaryPhone: string | null;
                        name: string | null;
                        avatar: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        identities: {
                            [key: string]: unknown;
                        };
                        lastSignInAt: number | null;
                        createdAt: number;
                        updatedAt: number;
                        profile: {
                            familyName?: string;
                            givenName?: string;
                            middleName?: string;
                            nickname?: string;
                            preferredUsername?: string;
                            profile?: string;
                            website?: string;
                            gender?: string;
                            birthdate?: string;
                            zoneinfo?: string;
                            locale?: string;
                            address?: {
                                [key: string]: string;
                            };
                        };
                        applicationId: string | null;
                        isSuspended: boolean;
                        hasPassword: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        primaryPhone: string | null;
                        name: string | null;
                        avatar: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        identities: {
                            [key: string]: unknown;
                        };
                        lastSignInAt: number | null;
                        createdAt: number;
                        updatedAt: number;
                        profile: {
                            familyName?: string;
                            givenName?: string;
                            middleName?: string;
                            nickname?: string;
                            preferredUsername?: string;
                            profile?: string;
                            website?: string;
                            gender?: string;
                            birthdate?: string;
                            zoneinfo?: string;
                            locale?: string;
                            address?: {
                                [key: string]: string;
                            };
                        };
                        applicationId: string | null;
                        isSuspended: boolean;
                        hasPassword: boolean;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUsersByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username?: ("" | string) | null;
                    primaryEmail?: ("" | string) | null;
                    primaryPhone?: ("" | string) | null;
                    name?: ("" | string) | null;
                    avatar?: ("" | string) | null;
                    customData?: {
                        [key: string]: unknown;
                    };
                    profile?: {
                        familyName?: string;
                        givenName?: string;
                        middleName?: string;
                        nickname?: string;
                        preferredUsername?: string;
                        profile?: string;
                        website?: string;
                        gender?: string;
                        birthdate?: string;
                        zoneinfo?: string;
                        locale?: string;
                        address?: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        primaryPhone: string | null;
                        name: string | null;
                        avatar: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        identities: {
                            [key: string]: unknown;
                        };
                        lastSignInAt: number | null;
                        createdAt: number;
                        updatedAt: number;
                        profile: {
                            familyName?: string;
                            givenName?: string;
                            middleName?: string;
                            nickname?: string;
                            preferredUsername?: string;
                            profile?: string;
                            website?: string;
                            gender?: string;
                            birthdate?: string;
                            zoneinfo?: string;
                            locale?: string;
                            address?: {
                                [key: string]: string;
                            };
                        };
                        applicationId: string | null;
                        isSuspended: boolean;
                        hasPassword: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserIdPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        primaryPhone: string | null;
                        name: string | null;
                        avatar: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        identities: {
                            [key: string]: unknown;
                        };
                        lastSignInAt: number | null;
                        createdAt: number;
                        updatedAt: number;
                        profile: {
                            familyName?: string;
                            givenName?: string;
                            middleName?: string;
                            nickname?: string;
                            preferredUsername?: string;
                            profile?: string;
                            website?: string;
                            gender?: string;
                            birthdate?: string;
                            zoneinfo?: string;
                            locale?: string;
                            address?: {
                                [key: string]: string;
                            };
                        };
                        applicationId: string | null;
                        isSuspended: boolean;
                        hasPassword: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserIdIsSuspended: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isSuspended: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        primaryPhone: string | null;
                        name: string | null;
                        avatar: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        identities: {
                            [key: string]: unknown;
                        };
                        lastSignInAt: number | null;
                        createdAt: number;
                        updatedAt: number;
                        profile: {
                            familyName?: string;
                            givenName?: string;
                            middleName?: string;
                            nickname?: string;
                            preferredUsername?: string;
                            profile?: string;
                            website?: string;
                            gender?: string;
                            birthdate?: string;
                            zoneinfo?: string;
                            locale?: string;
                            address?: {
                                [key: string]: string;
                            };
                        };
                        applicationId: string | null;
                        isSuspended: boolean;
                        hasPassword: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdHasPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        hasPassword: boolean;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdCustomData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserIdCustomData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    customData: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdIdentitiesByTarget: {
        parameters: {
            query?: {
                includeTokenSecret?: string;
            };
            header?: never;
            path: {
                userId: string;
                target: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        identity: {
                            userId: string;
                            details?: {
                                [key: string]: unknown;
                            };
                        };
                        tokenSecret?: {
                            tenantId: string;
                            id: string;
                            userId: string;
                            /** @constant */
                            type: "federated_token_set";
                            metadata: {
                                scope?: string;
                                /** @description When the access token expires, in epoch seconds */
                                expiresAt?: number;
                                tokenType?: string;
                                hasRefreshToken: boolean;
                            };
                            connectorId: string;
                            identityId: string;
                            target: string;
                            createdAt: number;
                            updatedAt: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putUsersByUserIdIdentitiesByTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                target: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userId: string;
                    details?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUsersByUserIdIdentitiesByTarget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                target: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserIdProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    profile: {
                        familyName?: string;
                        givenName?: string;
                        middleName?: string;
                        nickname?: string;
                        preferredUsername?: string;
                        profile?: string;
                        website?: string;
                        gender?: string;
                        birthdate?: string;
                        zoneinfo?: string;
                        locale?: string;
                        address?: {
                            [key: string]: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        familyName?: string;
                        givenName?: string;
                        middleName?: string;
                        nickname?: string;
                        preferredUsername?: string;
                        profile?: string;
                        website?: string;
                        gender?: string;
                        birthdate?: string;
                        zoneinfo?: string;
                        locale?: string;
                        address?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsersByUserIdPasswordVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdLogtoConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mfa: {
                            skipped: boolean;
                        };
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserIdLogtoConfigs: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    mfa: {
                        skipped: boolean;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mfa: {
                            skipped: boolean;
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsersByUserIdIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    connectorId: string;
                    connectorData: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdAllIdentities: {
        parameters: {
            query?: {
                includeTokenSecret?: string;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        socialIdentities: {
                            target: string;
                            identity: {
                                userId: string;
                                details?: {
                                    [key: string]: unknown;
                                };
                            };
                            tokenSecret?: {
                                tenantId: string;
                                id: string;
                                userId: string;
                                /** @constant */
                                type: "federated_token_set";
                                metadata: {
                                    scope?: string;
                                    /** @description When the access token expires, in epoch seconds */
                                    expiresAt?: number;
                                    tokenType?: string;
                                    hasRefreshToken: boolean;
                                };
                                connectorId: string;
                                identityId: string;
                                target: string;
                                createdAt: number;
                                updatedAt: number;
                            };
                        }[];
                        ssoIdentities: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserIdPasswordExpiration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isExpired: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        primaryPhone: string | null;
                        name: string | null;
                        avatar: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        identities: {
                            [key: string]: unknown;
                        };
                        lastSignInAt: number | null;
                        createdAt: number;
                        updatedAt: number;
                        profile: {
                            familyName?: string;
                            givenName?: string;
                            middleName?: string;
                            nickname?: string;
                            preferredUsername?: string;
                            profile?: string;
                            website?: string;
                            gender?: string;
                            birthdate?: string;
                            zoneinfo?: string;
                            locale?: string;
                            address?: {
                                [key: string]: string;
                            };
                        };
                        applicationId: string | null;
                        isSuspended: boolean;
                        hasPassword: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSecretsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdMfaVerifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        createdAt: string;
                        /** @enum {string} */
                        type: "Totp" | "WebAuthn" | "BackupCode";
                        agent?: string;
                        name?: string;
                        remainCodes?: number;
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsersByUserIdMfaVerifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "Totp" | "BackupCode";
                    /** @description Totp only: a base32 secret to use instead of a new random one (e.g. when migrating users) */
                    secret?: string;
                    /** @description Totp only: a current code for `secret`, to prove it was copied right */
                    code?: string;
                    /** @description BackupCode only: codes to import (e.g. when migrating users) instead of ten new random ones */
                    codes?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        type: "Totp";
                        secret: string;
                        secretQrCode: string;
                    } | {
                        /** @constant */
                        type: "BackupCode";
                        codes: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUsersByUserIdMfaVerificationsByVerificationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                verificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUserAssetsServiceStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ready";
                        allowUploadMimeTypes: string[];
                        maxUploadFileSize: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUserAssets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdPersonalAccessTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        name: string;
                        createdAt: number;
                        expiresAt: number | null;
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsersByUserIdPersonalAccessTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    expiresAt?: number | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        name: string;
                        createdAt: number;
                        expiresAt: number | null;
                        value: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserIdPersonalAccessTokens: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    currentName?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        name: string;
                        createdAt: number;
                        expiresAt: number | null;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsersByUserIdPersonalAccessTokensDelete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUsersByUserIdPersonalAccessTokensByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserIdPersonalAccessTokensByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        name: string;
                        createdAt: number;
                        expiresAt: number | null;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSubjectTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The user to impersonate. */
                    userId: string;
                    /** @description Free JSON kept with the token (who asked, why). */
                    context?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        subjectToken: string;
                        expiresIn: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sessions: {
                            modelName: string;
                            id: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            expiresAt: number | null;
                            consumedAt: number | null;
                            lastSubmission: null;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdSessionsBySessionId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        modelName: string;
                        id: string;
                        payload: {
                            [key: string]: unknown;
                        };
                        expiresAt: number | null;
                        consumedAt: number | null;
                        lastSubmission: null;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUsersByUserIdSessionsBySessionId: {
        parameters: {
            query?: {
                revokeGrantsTarget?: "all" | "firstParty";
            };
            header?: never;
            path: {
                userId: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdGrants: {
        parameters: {
            query?: {
                appType?: "firstParty" | "thirdParty";
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        grants: {
                            id: string;
                            payload: {
                                [key: string]: unknown;
                            };
                            expiresAt: number | null;
                        }[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUsersByUserIdGrantsByGrantId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getResources: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                includeScopes?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        indicator: string;
                        isDefault: boolean;
                        accessTokenTtl: number;
                        scopes?: {
                            id: string;
                            resourceId: string;
                            name: string;
                            description: string | null;
                            createdAt: number;
                        }[];
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postResources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The tenant; Tessera serves only `default`
                     * @constant
                     */
                    tenantId?: "default";
                    name: string;
                    indicator: string;
                    /** @description Access token lifetime in seconds */
                    accessTokenTtl?: number;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        indicator: string;
                        isDefault: boolean;
                        accessTokenTtl: number;
                        scopes?: {
                            id: string;
                            resourceId: string;
                            name: string;
                            description: string | null;
                            createdAt: number;
                        }[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getResourcesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        indicator: string;
                        isDefault: boolean;
                        accessTokenTtl: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteResourcesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchResourcesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    indicator?: string;
                    /** @description Access token lifetime in seconds */
                    accessTokenTtl?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        indicator: string;
                        isDefault: boolean;
                        accessTokenTtl: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchResourcesByIdIsDefault: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isDefault: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        indicator: string;
                        isDefault: boolean;
                        accessTokenTtl: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getResourcesByResourceIdScopes: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                search?: string;
            };
            header?: never;
            path: {
                resourceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        resourceId: string;
                        name: string;
                        description: string | null;
                        createdAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postResourcesByResourceIdScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resourceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        resourceId: string;
                        name: string;
                        description: string | null;
                        createdAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteResourcesByResourceIdScopesByScopeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resourceId: string;
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchResourcesByResourceIdScopesByScopeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                resourceId: string;
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        resourceId: string;
                        name: string;
                        description: string | null;
                        createdAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRoles: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                search?: string;
                type?: "User" | "MachineToMachine";
                excludeUserId?: string;
                excludeApplicationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                        isDefault: boolean;
                        usersCount: number;
                        featuredUsers: {
                            id: string;
                            avatar: string | null;
                            name: string | null;
                        }[];
                        applicationsCount: number;
                        featuredApplications: {
                            id: string;
                            name: string;
                            type: string;
                        }[];
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description: string;
                    /**
                     * @default User
                     * @enum {string}
                     */
                    type?: "User" | "MachineToMachine";
                    isDefault?: boolean;
                    scopeIds?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                        isDefault: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                        isDefault: boolean;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string;
                    isDefault?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                        isDefault: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRolesByIdScopes: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                search?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        resourceId: string;
                        name: string;
                        description: string | null;
                        createdAt: number;
                        resource: {
                            id: string;
                            name: string;
                            indicator: string;
                            isDefault: boolean;
                            accessTokenTtl: number;
                        };
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postRolesByIdScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scopeIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        resourceId: string;
                        name: string;
                        description: string | null;
                        createdAt: number;
                        resource: {
                            id: string;
                            name: string;
                            indicator: string;
                            isDefault: boolean;
                            accessTokenTtl: number;
                        };
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRolesByIdScopesByScopeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRolesByIdUsers: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                search?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        primaryPhone: string | null;
                        name: string | null;
                        avatar: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        identities: {
                            [key: string]: unknown;
                        };
                        lastSignInAt: number | null;
                        createdAt: number;
                        updatedAt: number;
                        profile: {
                            familyName?: string;
                            givenName?: string;
                            middleName?: string;
                            nickname?: string;
                            preferredUsername?: string;
                            profile?: string;
                            website?: string;
                            gender?: string;
                            birthdate?: string;
                            zoneinfo?: string;
                            locale?: string;
                            address?: {
                                [key: string]: string;
                            };
                        };
                        applicationId: string | null;
                        isSuspended: boolean;
                        hasPassword: boolean;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postRolesByIdUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRolesByIdUsersByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRolesByIdApplications: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                search?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML";
                        oidcClientMetadata: {
                            redirectUris: string[];
                            postLogoutRedirectUris: string[];
                            backchannelLogoutUri?: string;
                            backchannelLogoutSessionRequired?: boolean;
                            logoUri?: string;
                        };
                        customClientMetadata: {
                            corsAllowedOrigins?: string[];
                            idTokenTtl?: number;
                            refreshTokenTtlInDays?: number;
                            rotateRefreshToken?: boolean;
                            alwaysIssueRefreshToken?: boolean;
                            allowTokenExchange?: boolean;
                            refreshTokenTtl?: number;
                            tenantId?: string;
                            isDeviceFlow?: boolean;
                            requirePushedAuthorizationRequests?: boolean;
                            dpopBoundAccessTokens?: boolean;
                        };
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        protectedAppMetadata: {
                            subDomain?: string;
                            host?: string;
                            origin: string;
                            sessionDuration?: number;
                            pageRules?: {
                                path: string;
                            }[];
                            customDomains?: {
                                [key: string]: unknown;
                            }[];
                        } | null;
                        appLevelAccessControlEnabled: boolean;
                        createdAt: number;
                        isAdmin?: boolean;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postRolesByIdApplications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicationIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteRolesByIdApplicationsByApplicationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdRoles: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                search?: string;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                        isDefault: boolean;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putUsersByUserIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roleIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roleIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUsersByUserIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roleIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roleIds: string[];
                        addedRoleIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteUsersByUserIdRolesByRoleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationsByApplicationIdRoles: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                search?: string;
            };
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                        isDefault: boolean;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putApplicationsByApplicationIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roleIds: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roleIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApplicationsByApplicationIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roleIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        roleIds: string[];
                        addedRoleIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApplicationsByApplicationIdRolesByRoleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: string;
                roleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConnectorFactories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        type: "Email" | "Sms" | "Social";
                        target: string;
                        platform: ("Native" | "Universal" | "Web") | null;
                        name: {
                            [key: string]: string;
                        };
                        description: {
                            [key: string]: string;
                        };
                        logo: string;
                        logoDark: string | null;
                        /** @description Markdown: what to set up on the provider’s side, every field, an example */
                        readme: string;
                        isStandard: boolean;
                        isDemo: boolean;
                        /** @description Whether the connector can keep the provider’s token set of each sign-in (`enableTokenStorage`) */
                        isTokenStorageSupported: boolean;
                        /** @description An example config, as JSON text */
                        configTemplate?: string;
                        /** @description JSON Schema of the config; secret fields carry `"secret": true` */
                        configSchema: {
                            [key: string]: unknown;
                        };
                        /** @description Dotted paths of the secret fields, masked in answers */
                        secretKeys: string[];
                        /** @description Logto’s config form items, for connectors installed as Logto packages */
                        formItems?: {
                            [key: string]: unknown;
                        }[];
                        /** @description The npm package (name@version) a connector was installed from */
                        packageName?: string;
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConnectorFactoriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        type: "Email" | "Sms" | "Social";
                        target: string;
                        platform: ("Native" | "Universal" | "Web") | null;
                        name: {
                            [key: string]: string;
                        };
                        description: {
                            [key: string]: string;
                        };
                        logo: string;
                        logoDark: string | null;
                        /** @description Markdown: what to set up on the provider’s side, every field, an example */
                        readme: string;
                        isStandard: boolean;
                        isDemo: boolean;
                        /** @description Whether the connector can keep the provider’s token set of each sign-in (`enableTokenStorage`) */
                        isTokenStorageSupported: boolean;
                        /** @description An example config, as JSON text */
                        configTemplate?: string;
                        /** @description JSON Schema of the config; secret fields carry `"secret": true` */
                        configSchema: {
                            [key: string]: unknown;
                        };
                        /** @description Dotted paths of the secret fields, masked in answers */
                        secretKeys: string[];
                        /** @description Logto’s config form items, for connectors installed as Logto packages */
                        formItems?: {
                            [key: string]: unknown;
                        }[];
                        /** @description The npm package (name@version) a connector was installed from */
                        packageName?: string;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConnectors: {
        parameters: {
            query?: {
                target?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "Email" | "Sms" | "Social";
                        target: string;
                        platform: ("Native" | "Universal" | "Web") | null;
                        name: {
                            [key: string]: string;
                        };
                        description: {
                            [key: string]: string;
                        };
                        logo: string;
                        logoDark: string | null;
                        /** @description Markdown: what to set up on the provider’s side, every field, an example */
                        readme: string;
                        isStandard: boolean;
                        isDemo: boolean;
                        /** @description Whether the connector can keep the provider’s token set of each sign-in (`enableTokenStorage`) */
                        isTokenStorageSupported: boolean;
                        /** @description An example config, as JSON text */
                        configTemplate?: string;
                        /** @description JSON Schema of the config; secret fields carry `"secret": true` */
                        configSchema: {
                            [key: string]: unknown;
                        };
                        /** @description Dotted paths of the secret fields, masked in answers */
                        secretKeys: string[];
                        /** @description Logto’s config form items, for connectors installed as Logto packages */
                        formItems?: {
                            [key: string]: unknown;
                        }[];
                        /** @description The npm package (name@version) a connector was installed from */
                        packageName?: string;
                        id: string;
                        /** @description The factory id */
                        connectorId: string;
                        /** @description The config, secret fields masked as ******** */
                        config: {
                            [key: string]: unknown;
                        };
                        /** @description Overrides of the factory metadata (standard connectors only) */
                        metadata: {
                            target?: string;
                            name?: {
                                [key: string]: string;
                            };
                            logo?: string;
                            logoDark?: string | null;
                        };
                        syncProfile: boolean;
                        enableTokenStorage: boolean;
                        createdAt: number;
                        updatedAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConnectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The factory id, from GET /api/connector-factories */
                    connectorId: string;
                    /** @default {} */
                    config?: {
                        [key: string]: unknown;
                    };
                    /** @description Overrides of the factory metadata (standard connectors only) */
                    metadata?: {
                        target?: string;
                        name?: {
                            [key: string]: string;
                        };
                        logo?: string;
                        logoDark?: string | null;
                    };
                    syncProfile?: boolean;
                    /** @description Keep the provider’s access and refresh tokens of each sign-in, sealed (connectors with isTokenStorageSupported) */
                    enableTokenStorage?: boolean;
                    /** @description The id of the new connector; a random one when absent */
                    id?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "Email" | "Sms" | "Social";
                        target: string;
                        platform: ("Native" | "Universal" | "Web") | null;
                        name: {
                            [key: string]: string;
                        };
                        description: {
                            [key: string]: string;
                        };
                        logo: string;
                        logoDark: string | null;
                        /** @description Markdown: what to set up on the provider’s side, every field, an example */
                        readme: string;
                        isStandard: boolean;
                        isDemo: boolean;
                        /** @description Whether the connector can keep the provider’s token set of each sign-in (`enableTokenStorage`) */
                        isTokenStorageSupported: boolean;
                        /** @description An example config, as JSON text */
                        configTemplate?: string;
                        /** @description JSON Schema of the config; secret fields carry `"secret": true` */
                        configSchema: {
                            [key: string]: unknown;
                        };
                        /** @description Dotted paths of the secret fields, masked in answers */
                        secretKeys: string[];
                        /** @description Logto’s config form items, for connectors installed as Logto packages */
                        formItems?: {
                            [key: string]: unknown;
                        }[];
                        /** @description The npm package (name@version) a connector was installed from */
                        packageName?: string;
                        id: string;
                        /** @description The factory id */
                        connectorId: string;
                        /** @description The config, secret fields masked as ******** */
                        config: {
                            [key: string]: unknown;
                        };
                        /** @description Overrides of the factory metadata (standard connectors only) */
                        metadata: {
                            target?: string;
                            name?: {
                                [key: string]: string;
                            };
                            logo?: string;
                            logoDark?: string | null;
                        };
                        syncProfile: boolean;
                        enableTokenStorage: boolean;
                        createdAt: number;
                        updatedAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConnectorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "Email" | "Sms" | "Social";
                        target: string;
                        platform: ("Native" | "Universal" | "Web") | null;
                        name: {
                            [key: string]: string;
                        };
                        description: {
                            [key: string]: string;
                        };
                        logo: string;
                        logoDark: string | null;
                        /** @description Markdown: what to set up on the provider’s side, every field, an example */
                        readme: string;
                        isStandard: boolean;
                        isDemo: boolean;
                        /** @description Whether the connector can keep the provider’s token set of each sign-in (`enableTokenStorage`) */
                        isTokenStorageSupported: boolean;
                        /** @description An example config, as JSON text */
                        configTemplate?: string;
                        /** @description JSON Schema of the config; secret fields carry `"secret": true` */
                        configSchema: {
                            [key: string]: unknown;
                        };
                        /** @description Dotted paths of the secret fields, masked in answers */
                        secretKeys: string[];
                        /** @description Logto’s config form items, for connectors installed as Logto packages */
                        formItems?: {
                            [key: string]: unknown;
                        }[];
                        /** @description The npm package (name@version) a connector was installed from */
                        packageName?: string;
                        id: string;
                        /** @description The factory id */
                        connectorId: string;
                        /** @description The config, secret fields masked as ******** */
                        config: {
                            [key: string]: unknown;
                        };
                        /** @description Overrides of the factory metadata (standard connectors only) */
                        metadata: {
                            target?: string;
                            name?: {
                                [key: string]: string;
                            };
                            logo?: string;
                            logoDark?: string | null;
                        };
                        syncProfile: boolean;
                        enableTokenStorage: boolean;
                        createdAt: number;
                        updatedAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteConnectorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchConnectorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The whole config; ******** in a secret field keeps the stored value */
                    config?: {
                        [key: string]: unknown;
                    };
                    /** @description Overrides of the factory metadata (standard connectors only) */
                    metadata?: {
                        target?: string;
                        name?: {
                            [key: string]: string;
                        };
                        logo?: string;
                        logoDark?: string | null;
                    };
                    syncProfile?: boolean;
                    enableTokenStorage?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "Email" | "Sms" | "Social";
                        target: string;
                        platform: ("Native" | "Universal" | "Web") | null;
                        name: {
                            [key: string]: string;
                        };
                        description: {
                            [key: string]: string;
                        };
                        logo: string;
                        logoDark: string | null;
                        /** @description Markdown: what to set up on the provider’s side, every field, an example */
                        readme: string;
                        isStandard: boolean;
                        isDemo: boolean;
                        /** @description Whether the connector can keep the provider’s token set of each sign-in (`enableTokenStorage`) */
                        isTokenStorageSupported: boolean;
                        /** @description An example config, as JSON text */
                        configTemplate?: string;
                        /** @description JSON Schema of the config; secret fields carry `"secret": true` */
                        configSchema: {
                            [key: string]: unknown;
                        };
                        /** @description Dotted paths of the secret fields, masked in answers */
                        secretKeys: string[];
                        /** @description Logto’s config form items, for connectors installed as Logto packages */
                        formItems?: {
                            [key: string]: unknown;
                        }[];
                        /** @description The npm package (name@version) a connector was installed from */
                        packageName?: string;
                        id: string;
                        /** @description The factory id */
                        connectorId: string;
                        /** @description The config, secret fields masked as ******** */
                        config: {
                            [key: string]: unknown;
                        };
                        /** @description Overrides of the factory metadata (standard connectors only) */
                        metadata: {
                            target?: string;
                            name?: {
                                [key: string]: string;
                            };
                            logo?: string;
                            logoDark?: string | null;
                        };
                        syncProfile: boolean;
                        enableTokenStorage: boolean;
                        createdAt: number;
                        updatedAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConnectorsByFactoryIdTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                factoryId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone?: string;
                    /** Format: email */
                    email?: string;
                    /** @description The draft config to test; ******** keeps the stored secret of this factory */
                    config: {
                        [key: string]: unknown;
                    };
                    locale?: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConnectorsByIdAuthorizationUri: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A random value the caller checks when the provider redirects back */
                    state: string;
                    /** Format: uri */
                    redirectUri: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        redirectTo: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizations: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
                showFeatured?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        isMfaRequired: boolean;
                        color: {
                            primaryColor?: string;
                            isDarkModeEnabled?: boolean;
                            darkPrimaryColor?: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        customCss: string | null;
                        createdAt: number;
                        usersCount?: number;
                        featuredUsers?: {
                            id: string;
                            avatar: string | null;
                            name: string | null;
                        }[];
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The tenant; Tessera serves only `default`
                     * @constant
                     */
                    tenantId?: "default";
                    /** @description Epoch milliseconds; now when absent */
                    createdAt?: number;
                    name: string;
                    description?: string | null;
                    customData?: {
                        [key: string]: unknown;
                    };
                    isMfaRequired?: boolean;
                    color?: {
                        primaryColor?: string;
                        isDarkModeEnabled?: boolean;
                        darkPrimaryColor?: string;
                    };
                    branding?: {
                        logoUrl?: string;
                        darkLogoUrl?: string;
                        favicon?: string;
                        darkFavicon?: string;
                    };
                    customCss?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        isMfaRequired: boolean;
                        color: {
                            primaryColor?: string;
                            isDarkModeEnabled?: boolean;
                            darkPrimaryColor?: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        customCss: string | null;
                        createdAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        isMfaRequired: boolean;
                        color: {
                            primaryColor?: string;
                            isDarkModeEnabled?: boolean;
                            darkPrimaryColor?: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        customCss: string | null;
                        createdAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchOrganizationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    customData?: {
                        [key: string]: unknown;
                    };
                    isMfaRequired?: boolean;
                    color?: {
                        primaryColor?: string;
                        isDarkModeEnabled?: boolean;
                        darkPrimaryColor?: string;
                    };
                    branding?: {
                        logoUrl?: string;
                        darkLogoUrl?: string;
                        favicon?: string;
                        darkFavicon?: string;
                    };
                    customCss?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        isMfaRequired: boolean;
                        color: {
                            primaryColor?: string;
                            isDarkModeEnabled?: boolean;
                            darkPrimaryColor?: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        customCss: string | null;
                        createdAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdOrganizations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        isMfaRequired: boolean;
                        color: {
                            primaryColor?: string;
                            isDarkModeEnabled?: boolean;
                            darkPrimaryColor?: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        customCss: string | null;
                        createdAt: number;
                        organizationRoles: {
                            id: string;
                            name: string;
                        }[];
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplicationsByIdOrganizations: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        isMfaRequired: boolean;
                        color: {
                            primaryColor?: string;
                            isDarkModeEnabled?: boolean;
                            darkPrimaryColor?: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        customCss: string | null;
                        createdAt: number;
                        organizationRoles: {
                            id: string;
                            name: string;
                        }[];
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationScopes: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationScopes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationScopesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationScopesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchOrganizationScopesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationRoles: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                        scopes: {
                            id: string;
                            name: string;
                        }[];
                        resourceScopes: {
                            id: string;
                            name: string;
                            resource: {
                                id: string;
                                name: string;
                            };
                        }[];
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                    /**
                     * @default User
                     * @enum {string}
                     */
                    type?: "User" | "MachineToMachine";
                    organizationScopeIds?: string[];
                    resourceScopeIds?: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchOrganizationRolesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    /** @enum {string} */
                    type?: "User" | "MachineToMachine";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationRolesByIdScopes: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationRolesByIdScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationScopeIds: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationRolesByIdScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationScopeIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizationScopeIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationRolesByIdScopesByOrganizationScopeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organizationScopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationRolesByIdResourceScopes: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        resourceId: string;
                        name: string;
                        description: string | null;
                        createdAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationRolesByIdResourceScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scopeIds: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationRolesByIdResourceScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scopeIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        scopeIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationRolesByIdResourceScopesByScopeId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                scopeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationsByIdUsers: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        primaryPhone: string | null;
                        name: string | null;
                        avatar: string | null;
                        customData: {
                            [key: string]: unknown;
                        };
                        identities: {
                            [key: string]: unknown;
                        };
                        lastSignInAt: number | null;
                        createdAt: number;
                        updatedAt: number;
                        profile: {
                            familyName?: string;
                            givenName?: string;
                            middleName?: string;
                            nickname?: string;
                            preferredUsername?: string;
                            profile?: string;
                            website?: string;
                            gender?: string;
                            birthdate?: string;
                            zoneinfo?: string;
                            locale?: string;
                            address?: {
                                [key: string]: string;
                            };
                        };
                        applicationId: string | null;
                        isSuspended: boolean;
                        hasPassword: boolean;
                        organizationRoles: {
                            id: string;
                            name: string;
                        }[];
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationsByIdUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationsByIdUsers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationsByIdUsersByUserId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationsByIdUsersRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    userIds: string[];
                    organizationRoleIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userIds: string[];
                        organizationRoleIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationsByIdUsersByUserIdRoles: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationsByIdUsersByUserIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationRoleIds: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationsByIdUsersByUserIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationRoleIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizationRoleIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationsByIdUsersByUserIdRolesByOrganizationRoleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
                organizationRoleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationsByIdApplications: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "Native" | "SPA" | "Traditional" | "MachineToMachine" | "SAML";
                        oidcClientMetadata: {
                            redirectUris: string[];
                            postLogoutRedirectUris: string[];
                            backchannelLogoutUri?: string;
                            backchannelLogoutSessionRequired?: boolean;
                            logoUri?: string;
                        };
                        customClientMetadata: {
                            corsAllowedOrigins?: string[];
                            idTokenTtl?: number;
                            refreshTokenTtlInDays?: number;
                            rotateRefreshToken?: boolean;
                            alwaysIssueRefreshToken?: boolean;
                            allowTokenExchange?: boolean;
                            refreshTokenTtl?: number;
                            tenantId?: string;
                            isDeviceFlow?: boolean;
                            requirePushedAuthorizationRequests?: boolean;
                            dpopBoundAccessTokens?: boolean;
                        };
                        customData: {
                            [key: string]: unknown;
                        };
                        isThirdParty: boolean;
                        protectedAppMetadata: {
                            subDomain?: string;
                            host?: string;
                            origin: string;
                            sessionDuration?: number;
                            pageRules?: {
                                path: string;
                            }[];
                            customDomains?: {
                                [key: string]: unknown;
                            }[];
                        } | null;
                        appLevelAccessControlEnabled: boolean;
                        createdAt: number;
                        isAdmin?: boolean;
                        organizationRoles: {
                            id: string;
                            name: string;
                        }[];
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationsByIdApplications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicationIds: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationsByIdApplications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicationIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationsByIdApplicationsByApplicationId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationsByIdApplicationsRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    applicationIds: string[];
                    organizationRoleIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        applicationIds: string[];
                        organizationRoleIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationsByIdApplicationsByApplicationIdRoles: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationsByIdApplicationsByApplicationIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationRoleIds: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationsByIdApplicationsByApplicationIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                applicationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationRoleIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizationRoleIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationsByIdApplicationsByApplicationIdRolesByOrganizationRoleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                applicationId: string;
                organizationRoleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationsByIdUsersByUserIdScopes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationsByIdJitEmailDomains: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizationId: string;
                        emailDomain: string;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationsByIdJitEmailDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emailDomains: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationsByIdJitEmailDomains: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    emailDomain: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizationId: string;
                        emailDomain: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationsByIdJitEmailDomainsByEmailDomain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                emailDomain: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationsByIdJitRoles: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string | null;
                        /** @enum {string} */
                        type: "User" | "MachineToMachine";
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationsByIdJitRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationRoleIds: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationsByIdJitRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationRoleIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organizationRoleIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationsByIdJitRolesByOrganizationRoleId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organizationRoleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationInvitations: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                organizationId?: string;
                inviterId?: string;
                invitee?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        inviterId: string | null;
                        invitee: string;
                        acceptedUserId: string | null;
                        organizationId: string;
                        /** @enum {string} */
                        status: "Pending" | "Accepted" | "Expired" | "Revoked";
                        createdAt: number;
                        updatedAt: number;
                        expiresAt: number;
                        organizationRoles: {
                            id: string;
                            name: string;
                        }[];
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    inviterId?: string | null;
                    invitee: string;
                    organizationId: string;
                    /** @description Epoch milliseconds; must be in the future */
                    expiresAt: number;
                    organizationRoleIds?: string[];
                    /** @description Send the invitation email through the email connector with these values; false or absent: no email */
                    messagePayload?: ({
                        code?: string;
                        link?: string;
                        locale?: string;
                    } & {
                        [key: string]: string;
                    }) | false;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        inviterId: string | null;
                        invitee: string;
                        acceptedUserId: string | null;
                        organizationId: string;
                        /** @enum {string} */
                        status: "Pending" | "Accepted" | "Expired" | "Revoked";
                        createdAt: number;
                        updatedAt: number;
                        expiresAt: number;
                        organizationRoles: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationInvitationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        inviterId: string | null;
                        invitee: string;
                        acceptedUserId: string | null;
                        organizationId: string;
                        /** @enum {string} */
                        status: "Pending" | "Accepted" | "Expired" | "Revoked";
                        createdAt: number;
                        updatedAt: number;
                        expiresAt: number;
                        organizationRoles: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationInvitationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationInvitationsByIdMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code?: string;
                    link?: string;
                    locale?: string;
                } & {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationInvitationsByIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "Accepted" | "Revoked";
                    acceptedUserId?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        inviterId: string | null;
                        invitee: string;
                        acceptedUserId: string | null;
                        organizationId: string;
                        /** @enum {string} */
                        status: "Pending" | "Accepted" | "Expired" | "Revoked";
                        createdAt: number;
                        updatedAt: number;
                        expiresAt: number;
                        organizationRoles: {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSsoConnectorProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        providerName: "OIDC" | "SAML" | "AzureAD" | "AzureAdOidc" | "GoogleWorkspace" | "Okta";
                        /** @enum {string} */
                        providerType: "oidc" | "saml";
                        logo: string;
                        logoDark: string;
                        description: string;
                        name: string;
                        /** @description JSON schema of the provider's config (Tessera addition) */
                        configSchema: {
                            [key: string]: unknown;
                        };
                        /** @description Config keys masked in answers (Tessera addition) */
                        secretKeys: string[];
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSsoConnectors: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        /** @enum {string} */
                        providerName: "OIDC" | "SAML" | "AzureAD" | "AzureAdOidc" | "GoogleWorkspace" | "Okta";
                        connectorName: string;
                        /** @description Secrets (client secret) are masked as ********; send the mask back to keep them */
                        config: {
                            [key: string]: unknown;
                        };
                        domains: string[];
                        branding: {
                            displayName?: string;
                            logo?: string;
                            darkLogo?: string;
                        };
                        syncProfile: boolean;
                        enableTokenStorage: boolean;
                        createdAt: number;
                        /** @description The provider's display name */
                        name: string;
                        /** @enum {string} */
                        providerType: "oidc" | "saml";
                        providerLogo: string;
                        providerLogoDark: string;
                        /** @description What the config resolves to at the provider (OIDC discovery, SAML metadata); absent while incomplete or unreachable */
                        providerConfig?: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSsoConnectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The tenant; Tessera serves only `default`
                     * @constant
                     */
                    tenantId?: "default";
                    /** @enum {string} */
                    providerName: "OIDC" | "SAML" | "AzureAD" | "AzureAdOidc" | "GoogleWorkspace" | "Okta";
                    /** @description Unique name, e.g. "Okta for Acme" */
                    connectorName: string;
                    /** @description The provider's settings (GET /api/sso-connector-providers); may be set later */
                    config?: {
                        [key: string]: unknown;
                    };
                    /** @description Email domains whose users this connector signs in */
                    domains?: string[];
                    branding?: {
                        /** @description What the sign-in button says ("Sign in with <displayName>") */
                        displayName?: string;
                        logo?: string;
                        darkLogo?: string;
                    };
                    /** @description Update name and picture from the provider at every sign-in */
                    syncProfile?: boolean;
                    /**
                     * @description Provider token storage: not offered for SSO in Tessera
                     * @constant
                     */
                    enableTokenStorage?: false;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        /** @enum {string} */
                        providerName: "OIDC" | "SAML" | "AzureAD" | "AzureAdOidc" | "GoogleWorkspace" | "Okta";
                        connectorName: string;
                        /** @description Secrets (client secret) are masked as ********; send the mask back to keep them */
                        config: {
                            [key: string]: unknown;
                        };
                        domains: string[];
                        branding: {
                            displayName?: string;
                            logo?: string;
                            darkLogo?: string;
                        };
                        syncProfile: boolean;
                        enableTokenStorage: boolean;
                        createdAt: number;
                        /** @description The provider's display name */
                        name: string;
                        /** @enum {string} */
                        providerType: "oidc" | "saml";
                        providerLogo: string;
                        providerLogoDark: string;
                        /** @description What the config resolves to at the provider (OIDC discovery, SAML metadata); absent while incomplete or unreachable */
                        providerConfig?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSsoConnectorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        /** @enum {string} */
                        providerName: "OIDC" | "SAML" | "AzureAD" | "AzureAdOidc" | "GoogleWorkspace" | "Okta";
                        connectorName: string;
                        /** @description Secrets (client secret) are masked as ********; send the mask back to keep them */
                        config: {
                            [key: string]: unknown;
                        };
                        domains: string[];
                        branding: {
                            displayName?: string;
                            logo?: string;
                            darkLogo?: string;
                        };
                        syncProfile: boolean;
                        enableTokenStorage: boolean;
                        createdAt: number;
                        /** @description The provider's display name */
                        name: string;
                        /** @enum {string} */
                        providerType: "oidc" | "saml";
                        providerLogo: string;
                        providerLogoDark: string;
                        /** @description What the config resolves to at the provider (OIDC discovery, SAML metadata); absent while incomplete or unreachable */
                        providerConfig?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSsoConnectorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchSsoConnectorsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Unique name, e.g. "Okta for Acme" */
                    connectorName?: string;
                    /** @description The provider's settings (GET /api/sso-connector-providers); may be set later */
                    config?: {
                        [key: string]: unknown;
                    };
                    /** @description Email domains whose users this connector signs in */
                    domains?: string[];
                    branding?: {
                        /** @description What the sign-in button says ("Sign in with <displayName>") */
                        displayName?: string;
                        logo?: string;
                        darkLogo?: string;
                    };
                    /** @description Update name and picture from the provider at every sign-in */
                    syncProfile?: boolean;
                    /**
                     * @description Provider token storage: not offered for SSO in Tessera
                     * @constant
                     */
                    enableTokenStorage?: false;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        /** @enum {string} */
                        providerName: "OIDC" | "SAML" | "AzureAD" | "AzureAdOidc" | "GoogleWorkspace" | "Okta";
                        connectorName: string;
                        /** @description Secrets (client secret) are masked as ********; send the mask back to keep them */
                        config: {
                            [key: string]: unknown;
                        };
                        domains: string[];
                        branding: {
                            displayName?: string;
                            logo?: string;
                            darkLogo?: string;
                        };
                        syncProfile: boolean;
                        enableTokenStorage: boolean;
                        createdAt: number;
                        /** @description The provider's display name */
                        name: string;
                        /** @enum {string} */
                        providerType: "oidc" | "saml";
                        providerLogo: string;
                        providerLogoDark: string;
                        /** @description What the config resolves to at the provider (OIDC discovery, SAML metadata); absent while incomplete or unreachable */
                        providerConfig?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSsoConnectorsByIdTestSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        authorizationUri: string;
                        state: string;
                        testSession: string;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSsoConnectorsByIdTestSignInVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    testSession: string;
                    connectorData: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        issuer: string;
                        identityId: string;
                        email?: string;
                        emailVerified: boolean;
                        name?: string;
                        picture?: string;
                        detail: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdSsoIdentitiesBySsoConnectorId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
                ssoConnectorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        userId: string;
                        issuer: string;
                        identityId: string;
                        detail: {
                            [key: string]: unknown;
                        };
                        createdAt: number;
                        updatedAt: number;
                        ssoConnectorId: string;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSsoConnectorsByIdSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        certificate: string;
                        createdAt: number;
                        expiresAt: number;
                        active: boolean;
                        fingerprints: {
                            sha256: {
                                formatted: string;
                                unformatted: string;
                            };
                        };
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSsoConnectorsByIdSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Make the new key the active signing key right away
                     * @default false
                     */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        certificate: string;
                        createdAt: number;
                        expiresAt: number;
                        active: boolean;
                        fingerprints: {
                            sha256: {
                                formatted: string;
                                unformatted: string;
                            };
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSsoConnectorsByIdSigningKeysByKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchSsoConnectorsByIdSigningKeysByKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Whether the key is the active signing key */
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        certificate: string;
                        createdAt: number;
                        expiresAt: number;
                        active: boolean;
                        fingerprints: {
                            sha256: {
                                formatted: string;
                                unformatted: string;
                            };
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganizationsByIdJitSsoConnectors: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                q?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        /** @enum {string} */
                        providerName: "OIDC" | "SAML" | "AzureAD" | "AzureAdOidc" | "GoogleWorkspace" | "Okta";
                        connectorName: string;
                        /** @description Secrets (client secret) are masked as ********; send the mask back to keep them */
                        config: {
                            [key: string]: unknown;
                        };
                        domains: string[];
                        branding: {
                            displayName?: string;
                            logo?: string;
                            darkLogo?: string;
                        };
                        syncProfile: boolean;
                        enableTokenStorage: boolean;
                        createdAt: number;
                        /** @description The provider's display name */
                        name: string;
                        /** @enum {string} */
                        providerType: "oidc" | "saml";
                        providerLogo: string;
                        providerLogoDark: string;
                        /** @description What the config resolves to at the provider (OIDC discovery, SAML metadata); absent while incomplete or unreachable */
                        providerConfig?: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganizationsByIdJitSsoConnectors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ssoConnectorIds: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganizationsByIdJitSsoConnectors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ssoConnectorIds: string[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ssoConnectorIds: string[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganizationsByIdJitSsoConnectorsBySsoConnectorId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                ssoConnectorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthnSingleSignOnSamlByConnectorId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                connectorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSignInExp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        color: {
                            primaryColor: string;
                            isDarkModeEnabled: boolean;
                            darkPrimaryColor: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        hideLogtoBranding: boolean;
                        languageInfo: {
                            autoDetect: boolean;
                            fallbackLanguage: string;
                        };
                        termsOfUseUrl: string | null;
                        privacyPolicyUrl: string | null;
                        /** @enum {string} */
                        agreeToTermsPolicy: "Automatic" | "ManualRegistrationOnly" | "Manual";
                        signUp: {
                            identifiers: ("username" | "email" | "phone")[];
                            password: boolean;
                            verify: boolean;
                            secondaryIdentifiers?: {
                                /** @enum {string} */
                                identifier: "username" | "email" | "phone" | "emailOrPhone";
                                verify?: boolean;
                            }[];
                        };
                        signIn: {
                            methods: {
                                /** @enum {string} */
                                identifier: "username" | "email" | "phone";
                                password: boolean;
                                verificationCode: boolean;
                                /** @default true */
                                isPasswordPrimary: boolean;
                            }[];
                        };
                        socialSignIn: {
                            automaticAccountLinking?: boolean;
                            skipRequiredIdentifiers?: boolean;
                        };
                        socialSignInConnectorTargets: string[];
                        /** @enum {string} */
                        signInMode: "SignIn" | "Register" | "SignInAndRegister";
                        customCss: string | null;
                        customContent: {
                            [key: string]: string;
                        };
                        passwordPolicy: {
                            /**
                             * @default {
                             *       "min": 8,
                             *       "max": 256
                             *     }
                             */
                            length: {
                                /** @default 8 */
                                min: number;
                                /** @default 256 */
                                max: number;
                            };
                            /**
                             * @default {
                             *       "min": 1
                             *     }
                             */
                            characterTypes: {
                                /** @default 1 */
                                min: number;
                            };
                            /**
                             * @default {
                             *       "pwned": true,
                             *       "repetitionAndSequence": true,
                             *       "userInfo": true,
                             *       "words": []
                             *     }
                             */
                            rejects: {
                                /** @default true */
                                pwned: boolean;
                                /** @default true */
                                repetitionAndSequence: boolean;
                                /** @default true */
                                userInfo: boolean;
                                /** @default [] */
                                words: string[];
                            };
                        };
                        mfa: {
                            factors: ("Totp" | "WebAuthn" | "BackupCode" | "EmailVerificationCode" | "PhoneVerificationCode")[];
                            /** @enum {string} */
                            policy: "UserControlled" | "Mandatory" | "PromptOnlyAtSignIn" | "PromptAtSignInAndSignUp" | "NoPrompt" | "PromptAtSignInAndSignUpMandatory" | "PromptOnlyAtSignInMandatory";
                            /** @enum {string} */
                            organizationRequiredMfaPolicy?: "NoPrompt" | "Mandatory";
                        };
                        singleSignOnEnabled: boolean;
                        passkeySignIn: {
                            /** @description Users may sign in with a passkey as the first factor */
                            enabled: boolean;
                            /** @description The sign-in page shows a "Sign in with a passkey" button */
                            showPasskeyButton: boolean;
                            /** @description The identifier field offers passkeys in the browser autofill */
                            allowAutofill: boolean;
                        };
                        forgotPasswordMethods: ("EmailVerificationCode" | "PhoneVerificationCode")[];
                        verificationCodePolicy: {
                            /** @description Seconds a code stays valid */
                            expirationDuration: number;
                            /** @description Wrong codes accepted before the code is dead */
                            maxRetryAttempts: number;
                        };
                        supportEmail: string | null;
                        supportWebsiteUrl: string | null;
                        unknownSessionRedirectUrl: string | null;
                        customUiAssets: {
                            id: string;
                            createdAt: number;
                        } | null;
                        passwordExpiration: {
                            enabled: boolean;
                            validPeriodDays: number;
                            enabledAt?: number;
                        };
                        adaptiveMfa: {
                            enabled?: boolean;
                        };
                        trustedDevice: {
                            enabled?: boolean;
                            durationDays?: number;
                        };
                        captchaPolicy: {
                            enabled?: boolean;
                        };
                        sentinelPolicy: {
                            maxAttempts?: number;
                            /** @description Minutes */
                            lockoutDuration?: number;
                        };
                        emailBlocklistPolicy: {
                            blockDisposableAddresses?: boolean;
                            blockSubaddressing?: boolean;
                            customAllowlist?: string[];
                            customBlocklist?: string[];
                        };
                        signUpProfileFields: {
                            name: string;
                        }[] | null;
                        usernamePolicy: {
                            caseSensitive: boolean;
                            minLength: number;
                            maxLength: number;
                            allowedChars: {
                                lowercase: boolean;
                                uppercase: boolean;
                                numbers: boolean;
                                underscore: boolean;
                            };
                        };
                        id: string;
                        tenantId: string;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchSignInExp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    color?: {
                        primaryColor: string;
                        isDarkModeEnabled: boolean;
                        darkPrimaryColor: string;
                    };
                    branding?: {
                        logoUrl?: string;
                        darkLogoUrl?: string;
                        favicon?: string;
                        darkFavicon?: string;
                    };
                    hideLogtoBranding?: boolean;
                    languageInfo?: {
                        autoDetect: boolean;
                        fallbackLanguage: string;
                    };
                    termsOfUseUrl?: string | null;
                    privacyPolicyUrl?: string | null;
                    /** @enum {string} */
                    agreeToTermsPolicy?: "Automatic" | "ManualRegistrationOnly" | "Manual";
                    signUp?: {
                        identifiers: ("username" | "email" | "phone")[];
                        password: boolean;
                        verify: boolean;
                        secondaryIdentifiers?: {
                            /** @enum {string} */
                            identifier: "username" | "email" | "phone" | "emailOrPhone";
                            verify?: boolean;
                        }[];
                    };
                    signIn?: {
                        methods: {
                            /** @enum {string} */
                            identifier: "username" | "email" | "phone";
                            password: boolean;
                            verificationCode: boolean;
                            /** @default true */
                            isPasswordPrimary?: boolean;
                        }[];
                    };
                    socialSignIn?: {
                        automaticAccountLinking?: boolean;
                        skipRequiredIdentifiers?: boolean;
                    };
                    socialSignInConnectorTargets?: string[];
                    /** @enum {string} */
                    signInMode?: "SignIn" | "Register" | "SignInAndRegister";
                    customCss?: string | null;
                    customContent?: {
                        [key: string]: string;
                    };
                    passwordPolicy?: {
                        /**
                         * @default {
                         *       "min": 8,
                         *       "max": 256
                         *     }
                         */
                        length?: {
                            /** @default 8 */
                            min?: number;
                            /** @default 256 */
                            max?: number;
                        };
                        /**
                         * @default {
                         *       "min": 1
                         *     }
                         */
                        characterTypes?: {
                            /** @default 1 */
                            min?: number;
                        };
                        /**
                         * @default {
                         *       "pwned": true,
                         *       "repetitionAndSequence": true,
                         *       "userInfo": true,
                         *       "words": []
                         *     }
                         */
                        rejects?: {
                            /** @default true */
                            pwned?: boolean;
                            /** @default true */
                            repetitionAndSequence?: boolean;
                            /** @default true */
                            userInfo?: boolean;
                            /** @default [] */
                            words?: string[];
                        };
                    };
                    mfa?: {
                        factors: ("Totp" | "WebAuthn" | "BackupCode" | "EmailVerificationCode" | "PhoneVerificationCode")[];
                        /** @enum {string} */
                        policy: "UserControlled" | "Mandatory" | "PromptOnlyAtSignIn" | "PromptAtSignInAndSignUp" | "NoPrompt" | "PromptAtSignInAndSignUpMandatory" | "PromptOnlyAtSignInMandatory";
                        /** @enum {string} */
                        organizationRequiredMfaPolicy?: "NoPrompt" | "Mandatory";
                    };
                    singleSignOnEnabled?: boolean;
                    passkeySignIn?: {
                        /** @description Users may sign in with a passkey as the first factor */
                        enabled: boolean;
                        /** @description The sign-in page shows a "Sign in with a passkey" button */
                        showPasskeyButton: boolean;
                        /** @description The identifier field offers passkeys in the browser autofill */
                        allowAutofill: boolean;
                    };
                    forgotPasswordMethods?: ("EmailVerificationCode" | "PhoneVerificationCode")[];
                    verificationCodePolicy?: {
                        /** @description Seconds a code stays valid */
                        expirationDuration: number;
                        /** @description Wrong codes accepted before the code is dead */
                        maxRetryAttempts: number;
                    };
                    supportEmail?: string | null;
                    supportWebsiteUrl?: string | null;
                    unknownSessionRedirectUrl?: string | null;
                    customUiAssets?: {
                        id: string;
                        createdAt: number;
                    } | null;
                    passwordExpiration?: {
                        enabled: boolean;
                        validPeriodDays: number;
                        enabledAt?: number;
                    };
                    adaptiveMfa?: {
                        enabled?: boolean;
                    };
                    trustedDevice?: {
                        enabled?: boolean;
                        durationDays?: number;
                    };
                    captchaPolicy?: {
                        enabled?: boolean;
                    };
                    sentinelPolicy?: {
                        maxAttempts?: number;
                        /** @description Minutes */
                        lockoutDuration?: number;
                    };
                    emailBlocklistPolicy?: {
                        blockDisposableAddresses?: boolean;
                        blockSubaddressing?: boolean;
                        customAllowlist?: string[];
                        customBlocklist?: string[];
                    };
                    signUpProfileFields?: {
                        name: string;
                    }[] | null;
                    usernamePolicy?: {
                        caseSensitive: boolean;
                        minLength: number;
                        maxLength: number;
                        allowedChars: {
                            lowercase: boolean;
                            uppercase: boolean;
                            numbers: boolean;
                            underscore: boolean;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        color: {
                            primaryColor: string;
                            isDarkModeEnabled: boolean;
                            darkPrimaryColor: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        hideLogtoBranding: boolean;
                        languageInfo: {
                            autoDetect: boolean;
                            fallbackLanguage: string;
                        };
                        termsOfUseUrl: string | null;
                        privacyPolicyUrl: string | null;
                        /** @enum {string} */
                        agreeToTermsPolicy: "Automatic" | "ManualRegistrationOnly" | "Manual";
                        signUp: {
                            identifiers: ("username" | "email" | "phone")[];
                            password: boolean;
                            verify: boolean;
                            secondaryIdentifiers?: {
                                /** @enum {string} */
                                identifier: "username" | "email" | "phone" | "emailOrPhone";
                                verify?: boolean;
                            }[];
                        };
                        signIn: {
                            methods: {
                                /** @enum {string} */
                                identifier: "username" | "email" | "phone";
                                password: boolean;
                                verificationCode: boolean;
                                /** @default true */
                                isPasswordPrimary: boolean;
                            }[];
                        };
                        socialSignIn: {
                            automaticAccountLinking?: boolean;
                            skipRequiredIdentifiers?: boolean;
                        };
                        socialSignInConnectorTargets: string[];
                        /** @enum {string} */
                        signInMode: "SignIn" | "Register" | "SignInAndRegister";
                        customCss: string | null;
                        customContent: {
                            [key: string]: string;
                        };
                        passwordPolicy: {
                            /**
                             * @default {
                             *       "min": 8,
                             *       "max": 256
                             *     }
                             */
                            length: {
                                /** @default 8 */
                                min: number;
                                /** @default 256 */
                                max: number;
                            };
                            /**
                             * @default {
                             *       "min": 1
                             *     }
                             */
                            characterTypes: {
                                /** @default 1 */
                                min: number;
                            };
                            /**
                             * @default {
                             *       "pwned": true,
                             *       "repetitionAndSequence": true,
                             *       "userInfo": true,
                             *       "words": []
                             *     }
                             */
                            rejects: {
                                /** @default true */
                                pwned: boolean;
                                /** @default true */
                                repetitionAndSequence: boolean;
                                /** @default true */
                                userInfo: boolean;
                                /** @default [] */
                                words: string[];
                            };
                        };
                        mfa: {
                            factors: ("Totp" | "WebAuthn" | "BackupCode" | "EmailVerificationCode" | "PhoneVerificationCode")[];
                            /** @enum {string} */
                            policy: "UserControlled" | "Mandatory" | "PromptOnlyAtSignIn" | "PromptAtSignInAndSignUp" | "NoPrompt" | "PromptAtSignInAndSignUpMandatory" | "PromptOnlyAtSignInMandatory";
                            /** @enum {string} */
                            organizationRequiredMfaPolicy?: "NoPrompt" | "Mandatory";
                        };
                        singleSignOnEnabled: boolean;
                        passkeySignIn: {
                            /** @description Users may sign in with a passkey as the first factor */
                            enabled: boolean;
                            /** @description The sign-in page shows a "Sign in with a passkey" button */
                            showPasskeyButton: boolean;
                            /** @description The identifier field offers passkeys in the browser autofill */
                            allowAutofill: boolean;
                        };
                        forgotPasswordMethods: ("EmailVerificationCode" | "PhoneVerificationCode")[];
                        verificationCodePolicy: {
                            /** @description Seconds a code stays valid */
                            expirationDuration: number;
                            /** @description Wrong codes accepted before the code is dead */
                            maxRetryAttempts: number;
                        };
                        supportEmail: string | null;
                        supportWebsiteUrl: string | null;
                        unknownSessionRedirectUrl: string | null;
                        customUiAssets: {
                            id: string;
                            createdAt: number;
                        } | null;
                        passwordExpiration: {
                            enabled: boolean;
                            validPeriodDays: number;
                            enabledAt?: number;
                        };
                        adaptiveMfa: {
                            enabled?: boolean;
                        };
                        trustedDevice: {
                            enabled?: boolean;
                            durationDays?: number;
                        };
                        captchaPolicy: {
                            enabled?: boolean;
                        };
                        sentinelPolicy: {
                            maxAttempts?: number;
                            /** @description Minutes */
                            lockoutDuration?: number;
                        };
                        emailBlocklistPolicy: {
                            blockDisposableAddresses?: boolean;
                            blockSubaddressing?: boolean;
                            customAllowlist?: string[];
                            customBlocklist?: string[];
                        };
                        signUpProfileFields: {
                            name: string;
                        }[] | null;
                        usernamePolicy: {
                            caseSensitive: boolean;
                            minLength: number;
                            maxLength: number;
                            allowedChars: {
                                lowercase: boolean;
                                uppercase: boolean;
                                numbers: boolean;
                                underscore: boolean;
                            };
                        };
                        id: string;
                        tenantId: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSignInExpDefaultCheckPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    /** @description Checks the password against this user’s identifiers too */
                    userId?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: boolean;
                        issues: {
                            code: string;
                            interpolation?: {
                                [key: string]: string | number;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSignInExpDefaultCustomUiAssets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        customUiAssetId: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCaptchaProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        config: {
                            /** @constant */
                            type: "Turnstile";
                            /** @description Public: the sign-in pages render the widget with it */
                            siteKey: string;
                            /** @description Sealed at rest; answered as `********`, and `********` sent back keeps it */
                            secretKey: string;
                        } | {
                            /** @constant */
                            type: "RecaptchaEnterprise";
                            /** @description Public: the sign-in pages render the widget with it */
                            siteKey: string;
                            /** @description The Google Cloud API key of the assessments call; sealed at rest, answered as `********` */
                            secretKey: string;
                            projectId: string;
                            /** @description The host the widget script is loaded from: www.google.com by default, or www.recaptcha.net */
                            domain?: string;
                            /** @enum {string} */
                            mode?: "invisible" | "checkbox";
                        };
                        createdAt: number;
                        updatedAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCaptchaProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    config: {
                        /** @constant */
                        type: "Turnstile";
                        /** @description Public: the sign-in pages render the widget with it */
                        siteKey: string;
                        /** @description Sealed at rest; answered as `********`, and `********` sent back keeps it */
                        secretKey: string;
                    } | {
                        /** @constant */
                        type: "RecaptchaEnterprise";
                        /** @description Public: the sign-in pages render the widget with it */
                        siteKey: string;
                        /** @description The Google Cloud API key of the assessments call; sealed at rest, answered as `********` */
                        secretKey: string;
                        projectId: string;
                        /** @description The host the widget script is loaded from: www.google.com by default, or www.recaptcha.net */
                        domain?: string;
                        /** @enum {string} */
                        mode?: "invisible" | "checkbox";
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        config: {
                            /** @constant */
                            type: "Turnstile";
                            /** @description Public: the sign-in pages render the widget with it */
                            siteKey: string;
                            /** @description Sealed at rest; answered as `********`, and `********` sent back keeps it */
                            secretKey: string;
                        } | {
                            /** @constant */
                            type: "RecaptchaEnterprise";
                            /** @description Public: the sign-in pages render the widget with it */
                            siteKey: string;
                            /** @description The Google Cloud API key of the assessments call; sealed at rest, answered as `********` */
                            secretKey: string;
                            projectId: string;
                            /** @description The host the widget script is loaded from: www.google.com by default, or www.recaptcha.net */
                            domain?: string;
                            /** @enum {string} */
                            mode?: "invisible" | "checkbox";
                        };
                        createdAt: number;
                        updatedAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCaptchaProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOneTimeTokens: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                email?: string;
                status?: "active" | "consumed" | "revoked" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        email: string;
                        token?: string;
                        /** @enum {string} */
                        status: "active" | "consumed" | "revoked" | "expired";
                        context: {
                            jitOrganizationIds?: string[];
                        };
                        expiresAt: number;
                        createdAt: number;
                        updatedAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOneTimeTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @description Seconds until the token expires (default 600) */
                    expiresIn?: number;
                    context?: {
                        jitOrganizationIds?: string[];
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        email: string;
                        token?: string;
                        /** @enum {string} */
                        status: "active" | "consumed" | "revoked" | "expired";
                        context: {
                            jitOrganizationIds?: string[];
                        };
                        expiresAt: number;
                        createdAt: number;
                        updatedAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOneTimeTokensVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    email: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        email: string;
                        token?: string;
                        /** @enum {string} */
                        status: "active" | "consumed" | "revoked" | "expired";
                        context: {
                            jitOrganizationIds?: string[];
                        };
                        expiresAt: number;
                        createdAt: number;
                        updatedAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOneTimeTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        email: string;
                        token?: string;
                        /** @enum {string} */
                        status: "active" | "consumed" | "revoked" | "expired";
                        context: {
                            jitOrganizationIds?: string[];
                        };
                        expiresAt: number;
                        createdAt: number;
                        updatedAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOneTimeTokensById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOneTimeTokensByIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    status: "active" | "consumed" | "revoked" | "expired";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        email: string;
                        token?: string;
                        /** @enum {string} */
                        status: "active" | "consumed" | "revoked" | "expired";
                        context: {
                            jitOrganizationIds?: string[];
                        };
                        expiresAt: number;
                        createdAt: number;
                        updatedAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomPhrases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        languageTag: string;
                        translation: {
                            [key: string]: unknown;
                        };
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomPhrasesByLanguageTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                languageTag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        languageTag: string;
                        translation: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCustomPhrasesByLanguageTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                languageTag: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: string | {
                        [key: string]: string | {
                            [key: string]: string | {
                                [key: string]: string | {
                                    [key: string]: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        languageTag: string;
                        translation: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCustomPhrasesByLanguageTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                languageTag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEmailTemplates: {
        parameters: {
            query?: {
                languageTag?: string;
                templateType?: "SignIn" | "Register" | "ForgotPassword" | "Generic" | "OrganizationInvitation" | "UserPermissionValidation" | "BindNewIdentifier" | "MfaVerification" | "BindMfa";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        languageTag: string;
                        /**
                         * @description When the template is used: SignIn, Register, ForgotPassword, OrganizationInvitation, Generic, …
                         * @enum {string}
                         */
                        templateType: "SignIn" | "Register" | "ForgotPassword" | "Generic" | "OrganizationInvitation" | "UserPermissionValidation" | "BindNewIdentifier" | "MfaVerification" | "BindMfa";
                        details: {
                            /** @description The subject template */
                            subject: string;
                            /** @description The body template */
                            content: string;
                            /**
                             * @description The body’s type; text/html when absent (placeholders are HTML-escaped)
                             * @enum {string}
                             */
                            contentType?: "text/html" | "text/plain";
                            /** @description The Reply-To address */
                            replyTo?: string;
                            /** @description The sender name */
                            sendFrom?: string;
                        };
                        createdAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putEmailTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    templates: {
                        languageTag: string;
                        /**
                         * @description When the template is used: SignIn, Register, ForgotPassword, OrganizationInvitation, Generic, …
                         * @enum {string}
                         */
                        templateType: "SignIn" | "Register" | "ForgotPassword" | "Generic" | "OrganizationInvitation" | "UserPermissionValidation" | "BindNewIdentifier" | "MfaVerification" | "BindMfa";
                        details: {
                            /** @description The subject template */
                            subject: string;
                            /** @description The body template */
                            content: string;
                            /**
                             * @description The body’s type; text/html when absent (placeholders are HTML-escaped)
                             * @enum {string}
                             */
                            contentType?: "text/html" | "text/plain";
                            /** @description The Reply-To address */
                            replyTo?: string;
                            /** @description The sender name */
                            sendFrom?: string;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        languageTag: string;
                        /**
                         * @description When the template is used: SignIn, Register, ForgotPassword, OrganizationInvitation, Generic, …
                         * @enum {string}
                         */
                        templateType: "SignIn" | "Register" | "ForgotPassword" | "Generic" | "OrganizationInvitation" | "UserPermissionValidation" | "BindNewIdentifier" | "MfaVerification" | "BindMfa";
                        details: {
                            /** @description The subject template */
                            subject: string;
                            /** @description The body template */
                            content: string;
                            /**
                             * @description The body’s type; text/html when absent (placeholders are HTML-escaped)
                             * @enum {string}
                             */
                            contentType?: "text/html" | "text/plain";
                            /** @description The Reply-To address */
                            replyTo?: string;
                            /** @description The sender name */
                            sendFrom?: string;
                        };
                        createdAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEmailTemplates: {
        parameters: {
            query?: {
                languageTag?: string;
                templateType?: "SignIn" | "Register" | "ForgotPassword" | "Generic" | "OrganizationInvitation" | "UserPermissionValidation" | "BindNewIdentifier" | "MfaVerification" | "BindMfa";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        rowCount: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEmailTemplatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        languageTag: string;
                        /**
                         * @description When the template is used: SignIn, Register, ForgotPassword, OrganizationInvitation, Generic, …
                         * @enum {string}
                         */
                        templateType: "SignIn" | "Register" | "ForgotPassword" | "Generic" | "OrganizationInvitation" | "UserPermissionValidation" | "BindNewIdentifier" | "MfaVerification" | "BindMfa";
                        details: {
                            /** @description The subject template */
                            subject: string;
                            /** @description The body template */
                            content: string;
                            /**
                             * @description The body’s type; text/html when absent (placeholders are HTML-escaped)
                             * @enum {string}
                             */
                            contentType?: "text/html" | "text/plain";
                            /** @description The Reply-To address */
                            replyTo?: string;
                            /** @description The sender name */
                            sendFrom?: string;
                        };
                        createdAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteEmailTemplatesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchEmailTemplatesByIdDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The subject template */
                    subject?: string;
                    /** @description The body template */
                    content?: string;
                    /**
                     * @description The body’s type; text/html when absent (placeholders are HTML-escaped)
                     * @enum {string}
                     */
                    contentType?: "text/html" | "text/plain";
                    /** @description The Reply-To address */
                    replyTo?: string;
                    /** @description The sender name */
                    sendFrom?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        languageTag: string;
                        /**
                         * @description When the template is used: SignIn, Register, ForgotPassword, OrganizationInvitation, Generic, …
                         * @enum {string}
                         */
                        templateType: "SignIn" | "Register" | "ForgotPassword" | "Generic" | "OrganizationInvitation" | "UserPermissionValidation" | "BindNewIdentifier" | "MfaVerification" | "BindMfa";
                        details: {
                            /** @description The subject template */
                            subject: string;
                            /** @description The body template */
                            content: string;
                            /**
                             * @description The body’s type; text/html when absent (placeholders are HTML-escaped)
                             * @enum {string}
                             */
                            contentType?: "text/html" | "text/plain";
                            /** @description The Reply-To address */
                            replyTo?: string;
                            /** @description The sender name */
                            sendFrom?: string;
                        };
                        createdAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomProfileFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                        label: string;
                        description: string | null;
                        required: boolean;
                        config: {
                            [key: string]: unknown;
                        };
                        sieOrder: number;
                        createdAt: number;
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCustomProfileFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "Text";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                        minLength?: number;
                        maxLength?: number;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Number";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                        minValue?: number;
                        maxValue?: number;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Date";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                        format: string;
                        customFormat?: string;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Checkbox";
                    label?: string;
                    description?: string;
                    /** @constant */
                    required: false;
                    config?: {
                        /** @enum {string} */
                        defaultValue: "true" | "false";
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Select";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        placeholder?: string;
                        options: {
                            label?: string;
                            value: string;
                        }[];
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Url";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Regex";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        placeholder?: string;
                        format: string;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Address";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        parts: {
                            enabled: boolean;
                            /** @enum {string} */
                            name: "formatted" | "streetAddress" | "locality" | "region" | "postalCode" | "country";
                            /** @enum {string} */
                            type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                            label?: string;
                            description?: string;
                            required: boolean;
                            config?: {
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                minValue?: number;
                                maxValue?: number;
                                format?: string;
                                customFormat?: string;
                                options?: {
                                    label?: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                defaultValue?: "true" | "false";
                            };
                        }[];
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Fullname";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        parts: {
                            enabled: boolean;
                            /** @enum {string} */
                            name: "givenName" | "middleName" | "familyName";
                            /** @enum {string} */
                            type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                            label?: string;
                            description?: string;
                            required: boolean;
                            config?: {
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                minValue?: number;
                                maxValue?: number;
                                format?: string;
                                customFormat?: string;
                                options?: {
                                    label?: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                defaultValue?: "true" | "false";
                            };
                        }[];
                    };
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                        label: string;
                        description: string | null;
                        required: boolean;
                        config: {
                            [key: string]: unknown;
                        };
                        sieOrder: number;
                        createdAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCustomProfileFieldsBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ({
                    /** @constant */
                    type: "Text";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                        minLength?: number;
                        maxLength?: number;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Number";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                        minValue?: number;
                        maxValue?: number;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Date";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                        format: string;
                        customFormat?: string;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Checkbox";
                    label?: string;
                    description?: string;
                    /** @constant */
                    required: false;
                    config?: {
                        /** @enum {string} */
                        defaultValue: "true" | "false";
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Select";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        placeholder?: string;
                        options: {
                            label?: string;
                            value: string;
                        }[];
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Url";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Regex";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        placeholder?: string;
                        format: string;
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Address";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        parts: {
                            enabled: boolean;
                            /** @enum {string} */
                            name: "formatted" | "streetAddress" | "locality" | "region" | "postalCode" | "country";
                            /** @enum {string} */
                            type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                            label?: string;
                            description?: string;
                            required: boolean;
                            config?: {
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                minValue?: number;
                                maxValue?: number;
                                format?: string;
                                customFormat?: string;
                                options?: {
                                    label?: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                defaultValue?: "true" | "false";
                            };
                        }[];
                    };
                    name: string;
                } | {
                    /** @constant */
                    type: "Fullname";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        parts: {
                            enabled: boolean;
                            /** @enum {string} */
                            name: "givenName" | "middleName" | "familyName";
                            /** @enum {string} */
                            type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                            label?: string;
                            description?: string;
                            required: boolean;
                            config?: {
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                minValue?: number;
                                maxValue?: number;
                                format?: string;
                                customFormat?: string;
                                options?: {
                                    label?: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                defaultValue?: "true" | "false";
                            };
                        }[];
                    };
                    name: string;
                })[];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                        label: string;
                        description: string | null;
                        required: boolean;
                        config: {
                            [key: string]: unknown;
                        };
                        sieOrder: number;
                        createdAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCustomProfileFieldsPropertiesSieOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    order: {
                        name: string;
                        sieOrder: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                        label: string;
                        description: string | null;
                        required: boolean;
                        config: {
                            [key: string]: unknown;
                        };
                        sieOrder: number;
                        createdAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomProfileFieldsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                        label: string;
                        description: string | null;
                        required: boolean;
                        config: {
                            [key: string]: unknown;
                        };
                        sieOrder: number;
                        createdAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCustomProfileFieldsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "Text";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                        minLength?: number;
                        maxLength?: number;
                    };
                } | {
                    /** @constant */
                    type: "Number";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                        minValue?: number;
                        maxValue?: number;
                    };
                } | {
                    /** @constant */
                    type: "Date";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                        format: string;
                        customFormat?: string;
                    };
                } | {
                    /** @constant */
                    type: "Checkbox";
                    label?: string;
                    description?: string;
                    /** @constant */
                    required: false;
                    config?: {
                        /** @enum {string} */
                        defaultValue: "true" | "false";
                    };
                } | {
                    /** @constant */
                    type: "Select";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        placeholder?: string;
                        options: {
                            label?: string;
                            value: string;
                        }[];
                    };
                } | {
                    /** @constant */
                    type: "Url";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config?: {
                        placeholder?: string;
                    };
                } | {
                    /** @constant */
                    type: "Regex";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        placeholder?: string;
                        format: string;
                    };
                } | {
                    /** @constant */
                    type: "Address";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        parts: {
                            enabled: boolean;
                            /** @enum {string} */
                            name: "formatted" | "streetAddress" | "locality" | "region" | "postalCode" | "country";
                            /** @enum {string} */
                            type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                            label?: string;
                            description?: string;
                            required: boolean;
                            config?: {
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                minValue?: number;
                                maxValue?: number;
                                format?: string;
                                customFormat?: string;
                                options?: {
                                    label?: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                defaultValue?: "true" | "false";
                            };
                        }[];
                    };
                } | {
                    /** @constant */
                    type: "Fullname";
                    label?: string;
                    description?: string;
                    required: boolean;
                    config: {
                        parts: {
                            enabled: boolean;
                            /** @enum {string} */
                            name: "givenName" | "middleName" | "familyName";
                            /** @enum {string} */
                            type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                            label?: string;
                            description?: string;
                            required: boolean;
                            config?: {
                                placeholder?: string;
                                minLength?: number;
                                maxLength?: number;
                                minValue?: number;
                                maxValue?: number;
                                format?: string;
                                customFormat?: string;
                                options?: {
                                    label?: string;
                                    value: string;
                                }[];
                                /** @enum {string} */
                                defaultValue?: "true" | "false";
                            };
                        }[];
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        name: string;
                        /** @enum {string} */
                        type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                        label: string;
                        description: string | null;
                        required: boolean;
                        config: {
                            [key: string]: unknown;
                        };
                        sieOrder: number;
                        createdAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCustomProfileFieldsByName: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAccountCenter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        enabled: boolean;
                        fields: {
                            /** @enum {string} */
                            name?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            avatar?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            profile?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            email?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            phone?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            password?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            username?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            social?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            customData?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            mfa?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            session?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            personalAccessToken?: "Off" | "ReadOnly" | "Edit";
                        };
                        webauthnRelatedOrigins: string[];
                        deleteAccountUrl: string | null;
                        customCss?: string | null;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAccountCenter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled?: boolean;
                    fields?: {
                        /** @enum {string} */
                        name?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        avatar?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        profile?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        email?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        phone?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        password?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        username?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        social?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        customData?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        mfa?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        session?: "Off" | "ReadOnly" | "Edit";
                        /** @enum {string} */
                        personalAccessToken?: "Off" | "ReadOnly" | "Edit";
                    };
                    webauthnRelatedOrigins?: string[];
                    deleteAccountUrl?: string;
                    customCss?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        enabled: boolean;
                        fields: {
                            /** @enum {string} */
                            name?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            avatar?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            profile?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            email?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            phone?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            password?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            username?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            social?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            customData?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            mfa?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            session?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            personalAccessToken?: "Off" | "ReadOnly" | "Edit";
                        };
                        webauthnRelatedOrigins: string[];
                        deleteAccountUrl: string | null;
                        customCss?: string | null;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLogs: {
        parameters: {
            query?: {
                userId?: string;
                applicationId?: string;
                logKey?: string;
                start_time?: number;
                end_time?: number;
                enableCap?: "true" | "false";
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        key: string;
                        payload: {
                            key: string;
                            /** @enum {string} */
                            result: "Success" | "Error";
                            ip?: string;
                            userAgent?: string;
                            userId?: string;
                            applicationId?: string;
                            sessionId?: string;
                            interactionId?: string;
                            error?: {
                                [key: string]: unknown;
                            } | string;
                        } & {
                            [key: string]: unknown;
                        };
                        createdAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLogsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        key: string;
                        payload: {
                            key: string;
                            /** @enum {string} */
                            result: "Success" | "Error";
                            ip?: string;
                            userAgent?: string;
                            userId?: string;
                            applicationId?: string;
                            sessionId?: string;
                            interactionId?: string;
                            error?: {
                                [key: string]: unknown;
                            } | string;
                        } & {
                            [key: string]: unknown;
                        };
                        createdAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsersByUserIdLogs: {
        parameters: {
            query?: {
                applicationId?: string;
                logKey?: string;
                start_time?: number;
                end_time?: number;
                enableCap?: "true" | "false";
                page?: number;
                page_size?: number;
            };
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        key: string;
                        payload: {
                            key: string;
                            /** @enum {string} */
                            result: "Success" | "Error";
                            ip?: string;
                            userAgent?: string;
                            userId?: string;
                            applicationId?: string;
                            sessionId?: string;
                            interactionId?: string;
                            error?: {
                                [key: string]: unknown;
                            } | string;
                        } & {
                            [key: string]: unknown;
                        };
                        createdAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDashboardUsersTotal: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totalUserCount: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDashboardUsersNew: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        today: {
                            count: number;
                            delta: number;
                        };
                        last7Days: {
                            count: number;
                            delta: number;
                        };
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDashboardUsersActive: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dauCurve: {
                            date: string;
                            count: number;
                        }[];
                        dau: {
                            count: number;
                            delta: number;
                        };
                        wau: {
                            count: number;
                            delta: number;
                        };
                        mau: {
                            count: number;
                            delta: number;
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHooks: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
                includeExecutionStats?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tenantId: string;
                        name: string;
                        event: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout") | null;
                        events: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout")[];
                        config: {
                            url: string;
                            headers?: {
                                [key: string]: string;
                            };
                            retries?: number;
                        };
                        signingKey: string;
                        enabled: boolean;
                        createdAt: number;
                        executionStats?: {
                            requestCount: number;
                            successCount: number;
                        };
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postHooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    event?: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout") | null;
                    events?: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout")[];
                    config: {
                        url: string;
                        headers?: {
                            [key: string]: string;
                        };
                        retries?: number;
                    };
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tenantId: string;
                        name: string;
                        event: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout") | null;
                        events: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout")[];
                        config: {
                            url: string;
                            headers?: {
                                [key: string]: string;
                            };
                            retries?: number;
                        };
                        signingKey: string;
                        enabled: boolean;
                        createdAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tenantId: string;
                        name: string;
                        event: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout") | null;
                        events: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout")[];
                        config: {
                            url: string;
                            headers?: {
                                [key: string]: string;
                            };
                            retries?: number;
                        };
                        signingKey: string;
                        enabled: boolean;
                        createdAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteHooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchHooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    event?: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout") | null;
                    events?: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout")[];
                    config?: {
                        url: string;
                        headers?: {
                            [key: string]: string;
                        };
                        retries?: number;
                    };
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tenantId: string;
                        name: string;
                        event: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout") | null;
                        events: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout")[];
                        config: {
                            url: string;
                            headers?: {
                                [key: string]: string;
                            };
                            retries?: number;
                        };
                        signingKey: string;
                        enabled: boolean;
                        createdAt: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHooksByIdRecentLogs: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        key: string;
                        payload: {
                            key: string;
                            /** @enum {string} */
                            result: "Success" | "Error";
                            hookId: string;
                            hookRequest: {
                                body: unknown;
                            };
                            response?: {
                                status: number | null;
                                body: string | null;
                            };
                            error?: string;
                            /** @enum {string} */
                            deliveryStatus: "pending" | "succeeded" | "failed";
                            attempts: number;
                            nextAttemptAt: number | null;
                        };
                        createdAt: number;
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchHooksByIdSigningKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        tenantId: string;
                        name: string;
                        event: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout") | null;
                        events: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout")[];
                        config: {
                            url: string;
                            headers?: {
                                [key: string]: string;
                            };
                            retries?: number;
                        };
                        signingKey: string;
                        enabled: boolean;
                        createdAt: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postHooksByIdTest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    events: ("PostRegister" | "PostSignIn" | "PostResetPassword" | "User.Created" | "User.Deleted" | "User.Data.Updated" | "User.SuspensionStatus.Updated" | "Role.Created" | "Role.Deleted" | "Role.Data.Updated" | "Role.Scopes.Updated" | "Scope.Created" | "Scope.Deleted" | "Scope.Data.Updated" | "Organization.Created" | "Organization.Deleted" | "Organization.Data.Updated" | "Organization.Membership.Updated" | "OrganizationRole.Created" | "OrganizationRole.Deleted" | "OrganizationRole.Data.Updated" | "OrganizationRole.Scopes.Updated" | "OrganizationScope.Created" | "OrganizationScope.Deleted" | "OrganizationScope.Data.Updated" | "Identifier.Lockout")[];
                    config: {
                        url: string;
                        headers?: {
                            [key: string]: string;
                        };
                        retries?: number;
                    };
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConfigsJwtCustomizer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        key: "jwt.accessToken" | "jwt.clientCredentials";
                        value: {
                            /** @description The script; it defines `getCustomJwtClaims({ token, context, environmentVariables, api })` */
                            script: string;
                            /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                            environmentVariables?: {
                                [key: string]: string;
                            };
                            /** @description A sample `context`, for testing in the console */
                            contextSample?: {
                                [key: string]: unknown;
                            };
                            /** @description A sample raw `token` payload, for testing in the console */
                            tokenSample?: {
                                [key: string]: unknown;
                            };
                            /** @description When the script fails (other than `api.denyAccess`): true refuses the token (`invalid_request`), false or absent issues it without the extra claims */
                            blockIssuanceOnError?: boolean;
                        };
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConfigsJwtCustomizerByTokenTypePath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenTypePath: "access-token" | "client-credentials";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The script; it defines `getCustomJwtClaims({ token, context, environmentVariables, api })` */
                        script: string;
                        /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                        environmentVariables?: {
                            [key: string]: string;
                        };
                        /** @description A sample `context`, for testing in the console */
                        contextSample?: {
                            [key: string]: unknown;
                        };
                        /** @description A sample raw `token` payload, for testing in the console */
                        tokenSample?: {
                            [key: string]: unknown;
                        };
                        /** @description When the script fails (other than `api.denyAccess`): true refuses the token (`invalid_request`), false or absent issues it without the extra claims */
                        blockIssuanceOnError?: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putConfigsJwtCustomizerByTokenTypePath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenTypePath: "access-token" | "client-credentials";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The script; it defines `getCustomJwtClaims({ token, context, environmentVariables, api })` */
                    script: string;
                    /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                    environmentVariables?: {
                        [key: string]: string;
                    };
                    /** @description A sample `context`, for testing in the console */
                    contextSample?: {
                        [key: string]: unknown;
                    };
                    /** @description A sample raw `token` payload, for testing in the console */
                    tokenSample?: {
                        [key: string]: unknown;
                    };
                    /** @description When the script fails (other than `api.denyAccess`): true refuses the token (`invalid_request`), false or absent issues it without the extra claims */
                    blockIssuanceOnError?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The script; it defines `getCustomJwtClaims({ token, context, environmentVariables, api })` */
                        script: string;
                        /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                        environmentVariables?: {
                            [key: string]: string;
                        };
                        /** @description A sample `context`, for testing in the console */
                        contextSample?: {
                            [key: string]: unknown;
                        };
                        /** @description A sample raw `token` payload, for testing in the console */
                        tokenSample?: {
                            [key: string]: unknown;
                        };
                        /** @description When the script fails (other than `api.denyAccess`): true refuses the token (`invalid_request`), false or absent issues it without the extra claims */
                        blockIssuanceOnError?: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteConfigsJwtCustomizerByTokenTypePath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenTypePath: "access-token" | "client-credentials";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchConfigsJwtCustomizerByTokenTypePath: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenTypePath: "access-token" | "client-credentials";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The script; it defines `getCustomJwtClaims({ token, context, environmentVariables, api })` */
                    script?: string;
                    /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                    environmentVariables?: {
                        [key: string]: string;
                    };
                    /** @description A sample `context`, for testing in the console */
                    contextSample?: {
                        [key: string]: unknown;
                    };
                    /** @description A sample raw `token` payload, for testing in the console */
                    tokenSample?: {
                        [key: string]: unknown;
                    };
                    /** @description When the script fails (other than `api.denyAccess`): true refuses the token (`invalid_request`), false or absent issues it without the extra claims */
                    blockIssuanceOnError?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The script; it defines `getCustomJwtClaims({ token, context, environmentVariables, api })` */
                        script: string;
                        /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                        environmentVariables?: {
                            [key: string]: string;
                        };
                        /** @description A sample `context`, for testing in the console */
                        contextSample?: {
                            [key: string]: unknown;
                        };
                        /** @description A sample raw `token` payload, for testing in the console */
                        tokenSample?: {
                            [key: string]: unknown;
                        };
                        /** @description When the script fails (other than `api.denyAccess`): true refuses the token (`invalid_request`), false or absent issues it without the extra claims */
                        blockIssuanceOnError?: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConfigsJwtCustomizerTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    tokenType: "access-token" | "client-credentials";
                    /** @description The script; it defines `getCustomJwtClaims({ token, context, environmentVariables, api })` */
                    script: string;
                    /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                    environmentVariables?: {
                        [key: string]: string;
                    };
                    /** @description The raw token payload the script sees */
                    token: {
                        [key: string]: unknown;
                    };
                    /** @description The context the script sees (`user`, `application`, …) */
                    context?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConfigsActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        key: "action.postFirstFactorVerification" | "action.postSignIn";
                        value: {
                            /** @description The script; it defines `runAction({ event, environmentVariables })` */
                            script: string;
                            /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                            environmentVariables?: {
                                [key: string]: string;
                            };
                            /** @description A sample `event`, for testing in the console */
                            contextSample?: {
                                [key: string]: unknown;
                            };
                            /** @description Only an enabled action runs during sign-in (absent: disabled) */
                            enabled?: boolean;
                            /**
                             * @description When the script fails: `block` (default) refuses the step (`session.invalid_credentials` for post first-factor verification, `session.verification_failed` for post sign-in); `allow` goes on without the action (post first-factor verification still refuses the password)
                             * @enum {string}
                             */
                            onExecutionError?: "block" | "allow";
                        };
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConfigsActionsByActionType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionType: "action.postFirstFactorVerification" | "action.postSignIn";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The script; it defines `runAction({ event, environmentVariables })` */
                        script: string;
                        /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                        environmentVariables?: {
                            [key: string]: string;
                        };
                        /** @description A sample `event`, for testing in the console */
                        contextSample?: {
                            [key: string]: unknown;
                        };
                        /** @description Only an enabled action runs during sign-in (absent: disabled) */
                        enabled?: boolean;
                        /**
                         * @description When the script fails: `block` (default) refuses the step (`session.invalid_credentials` for post first-factor verification, `session.verification_failed` for post sign-in); `allow` goes on without the action (post first-factor verification still refuses the password)
                         * @enum {string}
                         */
                        onExecutionError?: "block" | "allow";
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putConfigsActionsByActionType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionType: "action.postFirstFactorVerification" | "action.postSignIn";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The script; it defines `runAction({ event, environmentVariables })` */
                    script: string;
                    /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                    environmentVariables?: {
                        [key: string]: string;
                    };
                    /** @description A sample `event`, for testing in the console */
                    contextSample?: {
                        [key: string]: unknown;
                    };
                    /** @description Only an enabled action runs during sign-in (absent: disabled) */
                    enabled?: boolean;
                    /**
                     * @description When the script fails: `block` (default) refuses the step (`session.invalid_credentials` for post first-factor verification, `session.verification_failed` for post sign-in); `allow` goes on without the action (post first-factor verification still refuses the password)
                     * @enum {string}
                     */
                    onExecutionError?: "block" | "allow";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The script; it defines `runAction({ event, environmentVariables })` */
                        script: string;
                        /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                        environmentVariables?: {
                            [key: string]: string;
                        };
                        /** @description A sample `event`, for testing in the console */
                        contextSample?: {
                            [key: string]: unknown;
                        };
                        /** @description Only an enabled action runs during sign-in (absent: disabled) */
                        enabled?: boolean;
                        /**
                         * @description When the script fails: `block` (default) refuses the step (`session.invalid_credentials` for post first-factor verification, `session.verification_failed` for post sign-in); `allow` goes on without the action (post first-factor verification still refuses the password)
                         * @enum {string}
                         */
                        onExecutionError?: "block" | "allow";
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteConfigsActionsByActionType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionType: "action.postFirstFactorVerification" | "action.postSignIn";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchConfigsActionsByActionType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionType: "action.postFirstFactorVerification" | "action.postSignIn";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The script; it defines `runAction({ event, environmentVariables })` */
                    script?: string;
                    /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                    environmentVariables?: {
                        [key: string]: string;
                    };
                    /** @description A sample `event`, for testing in the console */
                    contextSample?: {
                        [key: string]: unknown;
                    };
                    /** @description Only an enabled action runs during sign-in (absent: disabled) */
                    enabled?: boolean;
                    /**
                     * @description When the script fails: `block` (default) refuses the step (`session.invalid_credentials` for post first-factor verification, `session.verification_failed` for post sign-in); `allow` goes on without the action (post first-factor verification still refuses the password)
                     * @enum {string}
                     */
                    onExecutionError?: "block" | "allow";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The script; it defines `runAction({ event, environmentVariables })` */
                        script: string;
                        /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                        environmentVariables?: {
                            [key: string]: string;
                        };
                        /** @description A sample `event`, for testing in the console */
                        contextSample?: {
                            [key: string]: unknown;
                        };
                        /** @description Only an enabled action runs during sign-in (absent: disabled) */
                        enabled?: boolean;
                        /**
                         * @description When the script fails: `block` (default) refuses the step (`session.invalid_credentials` for post first-factor verification, `session.verification_failed` for post sign-in); `allow` goes on without the action (post first-factor verification still refuses the password)
                         * @enum {string}
                         */
                        onExecutionError?: "block" | "allow";
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConfigsActionsTest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The script; it defines `runAction({ event, environmentVariables })` */
                    script: string;
                    /** @enum {string} */
                    actionType: "action.postFirstFactorVerification" | "action.postSignIn";
                    /** @description The `event` the script sees */
                    event?: {
                        [key: string]: unknown;
                    };
                    /** @description Values the script reads as `environmentVariables`; sealed at rest, masked for read-only tokens */
                    environmentVariables?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConfigsOidcByKeyTypeRotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyType: "private-keys" | "cookie-keys";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    signingKeyAlgorithm?: "RSA" | "EC";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        createdAt: number;
                        /** @enum {string} */
                        signingKeyAlgorithm?: "RSA" | "EC";
                        /**
                         * @description Next: published, signs from `activatesAt`; Current: signs now; Previous: only verifies.
                         * @enum {string}
                         */
                        status?: "Next" | "Current" | "Previous";
                        activatesAt?: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteConfigsOidcByKeyTypeByKeyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyType: "private-keys" | "cookie-keys";
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConfigsOidcSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ttl: number;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchConfigsOidcSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ttl?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ttl: number;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConfigsOidcByKeyType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyType: "private-keys" | "cookie-keys";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        createdAt: number;
                        /** @enum {string} */
                        signingKeyAlgorithm?: "RSA" | "EC";
                        /**
                         * @description Next: published, signs from `activatesAt`; Current: signs now; Previous: only verifies.
                         * @enum {string}
                         */
                        status?: "Next" | "Current" | "Previous";
                        activatesAt?: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConfigsIdToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabledExtendedClaims: ("custom_data" | "identities" | "sso_identities" | "roles" | "organizations" | "organization_data" | "organization_roles")[];
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putConfigsIdToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabledExtendedClaims: ("custom_data" | "identities" | "sso_identities" | "roles" | "organizations" | "organization_data" | "organization_roles")[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabledExtendedClaims: ("custom_data" | "identities" | "sso_identities" | "roles" | "organizations" | "organization_data" | "organization_roles")[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConfigsAdminConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchConfigsAdminConsole: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConfigsCimd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchConfigsCimd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSentinelActivitiesDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    targets: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSignInExpUsernamePolicyCaseSensitivityConflicts: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        totalConflicts: number;
                        samples: {
                            usernameLower: string;
                            userIds: string[];
                        }[];
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSystemsApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        protectedApps: {
                            defaultDomain: string;
                        };
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            501: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postVerificationCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                } | {
                    phone: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postVerificationCodesVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    verificationCode: string;
                } | {
                    phone: string;
                    verificationCode: string;
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConsoleSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    primaryEmail?: string;
                    name?: string;
                    password: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        name: string | null;
                        avatar: string | null;
                        isSuspended: boolean;
                        lastSignInAt: number | null;
                        createdAt: number;
                        /** @enum {string} */
                        role: "owner" | "admin" | "viewer";
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConsoleInvitationsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    name?: string;
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        name: string | null;
                        avatar: string | null;
                        isSuspended: boolean;
                        lastSignInAt: number | null;
                        createdAt: number;
                        /** @enum {string} */
                        role: "owner" | "admin" | "viewer";
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminsMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        name: string | null;
                        avatar: string | null;
                        isSuspended: boolean;
                        lastSignInAt: number | null;
                        createdAt: number;
                        /** @enum {string} */
                        role: "owner" | "admin" | "viewer";
                        scopes: string[];
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminsMeMfaVerifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        createdAt: string;
                        /** @enum {string} */
                        type: "Totp" | "WebAuthn" | "BackupCode";
                        agent?: string;
                        name?: string;
                        remainCodes?: number;
                    }[];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminsMeMfaPrompt: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminsByIdMfaVerifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminsSignInPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mfaPolicy: "PromptAtSignInAndSignUp" | "Mandatory";
                        passwordPolicy: {
                            /**
                             * @default {
                             *       "min": 8,
                             *       "max": 256
                             *     }
                             */
                            length: {
                                /** @default 8 */
                                min: number;
                                /** @default 256 */
                                max: number;
                            };
                            /**
                             * @default {
                             *       "min": 1
                             *     }
                             */
                            characterTypes: {
                                /** @default 1 */
                                min: number;
                            };
                            /**
                             * @default {
                             *       "pwned": true,
                             *       "repetitionAndSequence": true,
                             *       "userInfo": true,
                             *       "words": []
                             *     }
                             */
                            rejects: {
                                /** @default true */
                                pwned: boolean;
                                /** @default true */
                                repetitionAndSequence: boolean;
                                /** @default true */
                                userInfo: boolean;
                                /** @default [] */
                                words: string[];
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAdminsSignInPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    mfaPolicy?: "PromptAtSignInAndSignUp" | "Mandatory";
                    passwordPolicy?: {
                        /**
                         * @default {
                         *       "min": 8,
                         *       "max": 256
                         *     }
                         */
                        length?: {
                            /** @default 8 */
                            min?: number;
                            /** @default 256 */
                            max?: number;
                        };
                        /**
                         * @default {
                         *       "min": 1
                         *     }
                         */
                        characterTypes?: {
                            /** @default 1 */
                            min?: number;
                        };
                        /**
                         * @default {
                         *       "pwned": true,
                         *       "repetitionAndSequence": true,
                         *       "userInfo": true,
                         *       "words": []
                         *     }
                         */
                        rejects?: {
                            /** @default true */
                            pwned?: boolean;
                            /** @default true */
                            repetitionAndSequence?: boolean;
                            /** @default true */
                            userInfo?: boolean;
                            /** @default [] */
                            words?: string[];
                        };
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mfaPolicy: "PromptAtSignInAndSignUp" | "Mandatory";
                        passwordPolicy: {
                            /**
                             * @default {
                             *       "min": 8,
                             *       "max": 256
                             *     }
                             */
                            length: {
                                /** @default 8 */
                                min: number;
                                /** @default 256 */
                                max: number;
                            };
                            /**
                             * @default {
                             *       "min": 1
                             *     }
                             */
                            characterTypes: {
                                /** @default 1 */
                                min: number;
                            };
                            /**
                             * @default {
                             *       "pwned": true,
                             *       "repetitionAndSequence": true,
                             *       "userInfo": true,
                             *       "words": []
                             *     }
                             */
                            rejects: {
                                /** @default true */
                                pwned: boolean;
                                /** @default true */
                                repetitionAndSequence: boolean;
                                /** @default true */
                                userInfo: boolean;
                                /** @default [] */
                                words: string[];
                            };
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminsInvitations: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "viewer";
                        /** @enum {string} */
                        status: "active" | "consumed" | "revoked" | "expired";
                        expiresAt: number;
                        createdAt: number;
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminsInvitations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @enum {string} */
                    role: "owner" | "admin" | "viewer";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        email: string;
                        /** @enum {string} */
                        role: "owner" | "admin" | "viewer";
                        /** @enum {string} */
                        status: "active" | "consumed" | "revoked" | "expired";
                        expiresAt: number;
                        createdAt: number;
                        link: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminsInvitationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdmins: {
        parameters: {
            query?: {
                page?: number;
                page_size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        name: string | null;
                        avatar: string | null;
                        isSuspended: boolean;
                        lastSignInAt: number | null;
                        createdAt: number;
                        /** @enum {string} */
                        role: "owner" | "admin" | "viewer";
                    }[];
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdmins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    primaryEmail?: string;
                    name?: string;
                    password?: string;
                    /** @enum {string} */
                    role: "owner" | "admin" | "viewer";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        name: string | null;
                        avatar: string | null;
                        isSuspended: boolean;
                        lastSignInAt: number | null;
                        createdAt: number;
                        /** @enum {string} */
                        role: "owner" | "admin" | "viewer";
                        password?: string;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        name: string | null;
                        avatar: string | null;
                        isSuspended: boolean;
                        lastSignInAt: number | null;
                        createdAt: number;
                        /** @enum {string} */
                        role: "owner" | "admin" | "viewer";
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAdminsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAdminsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role: "owner" | "admin" | "viewer";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string | null;
                        primaryEmail: string | null;
                        name: string | null;
                        avatar: string | null;
                        isSuspended: boolean;
                        lastSignInAt: number | null;
                        createdAt: number;
                        /** @enum {string} */
                        role: "owner" | "admin" | "viewer";
                    };
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The token lacks the permission the operation lists (auth.forbidden) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request breaks a rule (name in use, wrong role type, …) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSwaggerJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getWellKnownManagementOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getWellKnownExperienceOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getWellKnownUserOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getWellKnownSignInExp: {
        parameters: {
            query?: {
                organizationId?: string;
                appId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        color: {
                            primaryColor: string;
                            isDarkModeEnabled: boolean;
                            darkPrimaryColor: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        hideLogtoBranding: boolean;
                        languageInfo: {
                            autoDetect: boolean;
                            fallbackLanguage: string;
                        };
                        termsOfUseUrl: string | null;
                        privacyPolicyUrl: string | null;
                        /** @enum {string} */
                        agreeToTermsPolicy: "Automatic" | "ManualRegistrationOnly" | "Manual";
                        signUp: {
                            identifiers: ("username" | "email" | "phone")[];
                            password: boolean;
                            verify: boolean;
                            secondaryIdentifiers?: {
                                /** @enum {string} */
                                identifier: "username" | "email" | "phone" | "emailOrPhone";
                                verify?: boolean;
                            }[];
                        };
                        signIn: {
                            methods: {
                                /** @enum {string} */
                                identifier: "username" | "email" | "phone";
                                password: boolean;
                                verificationCode: boolean;
                                /** @default true */
                                isPasswordPrimary: boolean;
                            }[];
                        };
                        socialSignIn: {
                            automaticAccountLinking?: boolean;
                            skipRequiredIdentifiers?: boolean;
                        };
                        socialSignInConnectorTargets: string[];
                        /** @enum {string} */
                        signInMode: "SignIn" | "Register" | "SignInAndRegister";
                        customCss: string | null;
                        customContent: {
                            [key: string]: string;
                        };
                        passwordPolicy: {
                            /**
                             * @default {
                             *       "min": 8,
                             *       "max": 256
                             *     }
                             */
                            length: {
                                /** @default 8 */
                                min: number;
                                /** @default 256 */
                                max: number;
                            };
                            /**
                             * @default {
                             *       "min": 1
                             *     }
                             */
                            characterTypes: {
                                /** @default 1 */
                                min: number;
                            };
                            /**
                             * @default {
                             *       "pwned": true,
                             *       "repetitionAndSequence": true,
                             *       "userInfo": true,
                             *       "words": []
                             *     }
                             */
                            rejects: {
                                /** @default true */
                                pwned: boolean;
                                /** @default true */
                                repetitionAndSequence: boolean;
                                /** @default true */
                                userInfo: boolean;
                                /** @default [] */
                                words: string[];
                            };
                        };
                        mfa: {
                            factors: ("Totp" | "WebAuthn" | "BackupCode" | "EmailVerificationCode" | "PhoneVerificationCode")[];
                            /** @enum {string} */
                            policy: "UserControlled" | "Mandatory" | "PromptOnlyAtSignIn" | "PromptAtSignInAndSignUp" | "NoPrompt" | "PromptAtSignInAndSignUpMandatory" | "PromptOnlyAtSignInMandatory";
                            /** @enum {string} */
                            organizationRequiredMfaPolicy?: "NoPrompt" | "Mandatory";
                        };
                        singleSignOnEnabled: boolean;
                        passkeySignIn: {
                            /** @description Users may sign in with a passkey as the first factor */
                            enabled: boolean;
                            /** @description The sign-in page shows a "Sign in with a passkey" button */
                            showPasskeyButton: boolean;
                            /** @description The identifier field offers passkeys in the browser autofill */
                            allowAutofill: boolean;
                        };
                        forgotPasswordMethods: ("EmailVerificationCode" | "PhoneVerificationCode")[];
                        verificationCodePolicy: {
                            /** @description Seconds a code stays valid */
                            expirationDuration: number;
                            /** @description Wrong codes accepted before the code is dead */
                            maxRetryAttempts: number;
                        };
                        supportEmail: string | null;
                        supportWebsiteUrl: string | null;
                        unknownSessionRedirectUrl: string | null;
                        customUiAssets: {
                            id: string;
                            createdAt: number;
                        } | null;
                        passwordExpiration: {
                            enabled: boolean;
                            validPeriodDays: number;
                            enabledAt?: number;
                        };
                        adaptiveMfa: {
                            enabled?: boolean;
                        };
                        trustedDevice: {
                            enabled?: boolean;
                            durationDays?: number;
                        };
                        captchaPolicy: {
                            enabled?: boolean;
                        };
                        sentinelPolicy: {
                            maxAttempts?: number;
                            /** @description Minutes */
                            lockoutDuration?: number;
                        };
                        signUpProfileFields: {
                            name: string;
                        }[] | null;
                        usernamePolicy: {
                            caseSensitive: boolean;
                            minLength: number;
                            maxLength: number;
                            allowedChars: {
                                lowercase: boolean;
                                uppercase: boolean;
                                numbers: boolean;
                                underscore: boolean;
                            };
                        };
                        id: string;
                        tenantId: string;
                        socialConnectors: {
                            id: string;
                            target: string;
                            name: {
                                [key: string]: string;
                            };
                            logo: string;
                        }[];
                        forgotPassword: {
                            email: boolean;
                            phone: boolean;
                        };
                        passwordlessConnectors: {
                            email: boolean;
                            sms: boolean;
                        };
                        /** @description Enterprise SSO connectors (while singleSignOnEnabled): what the sign-in button shows */
                        ssoConnectors: {
                            id: string;
                            connectorName: string;
                            logo: string;
                            darkLogo?: string;
                        }[];
                        customProfileFields: {
                            tenantId: string;
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                            label: string;
                            description: string | null;
                            required: boolean;
                            config: {
                                [key: string]: unknown;
                            };
                            sieOrder: number;
                            createdAt: number;
                        }[];
                        /** @description Present when CAPTCHA is on (a provider and captchaPolicy.enabled): what the widget needs */
                        captchaConfig?: {
                            /** @enum {string} */
                            type: "Turnstile" | "RecaptchaEnterprise";
                            siteKey: string;
                            domain?: string;
                            /** @enum {string} */
                            mode?: "invisible" | "checkbox";
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWellKnownExperience: {
        parameters: {
            query?: {
                organizationId?: string;
                appId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        color: {
                            primaryColor: string;
                            isDarkModeEnabled: boolean;
                            darkPrimaryColor: string;
                        };
                        branding: {
                            /** Format: uri */
                            logoUrl?: string;
                            /** Format: uri */
                            darkLogoUrl?: string;
                            /** Format: uri */
                            favicon?: string;
                            /** Format: uri */
                            darkFavicon?: string;
                        };
                        hideLogtoBranding: boolean;
                        languageInfo: {
                            autoDetect: boolean;
                            fallbackLanguage: string;
                        };
                        termsOfUseUrl: string | null;
                        privacyPolicyUrl: string | null;
                        /** @enum {string} */
                        agreeToTermsPolicy: "Automatic" | "ManualRegistrationOnly" | "Manual";
                        signUp: {
                            identifiers: ("username" | "email" | "phone")[];
                            password: boolean;
                            verify: boolean;
                            secondaryIdentifiers?: {
                                /** @enum {string} */
                                identifier: "username" | "email" | "phone" | "emailOrPhone";
                                verify?: boolean;
                            }[];
                        };
                        signIn: {
                            methods: {
                                /** @enum {string} */
                                identifier: "username" | "email" | "phone";
                                password: boolean;
                                verificationCode: boolean;
                                /** @default true */
                                isPasswordPrimary: boolean;
                            }[];
                        };
                        socialSignIn: {
                            automaticAccountLinking?: boolean;
                            skipRequiredIdentifiers?: boolean;
                        };
                        socialSignInConnectorTargets: string[];
                        /** @enum {string} */
                        signInMode: "SignIn" | "Register" | "SignInAndRegister";
                        customCss: string | null;
                        customContent: {
                            [key: string]: string;
                        };
                        passwordPolicy: {
                            /**
                             * @default {
                             *       "min": 8,
                             *       "max": 256
                             *     }
                             */
                            length: {
                                /** @default 8 */
                                min: number;
                                /** @default 256 */
                                max: number;
                            };
                            /**
                             * @default {
                             *       "min": 1
                             *     }
                             */
                            characterTypes: {
                                /** @default 1 */
                                min: number;
                            };
                            /**
                             * @default {
                             *       "pwned": true,
                             *       "repetitionAndSequence": true,
                             *       "userInfo": true,
                             *       "words": []
                             *     }
                             */
                            rejects: {
                                /** @default true */
                                pwned: boolean;
                                /** @default true */
                                repetitionAndSequence: boolean;
                                /** @default true */
                                userInfo: boolean;
                                /** @default [] */
                                words: string[];
                            };
                        };
                        mfa: {
                            factors: ("Totp" | "WebAuthn" | "BackupCode" | "EmailVerificationCode" | "PhoneVerificationCode")[];
                            /** @enum {string} */
                            policy: "UserControlled" | "Mandatory" | "PromptOnlyAtSignIn" | "PromptAtSignInAndSignUp" | "NoPrompt" | "PromptAtSignInAndSignUpMandatory" | "PromptOnlyAtSignInMandatory";
                            /** @enum {string} */
                            organizationRequiredMfaPolicy?: "NoPrompt" | "Mandatory";
                        };
                        singleSignOnEnabled: boolean;
                        passkeySignIn: {
                            /** @description Users may sign in with a passkey as the first factor */
                            enabled: boolean;
                            /** @description The sign-in page shows a "Sign in with a passkey" button */
                            showPasskeyButton: boolean;
                            /** @description The identifier field offers passkeys in the browser autofill */
                            allowAutofill: boolean;
                        };
                        forgotPasswordMethods: ("EmailVerificationCode" | "PhoneVerificationCode")[];
                        verificationCodePolicy: {
                            /** @description Seconds a code stays valid */
                            expirationDuration: number;
                            /** @description Wrong codes accepted before the code is dead */
                            maxRetryAttempts: number;
                        };
                        supportEmail: string | null;
                        supportWebsiteUrl: string | null;
                        unknownSessionRedirectUrl: string | null;
                        customUiAssets: {
                            id: string;
                            createdAt: number;
                        } | null;
                        passwordExpiration: {
                            enabled: boolean;
                            validPeriodDays: number;
                            enabledAt?: number;
                        };
                        adaptiveMfa: {
                            enabled?: boolean;
                        };
                        trustedDevice: {
                            enabled?: boolean;
                            durationDays?: number;
                        };
                        captchaPolicy: {
                            enabled?: boolean;
                        };
                        sentinelPolicy: {
                            maxAttempts?: number;
                            /** @description Minutes */
                            lockoutDuration?: number;
                        };
                        signUpProfileFields: {
                            name: string;
                        }[] | null;
                        usernamePolicy: {
                            caseSensitive: boolean;
                            minLength: number;
                            maxLength: number;
                            allowedChars: {
                                lowercase: boolean;
                                uppercase: boolean;
                                numbers: boolean;
                                underscore: boolean;
                            };
                        };
                        id: string;
                        tenantId: string;
                        socialConnectors: {
                            id: string;
                            target: string;
                            name: {
                                [key: string]: string;
                            };
                            logo: string;
                        }[];
                        forgotPassword: {
                            email: boolean;
                            phone: boolean;
                        };
                        passwordlessConnectors: {
                            email: boolean;
                            sms: boolean;
                        };
                        /** @description Enterprise SSO connectors (while singleSignOnEnabled): what the sign-in button shows */
                        ssoConnectors: {
                            id: string;
                            connectorName: string;
                            logo: string;
                            darkLogo?: string;
                        }[];
                        customProfileFields: {
                            tenantId: string;
                            id: string;
                            name: string;
                            /** @enum {string} */
                            type: "Text" | "Number" | "Date" | "Checkbox" | "Select" | "Url" | "Regex" | "Address" | "Fullname";
                            label: string;
                            description: string | null;
                            required: boolean;
                            config: {
                                [key: string]: unknown;
                            };
                            sieOrder: number;
                            createdAt: number;
                        }[];
                        /** @description Present when CAPTCHA is on (a provider and captchaPolicy.enabled): what the widget needs */
                        captchaConfig?: {
                            /** @enum {string} */
                            type: "Turnstile" | "RecaptchaEnterprise";
                            siteKey: string;
                            domain?: string;
                            /** @enum {string} */
                            mode?: "invisible" | "checkbox";
                        };
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWellKnownAccountCenter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tenantId: string;
                        id: string;
                        enabled: boolean;
                        fields: {
                            /** @enum {string} */
                            name?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            avatar?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            profile?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            email?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            phone?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            password?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            username?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            social?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            customData?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            mfa?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            session?: "Off" | "ReadOnly" | "Edit";
                            /** @enum {string} */
                            personalAccessToken?: "Off" | "ReadOnly" | "Edit";
                        };
                        webauthnRelatedOrigins: string[];
                        deleteAccountUrl: string | null;
                        customCss?: string | null;
                    };
                };
            };
        };
    };
    getWellKnownPhrases: {
        parameters: {
            query?: {
                lng?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request (guard.invalid_input, guard.invalid_json, guard.invalid_pagination, …) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Service unavailable (the database is unreachable) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWellKnownEndpointsByTenantId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: string;
                    };
                };
            };
            /** @description Not found (entity.not_found) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
