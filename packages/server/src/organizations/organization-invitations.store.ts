import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { OrganizationInvitationsTable } from '../storage/schema-organizations.js';

export type InvitationRow = Selectable<OrganizationInvitationsTable>;

type Page = { offset: number; limit: number };

export interface InvitationFilter {
  organizationId?: string;
  inviterId?: string;
  invitee?: string;
}

/** Organization invitations and the roles they carry. SQL only. */
export function createOrganizationInvitationsStore(db: Kysely<Database>) {
  const filtered = (filter: InvitationFilter) => {
    let query = db.selectFrom('organization_invitations');
    if (filter.organizationId) query = query.where('organization_id', '=', filter.organizationId);
    if (filter.inviterId) query = query.where('inviter_id', '=', filter.inviterId);
    if (filter.invitee) query = query.where('invitee', '=', filter.invitee);
    return query;
  };

  return {
    findById: (id: string) =>
      db.selectFrom('organization_invitations').selectAll().where('id', '=', id).executeTakeFirst(),
    async list(filter: InvitationFilter, page?: Page): Promise<[InvitationRow[], number]> {
      let rows = filtered(filter).selectAll().orderBy('created_at', 'desc').orderBy('id');
      if (page) rows = rows.offset(page.offset).limit(page.limit);
      const [items, count] = await Promise.all([
        rows.execute(),
        filtered(filter)
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow(),
      ]);
      return [items, Number(count.count)];
    },
    rolesOf: (invitationIds: string[]) =>
      invitationIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('organization_invitation_role_relations as r')
            .innerJoin('organization_roles as role', 'role.id', 'r.organization_role_id')
            .select(['r.organization_invitation_id', 'role.id', 'role.name'])
            .where('r.organization_invitation_id', 'in', invitationIds)
            .orderBy('role.name')
            .execute(),
    insert: (row: InvitationRow, roleIds: string[]) =>
      db.transaction().execute(async (trx) => {
        await trx.insertInto('organization_invitations').values(row).execute();
        if (roleIds.length > 0)
          await trx
            .insertInto('organization_invitation_role_relations')
            .values(
              roleIds.map((organization_role_id) => ({ organization_invitation_id: row.id, organization_role_id })),
            )
            .execute();
      }),
    update: (id: string, changes: Partial<InvitationRow>) =>
      db.updateTable('organization_invitations').set(changes).where('id', '=', id).returningAll().executeTakeFirst(),
    /** Pending invitations past their expiry become Expired (before a new one for the same invitee). */
    expirePending: (organizationId: string, invitee: string, now: number) =>
      db
        .updateTable('organization_invitations')
        .set({ status: 'Expired', updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('invitee', '=', invitee)
        .where('status', '=', 'Pending')
        .where('expires_at', '<=', now)
        .execute(),
    delete: async (id: string) =>
      Number((await db.deleteFrom('organization_invitations').where('id', '=', id).executeTakeFirst()).numDeletedRows) >
      0,

    /**
     * Accepting: the user joins with the invitation's roles and the invitation is marked, in one
     * transaction, and only while it is still pending (a concurrent revoke or accept wins once).
     */
    accept: (invitation: InvitationRow, userId: string, now: number) =>
      db.transaction().execute(async (trx) => {
        const marked = await trx
          .updateTable('organization_invitations')
          .set({ status: 'Accepted', accepted_user_id: userId, updated_at: now })
          .where('id', '=', invitation.id)
          .where('status', '=', 'Pending')
          .executeTakeFirst();
        if (Number(marked.numUpdatedRows) === 0) return false;
        await trx
          .insertInto('organization_user_relations')
          .values({ organization_id: invitation.organization_id, user_id: userId })
          .onConflict((oc) => oc.doNothing())
          .execute();
        await trx
          .insertInto('organization_role_user_relations')
          .columns(['organization_id', 'organization_role_id', 'user_id'])
          .expression((eb) =>
            eb
              .selectFrom('organization_invitation_role_relations')
              .select((inner) => [
                inner.val(invitation.organization_id).as('organization_id'),
                'organization_role_id',
                inner.val(userId).as('user_id'),
              ])
              .where('organization_invitation_id', '=', invitation.id),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
        return true;
      }),
  };
}

export type OrganizationInvitationsStore = ReturnType<typeof createOrganizationInvitationsStore>;
