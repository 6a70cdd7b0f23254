import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { SsoConnectorsTable, UserSsoIdentitiesTable } from '../storage/schema-sso.js';

export type SsoConnectorRow = Selectable<SsoConnectorsTable>;
export type UserSsoIdentityRow = Selectable<UserSsoIdentitiesTable>;
type Page = { offset: number; limit: number };

/** Enterprise SSO connectors, the identities users hold at them, and their JIT organizations. SQL only. */
export function createSsoStore(db: Kysely<Database>) {
  const jitOf = (organizationId: string) =>
    db.selectFrom('organization_jit_sso_connectors').where('organization_id', '=', organizationId);

  return {
    listConnectors: () => db.selectFrom('sso_connectors').selectAll().orderBy('created_at').orderBy('id').execute(),
    findConnector: (id: string) => db.selectFrom('sso_connectors').selectAll().where('id', '=', id).executeTakeFirst(),
    insertConnector: (row: SsoConnectorRow) => db.insertInto('sso_connectors').values(row).execute(),
    updateConnector: (id: string, changes: Partial<SsoConnectorRow>) =>
      db.updateTable('sso_connectors').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    deleteConnector: async (id: string) =>
      Number((await db.deleteFrom('sso_connectors').where('id', '=', id).executeTakeFirst()).numDeletedRows) > 0,

    findIdentity: (issuer: string, identityId: string) =>
      db
        .selectFrom('user_sso_identities')
        .selectAll()
        .where('issuer', '=', issuer)
        .where('identity_id', '=', identityId)
        .executeTakeFirst(),
    identitiesOfUser: (userId: string) =>
      db.selectFrom('user_sso_identities').selectAll().where('user_id', '=', userId).orderBy('created_at').execute(),
    identityOfUser: (userId: string, connectorId: string) =>
      db
        .selectFrom('user_sso_identities')
        .selectAll()
        .where('user_id', '=', userId)
        .where('sso_connector_id', '=', connectorId)
        .executeTakeFirst(),
    /** A second holder of (issuer, identity_id) is a unique violation, for the caller to report. */
    insertIdentity: (row: UserSsoIdentityRow) => db.insertInto('user_sso_identities').values(row).execute(),
    updateIdentityDetail: (id: string, detail: string, now: number) =>
      db.updateTable('user_sso_identities').set({ detail, updated_at: now }).where('id', '=', id).execute(),

    async listJit(organizationId: string, page?: Page): Promise<[string[], number]> {
      let rows = jitOf(organizationId).select('sso_connector_id').orderBy('sso_connector_id');
      if (page) rows = rows.offset(page.offset).limit(page.limit);
      const [items, count] = await Promise.all([
        rows.execute(),
        jitOf(organizationId)
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow(),
      ]);
      return [items.map((row) => row.sso_connector_id), Number(count.count)];
    },
    addJit: (organizationId: string, connectorIds: string[]) =>
      db
        .insertInto('organization_jit_sso_connectors')
        .values(connectorIds.map((sso_connector_id) => ({ organization_id: organizationId, sso_connector_id })))
        .onConflict((oc) => oc.doNothing())
        .execute(),
    replaceJit: (organizationId: string, connectorIds: string[]) =>
      db.transaction().execute(async (trx) => {
        await trx.deleteFrom('organization_jit_sso_connectors').where('organization_id', '=', organizationId).execute();
        if (connectorIds.length > 0)
          await trx
            .insertInto('organization_jit_sso_connectors')
            .values(connectorIds.map((sso_connector_id) => ({ organization_id: organizationId, sso_connector_id })))
            .execute();
      }),
    removeJit: async (organizationId: string, connectorId: string) =>
      Number(
        (
          await db
            .deleteFrom('organization_jit_sso_connectors')
            .where('organization_id', '=', organizationId)
            .where('sso_connector_id', '=', connectorId)
            .executeTakeFirst()
        ).numDeletedRows,
      ) > 0,
    jitOrganizationsOf: (connectorId: string) =>
      db
        .selectFrom('organization_jit_sso_connectors')
        .select('organization_id')
        .where('sso_connector_id', '=', connectorId)
        .execute()
        .then((rows) => rows.map((row) => row.organization_id)),
  };
}

export type SsoStore = ReturnType<typeof createSsoStore>;
