import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { CustomUiAssetsTable } from '../storage/schema-custom-ui-assets.js';

export type CustomUiAssetRow = Selectable<CustomUiAssetsTable>;

/** SQL for uploaded custom UI zips; no rules here. */
export function createCustomUiStore(db: Kysely<Database>) {
  return {
    insert: (row: CustomUiAssetRow) => db.insertInto('custom_ui_assets').values(row).execute(),
    find: (id: string) => db.selectFrom('custom_ui_assets').selectAll().where('id', '=', id).executeTakeFirst(),
  };
}
export type CustomUiStore = ReturnType<typeof createCustomUiStore>;
