import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { UserAssetsTable } from '../storage/schema-user-assets.js';

export type UserAssetRow = Selectable<UserAssetsTable>;

/** SQL for uploaded images; no rules here. */
export function createUserAssetsStore(db: Kysely<Database>) {
  return {
    insert: (row: UserAssetRow) => db.insertInto('user_assets').values(row).execute(),
    find: (id: string) => db.selectFrom('user_assets').selectAll().where('id', '=', id).executeTakeFirst(),
  };
}
export type UserAssetsStore = ReturnType<typeof createUserAssetsStore>;
