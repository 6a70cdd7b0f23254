import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { ApplicationSignInExperiencesTable } from '../storage/schema-application-extras.js';

export type ApplicationSignInExperienceRow = Selectable<ApplicationSignInExperiencesTable>;
export type ConsentScopeType = 'organizationScopes' | 'resourceScopes' | 'organizationResourceScopes' | 'userScopes';

/**
 * Whose consent scopes: a third-party application (its id), or every Client ID Metadata Document
 * client at once (the realm-wide ceiling, `cimdCeiling`).
 */
export const cimdCeiling = Symbol('cimd ceiling');
export type ConsentOwner = string | typeof cimdCeiling;

/** A client id that is an https URL names a Client ID Metadata Document client: the ceiling owns its scopes. */
export const consentOwnerOf = (clientId: string): ConsentOwner =>
  clientId.startsWith('https://') ? cimdCeiling : clientId;

/** The per-application sign-in experience, a third-party app's consent scopes, and users' consented organizations. */
export function createApplicationExtrasStore(db: Kysely<Database>) {
  const removed = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows) > 0;
  const organizationRows = (applicationId: string, userId: string, organizationIds: string[]) =>
    organizationIds.map((organization_id) => ({ application_id: applicationId, user_id: userId, organization_id }));

  return {
    signInExperience: (applicationId: string) =>
      db
        .selectFrom('application_sign_in_experiences')
        .selectAll()
        .where('application_id', '=', applicationId)
        .executeTakeFirst(),
    /** Inserts or replaces; answers whether a row was created. */
    putSignInExperience: (row: ApplicationSignInExperienceRow) =>
      db.transaction().execute(async (trx) => {
        const { numUpdatedRows } = await trx
          .updateTable('application_sign_in_experiences')
          .set(row)
          .where('application_id', '=', row.application_id)
          .executeTakeFirst();
        if (Number(numUpdatedRows) > 0) return false;
        await trx.insertInto('application_sign_in_experiences').values(row).execute();
        return true;
      }),

    consentScopeIds: async (owner: ConsentOwner) =>
      owner === cimdCeiling
        ? db
            .selectFrom('cimd_user_consent_scopes')
            .select(['scope_type', 'scope_id'])
            .orderBy('scope_type')
            .orderBy('scope_id')
            .execute()
        : db
            .selectFrom('application_user_consent_scopes')
            .select(['scope_type', 'scope_id'])
            .where('application_id', '=', owner)
            .orderBy('scope_type')
            .orderBy('scope_id')
            .execute(),
    addConsentScopes: async (owner: ConsentOwner, scopes: Array<{ type: ConsentScopeType; id: string }>) => {
      if (scopes.length === 0) return;
      const rows = scopes.map(({ type, id }) => ({ scope_type: type, scope_id: id }));
      await (owner === cimdCeiling
        ? db.insertInto('cimd_user_consent_scopes').values(rows)
        : db
            .insertInto('application_user_consent_scopes')
            .values(rows.map((row) => ({ application_id: owner, ...row })))
      )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    removeConsentScope: async (owner: ConsentOwner, type: ConsentScopeType, id: string) =>
      removed(
        await (owner === cimdCeiling
          ? db.deleteFrom('cimd_user_consent_scopes')
          : db.deleteFrom('application_user_consent_scopes').where('application_id', '=', owner)
        )
          .where('scope_type', '=', type)
          .where('scope_id', '=', id)
          .executeTakeFirst(),
      ),
    /**
     * The scope names a third-party app (or a metadata document client) may ask users for: of one
     * resource (`resourceScopes`, or `organizationResourceScopes` in an organization token), or
     * organization scopes.
     */
    consentableScopeNames: (
      owner: ConsentOwner,
      type: 'resourceScopes' | 'organizationResourceScopes' | 'organizationScopes' | 'userScopes',
      resourceId?: string,
    ) => {
      const consented =
        owner === cimdCeiling
          ? db.selectFrom('cimd_user_consent_scopes').select('scope_id').where('scope_type', '=', type)
          : db
              .selectFrom('application_user_consent_scopes')
              .select('scope_id')
              .where('application_id', '=', owner)
              .where('scope_type', '=', type);
      if (type === 'userScopes') return consented.execute().then((rows) => rows.map((row) => row.scope_id));
      const names =
        type === 'organizationScopes'
          ? db.selectFrom('organization_scopes').select('name').where('id', 'in', consented)
          : db
              .selectFrom('scopes')
              .select('name')
              .where('id', 'in', consented)
              .where('resource_id', '=', resourceId ?? '');
      return names.execute().then((rows) => rows.map((row) => row.name));
    },

    /** Resource scopes with their resource, by scope id. */
    resourceScopesByIds: async (ids: string[]) =>
      ids.length === 0
        ? []
        : db
            .selectFrom('scopes as s')
            .innerJoin('resources as r', 'r.id', 's.resource_id')
            .select([
              's.id',
              's.name',
              's.description',
              'r.id as resource_id',
              'r.name as resource_name',
              'r.indicator',
            ])
            .where('s.id', 'in', ids)
            .orderBy('r.name')
            .orderBy('s.name')
            .execute(),
    /** A resource and the named scopes of it, for the consent page. */
    resourceScopesByNames: async (indicator: string, names: string[]) => {
      const resource = await db
        .selectFrom('resources')
        .select(['id', 'name', 'indicator'])
        .where('indicator', '=', indicator)
        .executeTakeFirst();
      if (!resource) return undefined;
      const scopes =
        names.length === 0
          ? []
          : await db
              .selectFrom('scopes')
              .select(['name', 'description'])
              .where('resource_id', '=', resource.id)
              .where('name', 'in', names)
              .orderBy('name')
              .execute();
      return { resource, scopes };
    },
    organizationScopesByIds: async (ids: string[]) =>
      ids.length === 0
        ? []
        : db
            .selectFrom('organization_scopes')
            .select(['id', 'name', 'description'])
            .where('id', 'in', ids)
            .orderBy('name')
            .execute(),

    /** A third-party app's (its id) or a metadata document client's (its URL). */
    consentOrganizationIds: (clientId: string, userId: string) =>
      (consentOwnerOf(clientId) === cimdCeiling
        ? db
            .selectFrom('cimd_user_consent_organizations')
            .select('organization_id')
            .where('client_id', '=', clientId)
            .where('user_id', '=', userId)
            .execute()
        : db
            .selectFrom('application_user_consent_organizations')
            .select('organization_id')
            .where('application_id', '=', clientId)
            .where('user_id', '=', userId)
            .execute()
      ).then((rows) => rows.map((row) => row.organization_id)),
    addConsentOrganizations: async (clientId: string, userId: string, organizationIds: string[]) => {
      if (organizationIds.length === 0) return;
      await (consentOwnerOf(clientId) === cimdCeiling
        ? db
            .insertInto('cimd_user_consent_organizations')
            .values(
              organizationIds.map((organization_id) => ({ client_id: clientId, user_id: userId, organization_id })),
            )
        : db
            .insertInto('application_user_consent_organizations')
            .values(organizationRows(clientId, userId, organizationIds))
      )
        .onConflict((oc) => oc.doNothing())
        .execute();
    },
    replaceConsentOrganizations: (applicationId: string, userId: string, organizationIds: string[]) =>
      db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('application_user_consent_organizations')
          .where('application_id', '=', applicationId)
          .where('user_id', '=', userId)
          .execute();
        if (organizationIds.length > 0)
          await trx
            .insertInto('application_user_consent_organizations')
            .values(organizationRows(applicationId, userId, organizationIds))
            .execute();
      }),
    removeConsentOrganization: async (applicationId: string, userId: string, organizationId: string) =>
      removed(
        await db
          .deleteFrom('application_user_consent_organizations')
          .where('application_id', '=', applicationId)
          .where('user_id', '=', userId)
          .where('organization_id', '=', organizationId)
          .executeTakeFirst(),
      ),
  };
}

export type ApplicationExtrasStore = ReturnType<typeof createApplicationExtrasStore>;
