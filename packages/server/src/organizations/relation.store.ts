import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import { matchesAny } from '../storage/text-search.js';

type Page = { offset: number; limit: number };

/**
 * One join table of the organization model, e.g. organization role → organization permissions:
 * `owner` columns identify the holder (one column, or two for a member's roles), `member` the
 * held entity, joined from `entity` by its `id`. Only SQL here; the services hold the rules.
 */
export interface RelationSpec {
  table: keyof Database;
  owner: string[];
  member: string;
  entity: keyof Database;
  /** Entity columns the `q` search looks in. */
  searchColumns?: string[];
  /** Entity column lists are ordered by (then by id). */
  orderBy?: string;
}

/** Foreign-key violations: an id in the request names nothing. */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}

export function createRelationStore<Row = Record<string, unknown>>(database: Kysely<Database>, spec: RelationSpec) {
  // Table and column names come from the spec, so the query builder cannot type them.
  const db = database as unknown as Kysely<any>;
  const { table, owner, member, entity } = spec;

  const whereOwner = <Q extends { where: (...args: any[]) => Q }>(query: Q, ownerIds: string[]): Q =>
    owner.reduce((q, column, index) => q.where(`${table}.${column}`, '=', ownerIds[index]), query);

  const pairs = (ownerIds: string[], memberIds: string[]) =>
    memberIds.map((memberId) => ({
      ...Object.fromEntries(owner.map((column, index) => [column, ownerIds[index]])),
      [member]: memberId,
    }));

  return {
    /** The held entities, optionally searched and paged, with their total. */
    async list(ownerIds: string[], page?: Page, search?: string): Promise<[Row[], number]> {
      let query = whereOwner(db.selectFrom(table).innerJoin(`${entity} as e`, 'e.id', `${table}.${member}`), ownerIds);
      if (search && spec.searchColumns)
        query = query.where((eb: any) =>
          matchesAny(
            eb,
            spec.searchColumns!.map((column) => `e.${column}`),
            search,
          ),
        );
      let rows = query
        .selectAll('e')
        .orderBy(`e.${spec.orderBy ?? 'created_at'}`)
        .orderBy('e.id');
      if (page) rows = rows.offset(page.offset).limit(page.limit);
      const [items, count] = await Promise.all([
        rows.execute(),
        query.select((eb: any) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow(),
      ]);
      return [items as Row[], Number((count as { count: number | string }).count)];
    },
    async memberIds(ownerIds: string[]): Promise<string[]> {
      const rows = await whereOwner(db.selectFrom(table).select(member), ownerIds).execute();
      return rows.map((row: Record<string, string>) => row[member] as string);
    },
    /** Of these members, the ones already held. */
    async holding(ownerIds: string[], memberIds: string[]): Promise<string[]> {
      if (memberIds.length === 0) return [];
      const rows = await whereOwner(db.selectFrom(table).select(member), ownerIds)
        .where(member, 'in', memberIds)
        .execute();
      return rows.map((row: Record<string, string>) => row[member] as string);
    },
    async add(ownerIds: string[], memberIds: string[]): Promise<void> {
      if (memberIds.length === 0) return;
      await db
        .insertInto(table)
        .values(pairs(ownerIds, memberIds))
        .onConflict((oc: any) => oc.doNothing())
        .execute();
    },
    /** Exactly these members afterwards, in one transaction. */
    async replace(ownerIds: string[], memberIds: string[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await whereOwner(trx.deleteFrom(table), ownerIds).execute();
        if (memberIds.length > 0) await trx.insertInto(table).values(pairs(ownerIds, memberIds)).execute();
      });
    },
    async remove(ownerIds: string[], memberId: string): Promise<boolean> {
      const result = await whereOwner(db.deleteFrom(table), ownerIds).where(member, '=', memberId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type RelationStore<Row = Record<string, unknown>> = ReturnType<typeof createRelationStore<Row>>;
