import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

type Page = { offset: number; limit: number };

/** Just-in-time provisioning: email domains per organization, and who was provisioned. SQL only. */
export function createOrganizationJitStore(db: Kysely<Database>) {
  const domainsOf = (organizationId: string) =>
    db.selectFrom('organization_jit_email_domains').where('organization_id', '=', organizationId);

  return {
    async listDomains(organizationId: string, page?: Page): Promise<[string[], number]> {
      let rows = domainsOf(organizationId).select('email_domain').orderBy('email_domain');
      if (page) rows = rows.offset(page.offset).limit(page.limit);
      const [items, count] = await Promise.all([
        rows.execute(),
        domainsOf(organizationId)
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .executeTakeFirstOrThrow(),
      ]);
      return [items.map((row) => row.email_domain), Number(count.count)];
    },
    /** A second add of the same domain is a unique violation, for the caller to report. */
    addDomain: (organizationId: string, domain: string) =>
      db
        .insertInto('organization_jit_email_domains')
        .values({ organization_id: organizationId, email_domain: domain })
        .execute(),
    replaceDomains: (organizationId: string, domains: string[]) =>
      db.transaction().execute(async (trx) => {
        await trx.deleteFrom('organization_jit_email_domains').where('organization_id', '=', organizationId).execute();
        if (domains.length > 0)
          await trx
            .insertInto('organization_jit_email_domains')
            .values(domains.map((email_domain) => ({ organization_id: organizationId, email_domain })))
            .execute();
      }),
    removeDomain: async (organizationId: string, domain: string) =>
      Number(
        (
          await db
            .deleteFrom('organization_jit_email_domains')
            .where('organization_id', '=', organizationId)
            .where('email_domain', '=', domain)
            .executeTakeFirst()
        ).numDeletedRows,
      ) > 0,

    /** Organizations provisioning this email domain that have not provisioned the user yet. */
    pendingForUser: (domain: string, userId: string) =>
      db
        .selectFrom('organization_jit_email_domains as d')
        .select('d.organization_id')
        .where('d.email_domain', '=', domain)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('organization_jit_provisions as p')
                .select('p.user_id')
                .whereRef('p.organization_id', '=', 'd.organization_id')
                .where('p.user_id', '=', userId),
            ),
          ),
        )
        .execute()
        .then((rows) => rows.map((row) => row.organization_id)),

    /**
     * Records the provisioning and makes the user a member with the organization's JIT roles, in
     * one transaction; a concurrent second sign-in finds the record and does nothing.
     */
    provision: (organizationId: string, userId: string, now: number) =>
      db.transaction().execute(async (trx) => {
        const recorded = await trx
          .insertInto('organization_jit_provisions')
          .values({ organization_id: organizationId, user_id: userId, created_at: now })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (Number(recorded.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
        await trx
          .insertInto('organization_user_relations')
          .values({ organization_id: organizationId, user_id: userId })
          .onConflict((oc) => oc.doNothing())
          .execute();
        await trx
          .insertInto('organization_role_user_relations')
          .columns(['organization_id', 'organization_role_id', 'user_id'])
          .expression((eb) =>
            eb
              .selectFrom('organization_jit_roles')
              .select((inner) => ['organization_id', 'organization_role_id', inner.val(userId).as('user_id')])
              .where('organization_id', '=', organizationId),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
        return true;
      }),
  };
}

export type OrganizationJitStore = ReturnType<typeof createOrganizationJitStore>;
